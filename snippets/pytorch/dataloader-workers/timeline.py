"""DataLoader 的时间线（num_workers=2，prefetch_factor=2）：谁在什么时候加载哪个 batch，主进程怎样按顺序取用。

派发顺序和 batch 的归属来自真实的 DataLoader；加载和训练的耗时是模拟的，所以时间线每次都一样。
"""

import matplotlib.pyplot as plt
from torch.utils.data import DataLoader, Dataset, get_worker_info

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

NUM_WORKERS, PREFETCH = 2, 2
LOAD = [2, 2, 5, 2, 2, 2, 2, 2]  # 模拟的加载耗时：每个 batch 一个数，batch 2 特别慢
STEP = 1  # 模拟的训练耗时：主进程每步 1 个时间单位
events = []  # 主进程里按发生顺序记下的事件


class WhoLoads(Dataset):
    def __len__(self):
        return len(LOAD)

    def __getitem__(self, index):
        return get_worker_info().id  # 样本就是“加载它的 worker 编号”


class LoggingBatchSampler:
    """batch 采样器在主进程里运行：DataLoader 每派发一个 batch 给 worker，就从这里取一组下标。"""

    def __iter__(self):
        for b in range(len(LOAD)):
            events.append(("派发", b))
            yield [b]  # 每个 batch 只有一个样本，batch 编号 = 样本下标

    def __len__(self):
        return len(LOAD)


if __name__ == "__main__":
    loader = DataLoader(
        WhoLoads(), batch_sampler=LoggingBatchSampler(), num_workers=NUM_WORKERS, prefetch_factor=PREFETCH
    )
    it = iter(loader)  # 启动 worker，并预先派发 NUM_WORKERS * PREFETCH 个 batch
    events.append(("就绪", None))
    worker = {}  # batch 编号 -> 加载它的 worker
    for b, w in enumerate(it):  # 训练循环：这里只记录取到了哪个 batch
        events.append(("取用", b))
        worker[b] = int(w)

    # 按真实的事件顺序推算时刻：两次“取用”之间记下的派发，都发生在后一次取用的那一刻
    sent, start, done, taken, sent_with = {}, {}, {}, {}, {}
    free, main_free, now, pending = [0] * NUM_WORKERS, 0, 0, []
    for kind, b in events:
        if kind == "派发":
            pending.append(b)
            continue
        if kind == "取用":
            now = max(main_free, done[b])  # 训练完上一步才来取；batch b 没加载完就等
            taken[b], main_free, sent_with[b] = now, now + STEP, pending
        for k in pending:  # 每个 worker 按收到的顺序逐个加载
            sent[k], start[k] = now, max(now, free[worker[k]])
            done[k] = free[worker[k]] = start[k] + LOAD[k]
        pending = []

    print("batch  worker  派发  开始加载  加载完  主进程取用  取用时派发  主进程等待")
    for b in worker:
        wait = taken[b] - (taken[b - 1] + STEP if b else 0)
        new = ",".join(map(str, sent_with[b])) or "-"
        print(f"{b:5}  {worker[b]:6}  {sent[b]:4}  {start[b]:8}  {done[b]:6}  {taken[b]:10}  {new:>10}  {wait:10}")

    fig, ax = plt.subplots(figsize=(7, 3.4))
    colors = ["#4C72B0", "#DD8452"]
    for b in worker:
        ax.broken_barh([(start[b], LOAD[b])], (worker[b] + 0.6, 0.8), color=colors[worker[b]], edgecolor="white", lw=2)
        ax.text(start[b] + LOAD[b] / 2, worker[b] + 1, str(b), ha="center", va="center", color="white", fontsize=15)
        ax.broken_barh([(taken[b], STEP)], (-0.4, 0.8), color=colors[worker[b]], alpha=0.5, edgecolor="white", lw=2)
        ax.text(taken[b] + STEP / 2, 0, str(b), ha="center", va="center", fontsize=15)
        previous_end = taken[b - 1] + STEP if b else 0
        if taken[b] > previous_end:
            ax.broken_barh([(previous_end, taken[b] - previous_end)], (-0.4, 0.8), facecolor="none", hatch="//")
    ax.set_yticks([0, 1, 2], ["主进程\n训练", "worker 0\n加载", "worker 1\n加载"], fontsize=14)
    ax.set_xlabel("时间（模拟的单位）；斜线 = 主进程在等数据", fontsize=14)
    ax.set_xlim(0, main_free)
    ax.tick_params(axis="x", labelsize=13)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    plt.savefig("timeline.svg")

    # 检查
    assert all(worker[b] == b % NUM_WORKERS for b in worker)  # 轮流分配
    assert events[:5] == [("派发", 0), ("派发", 1), ("派发", 2), ("派发", 3), ("就绪", None)]  # 创建迭代器时先派发 4 个
    assert all(sent_with[b] == ([b + 4] if b + 4 < len(LOAD) else []) for b in worker)  # 取走一个，补派一个
    assert sorted(taken) == list(taken) == list(range(len(LOAD)))  # 主进程按顺序取用
    assert done[3] < done[2] == taken[2]  # batch 3 先加载完，也要等 batch 2
