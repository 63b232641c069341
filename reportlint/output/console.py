"""Console output with rich: findings grouped by file and section, a summary, the coverage."""

from __future__ import annotations

from collections import Counter, defaultdict

from rich.console import Console
from rich.markup import escape
from rich.tree import Tree

from ..engine import FileResult
from ..model import Document, Heading, Paragraph, Table
from ..report import Report

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_NAME = {"error": "错误", "warning": "警告", "info": "提示"}


def render_results(results: list[FileResult], console: Console) -> None:
    totals: Counter = Counter()
    for result in results:
        console.rule(f"[bold]{escape(result.path)}[/]", align="left")
        if result.error:
            console.print(f"[bold red]无法读取[/]：{escape(result.error)}")
            continue
        for note in result.notes:
            console.print(f"[cyan]说明[/]：{escape(note)}")
        groups: dict[str, list] = defaultdict(list)
        for f in result.findings:
            groups[_group(f.location)].append(f)
            totals[f.severity] += 1
        for group, findings in groups.items():
            console.print(f"[bold]{escape(group)}[/]")
            for f in findings:
                console.print(
                    f"  [{_STYLE[f.severity]}]{_NAME[f.severity]}[/] [dim]{escape(f.rule)}[/] {escape(f.message)}"
                )
                console.print(f"    [dim]位置：{escape(f.location.human())}[/]")
                if f.evidence:
                    console.print(f"    [dim]原文：「{escape(f.evidence[:160])}」[/]")
        if not result.findings:
            console.print("[green]未发现问题[/]")
        _coverage(result, console)
    unread = sum(1 for r in results if r.error)
    summary = "，".join(f"{_NAME[s]} {totals[s]}" for s in ("error", "warning", "info"))
    console.print(f"\n[bold]共 {len(results)} 个文件[/]（无法读取 {unread} 个）：{summary}")


def _group(loc) -> str:
    if loc.section:
        return loc.section.split(" > ")[-1] if loc.page is None else f"第{loc.page}页 · {loc.section.split(' > ')[-1]}"
    return f"第{loc.page}页" if loc.page else "全文"


def _coverage(result: FileResult, console: Console) -> None:
    """One line: what was examined and what could not be; then the not-checked items, a few of each."""
    if not result.coverage:
        console.print("[dim]检查范围：没有运行任何检查[/]")
        return
    examined = sum(c.examined for c in result.coverage.values())
    skipped = sum(len(c.not_checked) for c in result.coverage.values())
    ran = [f"{rule.split()[0]} {cov.examined}" for rule, cov in result.coverage.items() if cov.examined]
    console.print(f"[dim]检查范围：{len(result.coverage)} 条规则共检查 {examined} 项"
                  f"（{'、'.join(ran) or '无'}），未能检查 {skipped} 项[/]")
    for rule, cov in result.coverage.items():
        for where, why in cov.not_checked[:3]:
            console.print(f"[dim]  未检查 {rule.split()[0]}：{escape(where)}（{escape(why)}）[/]")
        if len(cov.not_checked) > 3:
            console.print(f"[dim]  …{rule.split()[0]} 另有 {len(cov.not_checked) - 3} 项未检查（完整清单见 --format json）[/]")


def render_model(doc: Document, console: Console) -> None:
    report = Report(doc)
    root = Tree(f"[bold]{escape(doc.path)}[/] [dim]({doc.format}{f'，{doc.pages} 页' if doc.pages else ''})[/]")
    nodes = {0: root}
    for block in doc.blocks:
        if isinstance(block, Heading):
            parent = nodes[max(k for k in nodes if k < block.level)]
            nodes = {k: v for k, v in nodes.items() if k < block.level}
            nodes[block.level] = parent.add(f"[bold]{escape(block.text)}[/]")
            continue
        parent = nodes[max(nodes)]
        if isinstance(block, Paragraph):
            text = block.text if len(block.text) <= 60 else block.text[:60] + "…"
            parent.add(f"[dim]¶[/] {escape(text)}")
        elif isinstance(block, Table):
            title = block.caption or f"表格 {block.index}"
            node = parent.add(f"[cyan]▦ {escape(title)}[/] [dim]{block.n_rows}行×{block.n_cols}列"
                              f"{'，单位：' + block.unit if block.unit else ''}[/]")
            for r in range(min(block.n_rows, 3)):
                node.add(escape(" | ".join(x[:12] for x in block.row_texts(r))))
            if block.n_rows > 3:
                node.add(f"[dim]…共 {block.n_rows} 行[/]")
    ind = report.indicators
    if ind:
        tree = root.add(f"[bold magenta]指标体系[/]（三级指标 {len(ind)} 个）")
        l1_nodes: dict = {}
        l2_nodes: dict = {}
        for i in ind:
            if i.level1 not in l1_nodes:
                l1_nodes[i.level1] = tree.add(f"{escape(i.level1)}（{i.level1_points or '?'}）")
            key = (i.level1, i.level2)
            if key not in l2_nodes:
                l2_nodes[key] = l1_nodes[i.level1].add(f"{escape(i.level2)}（{i.level2_points or '?'}）")
            l2_nodes[key].add(f"{escape(i.name)}  分值 {i.points or '?'}  得分 {i.score or '?'}")
    for note in doc.notes:
        root.add(f"[cyan]说明：{escape(note)}[/]")
    console.print(root)
