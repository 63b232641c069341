"""Time a batch of 20 reports with one worker and with every core, through the command line.

    python benchmarks/bench_batch.py

Prints wall-clock seconds for --jobs 1 and --jobs N and the speed-up; the
summary CSV and the progress lines of the parallel run are left in a temporary
folder whose path is printed. Not a test: figures to read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="reportlint-batch-"))
    reports = work / "reports"
    reports.mkdir()
    sources = [FIXTURES / f"sunan-hrss-2024.{ext}" for ext in ("pdf", "docx", "txt")] + sorted((FIXTURES / "drafts").glob("*.md"))
    for i in range(20):
        src = sources[i % len(sources)]
        shutil.copy(src, reports / f"{i:02d}-{src.name}")
    jobs = os.cpu_count() or 1
    times = {}
    for n in (1, jobs):
        summary = work / f"summary-jobs{n}.csv"
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "reportlint", "check", "--jobs", str(n), "--summary", str(summary),
                               "--format", "json", str(reports)], capture_output=True, text=True)
        times[n] = time.perf_counter() - start
        (work / f"progress-jobs{n}.txt").write_text(proc.stderr, encoding="utf-8")
    print(f"20 reports ({', '.join(sorted({p.suffix for p in reports.iterdir()}))}), {jobs} cores")
    print(f"  --jobs 1:  {times[1]:6.1f} s")
    print(f"  --jobs {jobs}:  {times[jobs]:6.1f} s   speed-up {times[1] / times[jobs]:.2f}x")
    print(f"  summaries and progress logs in {work}")


if __name__ == "__main__":
    main()
