#!/usr/bin/env python3
"""Runs every input of tests/fixtures/bad/catalogue.tsv through the tool and checks its exit status, that
its output (stderr, and stdout for validate's findings) says what the catalogue says, that nothing crashed,
and that no file is left half-written. Inputs named ../import/…, ../pages/… and ../word/… are the importer's fixtures.
Arguments may start with NAME=value words, the tool's environment for that run.
A fifth column runs a row as root or as the unprivileged user nobody (setpriv); such rows are skipped, and said
so, when the tests do not run as root. What the placeholders and special names make: tests/fixtures/bad/README.md.
Usage: bad_inputs.py OGI_BINARY BAD_FIXTURES_DIR"""
import os, pwd, shutil, signal, socket, stat, subprocess, sys, tempfile, threading, time

ogi, folder = sys.argv[1], sys.argv[2]
report = os.path.join(folder, "../reports/2024_hongze-district.expected.json")
root = os.geteuid() == 0
nobody = pwd.getpwnam("nobody")
passed, skipped, failed = 0, 0, []

with open(os.path.join(folder, "catalogue.tsv"), encoding="utf-8") as f:
    rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]

def drain(path):
    """Reads a FIFO until its writer closes it, as a reader at the other end of -o would."""
    def run():
        with open(path, "rb") as f:
            while f.read(65536):
                pass
    threading.Thread(target=run, daemon=True).start()

def make_input(name, tmp):
    """The input a row names, made in tmp; returns its path."""
    if name == "@directory":
        path = os.path.join(tmp, "a-folder"); os.mkdir(path)
    elif name == "@missing":
        path = os.path.join(tmp, "no-such-report.json")
    elif name == "@huge":
        path = os.path.join(tmp, "huge.json")
        with open(path, "wb") as h:  # 200 MB: larger than the default limit
            h.write(b'{"agency": "'); h.write(b"a" * (200 << 20)); h.write(b'"}')
    elif name == "@report":
        path = os.path.join(tmp, "report.json"); shutil.copyfile(report, path)
    elif name == "@walk-problems":
        # A folder with one report and, beside it, everything a walk may meet.
        path = os.path.join(tmp, "reports"); os.makedirs(os.path.join(path, "sub"))
        shutil.copyfile(report, os.path.join(path, "sub", "report.json"))
        os.symlink("loop.json", os.path.join(path, "loop.json"))
        os.symlink("..", os.path.join(path, "sub", "up"))
        os.symlink("nowhere.json", os.path.join(path, "gone.json"))
        os.mkfifo(os.path.join(path, "pipe.txt"))
        locked = os.path.join(path, "locked"); os.mkdir(locked)
        shutil.copyfile(report, os.path.join(locked, "hidden.json")); os.chmod(locked, 0)
    elif name == "@many-reports":
        path = os.path.join(tmp, "reports"); os.mkdir(path)
        for i in range(3000):
            shutil.copyfile(report, os.path.join(path, f"{i:05d}.json"))
        os.mkdir(os.path.join(tmp, "out"))
    else:
        path = os.path.join(tmp, os.path.basename(name)); shutil.copyfile(os.path.join(folder, name), path)
    return path

def make_output(kind, tmp, user):
    """An existing thing that -o names; returns its path and a check of what must hold of it afterwards."""
    if kind == "link":
        with open(os.path.join(tmp, "target.json"), "w") as f: f.write("old")
        path = os.path.join(tmp, "link.json"); os.symlink("target.json", path)
        return path, lambda ok: (os.path.islink(path) or "the link was replaced") is True and (
            not ok or open(os.path.join(tmp, "target.json")).read() != "old" or "the target was not written")
    if kind == "dangling":
        path = os.path.join(tmp, "dangling.json"); os.symlink("nowhere.json", path)
        return path, lambda ok: os.path.islink(path) or "the link was replaced"
    if kind == "theirs":  # another user's file: nobody's as root, root's as nobody
        path = os.path.join(tmp, "theirs.json")
        with open(path, "w") as f: f.write("theirs")
        owner, mode = (0, 0o666) if user == "nobody" else (nobody.pw_uid, 0o600)
        os.chown(path, owner, owner if user == "nobody" else nobody.pw_gid); os.chmod(path, mode)
        before = os.stat(path)
        def same(ok):
            after = os.stat(path)
            if (after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) != (before.st_uid, before.st_gid, mode):
                return f"owner or mode changed: {after.st_uid}:{after.st_gid} {oct(after.st_mode)}"
            return True
        return path, same
    if kind == "fifo":
        path = os.path.join(tmp, "out.fifo"); os.mkfifo(path); os.chmod(path, 0o666); drain(path)
        return path, lambda ok: stat.S_ISFIFO(os.stat(path).st_mode) or "the FIFO was replaced"
    if kind == "socket":
        path = os.path.join(tmp, "out.sock")
        s = socket.socket(socket.AF_UNIX); s.bind(path)
        return path, lambda ok: stat.S_ISSOCK(os.stat(path).st_mode) or "the socket was replaced"
    if kind == "full":
        return "/dev/full", lambda ok: stat.S_ISCHR(os.stat("/dev/full").st_mode) or "/dev/full is no device any more"
    raise SystemExit(f"unknown output {kind}")

