// A report handle: read from bytes of any kind, told by content (JSON decoded, anything else imported), and
// what it says of itself.
#include "boundary.hpp"
#include "report_handle.hpp"

#include "ogi/content_kind.hpp"
#include "ogi/findings_json.hpp"
#include "ogi/import.hpp"
#include "ogi/json.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace ogi::c_api {

namespace {

boost::json::value to_json_value(JsonError const& e) {
    boost::json::object o{{"pointer", e.pointer}, {"message", e.message}, {"text", e.to_string()}};
    if (e.line) o["line"] = *e.line;
    if (e.column) o["column"] = *e.column;
    return o;
}

template <class T>
boost::json::array json_array(std::vector<T> const& items) {
    boost::json::array out;
    for (T const& item : items) out.push_back(to_json_value(item));
    return out;
}

Report decoded(std::string_view bytes, unsigned flags) {
    DecodeResult result = decode_json(bytes, {.allow_unknown_keys = (flags & OGI_READ_ALLOW_UNKNOWN_KEYS) != 0});
    if (!result)
        throw Failure{OGI_DECODE_ERROR,
                      fmt::format("not a valid {} document ({} error{})", report_schema_id, result.errors.size(),
                                  result.errors.size() == 1 ? "" : "s"),
                      json_array(result.errors)};
    return std::move(*result.report);
}

// Why an import gave no report, in the words of `ogi validate`: a document's reader says why (no text layer,
// encrypted, damaged…); another binary is named; a text says what the importer refused.
std::string unreadable_message(ContentKind kind, std::vector<Finding> const& findings) {
    std::string why;
    for (Finding const& f : findings)
        if (f.severity == Severity::error) why += fmt::format("{}{}: {}", why.empty() ? "" : "; ", f.rule, f.message.en);
    if (is_document(kind)) return fmt::format("no report read from {}: {}", describe(kind).en, why);
    if (is_binary(kind))
        return fmt::format("{}, not the text of an annual report, nor {} JSON", describe(kind).en, report_schema_id);
    return fmt::format("not the text of an annual report, nor {} JSON ({})", report_schema_id,
                       why.empty() ? "no report" : why);
}

}  // namespace

ogi_report const& handle(ogi_report const* report) { return required(report, "report"); }

}  // namespace ogi::c_api

using namespace ogi::c_api;

extern "C" {

OGI_C_API ogi_status ogi_report_read(char const* bytes, size_t length, unsigned flags, ogi_report** report,
                                     char** error, size_t* error_length) {
    return guarded(error, error_length, [&] {
        HandleOutput out(report, "report");
        std::string_view const input = bytes_argument(bytes, length, "bytes");
        allowed_flags(flags, OGI_READ_ALLOW_UNKNOWN_KEYS);
        auto read = std::make_unique<ogi_report>();
        ogi::ContentKind const kind = ogi::content_kind(input);
        if (!ogi::is_binary(kind) && ogi::looks_like_json(input)) {
            read->report = decoded(input, flags);
        } else {
            ogi::ImportResult imported = ogi::import_report(input);
            if (!imported.report)
                throw Failure{OGI_UNREADABLE_INPUT, unreadable_message(kind, imported.findings), {},
                              json_array(imported.findings)};
            read->report = std::move(*imported.report);
            read->import_findings = std::move(imported.findings);
        }
        out.set(read.release());
    });
}

OGI_C_API void ogi_report_free(ogi_report* report) { delete report; }

OGI_C_API ogi_status ogi_report_year(ogi_report const* report, int* year, char** error, size_t* error_length) {
    return guarded(error, error_length, [&] {
        if (year) *year = 0;
        required(year, "year");
        *year = handle(report).report.year();
    });
}

OGI_C_API ogi_status ogi_report_edition(ogi_report const* report, int* edition, char** error, size_t* error_length) {
    return guarded(error, error_length, [&] {
        if (edition) *edition = 0;
        required(edition, "edition");
        *edition = handle(report).report.edition() == ogi::Edition::e2019 ? 2019 : 2021;
    });
}

OGI_C_API ogi_status ogi_report_agency(ogi_report const* report, char** agency, size_t* length, char** error,
                                       size_t* error_length) {
    return guarded(error, error_length, [&] {
        Output out(agency, length, "agency");
        out.set(handle(report).report.agency());
    });
}

OGI_C_API ogi_status ogi_report_json(ogi_report const* report, char** json, size_t* length, char** error,
                                     size_t* error_length) {
    return guarded(error, error_length, [&] {
        Output out(json, length, "json");
        out.set(ogi::encode_json(handle(report).report));
    });
}

}  // extern "C"
