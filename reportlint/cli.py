"""The command line: `reportlint parse FILE` and `reportlint check FILE...`.

Exit codes: 0 no finding at or above the fail level, 1 findings, 2 a file
could not be read or the command was used wrongly. No traceback ever reaches
the user: an unexpected failure is one line and exit 2.
"""

from __future__ import annotations

import sys

import click
from rich.console import Console

from . import __version__
from .findings import SEVERITIES

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _stdout() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _err(message: str) -> None:
    click.echo(f"reportlint: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportlint")
def cli() -> None:
    """预算绩效评价报告一致性检查（reportlint）。"""


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


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["console", "json"]), default="console", show_default=True)
@click.option("--fail-level", type=click.Choice(list(SEVERITIES)), default="warning", show_default=True,
              help="达到该级别的问题使退出码为 1")
def check(files: tuple[str, ...], fmt: str, fail_level: str) -> None:
    """检查一个或多个报告（.pdf .docx .txt .md），列出发现的问题。"""
    from .engine import check_file, fails

    results = [check_file(path) for path in files]
    for r in results:
        if r.error:
            _err(f"{r.path}: {r.error}")
    if fmt == "json":
        from .output.json_format import results_json

        click.echo(results_json(results))
    else:
        from .output.console import render_results

        render_results(results, _stdout())
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if fails(results, fail_level) else EXIT_CLEAN)


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
