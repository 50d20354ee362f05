"""今天 `pip install ltp` 会装上最新的 transformers 与 huggingface_hub，而 LTP 4.2.14 用到的两个接口在其中已不存在。"""

import huggingface_hub
import transformers
from huggingface_hub import hf_hub_download
from transformers import AutoTokenizer

transformers_major = int(transformers.__version__.split(".")[0])
hub_major = int(huggingface_hub.__version__.split(".")[0])
print("transformers 主版本 >= 5:", transformers_major >= 5)
print("huggingface_hub 主版本 >= 1:", hub_major >= 1)

# LTP 4.2.14 下载模型文件时这样调用 hf_hub_download
try:
    hf_hub_download(repo_id="LTP/base2", filename="config.json", use_auth_token=None)
    error = None
except TypeError as e:
    error = str(e)
print("hf_hub_download(..., use_auth_token=None):", error)

# LTP 4.2.14 的 pipeline 调用 tokenizer.batch_encode_plus(...)
tokenizer = AutoTokenizer.from_pretrained("bert-base-chinese")
print("tokenizer 有 batch_encode_plus:", hasattr(tokenizer, "batch_encode_plus"))

assert transformers_major >= 5 and hub_major >= 1
assert error is not None and "use_auth_token" in error
assert not hasattr(tokenizer, "batch_encode_plus")
