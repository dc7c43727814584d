#!/usr/bin/env python3
"""Runs every input of tests/fixtures/bad/catalogue.tsv through the tool and checks its exit status, that
its output (stderr, and stdout for validate's findings) says what the catalogue says, that nothing crashed,
and that no file is left half-written. Inputs named ../import/…, ../pages/… and ../word/… are the importer's fixtures.
Arguments may start with NAME=value words, the tool's environment for that run.
Usage: bad_inputs.py OGI_BINARY BAD_FIXTURES_DIR"""
import os, shutil, subprocess, sys, tempfile

ogi, folder = sys.argv[1], sys.argv[2]
passed, failed = 0, []

with open(os.path.join(folder, "catalogue.tsv"), encoding="utf-8") as f:
    rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]

for name, args, exit_status, message in rows:
    with tempfile.TemporaryDirectory() as tmp:
        # Every input is a copy: a tool that wrote over its input would not damage the catalogue.
        if name == "@directory":
            path = os.path.join(tmp, "a-folder"); os.mkdir(path)
        elif name == "@missing":
            path = os.path.join(tmp, "no-such-report.json")
        elif name == "@huge":
            path = os.path.join(tmp, "huge.json")
            with open(path, "wb") as h:  # 200 MB: larger than the default limit
                h.write(b'{"agency": "'); h.write(b"a" * (200 << 20)); h.write(b'"}')
        else:
            path = os.path.join(tmp, os.path.basename(name)); shutil.copyfile(os.path.join(folder, name), path)
        before = set(os.listdir(tmp))
        original = open(path, "rb").read() if os.path.isfile(path) and name != "@huge" else None
        words = args.split(" ")
        # Leading NAME=value words set the tool's environment (PATH=/nonexistent: no soffice to be found).
        env = dict(os.environ)
        while words and "=" in words[0] and not words[0].startswith("-"):
            name_, value = words.pop(0).split("=", 1); env[name_] = value
        argv = [ogi] + [a.format(file=path, tmp=tmp) for a in words]
        try:
            run = subprocess.run(argv, capture_output=True, timeout=120, env=env)
        except subprocess.TimeoutExpired:
            failed.append(f"{name} ({args}): timed out"); continue
        stderr = run.stderr.decode("utf-8", "replace")
        output = stderr + run.stdout.decode("utf-8", "replace")
        problems = []
        if run.returncode != int(exit_status):
            problems.append(f"exit {run.returncode}, expected {exit_status}")
        if message and message not in output:
            problems.append(f"output lacks {message!r}")
        if args.startswith("convert") and run.returncode != 0 and run.stdout:
            problems.append("convert failed but wrote to stdout")
        if original is not None and open(path, "rb").read() != original:
            problems.append("the input was changed")
        left = set(os.listdir(tmp)) - before
        if left:
            problems.append(f"left files behind: {sorted(left)}")
        if problems:
            failed.append(f"{name} ({args}): " + "; ".join(problems) + f"\n    stderr: {stderr.strip()[:300]}")
        else:
            passed += 1

for f in failed:
    print("FAIL", f)
print(f"{passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
