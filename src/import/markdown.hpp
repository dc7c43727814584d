#pragma once
// Reports converted to Markdown (PDF extraction pipelines), read with md4c: GFM pipe tables become one line per
// row like any other text of a report; headings, paragraphs and list items become lines.
#include "mapped_text.hpp"

#include <string_view>

namespace ogi::import {

// Whether UTF-8 text holds a GFM pipe table: a line starting with | followed by a delimiter row (| --- |).
bool looks_like_markdown(std::string_view utf8) noexcept;

// The text of the document. Table rows as lines of their cells (row_line); a header row of invented headers
// only (数据1, 数据2 … as converters name the columns they cannot name) is left out: its numbers are no figures.
MappedText markdown_to_text(std::string_view markdown);

}  // namespace ogi::import
