"""ogi.read_folder: every report file below a folder, in name order, on several threads."""
import _thread
import shutil
import subprocess
import sys
import threading

import pytest

import ogi
from conftest import FIXTURES, REPORTS


def test_the_real_reports_folder():
    folder = ogi.read_folder(REPORTS, jobs=2)
    names = sorted(p.name for p in REPORTS.iterdir() if p.suffix in (".txt", ".pdf", ".json", ".md"))
    assert [r.source for r in folder.reports] + [e.source for e in folder.errors] != []
    sources = sorted([r.source for r in folder.reports] + [e.source for e in folder.errors])
    assert sources == sorted(str(REPORTS / n) for n in names)
    assert [r.source for r in folder.reports] == sorted(r.source for r in folder.reports)
    assert len(folder.reports) == 12
    [readme] = folder.errors  # README.md holds no report
    assert isinstance(readme, ogi.ImportError) and readme.source == str(REPORTS / "README.md")
    for report in folder.reports:
        assert report == ogi.read(report.source)


def test_jobs_do_not_change_the_result():
    one = ogi.read_folder(REPORTS, jobs=1)
    two = ogi.read_folder(REPORTS, jobs=2)
    assert one.reports == two.reports and [e.messages for e in one.errors] == [e.messages for e in two.errors]
    assert ogi.read_folder(REPORTS).reports == one.reports  # default: one job per core


def test_every_error_class_in_a_folder(tmp_path):
    shutil.copy(FIXTURES / "bad" / "count-as-string.json", tmp_path / "a.json")
    shutil.copy(FIXTURES / "bad" / "image.png", tmp_path / "b.txt")
    shutil.copy(REPORTS / "2024_huaian-city.txt", tmp_path / "c.txt")
    (tmp_path / "d.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "sub").mkdir()
    shutil.copy(REPORTS / "2020_longhua-data-bureau.expected.json", tmp_path / "sub" / "e.json")
    (tmp_path / "notes.png").write_bytes(b"not read: not named as a report")
    folder = ogi.read_folder(tmp_path, jobs=2)
    assert [r.source for r in folder.reports] == [str(tmp_path / "c.txt"), str(tmp_path / "sub" / "e.json")]
    assert [type(e) for e in folder.errors] == [ogi.DecodeError, ogi.ImportError, ogi.Error]
    assert [e.source for e in folder.errors] == [str(tmp_path / n) for n in ("a.json", "b.txt", "d.txt")]
    assert "a symbolic link to a file that does not exist" in str(folder.errors[2])


def test_progress_is_reported_and_can_stop_the_run():
    seen = []
    ogi.read_folder(REPORTS, jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (13, 13) and [d for d, _ in seen] == sorted(d for d, _ in seen)

    def stop(done, total):
        raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        ogi.read_folder(REPORTS, jobs=2, progress=stop)


def test_bad_jobs():
    with pytest.raises(ValueError):
        ogi.read_folder(REPORTS, jobs=0)


def test_ctrl_c_stops_a_run(tmp_path):
    # 2,000 reports (tests/make_report_folder.py): the interrupt arrives while the library reads them, the GIL
    # released; the run stops at the next input and raises it.
    subprocess.run([sys.executable, FIXTURES.parent / "make_report_folder.py", FIXTURES, tmp_path, "400"], check=True)
    timer = threading.Timer(0.02, _thread.interrupt_main)
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            ogi.read_folder(tmp_path, jobs=1)
    finally:
        timer.cancel()


def test_a_missing_folder_and_an_empty_one(tmp_path):
    with pytest.raises(FileNotFoundError):
        ogi.read_folder(tmp_path / "missing")
    folder = ogi.read_folder(tmp_path)
    assert folder.reports == [] and [e.messages for e in folder.errors] == [[f"{tmp_path}: a folder with no report file in it"]]
