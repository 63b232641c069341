"""Time reading the reference report, against a bare pdfplumber pass over the same PDF.

    python benchmarks/bench_read.py [--repeat N]

Prints seconds per read (best of N), the ratio reportlint/bare for the PDF,
and the peak memory (tracemalloc) of each. Not a test: figures to read.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from pathlib import Path

import pdfplumber

from reportlint.readers import read

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PDF = FIXTURES / "sunan-hrss-2024.pdf"
DOCX = FIXTURES / "sunan-hrss-2024.docx"


def bare_pdfplumber(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()


def measure(fn, repeat: int) -> tuple[float, float]:
    """(best seconds, peak MiB) over `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return best, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bare_t, bare_m = measure(lambda: bare_pdfplumber(PDF), args.repeat)
    pdf_t, pdf_m = measure(lambda: read(PDF), args.repeat)
    docx_t, docx_m = measure(lambda: read(DOCX), args.repeat)
    print(f"reference PDF: {PDF.name}, best of {args.repeat}")
    print(f"  bare pdfplumber (extract_text + extract_tables per page): {bare_t:6.2f} s  peak {bare_m:6.1f} MiB")
    print(f"  reportlint read PDF:                                     {pdf_t:6.2f} s  peak {pdf_m:6.1f} MiB")
    print(f"  ratio reportlint / bare:                                 {pdf_t / bare_t:6.2f}x (budget 1.50x)")
    print(f"  reportlint read DOCX:                                    {docx_t:6.2f} s  peak {docx_m:6.1f} MiB")


if __name__ == "__main__":
    main()