for name, args, exit_status, message, *rest in rows:
    user = rest[0] if rest else ""
    if user and not root:  # as root, or as nobody through setpriv, which takes root
        skipped += 1; print(f"skipped (needs root): {name} ({args}, as {user})"); continue
    with tempfile.TemporaryDirectory() as tmp:
        # Every input is a copy: a tool that wrote over its input would not damage the catalogue.
        path = make_input(name, tmp)
        checks, stdout, feeds, interrupt = [], subprocess.PIPE, [], None
        words = args.split(" ")
        # Leading NAME=value words set the tool's environment (PATH=/nonexistent: no soffice to be found).
        env = dict(os.environ)
        while words and "=" in words[0] and not words[0].startswith("-"):
            variable, value = words.pop(0).split("=", 1); env[variable] = value
        argv = [ogi]
        for a in words:
            if a.startswith("{out:"):
                out, check = make_output(a[5:-1], tmp, user); argv.append(out); checks.append(check)
            elif a == ">/dev/full":
                stdout = open("/dev/full", "wb")
            elif a.startswith("<("):  # process substitution: a pipe fed by cat, named /dev/fd/N
                feed = subprocess.Popen(["cat", a[2:-1].format(file=path, tmp=tmp)], stdout=subprocess.PIPE)
                feeds.append(feed); argv.append(f"/dev/fd/{feed.stdout.fileno()}")
            elif a.startswith("!SIG"):
                interrupt = getattr(signal, a[1:])
            else:
                argv.append(a.format(file=path, tmp=tmp))
        if user == "nobody" and root:
            for where, _, files in os.walk(tmp):
                os.chmod(where, 0 if os.path.basename(where) == "locked" else 0o777)
            argv = ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups"] + argv
        before = set(os.listdir(tmp))
        original = open(path, "rb").read() if os.path.isfile(path) and name != "@huge" else None
        run = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, env=env,
                               pass_fds=[f.stdout.fileno() for f in feeds])
        for feed in feeds:
            feed.stdout.close()
        if interrupt:  # once the first output is being written
            out_dir = os.path.join(tmp, "out")
            deadline = time.time() + 30
            while time.time() < deadline and run.poll() is None and not (
                    os.path.isdir(out_dir) and len(os.listdir(out_dir)) > 100):
                time.sleep(0.01)
            run.send_signal(interrupt)
        try:
            out, err = run.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            run.kill(); failed.append(f"{name} ({args}): timed out"); continue
        stderr = err.decode("utf-8", "replace")
        output = stderr + (out or b"").decode("utf-8", "replace")
        problems = []
        if run.returncode != int(exit_status):
            problems.append(f"exit {run.returncode}, expected {exit_status}")
        if message and message not in output:
            problems.append(f"output lacks {message!r}")
        if args.startswith("convert") and run.returncode != 0 and out:
            problems.append("convert failed but wrote to stdout")
        if original is not None and open(path, "rb").read() != original:
            problems.append("the input was changed")
        left = set(os.listdir(tmp)) - before
        for where, _, files in os.walk(tmp):
            left |= {os.path.join(where, f) for f in files if f.startswith(".")}  # temporary files
        if left:
            problems.append(f"left files behind: {sorted(left)}")
        for check in checks:
            if (verdict := check(run.returncode == 0)) is not True:
                problems.append(verdict)
        if problems:
            failed.append(f"{name} ({args}{', as ' + user if user else ''}): " + "; ".join(problems)
                          + f"\n    stderr: {stderr.strip()[:400]}")
        else:
            passed += 1
        if name == "@walk-problems":
            os.chmod(os.path.join(path, "locked"), 0o755)  # so that the folder can be removed

for f in failed:
    print("FAIL", f)
print(f"{passed} passed, {skipped} skipped, {len(failed)} failed")
sys.exit(1 if failed else 0)
