"""两个分别启动的程序共享一个队列：multiprocessing.managers.BaseManager 在本机端口上提供队列。

用法（三个终端，或者直接运行本文件，让它自己把三个程序都启动起来）：
    python shared_queue_manager.py server            # 打印端口号，然后一直提供队列
    python shared_queue_manager.py producer <端口>   # 放入数据和结束标记后退出
    python shared_queue_manager.py consumer <端口>   # 读到结束标记后退出
三个程序用同一个 QUEUE_AUTHKEY 环境变量作为口令。
"""

import json
import os
import queue
import subprocess
import sys
import threading
from multiprocessing import AuthenticationError
from multiprocessing.managers import BaseManager

HOST = "127.0.0.1"  # 只监听本机回环地址
N_ITEMS = 5
STOP = None


class QueueManager(BaseManager):
    pass


def authkey():
    return bytes.fromhex(os.environ["QUEUE_AUTHKEY"])


def connect(port, key=None):
    QueueManager.register("get_queue")  # 客户端只注册名字
    manager = QueueManager(address=(HOST, port), authkey=key or authkey())
    manager.connect()
    return manager.get_queue()


def serve():
    shared = queue.Queue()
    QueueManager.register("get_queue", callable=lambda: shared)  # 服务端注册名字和真正的队列
    server = QueueManager(address=(HOST, 0), authkey=authkey()).get_server()  # 端口 0：由系统挑一个空闲端口
    print(server.address[1], flush=True)  # 告诉别人端口号
    threading.Timer(60, os._exit, args=(0,)).start()  # 演示用的保险：最多运行 60 秒
    server.serve_forever()


def produce(port):
    q = connect(port)
    for i in range(N_ITEMS):
        q.put({"id": i, "text": f"句子 {i}"})
    q.put(STOP)


def consume(port):
    q = connect(port)
    received = []
    while (item := q.get(timeout=10)) is not STOP:  # 带超时，永远不会卡死
        received.append(item)
    print(json.dumps(received, ensure_ascii=False))


def start(*args):
    return subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, encoding="utf-8")


def read_port(server, timeout=30):
    """从服务端的标准输出读端口号；放在线程里读，服务端出问题时不会卡住。"""
    line = []
    reader = threading.Thread(target=lambda: line.append(server.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    assert line and line[0].strip().isdigit(), "服务端没有报告端口号"
    return int(line[0])


def main():
    os.environ["QUEUE_AUTHKEY"] = os.urandom(16).hex()  # 子进程继承这个口令
    server = start("server")
    try:
        port = read_port(server)
        # 两个各自启动的程序：消费者先启动也没关系，它会等队列里有数据
        consumer = start("consumer", str(port))
        producer = start("producer", str(port))
        producer.communicate(timeout=30)
        assert producer.returncode == 0
        out, _ = consumer.communicate(timeout=30)
        assert consumer.returncode == 0
        received = json.loads(out)
        for item in received:
            print("消费者收到:", item)
        assert received == [{"id": i, "text": f"句子 {i}"} for i in range(N_ITEMS)]

        # 口令不对的客户端连不上
        try:
            connect(port, key=b"wrong key")
            raise AssertionError("应当被拒绝")
        except AuthenticationError:
            print("错误口令 -> AuthenticationError")
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


if __name__ == "__main__":
    role = sys.argv[1] if len(sys.argv) > 1 else "main"
    if role == "server":
        serve()
    elif role == "producer":
        produce(int(sys.argv[2]))
    elif role == "consumer":
        consume(int(sys.argv[2]))
    else:
        main()
