#pragma once
// Import of a published report into the model, for both editions: its text (PDF/Word extraction), its web page
// (HTML, read by its cell grid) or a Markdown conversion (GFM tables), told by content.
// A figure is tied to its cell only where the row's label and the row's number of figures leave no doubt;
// everything else stays absent and a finding says which row, why, and at which line.
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

struct ImportOptions {
    // Larger inputs are refused with a finding: a report's text is a few hundred kilobytes.
    std::size_t max_bytes = std::size_t{64} << 20;
};

struct ImportResult {
    std::optional<Report> report;   // absent when the text holds no report at all
    std::vector<Finding> findings;  // import findings, each with its source_line where it has one
    std::string encoding;           // the encoding the bytes were read in: "UTF-8", "UTF-8 (BOM)", "GB18030", …
};

// Never throws for bad input (only std::bad_alloc); linear in the size of the input.
ImportResult import_text(std::string_view bytes, ImportOptions const& options = {});

// A report in any form it is published in, told by its content: a document (PDF, Word) read through its
// tables' grids, or text as import_text reads it. The bytes are the file's; the library reads nothing else.
ImportResult import_report(std::string_view bytes, ImportOptions const& options = {});

// Who published a report and for which year, read from its text as import_text reads them (the title, else
// the start of the reporting period), without the tables: what a batch needs to pair each report with the
// previous year's of the same body, at a fraction of an import.
struct ReportKey {
    std::string agency;
    int year = 0;  // 0: no year in the text
    friend bool operator==(ReportKey const&, ReportKey const&) = default;
};

// nullopt where import_report finds no report in the bytes (or refuses them); else the agency and year
// import_report gives the report.
std::optional<ReportKey> import_report_key(std::string_view bytes, ImportOptions const& options = {});
using ReportIdentity [[deprecated("say ReportKey")]] = ReportKey;
[[deprecated("say import_report_key")]] inline std::optional<ReportKey> import_identity(std::string_view bytes,
                                                                                      ImportOptions const& options = {}) {
    return import_report_key(bytes, options);
}

// Whether bytes look like a JSON document (first significant character { or [, after an optional BOM),
// so that a tool can choose between decode_json and import_text by content.
bool looks_like_json(std::string_view bytes) noexcept;

}  // namespace ogi
