"""Bad input: one clear line, exit 2, the other files still checked, the input never written to."""

import hashlib
import io
import json
import zipfile

import pytest
from conftest import FIXTURES, REFERENCE, run_cli

GOOD = FIXTURES / "readers" / "tables.docx"


def _make(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _zip(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def _cases(tmp_path):
    pdf = REFERENCE["pdf"].read_bytes()
    docx = REFERENCE["docx"].read_bytes()
    with zipfile.ZipFile(REFERENCE["docx"]) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    hostile = dict(parts, **{"word/document.xml": BILLION_LAUGHS})
    return {
        "empty.pdf": (_make(tmp_path, "empty.pdf", b""), "文件为空"),
        "empty.txt": (_make(tmp_path, "empty.txt", b""), "文件为空"),
        "blank.md": (_make(tmp_path, "blank.md", b"  \n\n"), "没有文字内容"),
        "truncated.pdf": (_make(tmp_path, "truncated.pdf", pdf[: len(pdf) // 3]), "PDF 已损坏或不完整"),
        "corrupt.pdf": (_make(tmp_path, "corrupt.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100), "PDF 已损坏或不完整"),
        "encrypted.pdf": (FIXTURES / "readers" / "encrypted.pdf", "PDF 已加密"),
        "scanned.pdf": (FIXTURES / "readers" / "scanned.pdf", "没有文本层"),
        "text.docx": (_make(tmp_path, "text.docx", "这是纯文本".encode()), "不是 Word 文档"),
        "other.docx": (_make(tmp_path, "other.docx", _zip({"hello.txt": b"hi"})), "不是 Word 文档"),
        "truncated.docx": (_make(tmp_path, "truncated.docx", docx[: len(docx) // 2]), "Word 文档已损坏或不完整"),
        "bomb.docx": (
            _make(tmp_path, "bomb.docx", _zip({"word/document.xml": b"<a/>", "word/media/x.bin": b"\0" * (40 << 20)})),
            "压缩炸弹",
        ),
        "laughs.docx": (_make(tmp_path, "laughs.docx", _zip(hostile)), ""),
        "binary.txt": (_make(tmp_path, "binary.txt", b"\x00\x01\x02" * 100), "不是文本文件"),
        "report.doc": (_make(tmp_path, "report.doc", b"\xd0\xcf\x11\xe0"), "不支持的文件类型"),
        "missing.pdf": (tmp_path / "missing.pdf", "文件不存在"),
        "minutes.md": (_make(tmp_path, "minutes.md", "# 会议纪要\n\n与会人员讨论了下周的安排。\n".encode()), "不是预算绩效评价报告"),
    }


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return _cases(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize(
    "name",
    ["empty.pdf", "empty.txt", "blank.md", "truncated.pdf", "corrupt.pdf", "encrypted.pdf", "scanned.pdf",
     "text.docx", "other.docx", "truncated.docx", "bomb.docx", "binary.txt", "report.doc", "missing.pdf", "minutes.md"],
)
def test_bad_file_one_line_exit_2(cases, name):
    path, words = cases[name]
    proc = run_cli("check", str(path))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"reportlint: {path}: ")
    assert words in lines[0]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_hostile_xml_is_not_expanded(cases):
    """An entity bomb in document.xml is refused by the XML parser, not expanded."""
    path, _ = cases["laughs.docx"]
    proc = run_cli("check", "--format", "json", str(path))
    assert proc.returncode == 2
    assert "XML" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "lollollol" not in proc.stdout


def test_other_files_still_checked_and_inputs_untouched(cases):
    bad = [cases[n][0] for n in ("empty.pdf", "encrypted.pdf", "bomb.docx")]
    inputs = [*bad, GOOD]
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs}
    mtimes = {p: p.stat().st_mtime_ns for p in inputs}
    proc = run_cli("check", "--format", "json", *map(str, inputs))
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    files = {f["path"]: f for f in data["files"]}
    assert files[str(GOOD)]["error"] is None and files[str(GOOD)]["format"] == "docx"
    assert all(files[str(p)]["error"] for p in bad)
    errors = [line for line in proc.stderr.splitlines() if line.startswith("reportlint: ")]
    assert len(errors) == 3  # one line a file that could not be read (the others are progress lines)
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs} == before
    assert {p: p.stat().st_mtime_ns for p in inputs} == mtimes


def test_scanned_pages_are_named(tmp_path):
    proc = run_cli("parse", str(FIXTURES / "readers" / "scanned.pdf"))
    assert proc.returncode == 2
    assert "共 2 页均为图像" in proc.stderr


def test_bad_usage_exit_2():
    assert run_cli("check").returncode == 2
    assert run_cli("check", "--format", "xml", "x.pdf").returncode == 2
    assert run_cli("nonsense").returncode == 2
