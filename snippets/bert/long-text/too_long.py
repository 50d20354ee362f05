"""852 个 token 的长文本：原样送进 BERT 会报错，因为位置编码表只有 512 行。"""

import traceback
from pathlib import Path

import torch
from transformers import AutoModel, AutoTokenizer

device = "cuda" if torch.cuda.is_available() else "cpu"
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
bert = AutoModel.from_pretrained("bert-base-chinese").to(device)  # from_pretrained 返回的模型已处于 eval() 模式

# 一段新华社简介：901 个字符
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

# transformers 5 删除了 encode_plus：直接调用 tokenizer(...)
tokens = tokenizer(text, return_tensors="pt").to(device)
print("字符数 len(text):", len(text))
print("len(tokens) 数的是键:", len(tokens), list(tokens.keys()))
print("真正的 token 数 input_ids.shape[1]:", tokens["input_ids"].shape[1])
print("数字串各算一个 token:", tokenizer.tokenize("1931年11月7日"))

# 位置编码是一张可学习的表：512 行，每行 768 维；position_ids 缓冲区也只有 512 个位置
print("position_embeddings:", bert.embeddings.position_embeddings)
print("position_ids 缓冲区:", tuple(bert.embeddings.position_ids.shape))
print("config.max_position_embeddings:", bert.config.max_position_embeddings)

# 不做处理，852 个 token 直接推理
error = None
try:
    with torch.no_grad():
        bert(**tokens)
except RuntimeError as e:
    error = e
print(f"{type(error).__name__}: {error}")
last_frame = traceback.extract_tb(error.__traceback__)[-1]
print("出错的代码:", Path(last_frame.filename).name, last_frame.name, "->", last_frame.line)

# 检查
assert len(tokens) == 3  # BatchEncoding 是一个 dict，len 数的是键的个数
assert tokens["input_ids"].shape[1] == 852
assert tokenizer.tokenize("1931年11月7日") == ["1931", "年", "11", "月", "7", "日"]
assert bert.embeddings.position_embeddings.weight.shape == (512, 768)
assert bert.config.max_position_embeddings == 512
assert isinstance(error, RuntimeError)
assert last_frame.line == "embeddings = embeddings + position_embeddings"  # 852 个词向量 + 512 个位置向量
assert "The size of tensor a (852) must match the size of tensor b (512) at non-singleton dimension 1" in str(error)
