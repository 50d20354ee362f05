"""一个可复用的函数：把 BERT 的位置编码扩到更长（复制或层次分解），连同缓冲区和 config 一起改好。"""

import torch
from torch import nn
from transformers import AutoModel, AutoTokenizer, BertConfig


def extend_position_embeddings(bert, max_position, method="hierarchical", alpha=0.4):
    """把 BertModel 的位置编码表从 n 行扩到 max_position 行；两种方法都保持前 n 行不变。"""
    p = bert.embeddings.position_embeddings.weight.detach()  # 原表：n × hidden
    n = p.size(0)
    k = torch.arange(max_position, device=p.device)
    if method == "copy":  # 第 k 行 = 原表第 k mod n 行
        q = p[k % n]
    elif method == "hierarchical":  # 苏剑林：q_k = alpha·u_i + (1 - alpha)·u_j，(i, j) = divmod(k, n)
        if max_position > n * n:
            raise ValueError(f"层次分解最多表示 n^2 = {n * n} 个位置")
        u = (p - alpha * p[:1]) / (1 - alpha)
        q = alpha * u[k // n] + (1 - alpha) * u[k % n]
    else:
        raise ValueError(f"未知的 method: {method!r}")
    bert.embeddings.position_embeddings = nn.Embedding.from_pretrained(q.clone(), freeze=False)
    # 两个非持久缓冲区：不传 position_ids / token_type_ids 时 BERT 从它们里面切，也要加长
    bert.embeddings.position_ids = torch.arange(max_position, device=p.device).expand((1, -1))
    bert.embeddings.token_type_ids = torch.zeros((1, max_position), dtype=torch.long, device=p.device)
    bert.config.max_position_embeddings = max_position  # save_pretrained 按它写 config.json
    return bert


device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
bert = AutoModel.from_pretrained("bert-base-chinese").to(device)
old = bert.embeddings.position_embeddings.weight.detach().cpu().clone()

extend_position_embeddings(bert, 1024)  # 默认层次分解；method="copy" 则复制
new = bert.embeddings.position_embeddings.weight.detach().cpu()
print("位置编码表:", tuple(old.shape), "->", tuple(new.shape))
print("前 512 行中与原表相差 < 1e-6 的行数:", int(((new[:512] - old).abs().max(dim=1).values < 1e-6).sum()))
print(
    "缓冲区 position_ids、token_type_ids:",
    tuple(bert.embeddings.position_ids.shape),
    tuple(bert.embeddings.token_type_ids.shape),
)
print("config.max_position_embeddings:", bert.config.max_position_embeddings)

tokenizer.model_max_length = 1024  # tokenizer 不归函数管：不改的话 truncation=True 仍截到 512
input_ids = tokenizer("长" * 850, return_tensors="pt")["input_ids"].to(device)  # 850 个字 + [CLS] [SEP]
with torch.no_grad():
    output = bert(input_ids=input_ids)  # 只传 input_ids：两个缓冲区都会被用到
print("输入:", tuple(input_ids.shape), "输出:", tuple(output.last_hidden_state.shape))

# 检查
assert new.shape == (1024, 768) and output.last_hidden_state.shape == (1, 852, 768)
assert (new[:512] - old).abs().max() < 1e-6
# method="copy" 在一个 3 个位置的小模型上：第 k 行等于第 k mod 3 行
tiny_config = BertConfig(
    vocab_size=10,
    hidden_size=4,
    num_hidden_layers=1,
    num_attention_heads=1,
    intermediate_size=4,
    max_position_embeddings=3,
)
tiny = AutoModel.from_config(tiny_config)
w = extend_position_embeddings(tiny, 7, method="copy").embeddings.position_embeddings.weight
assert torch.equal(w[3:6], w[:3]) and torch.equal(w[6], w[0])
