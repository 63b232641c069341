"""One reader per format; each turns a file into the same Document.

Only the readers know about pdfplumber or python-docx. A file that cannot be
read raises ReadError with one sentence for the user; nothing else escapes.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..model import Document

# A report is at most a few hundred pages; beyond these a file is not one we should try.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PDF_PAGES = 2000


class ReadError(Exception):
    """A file reportlint cannot read; the message is shown to the user as it is."""


FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}


def format_of(path: str | os.PathLike) -> str | None:
    return FORMATS.get(Path(path).suffix.lower())


def read(path: str | os.PathLike) -> Document:
    """Read one report. Raises ReadError, never anything else, for a file it cannot read."""
    path = Path(path)
    fmt = format_of(path)
    if fmt is None:
        suffix = path.suffix or "（无扩展名）"
        raise ReadError(f"不支持的文件类型 {suffix}：支持 .pdf、.docx、.txt、.md")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError("文件不存在") from None
    except OSError as exc:
        raise ReadError(f"无法访问文件：{exc.strerror or exc}") from None
    if path.is_dir():
        raise ReadError("这是一个目录，不是文件")
    if size == 0:
        raise ReadError("文件为空（0 字节）")
    if size > MAX_FILE_BYTES:
        raise ReadError(f"文件过大（{size / 1024 / 1024:.0f} MB，上限 {MAX_FILE_BYTES // 1024 // 1024} MB）")
    if fmt == "pdf":
        from .pdf import read_pdf as reader
    elif fmt == "docx":
        from .docx import read_docx as reader
    elif fmt == "markdown":
        from .markdown import read_markdown as reader
    else:
        from .text import read_text as reader
    try:
        return reader(str(path))
    except ReadError:
        raise
    except MemoryError:
        raise ReadError("文件过大，读取时内存不足") from None
    except RecursionError:
        raise ReadError("文件结构嵌套过深，无法读取") from None
    except Exception as exc:  # a reader library failing on a damaged file
        raise ReadError(f"无法读取文件（{type(exc).__name__}：{str(exc)[:120]}）") from None


def decode_text(path: str) -> str:
    """Text files in UTF-8 (with or without BOM) or GB18030, the two encodings reports come in."""
    data = Path(path).read_bytes()
    if b"\x00" in data[:4096]:
        raise ReadError("不是文本文件（含二进制内容）")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReadError("无法识别文本编码（应为 UTF-8 或 GB18030）")
