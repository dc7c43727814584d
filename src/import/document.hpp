#pragma once
// Reports published as documents rather than text (a PDF, a Word file): each is read into the text the report
// reader reads, its narratives as lines in reading order and every table row as one line of its cells
// (grid.hpp), so that one reader of tables serves web pages, PDFs and Word files alike.
#include "mapped_text.hpp"

#include "ogi/finding.hpp"
#include "ogi/import.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace ogi::import {

struct DocumentText {
    std::optional<MappedText> text;  // nullopt: the document cannot be read, and the findings say why
    std::vector<Finding> findings;   // what its source could not give, or why it gave nothing
};

// The document bytes hold, told by their content; nullopt when they are no such document (they are text).
std::optional<DocumentText> read_document(std::string_view bytes, ImportOptions const& options);

}  // namespace ogi::import
