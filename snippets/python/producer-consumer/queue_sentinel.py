"""会结束的生产者-消费者：队列里放“结束标记”，消费者读到它就退出。"""

import multiprocessing as mp
import random

STOP = None  # 结束标记（sentinel）：正常数据里不会出现的值；经过 pickle 传到另一个进程后仍是 None，可以用 is 比较


def producer(queue, reports, n_items, n_consumers, seed):
    rng = random.Random(seed)  # 固定种子：每次运行产生同样的数据
    produced = []
    for i in range(n_items):
        item = (i, rng.randint(1, 100))
        queue.put(item)
        produced.append(item)
    for _ in range(n_consumers):
        queue.put(STOP)  # 每个消费者一个结束标记
    reports.put(("生产者", produced))


def consumer(name, queue, reports):
    consumed = []
    while True:
        item = queue.get(timeout=10)  # 带超时：生产者意外退出时不会永远等下去
        if item is STOP:
            break
        i, value = item
        consumed.append((i, value * value))  # “处理数据”：这里只是求平方
    reports.put((name, consumed))


def run(n_items, n_consumers, seed=0):
    ctx = mp.get_context("spawn")  # Windows、macOS 的默认方式；这样写的代码在 fork、forkserver 下同样正确
    queue, reports = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=producer, args=(queue, reports, n_items, n_consumers, seed))]
    procs += [ctx.Process(target=consumer, args=(f"消费者 {k}", queue, reports)) for k in range(n_consumers)]
    for p in procs:
        p.start()
    # 先把报告取完再 join：子进程放进队列的数据没被取走时，它可能退不出，join 就会一直等
    result = dict(reports.get(timeout=30) for _ in procs)
    for p in procs:
        p.join(timeout=10)
        assert p.exitcode == 0, p
    return result


if __name__ == "__main__":  # spawn 会在子进程里重新导入本文件，没有这个保护就会无限创建进程
    one = run(n_items=6, n_consumers=1)
    print("生产者依次放入（编号, 值）:", one["生产者"])
    print("消费者依次处理（编号, 平方）:", one["消费者 0"])
    two = run(n_items=6, n_consumers=2)
    done = sorted(i for k in range(2) for i, _ in two[f"消费者 {k}"])
    print("两个消费者合起来处理的编号（排序后）:", done)

    # 检查
    assert [i for i, _ in one["消费者 0"]] == list(range(6))  # 一个消费者：消费顺序就是生产顺序
    assert all(sq == v * v for (_, v), (_, sq) in zip(one["生产者"], one["消费者 0"], strict=True))
    assert done == list(range(6))  # 两个消费者：谁拿到哪一项不确定，但每一项恰好处理一次
    for k in range(2):  # 每个消费者各自拿到的编号仍是递增的：队列先进先出
        assert [i for i, _ in two[f"消费者 {k}"]] == sorted(i for i, _ in two[f"消费者 {k}"])
    assert run(n_items=6, n_consumers=1) == one  # 同一个种子，两次运行数据相同
