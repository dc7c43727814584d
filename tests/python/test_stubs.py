"""The type stubs (python/ogi/_ogi.pyi) describe the compiled module: every class and member they name exists, and
every docstring they give is the module's own (whose labels come from the library)."""
import ast
import inspect
import pathlib

import ogi
from ogi import _ogi

STUB = pathlib.Path(ogi.__file__).with_name("_ogi.pyi")


def runtime_doc(obj) -> str:
    doc = inspect.getdoc(obj) or ""
    # pybind11 puts a function's signature before its docstring.
    if doc.startswith(getattr(obj, "__name__", "\0") + "("):
        return doc.partition("\n\n")[2]
    return doc


def documented(tree):
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            yield (node.name,), ast.get_docstring(node)
            for member in node.body:
                if isinstance(member, ast.FunctionDef):
                    yield (node.name, member.name), ast.get_docstring(member)
                elif isinstance(member, ast.AnnAssign):
                    yield (node.name, member.target.id), None
        elif isinstance(node, ast.FunctionDef):
            yield (node.name,), ast.get_docstring(node)


def test_every_stub_docstring_is_the_modules():
    checked = 0
    for names, doc in documented(ast.parse(STUB.read_text(encoding="utf-8"))):
        obj = _ogi
        for name in names:
            obj = getattr(obj, name)
        if doc is not None:
            assert (obj.__doc__ if isinstance(obj, property) else runtime_doc(obj)) == doc, names
            checked += 1
    assert checked > 40


def test_labels_in_docstrings_are_the_librarys():
    report = ogi.read(pathlib.Path(__file__).parents[1] / "fixtures/reports/2024_huaian-city.expected.json")
    assert _ogi.Report.year.__doc__.startswith(report.label("/year") + ":")
    assert _ogi.Report.agency.__doc__.startswith(report.label("/agency") + ":")
    assert report.label("/applications/new_received/total") in runtime_doc(_ogi.Report.__getitem__)
    assert report.label("/applications/new_received/total") in _ogi.Correction.label.__doc__


def test_the_package_exports_what_it_documents():
    for name in ogi.__all__:
        assert getattr(ogi, name).__doc__, name
