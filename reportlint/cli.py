"""The command line: check, parse, rules, explain, annotate.

Exit codes: 0 no finding at or above the fail level, 1 findings, 2 a file
could not be read or the command was used wrongly. No traceback ever reaches
the user: an unexpected failure is one line and exit 2.
"""

from __future__ import annotations

import csv
import glob
import sys
from pathlib import Path

import click
from rich.console import Console

from . import __version__
from .findings import SEVERITIES

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SUPPORTED = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text")


def _stdout() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _err(message: str) -> None:
    click.echo(f"reportlint: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportlint")
def cli() -> None:
    """预算绩效评价报告一致性检查（reportlint）。"""


# ---------------------------------------------------------------- parse


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["rich", "json"]), default="rich", show_default=True,
              help="rich：树形展示；json：完整文档模型（含 indicators）")
def parse(file: str, fmt: str) -> None:
    """读取 FILE，展示读到的文档模型（标题、段落、表格、指标体系）。"""
    from .readers import ReadError, read

    try:
        doc = read(file)
    except ReadError as exc:
        _err(f"{file}: {exc}")
        sys.exit(EXIT_ERROR)
    if fmt == "json":
        from .output.json_format import model_json

        click.echo(model_json(doc))
    else:
        from .output.console import render_model

        render_model(doc, _stdout())


# ---------------------------------------------------------------- check


def expand(inputs: tuple[str, ...]) -> list[str]:
    """Files as given; folders searched for reports; quoted globs expanded."""
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in SUPPORTED and p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            out.extend(found)
        elif not path.exists() and any(ch in item for ch in "*?["):
            out.extend(sorted(p for p in glob.glob(item, recursive=True) if Path(p).suffix.lower() in SUPPORTED))
        else:
            out.append(item)
    return list(dict.fromkeys(out))


class _Progress:
    """Files done, on stderr: a bar on a terminal, a line a file in a log."""

    def __init__(self, total: int):
        self.total, self.done = total, 0
        self.tty = sys.stderr.isatty()
        self.bar = None
        if self.tty:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("检查报告"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("", total=total)
            self.bar.start()

    def __call__(self, result) -> None:
        self.done += 1
        status = "无法读取" if result.error else f"{len(result.findings)} 条问题"
        if self.bar:
            self.bar.update(self.task, advance=1, description=Path(result.path).name)
        else:
            click.echo(f"[{self.done}/{self.total}] {result.path}：{status}", err=True)

    def stop(self) -> None:
        if self.bar:
            self.bar.stop()


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=str, metavar="FILE_OR_DIR...")
@click.option("--format", "fmt", type=click.Choice(["console", "json", "sarif"]), default="console", show_default=True)
@click.option("--fail-level", type=click.Choice(list(SEVERITIES)), default=None,
              help="达到该级别的问题使退出码为 1（默认取配置，否则 warning）")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True, path_type=str),
              help="配置文件（默认从被检查文件所在目录向上查找 reportlint.toml 或 pyproject.toml）")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, path_type=str),
              help="隐藏基线文件中已记录的问题")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False, path_type=str),
              help="把当前所有问题记入基线文件")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="并行进程数（默认 CPU 核数）")
@click.option("--summary", "summary_file", type=click.Path(dir_okay=False, path_type=str),
              help="每份报告一行的 CSV 汇总")
def check(inputs, fmt, fail_level, config_file, baseline_file, write_baseline, jobs, summary_file) -> None:
    """检查报告（.pdf .docx .txt .md），或目录中的全部报告，列出发现的问题。"""
    from . import baseline as baselines
    from .config import ConfigError, load
    from .engine import check_files, default_jobs, fails

    config = None
    if config_file:
        try:
            config = load(config_file)
        except ConfigError as exc:
            _err(f"配置错误：{exc}")
            sys.exit(EXIT_ERROR)
    entries = None
    if baseline_file:
        try:
            entries = baselines.load(baseline_file)
        except baselines.BaselineError as exc:
            _err(str(exc))
            sys.exit(EXIT_ERROR)
    files = expand(inputs)
    if not files:
        _err("没有找到要检查的报告（支持 .pdf .docx .txt .md）")
        sys.exit(EXIT_ERROR)
    progress = _Progress(len(files)) if len(files) > 1 else None
    try:
        if progress is None and sys.stderr.isatty():
            # one file, perhaps a long PDF: say that work is going on
            with Console(stderr=True).status(f"正在读取并检查 {files[0]} …"):
                results = check_files(files, config, fail_level, 1)
        else:
            results = check_files(files, config, fail_level, jobs or default_jobs(), progress)
    finally:
        if progress:
            progress.stop()
    for r in results:
        if r.error:
            _err(f"{r.path}: {r.error}")
    if write_baseline:
        n = baselines.write(results, write_baseline)
        _err(f"已将 {n} 条问题写入基线 {write_baseline}")
    if entries is not None:
        stale = baselines.apply(results, entries)
        hidden = sum(r.hidden for r in results)
        _err(f"基线隐藏了 {hidden} 条已知问题")
        if stale:
            _err(f"警告：基线中有 {len(stale)} 条记录已不再出现（问题已修正或报告已改动），可重新生成基线")
    if summary_file:
        _write_summary(results, summary_file)
    if fmt == "json":
        from .output.json_format import results_json

        click.echo(results_json(results))
    elif fmt == "sarif":
        from .output.sarif import results_sarif

        click.echo(results_sarif(results))
    else:
        from .output.console import render_results

        render_results(results, _stdout())
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    if write_baseline:
        sys.exit(EXIT_CLEAN)
    sys.exit(EXIT_FINDINGS if fails(results) else EXIT_CLEAN)


