"""一个生产者、两个消费者、两个结束标记：按设定的耗时逐步推演，画出谁在哪一步放入、取走了什么。"""

from collections import deque

import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS", "DejaVu Sans"]  # fmt: skip
plt.rcParams["axes.unicode_minus"] = False

STOP = None
ITEMS = [0, 1, 2, 3, 4, 5, STOP, STOP]  # 生产者每步放入一项：6 项数据，再放 2 个结束标记（每个消费者一个）
WORK = [3, 4]  # 设定的处理耗时（步）：消费者 0 每项 3 步，消费者 1 每项 4 步

queue, free_at, exited = deque(), [0, 0], [None, None]
puts, gets, depth = [], [[], []], []  # 放入：(步, 项)；取走：每个消费者的 (步, 项)；每步结束时的队列内容
t = 0
while None in exited:
    if t < len(ITEMS):
        queue.append(ITEMS[t])
        puts.append((t, ITEMS[t]))
    for k in (0, 1):  # 同一步里消费者 0 先取（设定的顺序）
        if exited[k] is None and free_at[k] <= t and queue:
            item = queue.popleft()  # 先进先出
            gets[k].append((t, item))
            if item is STOP:
                exited[k] = t  # 读到结束标记：退出循环
            else:
                free_at[k] = t + WORK[k]
    depth.append(list(queue))
    t += 1


def name(item):
    return "S" if item is STOP else str(item)


print(f"设定：生产者每步放入一项；处理一项，消费者 0 要 {WORK[0]} 步，消费者 1 要 {WORK[1]} 步；同一步里消费者 0 先取")
print("步  生产者放入  消费者 0 取走  消费者 1 取走  队列（队首在左）")
for step, contents in enumerate(depth):
    cells = [next((name(i) for s, i in g if s == step), "") for g in gets]
    put = name(ITEMS[step]) if step < len(ITEMS) else ""
    print(f"{step:2}  {put:^10}  {cells[0]:^12}  {cells[1]:^12}  [{' '.join(map(name, contents))}]")
for k in (0, 1):
    print(f"消费者 {k} 处理的编号: {[i for _, i in gets[k] if i is not STOP]}，在第 {exited[k]} 步读到结束标记退出")

fig, ax = plt.subplots(figsize=(6.4, 3.8))
blue, red, green = "#c6dbef", "#f4a6a6", "#d9ead3"
rows = {"生产者": 6.2, "队列\n（队首在下）": 3.9, "消费者 0": 1.6, "消费者 1": 0.4}
for label, y in rows.items():
    ax.text(-0.7, y, label, ha="right", va="center", multialignment="center", fontsize=12)
for step, item in puts:
    ax.add_patch(Rectangle((step + 0.1, 5.8), 0.8, 0.8, fc=red if item is STOP else blue, ec="0.4"))
    ax.text(step + 0.5, 6.2, name(item), ha="center", va="center", fontsize=12)
for step, contents in enumerate(depth):  # 队列：每步结束时的内容，队首在下
    for j, item in enumerate(contents):
        ax.add_patch(Rectangle((step + 0.15, 2.9 + 0.7 * j), 0.7, 0.6, fc=red if item is STOP else blue, ec="0.6"))
        ax.text(step + 0.5, 3.2 + 0.7 * j, name(item), ha="center", va="center", fontsize=11)
for k, y in ((0, 1.6), (1, 0.4)):
    for step, item in gets[k]:
        if item is STOP:
            ax.add_patch(Rectangle((step + 0.1, y - 0.4), 0.8, 0.8, fc=red, ec="0.4"))
            ax.text(step + 0.5, y, "S", ha="center", va="center", fontsize=12)
            ax.text(step + 1.05, y, "退出", ha="left", va="center", fontsize=11)
        else:
            ax.add_patch(Rectangle((step + 0.1, y - 0.4), WORK[k] - 0.2, 0.8, fc=green, ec="0.4"))
            ax.text(step + 0.5, y, name(item), ha="center", va="center", fontsize=12)
ax.text(len(ITEMS) + 0.1, 6.2, "S = 结束标记 None", ha="left", va="center", fontsize=11)
ax.set_xlim(-0.2, len(depth) + 0.8)
ax.set_ylim(-0.2, 6.8)
ax.set_xticks([s + 0.5 for s in range(len(depth))], range(len(depth)))
ax.tick_params(axis="x", labelsize=11, length=0)
ax.set_yticks([])
for side in ("left", "right", "top"):
    ax.spines[side].set_visible(False)
ax.set_xlabel(f"步（消费者 0 处理一项 {WORK[0]} 步，消费者 1 处理一项 {WORK[1]} 步）", fontsize=12)
fig.tight_layout()
plt.savefig("sentinel_timeline.svg")

# 检查
done = sorted(i for g in gets for _, i in g if i is not STOP)
assert done == list(range(6))  # 每一项恰好被处理一次
assert all(sum(i is STOP for _, i in g) == 1 for g in gets)  # 每个消费者恰好读到一个结束标记
assert all(g[-1][1] is STOP for g in gets)  # 结束标记是各自取到的最后一项
assert min(exited) >= max(s for g in gets for s, i in g if i is not STOP)  # 先进先出：读到结束标记时数据已全部取走
assert depth[-1] == [] and max(map(len, depth)) == 3
