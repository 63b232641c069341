#!/usr/bin/env python3
"""Print reportlint's findings on two forms of one report side by side.

    python3 tests/reword/compare.py ORIGINAL REWRITE [--width N] [--reportlint CMD]

Runs `reportlint check --format json FILE` on each file and keys every finding
by its rule code and the facts in its message: the 发文字号 it quotes and the
numbers it states. Positions are left out of the key (第3个表格（…）, 第7行, 第2列,
第18段, 第4页, and 「一、… > 2、…」 section paths: they differ between a .txt,
a .docx and a .pdf of the same report, and a rewrite renames headings), and so are years written "2024年"/"2024年度" (they are parts of the
labels a writer rewords; a year inside a 发文字号 stays in the key).

Prints the findings found in both, only in the original, only in the rewrite,
with counts, then a count per rule. Exit status 0, or 2 when reportlint
itself failed on a file.
"""

from __future__ import annotations

import collections
import json
import re
import shlex
import subprocess
import sys

DOCNO = re.compile(r"[\u4e00-\u9fff]{1,6}\d?\s?[〔\[(（【﹝]\s?\d{4}\s?[〕\])）】﹞]\s?[\u4e00-\u9fff]{0,2}\d+\s?[\u4e00-\u9fff]?\d*\s?号"
                   r"|国令第\s?\d+\s?号")
POSITION = re.compile(r"第\s?\d+\s?个表格（[^（）]*(?:（[^（）]*）[^（）]*)*）"   # 第3个表格（表5：…）
                      r"|「[^「」]*? > [^「」]*」"                               # section path
                      r"|第\s?\d+\s?(?:[–—~-]\s?\d+\s?)?(?:个表格|个表|张表|行|列|段|页|个段落|条记录)"
                      r"|line\s?\d+|row\s?\d+|col(?:umn)?\s?\d+")
YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?=\s?年)")
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def run(cmd: list[str], path: str) -> list[dict]:
    proc = subprocess.run(cmd + ["check", "--format", "json", path],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(f"compare.py: reportlint failed on {path} (exit {proc.returncode}):\n"
                         f"{proc.stderr.strip()}\n")
        raise SystemExit(2)
    data = json.loads(proc.stdout)
    findings = []
    for f in data.get("files", []):
        findings.extend(f.get("findings", []))
    return findings


def key(finding: dict) -> tuple:
    message = finding.get("message", "")
    code = finding.get("rule", "").split()[0] if finding.get("rule") else "?"
    docnos = [re.sub(r"\s", "", d) for d in DOCNO.findall(message)]
    rest = DOCNO.sub(" ", message)
    rest = POSITION.sub(" ", rest)
    rest = YEAR.sub(" ", rest)
    nums = [n.replace(",", "") for n in NUMBER.findall(rest)]
    return (code, tuple(sorted(docnos)), tuple(sorted(nums)))


def show_key(k: tuple) -> str:
    code, docnos, nums = k
    parts = list(docnos) + list(nums)
    return f"{code} [{', '.join(parts)}]"


def clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if width <= 0 or len(text) <= width else text[: width - 1] + "…"


def compare(a_path: str, b_path: str, cmd: list[str], width: int = 0, out=sys.stdout) -> dict:
    a, b = run(cmd, a_path), run(cmd, b_path)
    a_by, b_by = collections.defaultdict(list), collections.defaultdict(list)
    for f in a:
        a_by[key(f)].append(f)
    for f in b:
        b_by[key(f)].append(f)
    matched, only_a, only_b = [], [], []
    for k in sorted(set(a_by) | set(b_by)):
        fa, fb = a_by.get(k, []), b_by.get(k, [])
        n = min(len(fa), len(fb))
        matched += [(k, x, y) for x, y in zip(fa[:n], fb[:n], strict=False)]
        only_a += [(k, x) for x in fa[n:]]
        only_b += [(k, y) for y in fb[n:]]

    def p(s=""):
        return print(s, file=out)
    p(f"original: {a_path}  ({len(a)} findings)")
    p(f"rewrite:  {b_path}  ({len(b)} findings)")
    p(f"matched {len(matched)}, only in original {len(only_a)}, only in rewrite {len(only_b)}")
    p()
    p(f"== matched ({len(matched)})")
    for k, x, y in matched:
        p(f"  {show_key(k)}")
        p(f"    original: {clip(x.get('message', ''), width)}")
        p(f"    rewrite:  {clip(y.get('message', ''), width)}")
    p()
    p(f"== only in original ({len(only_a)})")
    for k, x in only_a:
        p(f"  {show_key(k)}")
        p(f"    {clip(x.get('message', ''), width)}")
    p()
    p(f"== only in rewrite ({len(only_b)})")
    for k, y in only_b:
        p(f"  {show_key(k)}")
        p(f"    {clip(y.get('message', ''), width)}")
    p()
    p("== per rule: original / rewrite / matched")
    codes = sorted({k[0] for k in a_by} | {k[0] for k in b_by})
    names = {f.get("rule", "").split()[0]: f.get("rule", "") for f in a + b}
    for c in codes:
        na = sum(len(v) for k, v in a_by.items() if k[0] == c)
        nb = sum(len(v) for k, v in b_by.items() if k[0] == c)
        nm = sum(1 for k, _, _ in matched if k[0] == c)
        p(f"  {names.get(c, c):32s} {na:4d} {nb:4d} {nm:4d}")
    return {"original": len(a), "rewrite": len(b), "matched": len(matched),
            "only_original": len(only_a), "only_rewrite": len(only_b)}


def main(argv: list[str]) -> int:
    args, width, cmd = [], 0, ["reportlint"]
    it = iter(argv[1:])
    for a in it:
        if a == "--width":
            width = int(next(it))
        elif a == "--reportlint":
            cmd = shlex.split(next(it))
        else:
            args.append(a)
    if len(args) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    compare(args[0], args[1], cmd, width)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
