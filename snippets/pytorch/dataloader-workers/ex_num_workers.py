"""练习：每个 batch 加载 3 个时间单位，每步训练 1 个单位。几个 worker 才能让主进程不再等数据？"""

LOAD, STEP, N_BATCHES, PREFETCH = 3, 1, 12, 2


def simulate(num_workers):
    """按 DataLoader 的规则推算：batch b 交给 worker b % N；开始时派发 N * PREFETCH 个，之后每取走一个补派一个。"""
    if num_workers == 0:  # 主进程自己加载：每步先加载再训练
        return N_BATCHES * (LOAD + STEP), [LOAD] * N_BATCHES
    free = [0] * num_workers  # 每个 worker 空闲下来的时刻
    done, waits, main_free = {}, [], 0

    def send(b, now):
        w = b % num_workers
        done[b] = free[w] = max(now, free[w]) + LOAD

    for b in range(min(num_workers * PREFETCH, N_BATCHES)):
        send(b, 0)
    for b in range(N_BATCHES):
        now = max(main_free, done[b])  # 主进程训练完上一步来取 batch b，没加载完就等
        waits.append(now - main_free)
        if b + num_workers * PREFETCH < N_BATCHES:
            send(b + num_workers * PREFETCH, now)
        main_free = now + STEP
    return main_free, waits


print("num_workers  总用时  每步之前主进程等待的时间")
results = {n: simulate(n) for n in range(5)}
for n, (total, waits) in results.items():
    print(f"{n:11}  {total:6}  {waits}")

# 检查
assert results[3][1][1:] == [0] * (N_BATCHES - 1)  # 3 个 worker：只有第一个 batch 要等
assert sum(results[2][1][1:]) > 0  # 2 个 worker：隔一步就要等一次
assert results[4][0] == results[3][0]  # 再加 worker 也不会更快
