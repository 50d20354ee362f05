"""方法“复制”：新建 1024 行的位置编码表，前后两半都用原来的 512 行初始化，BERT 就能编码 852 个 token。"""

import torch
from torch import nn
from transformers import AutoModel, AutoTokenizer
from transformers.models.bert.modeling_bert import BertEmbeddings

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
bert = AutoModel.from_pretrained("bert-base-chinese")  # 先在 CPU 上改造，最后再搬到设备上

# 一段新华社简介：901 个字符，852 个 token
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
n_tokens = tokens["input_ids"].shape[1]
print("token 数:", n_tokens)

old = bert.embeddings.position_embeddings.weight.detach().clone()  # 原来的 512 × 768
max_position = 1024

# 方法 1：nn.Embedding 默认初始化，后 512 行是 N(0, 1) 随机数
random_init = nn.Embedding(max_position, 768)
random_init.weight.data[:512] = old
print("方法 1 后 512 行的标准差:", round(random_init.weight.data[512:].std().item(), 2))
print("BERT 自己的初始化标准差 initializer_range:", bert.config.initializer_range)

# 方法 2（复制）：前 512 行、后 512 行都用原来的 512 行
new_weight = torch.cat([old, old])  # 1024 × 768
print("新位置编码表:", tuple(new_weight.shape))
same_rows = [int((half == old).all(dim=1).sum()) for half in (new_weight[:512], new_weight[512:])]
print("与原表逐位相同的行数（前 512 行、后 512 行）:", same_rows)
print("与位置 0 向量相同的位置:", (new_weight == new_weight[0]).all(dim=1).nonzero().flatten().tolist())

# 只换表还不够：position_ids 缓冲区仍是 0..511，切出来的位置只有 512 个
bert.embeddings.position_embeddings = nn.Embedding.from_pretrained(new_weight, freeze=False)
table_only_error = None
try:
    # 只跑 embedding 层：整个模型也正是在这里出错
    bert.embeddings(input_ids=tokens["input_ids"], token_type_ids=tokens["token_type_ids"])
except RuntimeError as e:
    table_only_error = e
print("只换表:", table_only_error)

# position_ids 是非持久缓冲区（不进 state_dict）：直接赋值加长，它仍是非持久的
bert.embeddings.position_ids = torch.arange(max_position).expand((1, -1))

# token_type_ids 缓冲区也只有 512 个，不传 token_type_ids 时 BERT 从它里面取
no_segment_error = None
try:
    bert.embeddings(input_ids=tokens["input_ids"])
except RuntimeError as e:
    no_segment_error = e
print("不传 token_type_ids:", no_segment_error)
bert.embeddings.token_type_ids = torch.zeros((1, max_position), dtype=torch.long)
print("不传 token_type_ids（缓冲区加长后）:", tuple(bert.embeddings(input_ids=tokens["input_ids"]).shape))
print("position_ids 缓冲区:", tuple(bert.embeddings.position_ids.shape))
saved_after_assign = [key for key in bert.state_dict() if "position_ids" in key]
print("state_dict 里含 position_ids 的键:", saved_after_assign)

# config 和 tokenizer 不会自动跟着变
print("config.max_position_embeddings:", bert.config.max_position_embeddings)
print("tokenizer.model_max_length:", tokenizer.model_max_length)
print("按 config 重建的位置编码表:", BertEmbeddings(bert.config).position_embeddings)
config_before = bert.config.max_position_embeddings
bert.config.max_position_embeddings = max_position  # 要保存模型，先改 config
tokenizer.model_max_length = max_position  # 否则 truncation=True 仍会截到 512
print("改 config 后重建:", BertEmbeddings(bert.config).position_embeddings)

bert = bert.to(device)
with torch.no_grad():
    output = bert(**tokens.to(device))
print(output.last_hidden_state.shape)

# 换一种写法：register_buffer(name, tensor) 默认 persistent=True，position_ids 会被写进 state_dict
bert.embeddings.register_buffer("position_ids", torch.arange(max_position, device=device).expand((1, -1)))
saved_after_register = [key for key in bert.state_dict() if "position_ids" in key]
print("register_buffer 之后 state_dict 里含 position_ids 的键:", saved_after_register)

# 检查
assert n_tokens == 852
assert abs(random_init.weight.data[512:].std().item() - 1) < 0.01  # 方法 1：比 0.02 大约 50 倍
assert bert.config.initializer_range == 0.02
assert new_weight.shape == (1024, 768)
assert same_rows == [512, 512]  # 位置 i 与 i + 512 的位置向量完全相同
assert saved_after_assign == []
assert saved_after_register == ["embeddings.position_ids"]  # register_buffer 让它变成了持久缓冲区
assert "The size of tensor a (852) must match the size of tensor b (512)" in str(table_only_error)
assert "index 512 is out of bounds" in str(no_segment_error)
assert config_before == 512 and tokenizer.model_max_length == 1024
assert BertEmbeddings(bert.config).position_embeddings.num_embeddings == 1024
assert output.last_hidden_state.shape == (1, 852, 768)
