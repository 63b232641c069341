"""RL301 docnum-format: a 发文字号 not written as GB/T 9704-2012 7.2.5 requires.

What it checks
  Every cited 〔year〕 number: the year in 六角括号 〔〕 (not (2024), （2024）, [2024],
  【2024】, ﹝2024﹞), the year in full (four digits), no 第 before the serial, no
  leading zeros, 号 at the end. State Council orders (国令第729号) are 令 numbers
  and rightly use 第. Each wrong form is reported once, with every place it stands.
  A citation whose title lacks its opening 《 ("……的通知》（肃财发〔2024〕77号）") is
  reported too: its title cannot be matched with the other citations.

Why it matters
  A document number is how a reader finds the document; a report that cites
  its own basis carelessly invites the question how carefully it read it.

Failing example
  《肃南裕固族自治县财政局关于批复2024年部门预算的通知》(肃财发(2024)77号)

Passing example
  《……的通知》（肃财发〔2024〕77号）；《中华人民共和国预算法实施条例》（国令第729号）
"""

from __future__ import annotations

from reportlint.findings import Coverage, Finding

ID = "RL301 docnum-format"
SEVERITY = "warning"
SUMMARY = "发文字号格式不符合 GB/T 9704-2012（六角括号、四位年份、无“第”、无前导零）"
SOURCE = "GB/T 9704-2012《党政机关公文格式》7.2.5"


def problems(d) -> list[str]:
    out = []
    if d.missing:
        return out  # a lost bracket is RL303's: the number is broken, not only mis-typed
    if d.brackets != "〔〕":
        out.append(f"年份应用六角括号〔〕，此处用“{d.brackets[0]}{d.brackets[1]}”")
    if len(d.year) != 4:
        out.append(f"年份应写全四位，此处为“{d.year}”")
    if d.di:
        out.append("序号前不加“第”")
    if d.serial.startswith("0") and len(d.serial) > 1:
        out.append("序号不编虚位（无前导零）")
    return out


def check(report, cov: Coverage):
    seen: dict[str, list] = {}
    for d in report.doc_numbers:
        if d.is_order:
            cov.examined += 1
            continue
        seen.setdefault(d.text, []).append(d)
    for d in report.doc_numbers:
        if d.unopened:
            yield Finding(ID, SEVERITY, f"引用“{d.unopened}》（{d.text}）”缺少前书名号“《”，文件名无法辨认", d.location,
                          evidence=f"{d.unopened}》（{d.text}）", expected=f"《{d.unopened}》", actual=f"{d.unopened}》")
    for text, group in seen.items():
        cov.examined += len(group)
        issues = problems(group[0])
        if not issues:
            continue
        places = "；".join(x.location.human() for x in group[:5]) + ("等" if len(group) > 5 else "")
        yield Finding(ID, SEVERITY, f"发文字号“{text}”：{'；'.join(issues)}（共 {len(group)} 处）", group[0].location,
                      evidence=f"{('《' + group[0].title + '》') if group[0].title else ''}（{text}）；位置：{places}",
                      expected=group[0].canonical, actual=text)
