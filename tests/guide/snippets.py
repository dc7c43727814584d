#!/usr/bin/env python3
"""The C++ snippets of docs/guide.md and README.md, compiled and run by ctest so that the guide cannot rot.

Every ```cpp block of a document is a whole program (or doctest file), preceded by a marker comment that
readers of the rendered page do not see:

    <!-- snippet: NAME [args="ARG ..."] [expect="REGEX"] [exit=N] -->
    <!-- snippet: fragment (why it is not a program of its own) -->

`extract OUT_DIR DOC...` writes OUT_DIR/NAME.cpp for each program and OUT_DIR/snippets.cmake, one
ogi_guide_snippet(NAME ARGS EXPECT EXIT) call each (ARGS relative to tests/fixtures); a ```cpp block without a
marker is an error, so none escapes the check. Files are rewritten only when they change (no needless rebuild).
`run EXIT REGEX PROGRAM ARG...` runs a program and passes when it exits with EXIT and its stdout matches REGEX.
"""
import pathlib
import re
import shlex
import subprocess
import sys

MARKER = re.compile(r"<!--\s*snippet:\s*(.*?)\s*-->")


def snippets(doc: pathlib.Path):
    """(name, options, code, line) of each ```cpp block; options None for a fragment."""
    lines = doc.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip() != "```cpp":
            i += 1
            continue
        start = i
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        marker = MARKER.fullmatch(lines[j].strip()) if j >= 0 else None
        if not marker:
            sys.exit(f"{doc}:{start + 1}: a ```cpp block without a <!-- snippet: ... --> marker before it")
        end = start + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        if end == len(lines):
            sys.exit(f"{doc}:{start + 1}: a ```cpp block that is not closed")
        code = "\n".join(lines[start + 1:end]) + "\n"
        if marker.group(1).split()[0] == "fragment":
            yield None, None, code, start + 1
        else:
            words = shlex.split(marker.group(1))
            options = dict(w.split("=", 1) for w in words[1:])
            unknown = set(options) - {"args", "expect", "exit"}
            if unknown:
                sys.exit(f"{doc}:{start + 1}: unknown snippet options {sorted(unknown)}")
            yield words[0], options, code, start + 1
        i = end + 1


def cmake_quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace(";", "\\;") + '"'


def write_if_changed(path: pathlib.Path, text: str):
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def extract(out: pathlib.Path, docs):
    out.mkdir(parents=True, exist_ok=True)
    calls, seen = [], {}
    for doc in map(pathlib.Path, docs):
        for name, options, code, line in snippets(doc):
            if name is None:
                continue
            if not re.fullmatch(r"[a-z0-9_]+", name):
                sys.exit(f"{doc}:{line}: snippet name {name!r}: use a-z, 0-9 and _")
            if name in seen:
                sys.exit(f"{doc}:{line}: snippet {name} already named at {seen[name]}")
            seen[name] = f"{doc}:{line}"
            write_if_changed(out / f"{name}.cpp", f'#line {line + 1} "{doc}"\n' + code)
            calls.append("ogi_guide_snippet({} {} {} {})".format(
                name, cmake_quoted(options.get("args", "")), cmake_quoted(options.get("expect", "")),
                options.get("exit", "0")))
    if not calls:
        sys.exit("no snippets found")
    write_if_changed(out / "snippets.cmake", "\n".join(calls) + "\n")


def run(exit_status: str, regex: str, program: str, args):
    result = subprocess.run([program, *args], capture_output=True, text=True, timeout=120)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != int(exit_status):
        sys.exit(f"FAIL: exit status {result.returncode}, expected {exit_status}")
    if regex and not re.search(regex, result.stdout, re.MULTILINE):
        sys.exit(f"FAIL: the output does not match {regex!r}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "extract":
        extract(pathlib.Path(sys.argv[2]), sys.argv[3:])
    elif len(sys.argv) >= 5 and sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    else:
        sys.exit(__doc__)
