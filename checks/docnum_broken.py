"""RL303 docnum-broken: a 发文字号 broken by editing: stray digits, the issuer code split by the year, a lost bracket.

What it checks
  Digits between the issuer code and the year bracket (肃财发7〔2024〕7号: "77" with a
  7 moved out), and code characters after the bracket (肃人社〔2023〕发137号: "肃人社发"
  split around the year), and a bracket lost so the year runs into the serial
  (湘政发〔201910号, 益赫政发201612号). The message names the number the slip came from when the
  report cites that number intact elsewhere; otherwise it does not guess.

Why it matters
  Such numbers come from cutting and pasting; they point to no document.

Failing example
  肃人社报1〔2024〕25号 (for 肃人社报〔2024〕125号)

Passing example
  肃人社报〔2024〕125号
"""

from __future__ import annotations

from reportlint.findings import Coverage, Finding

ID = "RL303 docnum-broken"
SEVERITY = "error"
SUMMARY = "发文字号被编辑弄乱（代字与年份间有数字、代字被年份隔开，或缺了括号使年份与序号相连）"
SOURCE = "GB/T 9704-2012《党政机关公文格式》7.2.5"


def check(report, cov: Coverage):
    # the number a slip came from is named only when the report itself cites it intact elsewhere
    intact = {d.canonical for d in report.doc_numbers if not d.is_order and not d.broken}
    for d in report.doc_numbers:
        if d.is_order:
            continue
        cov.examined += 1
        if not d.broken:
            continue
        if d.missing == "年":
            what = f"年份写作“{d.year}年”，未用六角括号“〔{d.year}〕”"
        elif d.missing:
            what = f"缺少{'右括号“〕”' if d.missing == '〕' else '年份括号“〔〕”'}，年份{d.year}与序号{d.serial}连在一起"
        elif d.lead:
            what = f"年份括号前多出数字“{d.lead}”"
        else:
            what = f"发文机关代字被年份隔开（“{d.code}”与“{d.mid}”）"
        known = d.canonical in intact
        fix = f"，应为报告别处所引的“{d.canonical}”" if known else ""
        yield Finding(ID, SEVERITY, f"发文字号“{d.text}”{what}{fix}", d.location,
                      evidence=f"{('《' + d.title + '》') if d.title else ''}（{d.text}）",
                      expected=d.canonical if known else None, actual=d.text)
