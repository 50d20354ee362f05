"""练习（找 bug）：两个消费者，生产者却只放了一个结束标记。"""

import multiprocessing as mp

STOP = None


def producer(queue, n_stops):
    for i in range(4):
        queue.put(i)
    for _ in range(n_stops):
        queue.put(STOP)


def consumer(queue):
    while queue.get() is not STOP:  # 与常见写法一样，不带超时
        pass


def run(n_stops):
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    consumers = [ctx.Process(target=consumer, args=(queue,)) for _ in range(2)]
    procs = [ctx.Process(target=producer, args=(queue, n_stops)), *consumers]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=5)  # 最多等 5 秒
    codes = sorted((p.exitcode for p in consumers), key=lambda c: c is None)  # 退出码；None = 还在运行
    for p in procs:
        p.terminate()  # 把还卡着的进程结束掉
    return codes


if __name__ == "__main__":
    buggy, fixed = run(n_stops=1), run(n_stops=2)
    print("1 个结束标记，5 秒后两个消费者的 exitcode:", buggy)
    print("2 个结束标记，5 秒后两个消费者的 exitcode:", fixed)

    # 检查
    assert buggy == [0, None]  # 一个读到结束标记退出了，另一个永远卡在 get() 上
    assert fixed == [0, 0]
