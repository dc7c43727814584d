#pragma once
// The text of a structured document (a web page, Markdown, a PDF, a Word file) as lines, each line knowing the
// line of its source, and a table row as one such line.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::import {

// The text of a structured document (a web page, Markdown) as lines, each with the line of the source it
// comes from (from 1), for findings.
struct MappedText {
    std::string text;
    std::vector<std::size_t> source_lines{1};

    void end_line();  // ends the current line unless it is empty
    void put(std::string_view s, std::size_t source_line);
};

// What an empty cell of a row of figures is. In HTML every cell is explicit (merged ones by colspan), so an
// empty one is a cell published blank. Markdown has no merged cells: converters pad a merged label or a short
// row with empty cells, so only an empty cell between two figures is certainly a blank one.
enum class EmptyCells { blank, blank_between_figures };

// A table row's cells (folded, trimmed) as one line, cells two spaces apart. An empty cell that is a blank
// one is written "/" (absent, never 0); other empty cells (headers, padding) are left out.
std::string row_line(std::span<std::string const> cells, EmptyCells empty);

}  // namespace ogi::import
