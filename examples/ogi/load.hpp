#pragma once
// Reading a report from the bytes of an input, whatever its form: JSON (ogi-report/1) is decoded, anything
// else is taken as the text of a published report (or its web page) and imported. A name ending .json is JSON;
// any other input is told by its content.
#include <ogi/finding.hpp>
#include <ogi/import.hpp>
#include <ogi/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::tool {

struct LoadedReport {
    bool json = false;  // read as JSON (else as a report's text)
    std::optional<Report> report;
    std::vector<std::string> errors;       // why there is no report, each line naming the source
    std::vector<Finding> import_findings;  // a text import's findings, with their source lines
    std::string encoding;                  // the encoding a text was read in
};

LoadedReport load_report(std::string_view bytes, std::string const& source, DecodeOptions const& json_options = {});

// Only the agency and year of the report in bytes (what pairs it with the previous year's), or nullopt when
// load_report would give no report: a text's tables are not read.
std::optional<ReportKey> load_key(std::string_view bytes, std::string const& source,
                                            DecodeOptions const& json_options = {});

// "source:line: severity RULE: message" for each import finding, in the language asked ("zh" or "en").
std::vector<std::string> describe_import_findings(LoadedReport const& loaded, std::string const& source,
                                                  std::string const& lang);

}  // namespace ogi::tool
