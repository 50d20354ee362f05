"""方法“层次分解”（苏剑林）：用原来 512 个位置向量的两两组合生成更长的位置编码，前 512 个位置保持不变。"""

import torch
from torch import nn
from transformers import AutoModel, AutoTokenizer

device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
bert = AutoModel.from_pretrained("bert-base-chinese")  # 先在 CPU 上改造，最后再搬到设备上

# 原笔记的长文本（新华社简介），一字未改
text = (
    "新华通讯社，简称新华社，是中国国家通讯社和世界性通讯社。现任社长傅华、总编辑吕岩松。"
    "新华社的前身是1931年11月7日在江西瑞金成立的红色中华通讯社（简称红中社），1937年1月在陕西延安改为现名。"
    "新华社总部设在北京，在全国除台湾省以外的各省区市均设有分社，在台湾省派有驻点记者，在一些重点大中城市设有支社或记者站，"
    "在中国人民解放军、中国人民武装警察部队设有分支机构，在境外设有182个分支机构。 新华社建立了覆盖全球的新闻信息采集网络，"
    "形成了多语种、多媒体、多渠道、多层次、多功能的新闻发布体系，集通讯社供稿业务、报刊业务、电视业务、经济信息业务、"
    "互联网和新媒体业务等为一体，每天24小时不间断用中文、英文、法文、俄文、西班牙文、阿拉伯文、葡萄牙文和日文8种文字，"
    "向世界各类用户提供文字、图片、图表、音频、视频等各种新闻和信息产品。 新华网是新华社主办的中国重点新闻网站，"
    "被称为“中国最有影响力网站”，每天24小时以7种文字、通过多媒体形式不间断地向全球发布新闻信息，全球网站综合排名稳定在190位以内。"
    "开通31个地方频道，承办中国政府网、中国平安网、中国文明网、振兴东北网等大型政府网站，形成了中国最大的国家级网站集群。1931年11月7日，新华社前身红色中华通讯社（简称红中社）在江西瑞金成立，"
    "是中国共产党领导下成立最早的新闻机构。1934年10月，红中社随中央红军长征。"
    "1937年1月，为适应革命斗争形势的需要，根据中央的决定，红中社在延安更名为新华通讯社。 [7]"
    "1940年12月30日，新华社创办了延安新华广播电台，即中央人民广播电台的前身。"
    "1944年9月1日，新华社开办了对国外英语广播。"
    "1937年至1945年抗日战争时期，新华社在华北、晋绥、晋察冀、山东、华中各抗日民主根据地相继成立分社。当时，由于敌人的分割封锁，新华社成为抗日民主根据地对外发布新闻的唯一渠道。"
    "1945年至1950年解放战争时期，新华社事业迅速发展。"
    "1946年5月，新华社总社改组机构，同时向各主要战场派出随军记者或记者团。之后又在中国人民解放军各野战部队陆续建立前线分社和野战军总分社，在各兵团和军建立分社和支社。"
)
tokens = tokenizer(text, return_tensors="pt")  # transformers 5：encode_plus 已删除
print("token 数:", tokens["input_ids"].shape[1])

max_position = 1024
p = bert.embeddings.position_embeddings.weight.detach().clone()  # 原位置编码 p，512 × 768
n = p.size(0)

# 层次分解位置编码（原笔记的代码，与 bert4keras / bert4torch 的实现相同，alpha 取默认的 0.4）
alpha = 0.4
u = (p - alpha * p[:1]) / (1 - alpha)  # 基底 u_i = (p_i - alpha * p_1) / (1 - alpha)
position_index = torch.arange(max_position)[:, None]
embeddings_x = torch.take_along_dim(u, torch.div(position_index, n, rounding_mode="trunc"), dim=0)
embeddings_y = torch.take_along_dim(u, position_index % n, dim=0)
q = alpha * embeddings_x + (1 - alpha) * embeddings_y  # 位置 k = i * n + j 的编码
print("新位置编码表:", tuple(q.shape))

# 1. 约束：前 n 个位置的新编码与原编码相同（只差浮点舍入）
print("u_1 == p_1:", torch.allclose(u[0], p[0], atol=1e-6))
print("前 512 个位置 q_k 与 p_k 的最大差 < 1e-6:", (q[:n] - p).abs().max().item() < 1e-6)

# 2. 公式：位置 k 拆成 (i, j) = divmod(k, n)，q_k = alpha * u_i + (1 - alpha) * u_j
for k in (0, 511, 512, 851, 1023):
    i, j = divmod(k, n)
    formula = alpha * u[i] + (1 - alpha) * u[j]
    print(f"位置 {k:4d} = (i={i}, j={j:3d})，与公式一致: {torch.allclose(q[k], formula, atol=1e-6)}")
print("位置 512 的向量 == 位置 0 的向量:", torch.allclose(q[n], q[0], atol=1e-6))

# 3. alpha 不能取 0.5：那样 (i, j) 与 (j, i) 两个位置会得到同一个向量
swapped_equal = {}
for a in (0.4, 0.5):
    u_a = (p - a * p[:1]) / (1 - a)
    swapped_equal[a] = torch.allclose(a * u_a[1] + (1 - a) * u_a[2], a * u_a[2] + (1 - a) * u_a[1], atol=1e-6)
    print(f"alpha={a}：位置 (1, 2) 与 (2, 1) 的向量相同: {swapped_equal[a]}")

# 4. 最长 n^2：最后一个位置 n^2 - 1 拆成 (n-1, n-1)；位置 n^2 拆出的 i = n 超出了 u 的 n 行
print(f"理论最大长度 n^2 = {n * n}，位置 n^2-1 拆成 {divmod(n * n - 1, n)}，位置 n^2 拆成 {divmod(n * n, n)}")

# 换表，并把 position_ids / token_type_ids 两个缓冲区加长（见“复制”一节）
bert.embeddings.position_embeddings = nn.Embedding.from_pretrained(q, freeze=False)
bert.embeddings.position_ids = torch.arange(max_position).expand((1, -1))
bert.embeddings.token_type_ids = torch.zeros((1, max_position), dtype=torch.long)
bert.config.max_position_embeddings = max_position

bert = bert.to(device)
with torch.no_grad():
    output = bert(**tokens.to(device))
print(output.last_hidden_state.shape)

assert tokens["input_ids"].shape[1] == 852
assert q.shape == (1024, 768)
assert torch.allclose(u[0], p[0], atol=1e-6)
assert (q[:n] - p).abs().max() < 1e-6  # 方法的出发点：长度不超过 512 时，模型看到的位置编码与原来一样
for k in range(max_position):
    i, j = divmod(k, n)
    assert torch.allclose(q[k], alpha * u[i] + (1 - alpha) * u[j], atol=1e-6)
assert not torch.allclose(q[n], q[0], atol=1e-6)  # 与“复制”不同，位置 512 与位置 0 不再相同
assert swapped_equal == {0.4: False, 0.5: True}
assert n * n == 262144 and divmod(n * n - 1, n) == (n - 1, n - 1) and divmod(n * n, n)[0] == n
assert output.last_hidden_state.shape == (1, 852, 768)
