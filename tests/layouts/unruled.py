#!/usr/bin/env python3
"""Write fixtures/layouts/unruled-table.{docx,pdf}: a label | text table drawn without rules.

    python3 tests/layouts/unruled.py

The PDF reader finds tables by their rules; without them the lines of the two columns
read across each other ("…管理的意指标体系见》"). The fixture holds a citation that
wraps inside the right-hand cell, beside a label that wraps in the left-hand one.
"""

import sys
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reword"))
from render import set_fonts, to_pdf  # noqa: E402

ROWS = [
    ("评价依据", "1、《中华人民共和国预算法》；2、《财政部关于印发〈项目支出绩效评价管理办法〉的通知》（财预〔2020〕10号）；"
                "3、《肃南裕固族自治县财政局关于批复2024年部门预算的通知》（肃财发〔2024〕77号）。"),
    ("绩效评价指标体系", "根据《中共中央国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）、《财政部关于印发〈项目支出绩效评价"
                        "管理办法〉的通知》（财预〔2020〕10号）等文件精神，此次绩效评价设置了一级指标4个，二级指标13个，三级指标34个。"),
    ("评价办法", "此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。"),
    ("数据采集及处理办法", "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。"),
]


def main() -> int:
    out = Path(__file__).resolve().parents[2] / "fixtures" / "layouts" / "unruled-table.docx"
    doc = Document()
    set_fonts(doc.styles["Normal"], "Times New Roman", "宋体")
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("三、评价基本情况")
    table = doc.add_table(rows=len(ROWS), cols=2)  # the default style draws no rules
    for r, (label, text) in enumerate(ROWS):
        table.cell(r, 0).text, table.cell(r, 1).text = label, text
        table.cell(r, 0).width, table.cell(r, 1).width = Cm(2.2), Cm(11)
    doc.add_paragraph("四、评价结论")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    print(f"wrote {out} and {to_pdf(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
