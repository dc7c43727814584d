"""Report.validate: findings and corrections as Python objects, on the real reports."""
import json

import pytest

import ogi
from conftest import REPORTS

NOT_HELD = "/applications/outcomes/unable_to_provide/not_held/total"
OUTCOMES_TOTAL = "/applications/outcomes/total/total"


@pytest.fixture(scope="module")
def longhua():
    return ogi.read(REPORTS / "2020_longhua-data-bureau.txt")


def test_longhua_two_cells_left_at_zero_are_the_one_correction(longhua):
    v = longhua.validate()
    assert [(c.path, c.reported, c.suggested) for c in v.corrections] == [(NOT_HELD, 0, 1), (OUTCOMES_TOTAL, 0, 1)]
    assert [c.label for c in v.corrections] == [longhua.label(NOT_HELD), longhua.label(OUTCOMES_TOTAL)]
    assert v.corrections[0].label == "三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计"
    assert repr(v.corrections[0]) == (
        "Correction(path='/applications/outcomes/unable_to_provide/not_held/total', "
        "label='三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计', reported=0, suggested=1)")


def test_longhua_errors_are_the_broken_total_column(longhua):
    v = longhua.validate()
    assert v.has_errors
    errors = [f for f in v.findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["APP-ROW", "APP-ROW", "APP-BAL"]
    first = errors[0]
    assert first.paths == [NOT_HELD] and first.expected == 1 and first.actual == 0
    assert first.message_zh == "三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计：各类申请人之和为 1，填报为 0"
    assert first.message_en.endswith("the six applicant columns add up to 1, but 0 is reported")
    assert first.resolved_by == [NOT_HELD]
    assert first.line is None
    assert errors[2].paths == [OUTCOMES_TOTAL, "/applications/carried_forward/total"]
    assert repr(first).startswith("Finding(rule='APP-ROW', severity='error', "
                                  "paths=['/applications/outcomes/unable_to_provide/not_held/total'], expected=1, actual=0")
    assert "<ogi.Validation" in repr(v) and "2 corrections" in repr(v)


def test_the_same_report_as_json_validates_alike(longhua):
    from_json = ogi.read(REPORTS / "2020_longhua-data-bureau.expected.json").validate()
    assert from_json.corrections == longhua.validate().corrections


def test_huaian_holds_every_identity():
    v = ogi.read(REPORTS / "2024_huaian-city.txt").validate()
    assert v.corrections == []
    assert not [f for f in v.findings if f.rule.startswith(("APP-", "REV-"))]


def test_previous_year_adds_the_series_rules():
    hongze_2024 = ogi.read(REPORTS / "2024_hongze-district.txt")
    hongze_2023 = ogi.read(REPORTS / "2023_hongze-district.txt")
    alone = hongze_2024.validate()
    # 2024's 上年结转 is 2023's 结转下年度继续办理 (all 0): the series holds.
    assert hongze_2024.validate(previous=hongze_2023).findings == alone.findings
    assert hongze_2024.validate(None).findings == alone.findings
    carried_one = hongze_2023.to_dict()
    carried_one["applications"]["carried_forward"]["natural_person"] = 1
    series = hongze_2024.validate(previous=ogi.read(json.dumps(carried_one).encode()))
    [carry] = [f for f in series.findings if f not in alone.findings]
    assert (carry.rule, carry.severity, carry.paths, carry.expected, carry.actual) == (
        "SERIES-CARRY", "warning", ["/applications/carried_over/natural_person"], 1, 0)
    with pytest.raises(TypeError):
        hongze_2024.validate(previous="2023")


def test_hongze_2023_review_totals_left_at_zero():
    v = ogi.read(REPORTS / "2023_hongze-district.txt").validate()
    assert [(f.rule, f.severity) for f in v.findings] == [
        ("REV-SUM", "error"), ("REV-SUM", "error"), ("CORR-NONE", "notice"), ("LAYOUT-MIXED", "notice")]
    assert all(f.paths[0].startswith("/review_litigation") for f in v.findings if f.rule == "REV-SUM")
    # 行政复议 总计 0 where 10 + 1 are reported: one correction; 复议后起诉 总计 0 could be one of several cells.
    assert [(c.path, c.reported, c.suggested) for c in v.corrections] == [
        ("/review_litigation/administrative_review/total", 0, 11)]
    assert v.corrections[0].label == "行政复议 › 总计"
