"""练习：num_workers=3、prefetch_factor=1 时，开始训练前派发几个 batch？batch 7 由哪个 worker 加载？"""

from torch.utils.data import DataLoader, Dataset, get_worker_info

N_BATCHES = 9
events = []


class WhoLoads(Dataset):
    def __len__(self):
        return N_BATCHES

    def __getitem__(self, index):
        return get_worker_info().id


class LoggingBatchSampler:
    def __iter__(self):
        for b in range(N_BATCHES):
            events.append(f"派发 {b}")
            yield [b]

    def __len__(self):
        return N_BATCHES


if __name__ == "__main__":
    loader = DataLoader(WhoLoads(), batch_sampler=LoggingBatchSampler(), num_workers=3, prefetch_factor=1)
    it = iter(loader)
    print("创建迭代器时:", ", ".join(events))
    primed = len(events)
    events.clear()
    worker = {}
    for b, w in enumerate(it):
        worker[b] = int(w)
        print(f"取用 batch {b}（来自 worker {worker[b]}）时:", ", ".join(events) or "-")
        events.clear()
    print("batch 7 由 worker", worker[7], "加载")

    # 检查
    assert worker == {b: b % 3 for b in range(N_BATCHES)}
    assert primed == 3 * 1  # num_workers * prefetch_factor
    assert worker[7] == 1
