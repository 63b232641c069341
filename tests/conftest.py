import functools
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
REFERENCE = {ext: FIXTURES / f"sunan-hrss-2024.{ext}" for ext in ("txt", "docx", "pdf")}
SHARED = ROOT.parent / "shared"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reportlint", *args], capture_output=True, text=True, cwd=cwd or ROOT, timeout=300
    )


@pytest.fixture(scope="session")
def reference_docs():
    from reportlint.readers import read

    return {ext: read(str(path)) for ext, path in REFERENCE.items()}


def corpus_files():
    """The whole reports of ../shared/corpus (its excerpts/ folder holds openings only)."""
    corpus = SHARED / "corpus"
    return sorted(p for p in corpus.glob("*") if p.is_file()) if corpus.is_dir() else []


def excerpt_files():
    """Openings of real reports from other provinces and consultancies."""
    excerpts = SHARED / "corpus" / "excerpts"
    return sorted(excerpts.glob("*.txt")) if excerpts.is_dir() else []


@functools.cache
def reference_result(form: str):
    """check_file on one form of the reference report, once per test session."""
    from reportlint.engine import check_file

    return check_file(str(REFERENCE[form]))
