"""prefetch_factor、persistent_workers 的默认值，以及 num_workers 超过 CPU 数时的警告。"""

import inspect
import os
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(8))

signature = inspect.signature(DataLoader.__init__)
names = ("num_workers", "prefetch_factor", "persistent_workers", "pin_memory")
defaults = {name: signature.parameters[name].default for name in names}
print("签名里的默认值:", defaults)

# prefetch_factor 写在签名里的默认值是 None；num_workers>0 时 DataLoader 把它设为 2
print("num_workers=0 时 prefetch_factor =", DataLoader(dataset).prefetch_factor)
print("num_workers=2 时 prefetch_factor =", DataLoader(dataset, num_workers=2).prefetch_factor)

# 只有主进程加载时不能设 prefetch_factor，也不能设 persistent_workers
for kwargs in ({"prefetch_factor": 2}, {"persistent_workers": True}):
    try:
        DataLoader(dataset, num_workers=0, **kwargs)
        raise AssertionError("应当出错")
    except ValueError:
        print(f"num_workers=0 且 {kwargs} -> ValueError")

# num_workers 超过本进程可用的 CPU 数时，DataLoader 在构造时（以及每次创建迭代器时）发出警告
cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    DataLoader(dataset, num_workers=cpus)
    ok = len(caught)
    DataLoader(dataset, num_workers=cpus + 1)
    too_many = len(caught) - ok
print("num_workers = CPU 数：警告", ok, "条；CPU 数 + 1：警告", too_many, "条")

# 检查
assert defaults == {"num_workers": 0, "prefetch_factor": None, "persistent_workers": False, "pin_memory": False}
assert DataLoader(dataset).prefetch_factor is None
assert DataLoader(dataset, num_workers=2).prefetch_factor == 2  # 每个 worker 预取 2 个 batch，共 2 * 2 个
assert ok == 0 and too_many == 1
assert "suggested max number of worker" in str(caught[-1].message)
