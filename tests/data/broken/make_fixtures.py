"""Write the files of tests/data/broken/, one per known defect, named for it.

Run ``python tests/data/broken/make_fixtures.py`` to regenerate them; the files are
committed too. Bytes are written exactly (no editor may re-encode or re-end lines).
"""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

HERE = Path(__file__).parent

SENTENCE = "阿里云资深技术专家王小明在大会上分享了云原生架构的实践经验。\n"


def article(front: str, title_heading: str = "") -> str:
    """An article with the given front-matter lines and a one-sentence body."""
    return f"---\n{front}---\n\n{title_heading}{SENTENCE}"


def png() -> bytes:
    """A real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


BOMB = "".join(
    f'{name}: &{name} [{", ".join([f"*{prev}"] * 9) if prev else ", ".join(["哈"] * 9)}]\n'
    for prev, name in zip([None, "a", "b", "c", "d", "e", "f", "g"], "abcdefgh"))

FILES: dict[str, bytes] = {
    "glued-key.md": article('title: "点赞计数字段粘连的文章"\n'
                            'selfDefined:"likes:2,comments:0,collects:1,views:9,"\n').encode(),
    "tabs.md": article('title: "用制表符缩进的标签"\ntags:\n\t- 云原生\n\t- 微服务\n').encode(),
    "bom.md": b"\xef\xbb\xbf" + article('title: "带字节顺序标记的文章"\n').encode(),
    "crlf.md": article('title: "Windows 换行的文章"\n',
                       "## 嘉宾介绍\n\n").replace("\n", "\r\n").encode(),
    "no-closing-fence.md": ('---\ntitle: "缺少结束分隔线的文章"\ndate: 2023-05-01\n\n'
                            + SENTENCE + "\n---\n\n第二部分的内容。\n").encode(),
    "gb18030.md": article('title: "国标编码的文章"\n').encode("gb18030"),
    "trailing-spaces-fence.md": ('---   \ntitle: "分隔线后有空格的文章"\n---   \n\n'
                                 + SENTENCE).encode(),
    "empty.md": b"",
    "binary.md": png(),
    "yaml-list.md": ('---\n- title: "前言是列表的文章"\n- author: 王小明\n---\n\n' + SENTENCE).encode(),
    "alias-bomb.md": article('title: "别名炸弹"\n' + BOMB).encode(),
    "no-front-matter.md": ("# 没有前言的文章\n\n" + SENTENCE).encode(),
    "invalid-yaml.md": article('title: "标签未闭合的文章"\ntags: [云原生, 微服务\n').encode(),
}


def main() -> None:
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
