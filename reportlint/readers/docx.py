"""Word documents through python-docx, with merged cells read from the table XML.

The archive is checked before it is opened: a .docx is a zip, and a hostile
zip (a bomb, thousands of entries) must fail fast with a clear message.
"""

from __future__ import annotations

import zipfile

from ..assemble import RawParagraph, RawTable, build_document
from . import ReadError

_MAX_UNPACKED = 500 * 1024 * 1024
_MAX_ENTRIES = 20_000
_MAX_RATIO = 200  # compressed XML of real documents stays far below this

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_archive(path: str) -> None:
    if not zipfile.is_zipfile(path):
        with open(path, "rb") as fh:
            if fh.read(4) == b"PK\x03\x04":
                raise ReadError("Word 文档已损坏或不完整（压缩包缺少目录，可能下载不完整）")
        raise ReadError("不是 Word 文档（.docx 应为 zip 格式；旧版 .doc 请先另存为 .docx）")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                raise ReadError("不是 Word 文档（压缩包中没有 word/document.xml）")
            if len(infos) > _MAX_ENTRIES:
                raise ReadError(f"压缩包条目过多（{len(infos)} 个），拒绝读取")
            total = sum(i.file_size for i in infos)
            if total > _MAX_UNPACKED:
                raise ReadError(f"解压后过大（{total // 1024 // 1024} MB），疑似压缩炸弹，拒绝读取")
            for i in infos:
                if i.compress_size and i.file_size / i.compress_size > _MAX_RATIO and i.file_size > 10 * 1024 * 1024:
                    raise ReadError(f"{i.filename} 压缩比异常（{i.file_size // i.compress_size}:1），疑似压缩炸弹，拒绝读取")
            if zf.testzip() is not None:
                raise ReadError("文件已损坏（压缩包校验失败）")
    except zipfile.BadZipFile as exc:
        raise ReadError(f"文件已损坏（{exc}）") from None


def read_docx(path: str):
    _check_archive(path)
    import docx  # python-docx; imported here so other formats do not pay for it
    from docx.text.paragraph import Paragraph
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(path)
    except XMLSyntaxError as exc:
        raise ReadError(f"Word 文档的 XML 已损坏或含有危险结构（{str(exc)[:60]}），拒绝读取") from None
    except (KeyError, ValueError) as exc:
        raise ReadError(f"Word 文档结构不完整（{str(exc)[:60]}）") from None
    blocks: list = []
    for child in document.element.body.iterchildren():
        tag = child.tag
        if tag == W + "p":
            para = Paragraph(child, document)
            text = _paragraph_text(child)
            if text.strip():
                blocks.append(RawParagraph(text, heading_level=_heading_level(para)))
        elif tag == W + "tbl":
            table = _table(child)
            if table.rows:
                blocks.append(table)
    if not any(isinstance(b, RawParagraph) for b in blocks) and not any(isinstance(b, RawTable) for b in blocks):
        raise ReadError("Word 文档中没有文字内容")
    return build_document(path, "docx", blocks)


def _heading_level(para) -> int | None:
    try:
        name = (para.style.name or "").lower()
    except (KeyError, AttributeError, ValueError):
        return None
    for prefix in ("heading ", "标题 ", "标题"):
        if name.startswith(prefix):
            digits = name[len(prefix) :].strip()
            if digits.isdigit():
                return int(digits)
    return 1 if name == "title" else None


def _paragraph_text(p) -> str:
    out = []
    for node in p.iter(W + "t", W + "tab", W + "br", W + "cr"):
        if node.tag == W + "t":
            out.append(node.text or "")
        elif node.tag == W + "tab":
            out.append(" ")
        else:
            out.append("\n")
    return "".join(out)


def _cell_text(tc) -> str:
    return "\n".join(_paragraph_text(p) for p in tc.iter(W + "p"))


def _int_attr(node, name: str, default: int = 1) -> int:
    if node is None:
        return default
    try:
        return max(1, min(int(node.get(W + name)), 64))
    except (TypeError, ValueError):
        return default


def _table(tbl) -> RawTable:
    """The grid of a w:tbl: gridSpan spans columns, vMerge continues the cell above."""
    rows: list[list[str]] = []
    owner: list[list[tuple[int, int]]] = []
    for r, tr in enumerate(tbl.iterchildren(W + "tr")):
        texts, owners = [], []
        trpr = tr.find(W + "trPr")
        before = _int_attr(trpr.find(W + "gridBefore") if trpr is not None else None, "val", 0)
        for _ in range(before):
            texts.append("")
            owners.append((r, len(owners)))
        for tc in tr.iterchildren(W + "tc"):
            tcpr = tc.find(W + "tcPr")
            span = _int_attr(tcpr.find(W + "gridSpan") if tcpr is not None else None, "val")
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            c = len(owners)
            continues = vmerge is not None and vmerge.get(W + "val") in (None, "continue")
            if continues and r > 0 and c < len(owner[r - 1]):
                above = owner[r - 1][c]
                for dc in range(span):
                    owners.append(owner[r - 1][c + dc] if c + dc < len(owner[r - 1]) else above)
                    texts.append("")
            else:
                text = _cell_text(tc)
                for dc in range(span):
                    owners.append((r, c))
                    texts.append(text if dc == 0 else "")
        rows.append(texts)
        owner.append(owners)
    width = max((len(r) for r in rows), default=0)
    for r in range(len(rows)):
        while len(rows[r]) < width:
            owner[r].append((r, len(rows[r])))
            rows[r].append("")
    return RawTable(rows, owner)
