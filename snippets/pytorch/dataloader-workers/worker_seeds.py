"""每个 worker 的随机种子：seed = base_seed + worker_id；以及 Dataset 里自带的随机数生成器的陷阱。"""

import os
import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class AugmentDataset(Dataset):
    """模拟数据增强：用 Dataset 自己持有的 numpy 生成器抽随机数。"""

    def __init__(self):
        self.rng = np.random.default_rng(0)  # 在主进程里创建，会被原样复制到每个 worker

    def __len__(self):
        return 4

    def __getitem__(self, index):
        info = get_worker_info()
        return {
            "worker": info.id,
            "seed": info.seed,
            "torch_seed": torch.initial_seed(),
            # Python 自带的 random 也被设成了同一个种子（worker 里第一次取样时检查）
            "python_seeded": random.getstate() == random.Random(info.seed).getstate(),
            "pid": os.getpid(),
            "aug": int(self.rng.integers(1_000_000)),
        }


def reseed_rng(worker_id):
    """worker_init_fn：在每个 worker 里按该 worker 的种子重建生成器。"""
    info = get_worker_info()
    info.dataset.rng = np.random.default_rng(info.seed)


def first_item(items):
    return items[0]  # batch_size=1，不做拼接，原样返回样本（模块级函数，spawn 时才能被 pickle）


def run_epochs(epochs=2, **kwargs):
    """返回每个 epoch 里每个 worker 加载的第一个样本：[{worker_id: item}, ...]。"""
    loader = DataLoader(AugmentDataset(), batch_size=1, num_workers=2, collate_fn=first_item, **kwargs)
    result = []
    for _ in range(epochs):
        first = {}
        for item in loader:
            first.setdefault(item["worker"], item)
        result.append(first)
    return result


if __name__ == "__main__":
    torch.manual_seed(0)  # base_seed 由主进程的随机数生成器产生

    epochs = run_epochs()
    for e, by_worker in enumerate(epochs):
        w0, w1 = by_worker[0], by_worker[1]
        print(
            f"epoch {e}: worker1.seed - worker0.seed = {w1['seed'] - w0['seed']}, 两个 worker 的增强随机数相同: {w0['aug'] == w1['aug']}"
        )
        # 1. worker 的种子 = base_seed + worker_id，torch 的种子就是它
        assert w1["seed"] - w0["seed"] == 1
        assert all(w["torch_seed"] == w["seed"] and w["python_seeded"] for w in (w0, w1))
        # 2. Dataset 里自带的生成器被复制到每个 worker：两个 worker 抽到完全相同的“随机”增强
        assert w0["aug"] == w1["aug"]
    # 3. 默认每个 epoch 重新创建 worker，base_seed 重新抽取
    assert epochs[0][0]["seed"] != epochs[1][0]["seed"]
    assert epochs[0][0]["pid"] != epochs[1][0]["pid"]

    # 修正：worker_init_fn 按 worker 的种子重建生成器
    fixed = run_epochs(worker_init_fn=reseed_rng)
    for e, by_worker in enumerate(fixed):
        print(
            f"worker_init_fn 之后 epoch {e}: 两个 worker 的增强随机数相同: {by_worker[0]['aug'] == by_worker[1]['aug']}"
        )
        assert by_worker[0]["aug"] != by_worker[1]["aug"]
    assert fixed[0][0]["aug"] != fixed[1][0]["aug"]  # 不同 epoch 的 base_seed 不同，增强也不同

    # persistent_workers=True：worker 在 epoch 之间保留，不会重新设种子
    persistent = run_epochs(persistent_workers=True)
    same_pid = persistent[0][0]["pid"] == persistent[1][0]["pid"]
    same_seed = persistent[0][0]["seed"] == persistent[1][0]["seed"]
    print("persistent_workers=True: 同一个 worker 进程", same_pid, "| 种子不变", same_seed)
    assert same_pid and same_seed
    # 生成器状态接着上一个 epoch 继续，所以第二个 epoch 抽到的数不同
    assert persistent[0][0]["aug"] != persistent[1][0]["aug"]

    # 给 DataLoader 传 generator：base_seed 由它决定，两次运行完全一致
    a = run_epochs(1, generator=torch.Generator().manual_seed(42))[0]
    b = run_epochs(1, generator=torch.Generator().manual_seed(42))[0]
    print("同一个 generator 种子，两次的 worker 种子相同:", a[0]["seed"] == b[0]["seed"])
    assert a[0]["seed"] == b[0]["seed"] and a[1]["seed"] == b[1]["seed"]
    # Python 自带的 random 在每个 worker 里也以同一个种子重新设置
    assert all(w["python_seeded"] for w in a.values())
