"""ogi.read: every form a report is published in, item access by JSON pointer, and every error class."""
import json
import pathlib

import pytest

import ogi
from conftest import FIXTURES, REPORTS

TABLES = ("edition", "year", "agency", "active_disclosure", "applications", "review_litigation")


def tables(document: dict) -> dict:
    return {k: document[k] for k in TABLES}


def expected(name: str) -> dict:
    return json.loads((REPORTS / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("source,name", [
    ("2020_longhua-data-bureau.txt", "2020_longhua-data-bureau"),
    ("2023_hongze-district.txt", "2023_hongze-district"),
    ("2023_hongze-district.pdf", "2023_hongze-district"),
    ("2024_hongze-district.txt", "2024_hongze-district"),
    ("2024_hongze-district.pdf", "2024_hongze-district"),
    ("2024_huaian-city.txt", "2024_huaian-city"),
])
def test_published_reports_read_to_their_hand_checked_tables(source, name):
    report = ogi.read(REPORTS / source)
    assert tables(report.to_dict()) == tables(expected(name))
    assert report.source == str(REPORTS / source)


def test_plain_text_gives_the_matrix_and_active_disclosure_of_the_layout_text():
    # 四 of the plain extraction has header words between its figures: not guessed, so left blank.
    plain = ogi.read(REPORTS / "2024_huaian-city.plain.txt").to_dict()
    layout = expected("2024_huaian-city")
    assert plain["applications"] == layout["applications"]
    assert plain["active_disclosure"] == layout["active_disclosure"]


def test_report_properties():
    report = ogi.read(REPORTS / "2020_longhua-data-bureau.txt")
    assert report.year == 2020
    assert report.agency == "深圳市龙华区政务服务数据管理局"
    assert report.edition == "2019"
    assert report.encoding == "UTF-8"
    assert repr(report) == "<ogi.Report 深圳市龙华区政务服务数据管理局 2020 (edition 2019)>"
    assert ogi.read(FIXTURES / "import" / "longhua.gb18030.txt").encoding == "GB18030"


def test_json_reads_losslessly_and_round_trips():
    path = REPORTS / "2024_huaian-city.expected.json"
    report = ogi.read(path)
    assert report.to_dict() == json.loads(path.read_text(encoding="utf-8"))
    assert report.import_findings == [] and report.encoding == ""
    again = ogi.read(report.to_json().encode())
    assert again == report and again.source == "<bytes>"
    assert ogi.read(report.to_json(pretty=False).encode(), name="huaian.json") == report


def test_bytes_are_told_by_content():
    pdf = (REPORTS / "2024_hongze-district.pdf").read_bytes()
    assert tables(ogi.read(pdf).to_dict()) == tables(expected("2024_hongze-district"))
    text = (REPORTS / "2020_longhua-data-bureau.txt").read_bytes()
    assert ogi.read(bytearray(text)) == ogi.read(memoryview(text)) == ogi.read(REPORTS / "2020_longhua-data-bureau.txt")


def test_item_access_by_json_pointer():
    report = ogi.read(REPORTS / "2024_huaian-city.txt")
    assert report["/applications/new_received/total"] == 3119
    assert report["/active_disclosure/penalties_and_coercion/administrative_penalty/decisions"] == 3985758
    assert report["/active_disclosure/fees/administrative_fees/amount"] == {"value": "96171.6", "unit": "万元"}
    assert report["/applications/new_received"]["natural_person"] == 3001
    assert report["/year"] == 2024
    assert "/applications/new_received/total" in report
    assert "/applications/new_received/nobody" not in report
    with pytest.raises(KeyError):
        report["/applications/new_received/nobody"]
    with pytest.raises(KeyError):
        report["applications"]  # not a pointer


def test_blank_cells_are_none_not_zero():
    report = ogi.read(FIXTURES / "import" / "hongze-2024.blank-cells.txt")
    document = expected("2024_hongze-district")
    blanks = [p for p in leaf_pointers(report.to_dict()) if report[p] is None]
    assert blanks, "the variant leaves cells blank"
    for p in blanks:
        assert p.startswith(("/active_disclosure", "/applications", "/review_litigation"))
        assert leaf(document, p) is not None  # published in the original, blank in the variant


def leaf_pointers(node, prefix=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from leaf_pointers(v, f"{prefix}/{k}")
    else:
        yield prefix


def leaf(document, pointer):
    for key in pointer.split("/")[1:]:
        document = document[key]
    return document


def test_labels_are_the_official_ones():
    report = ogi.read(REPORTS / "2020_longhua-data-bureau.txt")
    assert (report.label("/applications/outcomes/unable_to_provide/not_held/total")
            == "三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计")
    assert report.label("/agency") == "机关名称"
    with pytest.raises(KeyError):
        report.label("/applications/nowhere")


def test_import_findings_are_kept_with_their_lines():
    report = ogi.read(FIXTURES / "import" / "huaian.plain.figure-lost.txt")
    located = [f for f in report.import_findings if f.line is not None]
    assert located and all(f.rule.startswith("IMP-") for f in report.import_findings)
    assert all(f.message_zh and f.message_en for f in report.import_findings)


def test_decode_error_carries_every_problem_at_its_pointer():
    with pytest.raises(ogi.DecodeError) as caught:
        ogi.read(FIXTURES / "bad" / "many-errors.json")
    e = caught.value
    assert isinstance(e, ogi.Error) and not isinstance(e, ogi.ImportError)
    assert len(e.errors) > 1 and len(e.messages) == len(e.errors)
    assert all(error.pointer.startswith("/") for error in e.errors)
    path = str(FIXTURES / "bad" / "many-errors.json")
    assert e.source == path
    assert str(e).splitlines() == [f"{path}: {error}" for error in e.errors]


def test_decode_error_of_a_syntax_error_has_its_line_and_column():
    with pytest.raises(ogi.DecodeError) as caught:
        ogi.read(FIXTURES / "bad" / "trailing-comma.json")
    [error] = caught.value.errors
    assert error.line is not None and error.column is not None
    with pytest.raises(ogi.DecodeError) as caught:
        ogi.read(b'{"schema": "ogi-report/1", "year": "2020"}')
    assert caught.value.source == "<bytes>"


def test_decode_error_on_a_count_given_as_text():
    with pytest.raises(ogi.DecodeError) as caught:
        ogi.read(FIXTURES / "bad" / "count-as-string.json")
    assert [e.pointer for e in caught.value.errors] == ["/applications/new_received/natural_person"]


@pytest.mark.parametrize("name,says", [
    ("image.png", "a PNG image, not the text of an annual report, nor ogi-report/1 JSON"),
    ("encrypted.pdf", "no report read from a PDF document"),
    ("not-a-zip.docx", "no report read from"),
    ("binary-garbage.bin", "no report read from"),
])
def test_import_error_names_what_the_input_is(name, says):
    with pytest.raises(ogi.ImportError) as caught:
        ogi.read(FIXTURES / "bad" / name)
    e = caught.value
    assert isinstance(e, ogi.Error) and not isinstance(e, ogi.DecodeError)
    assert says in e.messages[0]
    assert e.findings and all(f.rule.startswith("IMP-") for f in e.findings)


def test_import_error_of_text_without_a_report():
    with pytest.raises(ogi.ImportError) as caught:
        ogi.read("这不是年度报告。\n".encode(), name="note.txt")
    e = caught.value
    assert e.source == "note.txt"
    assert e.messages[0] == "note.txt: no report read from the text"
    assert any(f.severity == "error" for f in e.findings)
    assert len(e.messages) == 1 + sum(f.severity == "error" for f in e.findings)


def test_ogi_import_error_is_not_pythons():
    assert ogi.ImportError is not ImportError and not issubclass(ogi.ImportError, ImportError)


def test_a_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        ogi.read(tmp_path / "missing.txt")
