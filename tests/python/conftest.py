"""Paths the tests use, given by ctest (tests/python/CMakeLists.txt) in the environment: the fixtures, the ogi tool
(whose output the package must match; absent where it is not built) and the example script."""
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
    if "OGI_TOOL" not in os.environ:
        pytest.skip("the ogi tool is not built (OGI_BUILD_TOOL=OFF)")
    return os.environ["OGI_TOOL"]
