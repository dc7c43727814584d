#pragma once
// A table as its grid of cells, whatever the source (a web page's colspan and rowspan, a Word file's gridSpan
// and vMerge, the positions of a PDF's text): each row goes to the report reader as one line of its cells.
#include "mapped_text.hpp"

#include <cstddef>
#include <span>
#include <string>

namespace ogi::import {

// One row of a table: its cells as published, in grid order, each folded and trimmed here. An empty cell is
// a cell published blank ("/": absent, never 0); a cell merged from the row above is not repeated.
void put_table_row(MappedText& out, std::span<std::string const> cells, std::size_t source_line);

}  // namespace ogi::import
