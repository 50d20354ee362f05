"""num_workers = 0、1、2 时，每个 batch 由谁加载？batch 的顺序会变吗？"""

import os

import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class RecordingDataset(Dataset):
    """每个样本除了数据本身，还带回“是谁加载了我”。"""

    def __len__(self):
        return 12

    def __getitem__(self, index):
        info = get_worker_info()  # 主进程里为 None，worker 进程里是 WorkerInfo
        worker_id = -1 if info is None else info.id
        return {
            "x": torch.tensor(index * 10),
            "worker": worker_id,
            "pid": os.getpid(),
            "threads": torch.get_num_threads(),
        }


def load_all(num_workers):
    loader = DataLoader(RecordingDataset(), batch_size=3, shuffle=False, num_workers=num_workers)
    return [
        {
            "x": batch["x"].tolist(),
            "workers": set(batch["worker"].tolist()),
            "pids": set(batch["pid"].tolist()),
            "threads": set(batch["threads"].tolist()),
        }
        for batch in loader
    ]


if __name__ == "__main__":  # 用 spawn、forkserver 启动 worker 时，子进程会重新导入本文件
    results = {n: load_all(n) for n in (0, 1, 2)}
    main_pid = os.getpid()

    for n, batches in results.items():
        print(f"num_workers={n}")
        for i, b in enumerate(batches):
            (worker,) = b["workers"]  # 一个 batch 只来自一个加载者
            who = "主进程" if worker == -1 else f"worker {worker}"
            print(f"  batch {i}: {b['x']}  <- {who}")
    # PyTorch 在 worker 里把线程数设为 1，避免 N 个 worker 各自开满 CPU 线程
    print("worker 内 torch.get_num_threads():", results[2][0]["threads"])

    # 检查
    assert all(b["workers"] == {-1} and b["pids"] == {main_pid} for b in results[0])  # 全在主进程
    for n in (1, 2):
        # 一个 batch 整个由同一个 worker 进程加载；第 i 个 batch 交给 worker i % n
        assert all(len(b["pids"]) == 1 and main_pid not in b["pids"] for b in results[n])
        assert [b["workers"] for b in results[n]] == [{i % n} for i in range(len(results[n]))]
        assert all(b["threads"] == {1} for b in results[n])
    # 无论 num_workers 是几，送到训练循环的 batch 顺序都一样
    assert [b["x"] for b in results[0]] == [b["x"] for b in results[1]] == [b["x"] for b in results[2]]
