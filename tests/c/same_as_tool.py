"""The C API gives what the ogi tool gives, byte for byte: `ogi validate --format json FILE` and
`ogi convert --to FORMAT FILE` against tests/c/c_api_run.c, on the real reports as text, PDF, Word and JSON.

usage: same_as_tool.py C_API_RUN OGI FIXTURES"""
import subprocess
import sys

c_api_run, ogi, fixtures = sys.argv[1:4]
inputs = [f"{fixtures}/{name}" for name in (
    "reports/2020_longhua-data-bureau.txt",
    "reports/2023_hongze-district.pdf",
    "word/longhua.libreoffice.docx",
    "reports/2024_hongze-district.expected.json",
    "messy/longhua.pipes.txt",
)]
failed = 0
for path in inputs:
    for mode in ("validate", "json", "csv", "md", "html", "txt", "docx"):
        tool_args = ["validate", "--format", "json", path] if mode == "validate" else ["convert", "--to", mode, path]
        tool = subprocess.run([ogi, *tool_args], capture_output=True)
        c_api = subprocess.run([c_api_run, mode, path], capture_output=True)
        if c_api.returncode != 0 or tool.returncode not in (0, 1):
            print(f"{path} {mode}: exit {c_api.returncode} (C API), {tool.returncode} (tool)\n"
                  f"{c_api.stderr.decode(errors='replace')}{tool.stderr.decode(errors='replace')}")
            failed += 1
        elif c_api.stdout != tool.stdout:
            print(f"{path} {mode}: the C API's {len(c_api.stdout)} bytes differ from the tool's {len(tool.stdout)}")
            failed += 1
        else:
            print(f"{path} {mode}: {len(c_api.stdout)} bytes, the same")
sys.exit(1 if failed else 0)