def _write_summary(results, file: str) -> None:
    with open(file, "w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel opens Chinese CSV correctly
        w = csv.writer(fh)
        w.writerow(["文件", "格式", "可读", "错误", "警告", "提示", "基线隐藏", "总得分（报告所述）", "评价等级（报告所述）", "无法读取的原因"])
        for r in results:
            counts = {s: sum(1 for f in r.findings if f.severity == s) for s in SEVERITIES}
            w.writerow([r.path, r.format or "", "否" if r.error else "是", counts["error"], counts["warning"],
                        counts["info"], r.hidden, r.stated_total or "", r.stated_grade or "", r.error or ""])


# ---------------------------------------------------------------- rules and explain


@cli.command()
def rules() -> None:
    """列出全部检查规则：编号、级别、说明。"""
    from rich.table import Table

    from . import checks as check_modules

    table = Table(show_header=True, header_style="bold")
    table.add_column("规则", no_wrap=True)
    table.add_column("级别", no_wrap=True)
    table.add_column("说明", overflow="fold")
    for m in check_modules.ALL:
        table.add_row(m.ID, m.SEVERITY, m.SUMMARY)
    _stdout().print(table)


@cli.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """显示一条规则的说明，含不通过与通过的示例。RULE 可为编号（RL101）或名称（total-mismatch）。"""
    from . import checks as check_modules
    from .config import matches

    found = [m for m in check_modules.ALL if matches(rule, m.ID) and (rule.upper() != "RL" and len(rule) >= 4)]
    if len(found) != 1:
        _err(f"没有唯一对应“{rule}”的规则（见 reportlint rules）")
        sys.exit(EXIT_ERROR)
    m = found[0]
    click.echo(f"{m.ID}（{m.SEVERITY}）：{m.SUMMARY}\n依据：{m.SOURCE}\n")
    click.echo((m.__doc__ or "").strip().split("\n", 1)[1].strip() if "\n" in (m.__doc__ or "") else m.__doc__)


# ---------------------------------------------------------------- annotate


@cli.command()
@click.argument("draft", type=click.Path(dir_okay=False, exists=True, path_type=str))
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=str),
              help="写出带批注的 .docx（不会覆盖输入文件）")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True, path_type=str))
def annotate(draft: str, output: str, config_file: str | None) -> None:
    """把问题写成 Word 批注，锚定在对应的段落或表格单元格。"""
    from .annotate import AnnotateError, annotate_docx
    from .config import ConfigError, load

    if Path(draft).suffix.lower() != ".docx":
        _err(f"{draft}: 只能为 .docx 文件添加批注")
        sys.exit(EXIT_ERROR)
    if Path(output).resolve() == Path(draft).resolve():
        _err("输出文件不能与输入文件相同（reportlint 从不改写输入）")
        sys.exit(EXIT_ERROR)
    try:
        config = load(config_file) if config_file else None
        placed, total = annotate_docx(draft, output, config)
    except (AnnotateError, ConfigError) as exc:
        _err(str(exc))
        sys.exit(EXIT_ERROR)
    _err(f"已写出 {output}：{total} 条问题，{placed} 条批注锚定在对应位置"
         + (f"，其余 {total - placed} 条放在文首" if placed < total else ""))
    sys.exit(EXIT_FINDINGS if total else EXIT_CLEAN)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        _err("已中断")
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:
        _err(exc.format_message())
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        _err("已中断")
        sys.exit(EXIT_ERROR)
    except BrokenPipeError:
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # the promise: no traceback, one line
        _err(f"内部错误：{type(exc).__name__}: {exc}（请报告此问题）")
        sys.exit(EXIT_ERROR)
