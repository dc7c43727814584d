"""ogi.to_frame: the tidy DataFrame, the CSV's columns and rows."""
import csv
import io
import math
import os
import subprocess
import sys

import pandas
import pytest

import ogi
from conftest import REPORTS

COLUMNS = ["agency", "year", "edition", "section", "row_key", "column_key", "row_label", "column_label", "value", "unit"]


@pytest.fixture(scope="module")
def reports():
    return [ogi.read(REPORTS / name) for name in ("2020_longhua-data-bureau.txt", "2024_huaian-city.txt")]


def test_one_row_per_cell_as_the_tools_csv(tool, reports):
    frame = ogi.to_frame(reports)
    assert list(frame.columns) == COLUMNS
    lines = []
    for name in ("2020_longhua-data-bureau.txt", "2024_huaian-city.txt"):
        out = subprocess.run([tool, "convert", "--to", "csv", str(REPORTS / name)], check=True, capture_output=True)
        lines += list(csv.reader(io.StringIO(out.stdout.decode(), newline="")))[1:]
    assert len(frame) == len(lines)
    for row, line in zip(frame.itertuples(index=False), lines):
        assert [row.agency, str(row.year), row.edition, row.section, row.row_key, row.column_key, row.row_label,
                row.column_label, row.unit] == line[:8] + line[9:]
        assert (math.isnan(row.value) and line[8] == "") or row.value == float(line[8])


def test_types_and_real_values(reports):
    frame = ogi.to_frame(reports)
    assert frame["year"].dtype == "int64" and frame["value"].dtype == "float64"
    huaian = frame[frame["agency"] == "淮安市人民政府"]
    total = huaian[(huaian["row_key"] == "new_received") & (huaian["column_key"] == "total")]
    assert total["value"].tolist() == [3119.0]
    fee = huaian[huaian["unit"] != ""]
    assert fee["value"].tolist() == [96171.6] and fee["unit"].tolist() == ["万元"]
    assert set(frame["edition"]) == {"2019", "2021"}
    assert set(frame["unit"]) <= {"", "元", "万元"}


def test_a_blank_cell_is_nan(fixtures):
    frame = ogi.to_frame(ogi.read(fixtures / "import" / "hongze-2024.blank-cells.txt"))
    assert frame["value"].isna().any()
    assert not ogi.to_frame(ogi.read(REPORTS / "2024_hongze-district.txt"))["value"].isna().any()


def test_wide_frame_is_the_matrix(reports):
    frame = ogi.to_frame(reports, wide=True)
    assert list(frame.columns)[:5] == ["agency", "year", "edition", "row_key", "row_label"]
    assert list(frame.columns)[-1] == "total"
    row = frame[(frame["agency"] == "淮安市人民政府") & (frame["row_key"] == "new_received")]
    assert row["natural_person"].tolist() == [3001.0] and row["total"].tolist() == [3119.0]


def test_no_reports_is_an_empty_frame_with_the_columns():
    assert list(ogi.to_frame([]).columns) == COLUMNS and len(ogi.to_frame([])) == 0


def test_without_pandas_a_clear_error():
    code = "import sys; sys.modules['pandas'] = None\nimport ogi\ntry:\n  ogi.to_frame([])\nexcept ImportError as e:\n  print(e)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=os.environ)
    assert out.stdout.strip() == "ogi.to_frame needs pandas (Debian: apt-get install python3-pandas)"
