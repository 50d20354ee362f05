"""练习（找 bug）：collate_fn 用 lambda，fork 启动的 worker 能跑，spawn、forkserver 启动的 worker 就出错。"""

import multiprocessing
import pickle

import torch
from torch.utils.data import DataLoader


def stack(items):
    return torch.stack(items)  # 修正：模块顶层的函数，子进程能按“模块名.函数名”重新找到它


if __name__ == "__main__":
    data = [torch.tensor([i, i * i]) for i in range(4)]
    outcome = {}
    for method in multiprocessing.get_all_start_methods():  # Linux 上是 fork、spawn、forkserver
        for name, collate in (("lambda", lambda items: torch.stack(items)), ("stack", stack)):
            loader = DataLoader(data, batch_size=2, num_workers=2, collate_fn=collate, multiprocessing_context=method)
            try:
                outcome[method, name] = [b.tolist() for b in loader]
            except pickle.PicklingError as e:  # 启动 worker 时要把 collate_fn pickle 过去
                outcome[method, name] = f"PicklingError（{str(e).split(': ')[-1]}）"
            print(f"{method:10} {name:6}: {outcome[method, name]}")

    # 检查
    expected = [[[0, 0], [1, 1]], [[2, 4], [3, 9]]]
    for (method, name), result in outcome.items():
        assert (result == expected) == (method == "fork" or name == "stack"), (method, name)
