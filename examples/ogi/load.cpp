#include "load.hpp"

#include <ogi/import.hpp>

#include <fmt/format.h>

namespace ogi::tool {

LoadedReport load_report(std::string_view bytes, std::string const& source, DecodeOptions const& json_options) {
    LoadedReport loaded;
    if (looks_like_json(bytes)) {
        DecodeResult decoded = decode_json(bytes, json_options);
        for (JsonError const& e : decoded.errors) loaded.errors.push_back(fmt::format("{}: {}", source, e.to_string()));
        loaded.report = std::move(decoded.report);
        return loaded;
    }
    ImportResult imported = import_text(bytes);
    loaded.report = std::move(imported.report);
    loaded.import_findings = std::move(imported.findings);
    loaded.encoding = std::move(imported.encoding);
    if (!loaded.report)
        loaded.errors.push_back(fmt::format("{}: not a report: neither {} JSON nor the text of an annual report", source,
                                            report_schema_id));
    return loaded;
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
