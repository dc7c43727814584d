#!/usr/bin/env python3
"""The Python package against the library it calls, as ratios measured in one run (pytest-benchmark is not in Debian):

1. ogi.read(bytes) + Report.validate() from Python on each real report's text, against the same calls from C++
   (import_report + validate: BM_read_validate in build/bench's ogi_bench), the least CPU time per report of 5
   repetitions (C++ run before and after Python). Target: within 1.3×.
2. ogi.read_folder on N generated reports (tests/bench/generate_reports.py) with 2 jobs against 1, wall time.
   Target: at least 1.7×. Printed beside it: the cores the run had on average (CPU / wall time) and the tool's own
   batch (`ogi validate --jobs 1` against `--jobs 2`) on the same folder: on a shared machine they say what there was
   to scale on.

Usage: tests/bench/python_bench.py [--no-build] [REPORTS]   (REPORTS: files of the folder, default 10000)
Builds the default preset's Python package and the bench preset's ogi_bench first, unless --no-build.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
REPORTS = ["2020_longhua-data-bureau", "2023_hongze-district", "2024_hongze-district", "2024_huaian-city",
           "2024_huaian-city.plain"]


def build():
    def run(*args):
        subprocess.run(args, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    run("cmake", "--preset", "default")
    run("cmake", "--build", "--preset", "default", "--target", "ogi_python", "ogi_tool")
    run("cmake", "--preset", "bench")
    run("cmake", "--build", "--preset", "bench", "--target", "ogi_bench")


def cpp_seconds_per_report():
    """The least CPU seconds of one import_report + validate of each report over 5 repetitions (Google Benchmark):
    on a shared machine the least time is the one least disturbed. With glibc's default heap, as a Python process
    has it (the package keeps the heap, ogi::keep_heap, only for read_folder)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([ROOT / "build/bench/tests/bench/ogi_bench", "--benchmark_filter=BM_read_validate/",
                        f"--benchmark_out={out.name}", "--benchmark_out_format=json", "--benchmark_repetitions=5",
                        "--default_heap"],
                       check=True, stdout=subprocess.DEVNULL)
        results = json.load(out)
    seconds = {}
    for b in results["benchmarks"]:
        if b.get("run_type") == "iteration":
            name = b["run_name"].split("/", 1)[1]
            s = b["cpu_time"] * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3}[b["time_unit"]]
            seconds[name] = min(seconds.get(name, s), s)
    return seconds


def python_seconds_per_report(ogi, data, repetitions=5, at_least=0.3):
    """The least over repetitions of the CPU seconds of one ogi.read(data).validate(), each repetition ≥ at_least s."""
    def once():
        report = ogi.read(data)
        return len(report.validate().findings)
    start = time.process_time()
    once()
    calls = max(1, int(at_least / max(time.process_time() - start, 1e-6)))
    samples = []
    for _ in range(repetitions):
        start = time.process_time()
        for _ in range(calls):
            once()
        samples.append((time.process_time() - start) / calls)
    return min(samples)


def folder_seconds(ogi, folder, jobs):
    """Wall seconds of read_folder, the cores it had on average (CPU seconds / wall seconds), reports, errors."""
    cpu = time.process_time()
    start = time.perf_counter()
    result = ogi.read_folder(folder, jobs=jobs)
    seconds = time.perf_counter() - start
    return seconds, (time.process_time() - cpu) / seconds, len(result.reports), len(result.errors)


def tool_seconds(folder, jobs):
    """Wall seconds of `ogi validate --jobs N` over the folder: the tool's batch, on the machine as it is now."""
    start = time.perf_counter()
    subprocess.run([ROOT / "build/default/examples/ogi/ogi", "validate", "--format", "json", "--jobs", str(jobs), folder],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(count, build_first):
    if build_first:
        build()
    sys.path.insert(0, str(ROOT / "build/default/python"))
    import ogi

    # C++ before and after Python, the least of both: a change of the machine's load in between is not taken
    # for a difference of the two.
    cpp = cpp_seconds_per_report()
    py = {name: python_seconds_per_report(ogi, (ROOT / "tests/fixtures/reports" / f"{name}.txt").read_bytes())
          for name in REPORTS}
    cpp = {name: min(seconds, cpp[name]) for name, seconds in cpp_seconds_per_report().items()}
    print(f"\n{'ogi.read(bytes) + validate, least CPU time per report':52} {'Python µs':>10} {'C++ µs':>10} {'ratio':>7} {'target':>7}")
    worst = 0.0
    for name in REPORTS:
        ratio = py[name] / cpp[name]
        worst = max(worst, ratio)
        print(f"{name:52} {py[name] * 1e6:10.1f} {cpp[name] * 1e6:10.1f} {ratio:6.2f}x {1.3:6.2f}x"
              f"{'' if ratio <= 1.3 else '  MISSED'}")

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, ROOT / "tests/bench/generate_reports.py", ROOT / "tests/fixtures", folder,
                        str(count)], check=True, stdout=subprocess.DEVNULL)
        ogi.read_folder(folder, jobs=2)  # the files in the page cache for both runs
        one = min(folder_seconds(ogi, folder, 1) for _ in range(2))
        two = min(folder_seconds(ogi, folder, 2) for _ in range(2))
        tool = [min(tool_seconds(folder, jobs) for _ in range(2)) for jobs in (1, 2)]
    speedup = one[0] / two[0]
    print(f"\nogi.read_folder, {count} reports ({one[2]} read, {one[3]} without a report), wall time:")
    print(f"  1 job {one[0]:.2f} s ({one[1]:.2f} cores busy), 2 jobs {two[0]:.2f} s ({two[1]:.2f} cores busy): "
          f"{speedup:.2f}x (target ≥ 1.70x){'' if speedup >= 1.7 else '  MISSED'}")
    print(f"  CPU time per report: {one[0] * one[1] / one[2] * 1e6:.0f} µs with 1 job, {two[0] * two[1] / two[2] * 1e6:.0f} µs "
          f"with 2 (equal: the work divides without overhead)")
    print(f"  the machine now: `ogi validate --jobs 1` {tool[0]:.2f} s, --jobs 2 {tool[1]:.2f} s: {tool[0] / tool[1]:.2f}x"
          f"  [{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}]")
    return 0 if worst <= 1.3 and speedup >= 1.7 else 1


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--no-build"]
    sys.exit(main(int(args[0]) if args else 10000, "--no-build" not in sys.argv[1:]))
