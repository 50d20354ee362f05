"""练习：找错。按字符区间插入标记，为什么要从后往前插？"""

text = "张伟出生于北京，现在在华为工作。"
head, tail = (0, 2), (5, 7)  # 张伟、北京 的字符区间
inserts = [(head[0], "<e1>"), (head[1], "</e1>"), (tail[0], "<e2>"), (tail[1], "</e2>")]


def insert(text, inserts):
    for pos, tag in inserts:
        text = text[:pos] + tag + text[pos:]
    return text


buggy = insert(text, sorted(inserts))  # 从前往后：先插入的标记把后面的位置都往后推了
fixed = insert(text, sorted(inserts, reverse=True))  # 从后往前：还没处理的位置都在前面，不受影响
print("从前往后:", buggy)
print("从后往前:", fixed)

# 检查
assert fixed == "<e1>张伟</e1>出生于<e2>北京</e2>，现在在华为工作。"
assert "<e1>张伟</e1>" not in buggy
