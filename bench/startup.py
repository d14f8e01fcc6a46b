"""Start-up benchmark: `branchdesk selftest` against a bare PySide6 + SQLAlchemy process.

A measurement, not a test: it prints the figures and exits 0 whatever the ratio;
it exits non-zero only if a run fails.

    .venv/bin/python bench/startup.py [--runs N]

Both sides run with the same interpreter (sys.executable) on the offscreen Qt
platform, interleaved A/B/A/B so they share the machine's noise. The baseline is
the least a PySide6 + SQLAlchemy app can do to show a window: import
QtWidgets and sqlalchemy.orm, create a QApplication, show an empty QMainWindow,
process events once, exit. The goal is selftest ≤ 1.5 × baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.5

BASELINE_CODE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "import sqlalchemy.orm\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "app.processEvents()\n"
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall time in seconds and stdout; raises SystemExit if the process fails."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(
            f"bench: {' '.join(cmd)} failed with exit code {proc.returncode}\n"
            f"{proc.stdout}{proc.stderr}"
        )
        raise SystemExit(1)
    return elapsed, proc.stdout


def _selftest_report(stdout: str) -> dict:
    for line in reversed(stdout.strip().splitlines()):
        try:
            report = json.loads(line)
        except ValueError:
            continue
        if isinstance(report, dict) and "ok" in report:
            if report.get("ok") is not True:
                sys.stderr.write(f"bench: selftest reported failure: {line}\n")
                raise SystemExit(1)
            return report
    sys.stderr.write(f"bench: selftest printed no JSON report:\n{stdout}\n")
    raise SystemExit(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each side (default 15)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    env = _env()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="branchdesk-bench-") as tmp:
        data_dir = str(Path(tmp) / "data")
        selftest = [python, "-m", "branchdesk", "selftest", "--data-dir", data_dir]
        baseline = [python, "-c", BASELINE_CODE]

        # Unmeasured: the first selftest creates and migrates the database; then a warm-up of each side.
        _selftest_report(_run(selftest, env)[1])
        _run(baseline, env)
        _selftest_report(_run(selftest, env)[1])

        app_times: list[float] = []
        base_times: list[float] = []
        internal: dict[str, list[float]] = {}
        for _ in range(args.runs):
            elapsed, stdout = _run(selftest, env)
            app_times.append(elapsed)
            for key, value in (_selftest_report(stdout).get("timings") or {}).items():
                if isinstance(value, (int, float)):
                    internal.setdefault(key, []).append(float(value))
            base_times.append(_run(baseline, env)[0])

    app_ms = statistics.median(app_times) * 1000
    base_ms = statistics.median(base_times) * 1000
    ratio = app_ms / base_ms
    print(f"interpreter: {python}")
    print(f"runs: {args.runs} of each, interleaved, QT_QPA_PLATFORM=offscreen")
    print(f"baseline (QApplication + empty QMainWindow + sqlalchemy.orm): median {base_ms:.0f} ms "
          f"(min {min(base_times) * 1000:.0f}, max {max(base_times) * 1000:.0f})")
    print(f"branchdesk selftest:                                          median {app_ms:.0f} ms "
          f"(min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f})")
    verdict = "met" if ratio <= GOAL else "NOT met"
    print(f"ratio: {ratio:.2f} (goal: ratio ≤ {GOAL}; {verdict})")
    if internal:
        print("selftest's own timings (median of each key, as reported):")
        width = max(len(key) for key in internal)
        for key, values in internal.items():
            print(f"  {key:{width}}  {statistics.median(values):.4g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
