"""今天 `pip install ltp` 会装上最新的 transformers 与 huggingface_hub，LTP 4.2.14 用到的两个接口在其中已不存在。"""

import huggingface_hub
import transformers
from huggingface_hub import hf_hub_download
from transformers import AutoTokenizer

# LTP 4.2.14 下载模型文件时这样调用 hf_hub_download
try:
    hf_hub_download(repo_id="LTP/base2", filename="config.json", use_auth_token=None)
except TypeError as e:
    hub_error = e
print("hf_hub_download(..., use_auth_token=None) ->", type(hub_error).__name__, "-", hub_error)

# LTP 4.2.14 的 pipeline 调用 tokenizer.batch_encode_plus(...)
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
try:
    tokenizer.batch_encode_plus(["他叫汤姆去拿外衣。"])
except AttributeError as e:
    tok_error = e
print("tokenizer.batch_encode_plus(...) ->", type(tok_error).__name__, "-", tok_error)

# 检查：这是 transformers 5 与 huggingface_hub 1.x 的行为
assert int(transformers.__version__.split(".")[0]) >= 5
assert int(huggingface_hub.__version__.split(".")[0]) >= 1
assert "use_auth_token" in str(hub_error) and "batch_encode_plus" in str(tok_error)
