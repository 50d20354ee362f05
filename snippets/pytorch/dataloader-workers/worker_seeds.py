"""每个 worker 的随机种子：seed = base_seed + worker_id；以及 Dataset 自带的随机数生成器的陷阱。"""

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
            "python_seeded": random.getstate() == random.Random(info.seed).getstate(),  # random 也用同一个种子
            "pid": os.getpid(),
            "aug": int(self.rng.integers(1000)),  # “随机”增强参数
        }


def reseed_rng(worker_id):
    """worker_init_fn：在每个 worker 里按该 worker 的种子重建生成器。"""
    info = get_worker_info()
    info.dataset.rng = np.random.default_rng(info.seed)


def first_item(items):
    return items[0]  # batch_size=1，原样返回样本（模块级函数，spawn、forkserver 下才能被 pickle）


def run_epochs(epochs=2, **kwargs):
    """返回每个 epoch 里两个 worker 各自加载的第一个样本：[(worker 0 的, worker 1 的), ...]。"""
    loader = DataLoader(AugmentDataset(), batch_size=1, num_workers=2, collate_fn=first_item, **kwargs)
    result = []
    for _ in range(epochs):
        first = {}
        for item in loader:
            first.setdefault(item["worker"], item)
        result.append((first[0], first[1]))
    return result


if __name__ == "__main__":
    torch.manual_seed(0)  # base_seed 由主进程的随机数生成器抽出，所以整个过程可复现
    plain = run_epochs()
    fixed = run_epochs(worker_init_fn=reseed_rng)
    for name, epochs in (("Dataset 自带生成器", plain), ("worker_init_fn 重建", fixed)):
        for e, (w0, w1) in enumerate(epochs):
            print(f"{name}  epoch {e}: 种子 {w0['seed']} / {w1['seed']}，增强参数 {w0['aug']} / {w1['aug']}")

    persistent = run_epochs(persistent_workers=True)
    print("persistent_workers=True，worker 0 两个 epoch 的种子:", [w0["seed"] for w0, _ in persistent])
    runs = [run_epochs(1, generator=torch.Generator().manual_seed(42))[0][0] for _ in range(2)]
    print("generator 种子都是 42，两次运行 worker 0 的种子:", [w0["seed"] for w0 in runs])

    # 检查
    for w0, w1 in plain + fixed:
        assert w1["seed"] - w0["seed"] == 1  # seed = base_seed + worker_id
        assert all(w["torch_seed"] == w["seed"] and w["python_seeded"] for w in (w0, w1))
    assert all(w0["aug"] == w1["aug"] for w0, w1 in plain)  # 复制来的生成器：两个 worker 抽到同样的数
    assert plain[0][0]["aug"] == plain[1][0]["aug"]  # 每个 epoch 都复制主进程里那份没动过的生成器
    assert all(w0["aug"] != w1["aug"] for w0, w1 in fixed)
    assert plain[0][0]["seed"] != plain[1][0]["seed"] and plain[0][0]["pid"] != plain[1][0]["pid"]  # 每个 epoch 重建
    assert persistent[0][0]["pid"] == persistent[1][0]["pid"]  # worker 保留，种子不变
    assert persistent[0][0]["seed"] == persistent[1][0]["seed"] and persistent[0][0]["aug"] != persistent[1][0]["aug"]
    assert runs[0]["seed"] == runs[1]["seed"]
