"""练习：把结束标记换成 object()，消费者还能认出它吗？"""

import multiprocessing as mp


def consume(queue, stop):
    squares = []
    while True:
        item = queue.get(timeout=5)
        if item is stop:
            break
        i, value = item
        squares.append(value * value)
    return squares


if __name__ == "__main__":
    queue = mp.Queue()
    for stop in (object(), None):
        for item in [(0, 3), (1, 4), stop]:
            queue.put(item)  # 放进 multiprocessing.Queue 的对象会被 pickle，取出来的是重建的对象
        try:
            result = consume(queue, stop)
            print(f"结束标记 {stop!r} -> {result}")
        except TypeError as e:
            print(f"结束标记 object() -> {type(e).__name__}: {e}")

    # 检查
    assert result == [9, 16]  # None 在 pickle 之后仍是同一个 None
