"""Start-up benchmark: `branchdesk selftest` against a bare PySide6 + SQLAlchemy process.

A measurement, not a test: it prints the figures and exits 0 whatever the ratio;
it exits non-zero only if a run fails.

    .venv/bin/python bench/startup.py [--runs N]                 # a new, empty branch
    .venv/bin/python bench/startup.py --demo                     # the demo branch
    .venv/bin/python bench/startup.py --data-dir D --goal 1.5    # an existing data folder (e.g. the
                                                                 # million-ticket file of bench/queue.py)

BranchDesk's own modules are byte-compiled first (compileall, into the git-ignored
__pycache__ folders), as the libraries on both sides already are (pip compiles
what it installs) and as the frozen app ships them: with PYTHONDONTWRITEBYTECODE
set, as on the build container, an editable checkout would otherwise compile
~90 source files at every run (~60 ms) that no installed copy ever compiles.
`--no-compile` measures without that.

Both sides run with the same interpreter (sys.executable) on the offscreen Qt
platform, interleaved A/B/A/B so they share the machine's noise. The baseline is
the least a PySide6 + SQLAlchemy app can do to show a window and quit: import
QtWidgets and sqlalchemy.orm, create a QApplication, show an empty QMainWindow,
then quit cleanly through the event loop (`QTimer.singleShot(0, app.quit)`;
`app.exec()`). Ending without `app.exec()`, as this baseline once did, leaves a
shown window to the interpreter's teardown, which adds 100-150 ms and flattered
the ratio. Goals: selftest ≤ 1.3 × baseline on the demo, ≤ 1.5 × on the
million-ticket file.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.3

BASELINE_CODE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "import sqlalchemy.orm\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
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
    parser.add_argument("--demo", action="store_true", help="measure on the demo branch (branchdesk demo --no-gui)")
    parser.add_argument("--data-dir", type=Path, help="measure on this existing data folder (it is opened, not copied)")
    parser.add_argument("--goal", type=float, default=GOAL, help=f"the ratio to meet (default {GOAL})")
    parser.add_argument("--no-compile", action="store_true",
                        help="do not byte-compile branchdesk first (measures source compilation too)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    env = _env()
    python = sys.executable
    if not args.no_compile:
        import branchdesk

        package = Path(branchdesk.__file__).parent
        if not compileall.compile_dir(str(package), quiet=1):
            sys.stderr.write(f"bench: could not byte-compile {package}\n")
            return 1
    with tempfile.TemporaryDirectory(prefix="branchdesk-bench-") as tmp:
        data_dir = str(args.data_dir or Path(tmp) / "data")
        selftest = [python, "-m", "branchdesk", "selftest", "--data-dir", data_dir]
        baseline = [python, "-c", BASELINE_CODE]
        if args.demo and not args.data_dir:
            _run([python, "-m", "branchdesk", "demo", "--no-gui", "--data-dir", data_dir], env)

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
    where = args.data_dir or ("the demo branch" if args.demo else "a new, empty branch")
    compiled = "source compiled at each run" if args.no_compile else "byte-compiled first"
    print(f"runs: {args.runs} of each, interleaved, QT_QPA_PLATFORM=offscreen; data: {where}; branchdesk {compiled}")
    print(f"baseline (QApplication + empty QMainWindow + sqlalchemy.orm, quit): median {base_ms:.0f} ms "
          f"(min {min(base_times) * 1000:.0f}, max {max(base_times) * 1000:.0f})")
    print(f"branchdesk selftest:                                                median {app_ms:.0f} ms "
          f"(min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f})")
    verdict = "met" if ratio <= args.goal else "NOT met"
    print(f"ratio: {ratio:.2f} (goal: ratio ≤ {args.goal}; {verdict})")
    if internal:
        print("selftest's own timings (median of each key, as reported):")
        width = max(len(key) for key in internal)
        for key, values in internal.items():
            print(f"  {key:{width}}  {statistics.median(values):.4g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
