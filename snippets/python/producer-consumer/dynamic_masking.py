"""RoBERTa 式动态掩码：每次把句子送进模型时重新随机选掩码位置。放在 collate_fn 里，由 DataLoader 的 worker 并行完成。"""

import torch
from torch.utils.data import DataLoader, Dataset

MASK_ID = 103  # bert-base-chinese 词表里 [MASK] 的 id
MASK_PROB = 0.15


class Sentences(Dataset):
    """假想的已分词语料：4 句，每句 20 个 token id（只用来演示，不加载真实分词器）。"""

    def __init__(self):
        self.ids = torch.arange(1000, 1080).reshape(4, 20)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        return self.ids[index]


def mask_tokens(batch):
    """collate_fn：在 worker 里执行，用 worker 自己的随机数生成器（种子 = base_seed + worker_id）。"""
    ids = torch.stack(batch)
    mask = torch.rand(ids.shape) < MASK_PROB
    labels = torch.where(mask, ids, torch.full_like(ids, -100))  # 只在掩码位置计算 MLM 损失
    return ids.masked_fill(mask, MASK_ID), labels


def masks_per_epoch(epochs=3, seed=0):
    torch.manual_seed(seed)  # 决定每个 epoch 的 base_seed，从而整个过程可复现
    loader = DataLoader(Sentences(), batch_size=2, num_workers=2, collate_fn=mask_tokens)
    return [torch.cat([inputs for inputs, _ in loader]) for _ in range(epochs)]


if __name__ == "__main__":
    original = Sentences().ids
    runs = masks_per_epoch()
    for epoch, inputs in enumerate(runs):
        pattern = "".join("M" if t == MASK_ID else "." for t in inputs[0].tolist())
        print(f"epoch {epoch} 第 0 句: {pattern}  （M = [MASK]）")
    masks = [inputs == MASK_ID for inputs in runs]
    print("每个 epoch 被掩码的 token 数（共 80 个）:", [int(m.sum()) for m in masks])
    print("掩码比例（3 个 epoch 平均）:", round(torch.stack(masks).float().mean().item(), 2))

    # 检查
    assert not torch.equal(masks[0], masks[1]) and not torch.equal(masks[1], masks[2])  # 每个 epoch 都不同
    assert all(torch.equal(inputs[~m], original[~m]) for inputs, m in zip(runs, masks, strict=True))  # 其余不变
    assert all(torch.equal(a, b) for a, b in zip(runs, masks_per_epoch(), strict=True))  # 同一种子可复现
