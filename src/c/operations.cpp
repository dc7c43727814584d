// What is done with report handles: validation into the findings document, conversion, the sum. Each gives what
// the ogi tool gives for the same input (examples/ogi/validate_command.cpp, convert_command.cpp, sum_command.cpp).
#include "boundary.hpp"
#include "report_handle.hpp"

#include "ogi/findings_json.hpp"
#include "ogi/json.hpp"
#include "ogi/render/csv.hpp"
#include "ogi/render/docx.hpp"
#include "ogi/render/html.hpp"
#include "ogi/render/markdown.hpp"
#include "ogi/render/text.hpp"
#include "ogi/sum.hpp"
#include "ogi/validate.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <memory>
#include <vector>

namespace ogi::c_api {

namespace {

// The validation `ogi validate` prints: the import's findings first (the cells not read), then the rules'.
Validation validated(ogi_report const& report, ogi_report const* previous) {
    Validation v = validate(report.report, previous ? &previous->report : nullptr);
    v.findings.insert(v.findings.begin(), report.import_findings.begin(), report.import_findings.end());
    return v;
}

std::string converted(ogi_report const& report, int format, unsigned flags) {
    allowed_flags(flags, OGI_CONVERT_ENGLISH | OGI_CONVERT_NO_FINDINGS | OGI_CONVERT_WIDE);
    if ((flags & OGI_CONVERT_WIDE) && format != OGI_FORMAT_CSV) fail_argument("OGI_CONVERT_WIDE is for OGI_FORMAT_CSV");
    render::DocumentOptions document{(flags & OGI_CONVERT_ENGLISH) ? render::Language::en : render::Language::zh};
    Validation v;
    bool const marked = format == OGI_FORMAT_MD || format == OGI_FORMAT_HTML || format == OGI_FORMAT_TXT;
    if (marked && !(flags & OGI_CONVERT_NO_FINDINGS)) {
        v = validated(report, nullptr);
        document.corrections = v.corrections;
        document.inferred = v.inferred;
    }
    switch (format) {
    case OGI_FORMAT_JSON: return encode_json(report.report);
    case OGI_FORMAT_CSV: {
        render::CsvOptions const csv{.wide = (flags & OGI_CONVERT_WIDE) != 0};
        std::string lines = render::csv_header(csv);
        render::append_csv_lines(lines, report.report, csv);
        return lines;
    }
    case OGI_FORMAT_MD: return render::render_markdown(report.report, v.findings, document);
    case OGI_FORMAT_HTML: return render::render_html(report.report, v.findings, document);
    case OGI_FORMAT_TXT: return render::render_text(report.report, v.findings, document);
    case OGI_FORMAT_DOCX: return render::render_docx(report.report, v.findings, document);
    }
    fail_argument(fmt::format("format {} is no ogi_format", format));
}

}  // namespace

}  // namespace ogi::c_api

using namespace ogi::c_api;

extern "C" {

OGI_C_API ogi_status ogi_validate(ogi_report const* report, ogi_report const* previous, char const* source,
                                  size_t source_length, char** findings_json, size_t* length, char** error,
                                  size_t* error_length) {
    return guarded(error, error_length, [&] {
        Output out(findings_json, length, "findings_json");
        ogi_report const& checked = handle(report);
        std::string_view const name = text_argument(source, source_length, "source");
        ogi::Validation const v = validated(checked, previous);
        ogi::BatchSummary summary;
        summary.add(v);
        // As `ogi validate --format json` writes one input.
        out.set(fmt::format(R"({{"reports":[{}],"summary":{}}})"
                            "\n",
                            boost::json::serialize(ogi::findings_entry(name, checked.report, v)),
                            boost::json::serialize(ogi::to_json_value(summary))));
    });
}

OGI_C_API ogi_status ogi_convert(ogi_report const* report, int format, unsigned flags, char** output, size_t* length,
                                 char** error, size_t* error_length) {
    return guarded(error, error_length, [&] {
        Output out(output, length, "output");
        out.set(converted(handle(report), format, flags));
    });
}

OGI_C_API ogi_status ogi_sum(ogi_report const* const* reports, size_t count, char const* agency, size_t agency_length,
                             ogi_report** sum, char** error, size_t* error_length) {
    return guarded(error, error_length, [&] {
        HandleOutput out(sum, "sum");
        if (count == 0) fail_argument("no reports to sum");
        required(reports, "reports");
        std::string_view const name = text_argument(agency, agency_length, "agency");
        std::vector<ogi::Report> parts;
        parts.reserve(count);
        for (size_t i = 0; i < count; ++i) {
            if (reports[i] == nullptr) fail_argument(fmt::format("reports[{}] is NULL", i));
            parts.push_back(reports[i]->report);
        }
        ogi::SumResult total = ogi::sum(parts, std::string(name));
        if (!total) throw Failure{OGI_SUM_REFUSED, std::move(total.error)};
        auto result = std::make_unique<ogi_report>();
        result->report = std::move(*total.report);
        out.set(result.release());
    });
}

}  // extern "C"
