"""读 P-Tuning v2 之前要读哪些？沿“建立在谁之上”一路往前找，得到它的全部前置工作。"""

# 工作 → 它建立在哪些工作之上，与本页的表格一致
builds_on = {
    "Transformer": [],
    "相对位置表示": ["Transformer"],
    "GPT-1": ["Transformer"],
    "BERT": ["Transformer", "GPT-1"],
    "GPT-2": ["GPT-1"],
    "Sparse Transformer": ["Transformer"],
    "缩放定律": ["GPT-2"],
    "PET": ["BERT", "GPT-2"],
    "GPT-3": ["GPT-2", "Sparse Transformer", "缩放定律"],
    "层次分解位置编码": ["BERT"],
    "Prefix-Tuning": ["GPT-2", "GPT-3"],
    "P-Tuning": ["GPT-3", "PET"],
    "RoPE": ["Transformer", "相对位置表示"],
    "Prompt Tuning": ["Prefix-Tuning", "GPT-3"],
    "P-Tuning v2": ["Prefix-Tuning", "P-Tuning", "Prompt Tuning"],
}


def prerequisites(work):
    """深度优先：直接依赖，再加上它们各自的前置。"""
    found = set()
    stack = list(builds_on[work])
    while stack:
        dep = stack.pop()
        if dep not in found:
            found.add(dep)
            stack += builds_on[dep]
    return found


need = prerequisites("P-Tuning v2")
print(f"P-Tuning v2 的前置（{len(need)} 项）：{'、'.join(w for w in builds_on if w in need)}")
print(f"可以不读的：{'、'.join(w for w in builds_on if w not in need and w != 'P-Tuning v2')}")

# 检查
assert len(need) == 11 and {"Transformer", "GPT-3", "PET"} <= need
assert not need & {"相对位置表示", "层次分解位置编码", "RoPE"}  # 位置编码这条支线不是前置
