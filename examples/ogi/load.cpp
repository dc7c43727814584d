#include "load.hpp"
#include "office_conversion.hpp"

#include <ogi/content_kind.hpp>
#include <ogi/import.hpp>
#include <ogi/report_files.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ogi::tool {

namespace {

// JSON when named so, or when it looks like it; anything else is a report's text.
bool read_as_json(std::string_view bytes, std::string const& source) {
    if (is_binary(content_kind(bytes))) return false;  // a PDF, a Word file…, whatever its name
    return lower_extension(source) == ".json" || looks_like_json(bytes);
}

}  // namespace

LoadedReport load_report(std::string_view bytes, std::string const& source, DecodeOptions const& json_options) {
    LoadedReport loaded;
    if (auto office = prepare_office_input(bytes, source)) {
        if (office->docx) return load_report(*office->docx, source, json_options);
        loaded.errors.push_back(std::move(office->error));
        return loaded;
    }
    loaded.json = read_as_json(bytes, source);
    if (loaded.json) {
        DecodeResult decoded = decode_json(bytes, json_options);
        for (JsonError const& e : decoded.errors) loaded.errors.push_back(fmt::format("{}: {}", source, e.to_string()));
        loaded.report = std::move(decoded.report);
        return loaded;
    }
    ImportResult imported = import_report(bytes);
    loaded.report = std::move(imported.report);
    loaded.import_findings = std::move(imported.findings);
    loaded.encoding = std::move(imported.encoding);
    if (!loaded.report) {
        auto refusal = std::ranges::find(loaded.import_findings, Severity::error, &Finding::severity);
        ContentKind const kind = content_kind(bytes);
        // A document's own reader says why it holds no report: no text layer, encrypted, damaged, no document.xml…
        if (is_document(kind)) {
            std::string why;
            for (Finding const& f : loaded.import_findings)
                if (f.severity == Severity::error) why += fmt::format("{}{}: {}", why.empty() ? "" : "; ", f.rule, f.message.en);
            loaded.errors.push_back(fmt::format("{}: no report read from {}: {}", source, describe(kind).en, why));
            return loaded;
        }
        // Another binary is named, not taken for bad JSON.
        if (is_binary(kind)) {
            loaded.errors.push_back(fmt::format("{}: {}, not the text of an annual report, nor {} JSON", source,
                                                describe(kind).en, report_schema_id));
            return loaded;
        }
        // Neither: say what each reader found, the importer's and the JSON decoder's first problem.
        DecodeResult as_json = decode_json(bytes, json_options);
        std::string json_error =
            as_json.errors.empty() ? std::string("not a report") : as_json.errors.front().to_string();
        loaded.errors.push_back(fmt::format("{}: not the text of an annual report, nor {} JSON (text: {}; JSON: {})",
                                            source, report_schema_id,
                                            refusal == loaded.import_findings.end() ? "no report" : refusal->message.en,
                                            json_error));
    }
    return loaded;
}

std::optional<ReportKey> load_key(std::string_view bytes, std::string const& source,
                                            DecodeOptions const& json_options) {
    if (auto office = prepare_office_input(bytes, source))
        return office->docx ? import_report_key(*office->docx) : std::nullopt;
    if (!read_as_json(bytes, source)) return import_report_key(bytes);
    DecodeResult decoded = decode_json(bytes, json_options);
    if (!decoded.report) return std::nullopt;
    return ReportKey{decoded.report->agency(), decoded.report->year()};
}

std::vector<std::string> describe_import_findings(LoadedReport const& loaded, std::string const& source,
                                                  std::string const& lang) {
    std::vector<std::string> lines;
    for (Finding const& f : loaded.import_findings) {
        std::string where = f.source_line ? fmt::format("{}:{}", source, *f.source_line) : source;
        lines.push_back(fmt::format("{}: {} {}: {}", where, severity_name(f.severity), f.rule,
                                    lang == "en" ? f.message.en : f.message.zh));
    }
    return lines;
}

}  // namespace ogi::tool
