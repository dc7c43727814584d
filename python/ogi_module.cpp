// ogi._ogi: the library for Python (the package ogi wraps it, python/ogi/__init__.py). Everything here calls the
// library: reading, validation, rendering and labels are its own; this file only moves values across and releases
// the GIL around the work.
#include <ogi/batch.hpp>
#include <ogi/content_kind.hpp>
#include <ogi/detail/heap.hpp>
#include <ogi/import.hpp>
#include <ogi/json.hpp>
#include <ogi/location.hpp>
#include <ogi/render/csv.hpp>
#include <ogi/render/docx.hpp>
#include <ogi/render/html.hpp>
#include <ogi/render/markdown.hpp>
#include <ogi/render/text.hpp>
#include <ogi/report_files.hpp>
#include <ogi/validate.hpp>

#include <pybind11/functional.h>
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace {

// A string as Python's repr() writes it.
std::string repr(std::string const& text) { return py::repr(py::str(text)).cast<std::string>(); }

// A report as Python holds it: the model, plus what reading it said (a text's import findings and encoding).
struct PyReport {
    ogi::Report report;
    std::string source;                      // the path read, or "<bytes>"
    std::vector<ogi::Finding> import_findings;
    std::string encoding;                    // of a text; empty for JSON and documents read as such
    mutable std::optional<boost::json::value> json;  // made on the first item access (under the GIL)

    boost::json::value const& json_value() const {
        if (!json) json = ogi::to_json_value(report);
        return *json;
    }
};

// Why an input gave no report, for the package to raise as ogi.ImportError, ogi.DecodeError or ogi.Error.
struct Failure {
    std::string kind;  // "import", "decode" or "io"
    std::string source;
    std::vector<std::string> messages;         // every message, located: "source:line: …", "source: /pointer: …"
    std::vector<ogi::Finding> findings;        // import: the importer's findings
    std::vector<ogi::JsonError> json_errors;   // decode: every problem of the document at its pointer
};

// One input read: a report or why there is none. Made without the GIL.
struct Read {
    std::optional<PyReport> report;
    std::optional<Failure> failure;
};

std::string located(std::string const& source, ogi::Finding const& f) {
    std::string where = f.source_line ? fmt::format("{}:{}", source, *f.source_line) : source;
    return fmt::format("{}: {} {}: {}", where, ogi::severity_name(f.severity), f.rule, f.message.en);
}

// As the ogi tool reads an input (examples/ogi/load.cpp): JSON when named .json or when it looks like JSON and
// is no binary format; anything else imported by its content (PDF, Word, text, HTML, Markdown).
Read read_bytes(std::string_view bytes, std::string const& source) {
    Read read;
    ogi::ContentKind const kind = ogi::content_kind(bytes);
    if (!ogi::is_binary(kind) && (ogi::lower_extension(source) == ".json" || ogi::looks_like_json(bytes))) {
        ogi::DecodeResult decoded = ogi::decode_json(bytes);
        if (decoded.report) {
            read.report = PyReport{std::move(*decoded.report), source, {}, {}, {}};
            return read;
        }
        Failure failure{"decode", source, {}, {}, std::move(decoded.errors)};
        for (ogi::JsonError const& e : failure.json_errors)
            failure.messages.push_back(fmt::format("{}: {}", source, e.to_string()));
        read.failure = std::move(failure);
        return read;
    }
    ogi::ImportResult imported = ogi::import_report(bytes);
    if (imported.report) {
        read.report = PyReport{std::move(*imported.report), source, std::move(imported.findings),
                               std::move(imported.encoding), {}};
        return read;
    }
    Failure failure{"import", source, {}, std::move(imported.findings), {}};
    if (ogi::is_binary(kind) && !ogi::is_document(kind))
        failure.messages.push_back(fmt::format("{}: {}, not the text of an annual report, nor {} JSON", source,
                                               ogi::describe(kind).en, ogi::report_schema_id));
    else
        failure.messages.push_back(fmt::format("{}: no report read from {}", source,
                                               ogi::is_document(kind) ? ogi::describe(kind).en : "the text"));
    for (ogi::Finding const& f : failure.findings)
        if (f.severity == ogi::Severity::error) failure.messages.push_back(located(source, f));
    read.failure = std::move(failure);
    return read;
}

Read read_file(std::string const& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {  // a folder in which the walk found no report file
        Read read;
        read.failure = Failure{"io", path, {path + ": a folder with no report file in it"}, {}, {}};
        return read;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    if (in) bytes << in.rdbuf();
    if (!in || in.bad()) {
        Read read;
        std::string const why = std::error_code(errno, std::generic_category()).message();  // strerror is not thread-safe
        read.failure = Failure{"io", path, {fmt::format("{}: cannot be read: {}", path, why)}, {}, {}};
        return read;
    }
    return read_bytes(std::move(bytes).str(), path);
}

py::object to_python(Read&& read) {
    if (read.report) return py::cast(std::move(*read.report));
    return py::cast(std::move(*read.failure));
}

// A JSON value as the json module would give it.
py::object to_python(boost::json::value const& v) {
    switch (v.kind()) {
    case boost::json::kind::null: return py::none();
    case boost::json::kind::bool_: return py::bool_(v.get_bool());
    case boost::json::kind::int64: return py::int_(v.get_int64());
    case boost::json::kind::uint64: return py::int_(v.get_uint64());
    case boost::json::kind::double_: return py::float_(v.get_double());
    case boost::json::kind::string: return py::str(v.get_string().data(), v.get_string().size());
    case boost::json::kind::array: {
        py::list list;
        for (auto const& item : v.get_array()) list.append(to_python(item));
        return list;
    }
    case boost::json::kind::object: {
        py::dict dict;
        for (auto const& [key, item] : v.get_object()) dict[py::str(key.data(), key.size())] = to_python(item);
        return dict;
    }
    }
    return py::none();
}

// A correction with the official label path of its cell.
struct LocatedCorrection {
    ogi::Correction correction;
    std::string label;
};

// What validate() gives Python: the library's Validation, its corrections located.
struct PyValidation {
    std::vector<ogi::Finding> findings;
    std::vector<LocatedCorrection> corrections;
    std::vector<ogi::Inferred> inferred;
    bool has_errors = false;
};

PyValidation to_python_validation(ogi::Report const& report, ogi::Validation&& v) {
    PyValidation out{std::move(v.findings), {}, std::move(v.inferred), false};
    out.has_errors = std::ranges::any_of(out.findings, [](auto const& f) { return f.severity == ogi::Severity::error; });
    for (ogi::Correction const& c : v.corrections) {
        auto location = ogi::locate(report, c.path);
        out.corrections.push_back({c, location ? location->label_path : std::string()});
    }
    return out;
}

std::string label_of(PyReport const& r, std::string const& pointer) {
    auto location = ogi::locate(r.report, pointer);
    if (!location) throw py::key_error(pointer);
    return location->label_path;
}

py::object item(PyReport const& r, std::string const& pointer) {
    std::error_code ec;
    boost::json::value const* found = r.json_value().find_pointer(pointer, ec);
    if (!found) throw py::key_error(pointer);
    return to_python(*found);
}

constexpr std::string_view formats[] = {"json", "csv", "txt", "md", "html", "docx"};

// The report in another form, as `ogi convert --to FORMAT` writes it: md, html, txt and docx show the findings
// (the import's, then validation's) and the corrections unless findings is false.
py::object convert(PyReport const& r, std::string const& format, std::string const& lang, bool findings, bool wide) {
    if (std::ranges::find(formats, format) == std::end(formats))
        throw py::value_error(fmt::format("unknown format {}: one of json, csv, txt, md, html, docx", repr(format)));
    if (lang != "zh" && lang != "en") throw py::value_error(fmt::format("unknown language {}: zh or en", repr(lang)));
    std::string out;
    {
        py::gil_scoped_release unlocked;
        ogi::render::DocumentOptions document{lang == "en" ? ogi::render::Language::en : ogi::render::Language::zh};
        ogi::Validation v;
        if (format != "json" && format != "csv" && findings) {
            v = ogi::validate(r.report);
            v.findings.insert(v.findings.begin(), r.import_findings.begin(), r.import_findings.end());
            document.corrections = v.corrections;
            document.inferred = v.inferred;
        }
        if (format == "json") out = ogi::encode_json(r.report);
        else if (format == "csv") out = ogi::render::render_csv(std::span(&r.report, 1), {.wide = wide});
        else if (format == "md") out = ogi::render::render_markdown(r.report, v.findings, document);
        else if (format == "html") out = ogi::render::render_html(r.report, v.findings, document);
        else if (format == "docx") out = ogi::render::render_docx(r.report, v.findings, document);
        else out = ogi::render::render_text(r.report, v.findings, document);
    }
    if (format == "docx") return py::bytes(out);
    return py::str(out);
}

// The report files below a folder (ogi::find_report_files), each (path, problem).
std::vector<std::pair<std::string, std::string>> report_files(std::string const& path) {
    std::vector<std::pair<std::string, std::string>> found;
    for (ogi::FoundInput& input : ogi::find_report_files({path}))
        found.emplace_back(std::move(input.path), std::move(input.problem));
    return found;
}

// Reads every path on `jobs` threads (0: one per core) with the GIL released, in the order of paths;
// progress(done, total) is called with the GIL held, on this thread.
py::list read_files(std::vector<std::string> const& paths, unsigned jobs,
                    std::function<void(std::size_t, std::size_t)> const& progress) {
    // A batch imports report after report: freed heap is kept for the next rather than given back to the system and
    // faulted in again (process-wide, as the tool does; at most 32 MiB kept). Idempotent.
    ogi::keep_heap();
    std::vector<Read> reads(paths.size());
    {
        py::gil_scoped_release unlocked;
        ogi::BatchOptions options;
        if (jobs != 0) options.workers = jobs;  // else one per core
        // After each input, with the GIL: Ctrl-C (a signal Python has been told of) or an exception from progress
        // stops the run.
        options.progress = [&progress](std::size_t done, std::size_t total) {
            py::gil_scoped_acquire locked;
            if (PyErr_CheckSignals() != 0) throw py::error_already_set();
            if (progress) progress(done, total);
        };
        ogi::run_in_order(
            paths.size(), [&paths](std::size_t i) { return read_file(paths[i]); },
            [&reads, &paths](std::size_t i, ogi::ItemResult<Read> r) {
                if (r) {
                    reads[i] = std::move(*r);
                    return;
                }
                reads[i].failure = Failure{"io", paths[i], {fmt::format("{}: {}", paths[i], r.error_message())}, {}, {}};
            },
            options);
    }
    py::list out;
    for (Read& read : reads) out.append(to_python(std::move(read)));
    return out;
}

std::string report_repr(PyReport const& r) {
    return fmt::format("<ogi.Report {} {} (edition {})>", r.report.agency(), r.report.year(),
                       ogi::edition_name(r.report.edition()));
}

// Figures of findings are counts (unsigned) or signed expectations: both are Python ints.
py::object figure(std::optional<ogi::Figure> const& f) {
    if (!f) return py::none();
    return std::visit([](auto v) -> py::object { return py::int_(v); }, *f);
}

std::string figure_repr(std::optional<ogi::Figure> const& f) {
    if (!f) return "None";
    return std::visit([](auto v) { return std::to_string(v); }, *f);
}

// Docstrings that name a part of the report quote its official label, from the library.
template <std::size_t I>
std::string report_label() {
    return std::string(ogi::labels_of<ogi::Report2021>()[I].text);
}

std::string example_label_path() {
    return ogi::locate(ogi::Report(ogi::Report2021{}), "/applications/new_received/total")->label_path;
}

// pybind11 keeps a pointer to each docstring: they live as long as the module.
char const* keep(std::string text) {
    static std::vector<std::unique_ptr<std::string>> kept;
    kept.push_back(std::make_unique<std::string>(std::move(text)));
    return kept.back()->c_str();
}

}  // namespace

PYBIND11_MODULE(_ogi, m) {
    m.doc() = "The compiled part of the ogi package: use the package (import ogi), not this module.";
    m.attr("__version__") = OGI_VERSION;
    m.attr("formats") = py::cast(std::vector<std::string>(std::begin(formats), std::end(formats)));

    py::class_<ogi::Finding>(m, "Finding", "What validation or the importer says about a report, at its cells.")
        .def_readonly("rule", &ogi::Finding::rule, "The stable rule ID, e.g. 'APP-ROW'.")
        .def_property_readonly("severity", [](ogi::Finding const& f) { return std::string(ogi::severity_name(f.severity)); },
                               "'error', 'warning' or 'notice'.")
        .def_readonly("paths", &ogi::Finding::paths,
                      "JSON pointers of the cells: the cell that is wrong or summarizes first (Report.label gives each "
                      "one's official label path).")
        .def_property_readonly("expected", [](ogi::Finding const& f) { return figure(f.expected); },
                               "The figure the rule expects, or None.")
        .def_property_readonly("actual", [](ogi::Finding const& f) { return figure(f.actual); },
                               "The figure as published, or None.")
        .def_property_readonly("message_zh", [](ogi::Finding const& f) { return f.message.zh; }, "The message in Chinese.")
        .def_property_readonly("message_en", [](ogi::Finding const& f) { return f.message.en; }, "The message in English.")
        .def_readonly("line", &ogi::Finding::source_line, "Import findings: the line of the source text (from 1), or None.")
        .def_readonly("resolved_by", &ogi::Finding::resolved_by, "The paths of the corrections that resolve this finding.")
        .def_readonly("addends", &ogi::Finding::addends, "Identities: the cells summed to give expected.")
        .def(py::self == py::self)
        .def("__repr__", [](ogi::Finding const& f) {
            std::string paths;
            for (auto const& p : f.paths) paths += fmt::format("{}{}", paths.empty() ? "" : ", ", repr(p));
            return fmt::format("Finding(rule={}, severity={}, paths=[{}], expected={}, actual={}, message_en={})",
                               repr(f.rule), repr(std::string(ogi::severity_name(f.severity))), paths,
                               figure_repr(f.expected), figure_repr(f.actual), repr(f.message.en));
        });

    py::class_<LocatedCorrection>(m, "Correction",
                                  "One cell of the unique smallest change that makes the broken identities of its part "
                                  "of the tables hold.")
        .def_property_readonly("path", [](LocatedCorrection const& c) { return c.correction.path; }, "The cell's JSON pointer.")
        .def_readonly("label", &LocatedCorrection::label,
                      keep("The cell's official label path, e.g. '" + example_label_path() + "'."))
        .def_property_readonly("reported", [](LocatedCorrection const& c) { return c.correction.reported; },
                               "The figure as published.")
        .def_property_readonly("suggested", [](LocatedCorrection const& c) { return c.correction.suggested; },
                               "The figure that makes the identities hold.")
        .def("__eq__", [](LocatedCorrection const& a, LocatedCorrection const& b) { return a.correction == b.correction; })
        .def("__repr__", [](LocatedCorrection const& c) {
            return fmt::format("Correction(path={}, label={}, reported={}, suggested={})", repr(c.correction.path),
                               repr(c.label), c.correction.reported, c.correction.suggested);
        });

    py::class_<ogi::Inferred>(m, "Inferred", "A blank cell whose value the identities determine (never written into the report).")
        .def_readonly("path", &ogi::Inferred::path, "The blank cell's JSON pointer.")
        .def_readonly("value", &ogi::Inferred::value, "The value the identities leave no choice about.")
        .def(py::self == py::self)
        .def("__repr__", [](ogi::Inferred const& i) { return fmt::format("Inferred(path={}, value={})", repr(i.path), i.value); });

    py::class_<PyValidation>(m, "Validation", "Every rule of the catalogue applied to a report.")
        .def_readonly("findings", &PyValidation::findings, "The findings, in the catalogue's order of checks.")
        .def_readonly("corrections", &PyValidation::corrections,
                      "For each independent part of the tables whose identities are broken, its unique smallest "
                      "correction, when there is one.")
        .def_readonly("inferred", &PyValidation::inferred, "The blank cells of 三 and 四 whose value the identities determine.")
        .def_readonly("has_errors", &PyValidation::has_errors, "Whether a finding is an error.")
        .def("__repr__", [](PyValidation const& v) {
            return fmt::format("<ogi.Validation {} findings, {} corrections{}>", v.findings.size(), v.corrections.size(),
                               v.has_errors ? ", errors" : "");
        });

    py::class_<ogi::JsonError>(m, "JsonError", "One problem of a JSON document, at its JSON pointer.")
        .def_readonly("pointer", &ogi::JsonError::pointer, "RFC 6901 pointer; empty for the whole document.")
        .def_readonly("message", &ogi::JsonError::message, "What is wrong.")
        .def_readonly("line", &ogi::JsonError::line, "Syntax errors: the line where the parser stopped (from 1), or None.")
        .def_readonly("column", &ogi::JsonError::column, "Syntax errors: the column in bytes (from 1), or None.")
        .def("__str__", &ogi::JsonError::to_string)
        .def("__repr__", [](ogi::JsonError const& e) {
            return fmt::format("JsonError(pointer={}, message={})", repr(e.pointer), repr(e.message));
        });

    py::class_<Failure>(m, "Failure", "Why an input gave no report (raised by the package as an exception).")
        .def_readonly("kind", &Failure::kind)
        .def_readonly("source", &Failure::source)
        .def_readonly("messages", &Failure::messages)
        .def_readonly("findings", &Failure::findings)
        .def_readonly("json_errors", &Failure::json_errors);

    py::class_<PyReport>(m, "Report", "An annual report (政府信息公开工作年度报告) of one body for one year.")
        .def_property_readonly("year", [](PyReport const& r) { return r.report.year(); },
                               keep(report_label<0>() + ": the year reported on."))
        .def_property_readonly("agency", [](PyReport const& r) { return r.report.agency(); },
                               keep(report_label<1>() + ": the body that publishes the report."))
        .def_property_readonly("edition", [](PyReport const& r) { return std::string(ogi::edition_name(r.report.edition())); },
                               keep(fmt::format("The edition of the tables: '2019' ({}) or '2021' ({}).",
                                                ogi::label(ogi::Edition::e2019).text, ogi::label(ogi::Edition::e2021).text)))
        .def_readonly("source", &PyReport::source, "The path read, or '<bytes>'.")
        .def_readonly("import_findings", &PyReport::import_findings,
                      "What the importer said about a published report's text (each with its line); empty for JSON.")
        .def_readonly("encoding", &PyReport::encoding, "The encoding a text was read in ('UTF-8', 'GB18030', …); empty for JSON.")
        .def("to_json", [](PyReport const& r, bool pretty) { return ogi::encode_json(r.report, {.pretty = pretty}); },
             py::arg("pretty") = true, "The report as ogi-report/1 JSON (docs/json-contract.md).")
        .def("to_dict", [](PyReport const& r) { return to_python(r.json_value()); },
             "The report's JSON as Python values: counts are ints, a blank cell None, money a dict "
             "{'value': '96171.6', 'unit': '万元'} with the decimal as published.")
        .def("__getitem__", &item, py::arg("pointer"),
             keep("The value at a JSON pointer, as to_dict() has it: report['/applications/new_received/total'] ("
                  + example_label_path() + "). KeyError for a pointer the report does not have."))
        .def("__contains__", [](PyReport const& r, std::string const& pointer) {
            std::error_code ec;
            return r.json_value().find_pointer(pointer, ec) != nullptr;
        })
        .def("label", &label_of, py::arg("pointer"),
             keep("The official label path of the part of the report at a JSON pointer, e.g. '" + example_label_path() +
                  "'. KeyError for a pointer the report's layout does not have."))
        .def(
            "validate",
            [](PyReport const& r, PyReport const* previous) {
                ogi::Validation v;
                {
                    py::gil_scoped_release unlocked;
                    v = ogi::validate(r.report, previous ? &previous->report : nullptr);
                }
                return to_python_validation(r.report, std::move(v));
            },
            py::arg("previous") = py::none(),
            "Every rule applied to the report, plus the series rules against previous, the same body's report for the "
            "year before, when given. The import's findings are not repeated here: see import_findings.")
        .def("convert", &convert, py::arg("format"), py::kw_only(), py::arg("lang") = "zh", py::arg("findings") = true,
             py::arg("wide") = false,
             "The report as `ogi convert --to FORMAT` writes it: 'json', 'csv', 'txt', 'md', 'html' (str) or 'docx' "
             "(bytes). md, html, txt and docx mark the findings and corrections (in lang, 'zh' or 'en') unless "
             "findings is False; wide: the CSV's wide form.")
        .def("__eq__", [](PyReport const& a, PyReport const& b) { return a.report == b.report; },
             "Whether two reports hold the same figures and texts (wherever they were read from).")
        .def("__repr__", &report_repr);

    m.def(
        "read_bytes",
        [](std::string_view bytes, std::string const& source) {
            Read read;
            {
                py::gil_scoped_release unlocked;
                read = read_bytes(bytes, source);
            }
            return to_python(std::move(read));
        },
        py::arg("data"), py::arg("source"), "A Report, or the Failure that says why there is none.");
    m.def("read_files", &read_files, py::arg("paths"), py::arg("jobs"), py::arg("progress") = nullptr,
          "A Report or Failure for each path, read on jobs threads with the GIL released, in the order of paths.");
    m.def("report_files", &report_files, py::arg("path"),
          "The files below a folder that may hold a report, in name order, each (path, problem): problem is empty for a "
          "file to read, else what kept part of the folder from being read.");
    m.def(
        "render_csv",
        [](std::vector<PyReport const*> const& reports, bool wide) {
            std::string out = ogi::render::csv_header({.wide = wide});
            for (PyReport const* r : reports) ogi::render::append_csv_lines(out, r->report, {.wide = wide});
            return out;
        },
        py::arg("reports"), py::arg("wide") = false, "The CSV of many reports: the header once, then each report's lines.");
}
