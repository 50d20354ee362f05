"""会结束的生产者-消费者：队列里放一个“结束标记”，消费者读到它就退出。"""

import multiprocessing as mp
import random

STOP = None  # 结束标记（sentinel）：正常数据里不会出现的值；经过 pickle 传到另一个进程后仍是 None，
# 所以可以用 is 比较（换成 object() 就不行：对方进程收到的是一个新对象）


def producer(queue, n_items, seed, n_consumers):
    rng = random.Random(seed)  # 固定种子：每次运行产生同样的数据
    for i in range(n_items):
        queue.put((i, rng.randint(1, 100)))
    for _ in range(n_consumers):
        queue.put(STOP)  # 每个消费者一个结束标记


def consumer(queue, results):
    while True:
        item = queue.get(timeout=10)  # 带超时：生产者意外退出时不会永远等下去
        if item is STOP:
            break
        i, value = item
        results.put((i, value, value * value))  # “处理数据”：这里只是求平方
    results.put(STOP)


def run(n_items, n_consumers, seed=0):
    ctx = mp.get_context("spawn")  # 与 Windows、macOS 的默认方式一致；Linux 默认是 fork
    queue, results = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=producer, args=(queue, n_items, seed, n_consumers))]
    procs += [ctx.Process(target=consumer, args=(queue, results)) for _ in range(n_consumers)]
    for p in procs:
        p.start()
    # 先把结果取完再 join：子进程往队列里放的数据没被取走时，join 可能一直等下去
    collected, finished = [], 0
    while finished < n_consumers:
        item = results.get(timeout=30)
        if item is STOP:
            finished += 1
        else:
            collected.append(item)
    for p in procs:
        p.join(timeout=10)
        assert p.exitcode == 0, p
    return collected


if __name__ == "__main__":  # spawn 会在子进程里重新导入本文件，没有这个保护就会无限创建进程
    one = run(n_items=6, n_consumers=1)
    for i, value, square in one:
        print(f"item {i}: {value} -> {square}")
    # 一个生产者、一个消费者：消费顺序就是生产顺序
    assert [i for i, _, _ in one] == list(range(6))
    assert all(square == value * value for _, value, square in one)

    # 两个消费者：谁先拿到哪一项不确定，但每一项都恰好处理一次
    two = run(n_items=6, n_consumers=2)
    print("两个消费者，按编号排序后与单消费者结果相同:", sorted(two) == one)
    assert sorted(two) == one
    # 同一个种子，两次运行数据相同
    assert run(n_items=6, n_consumers=1) == one
