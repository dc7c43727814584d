"""Paths the tests use, given by ctest (tests/python/CMakeLists.txt) in the environment: the fixtures, the ogi tool
(whose output the package must match) and the example script."""
import os
import pathlib

import pytest

FIXTURES = pathlib.Path(os.environ["OGI_FIXTURES"])
REPORTS = FIXTURES / "reports"


@pytest.fixture
def fixtures() -> pathlib.Path:
    return FIXTURES


@pytest.fixture
def tool() -> str:
    return os.environ["OGI_TOOL"]
