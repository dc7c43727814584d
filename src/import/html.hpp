#pragma once
// Reports published as web pages, read with libxml2's HTML parser: the page's text, each table as its cell grid
// (colspan and rowspan honoured), one line per table row with its cells as chunks, so that the rows anchor on
// their labels as in any other text of a report.
#include "mapped_text.hpp"

#include <string>
#include <string_view>

namespace ogi::import {

// Whether UTF-8 text is an HTML page (a doctype, <html>, or a <table> near the start).
bool looks_like_html(std::string_view utf8) noexcept;

// The charset a page declares in its first bytes (<meta charset=gbk>, content="text/html; charset=GB2312"),
// lower case; empty when it declares none.
std::string declared_charset(std::string_view bytes);

// The text of the page: script, style and comments dropped, entities decoded. Blocks (<p>, <div>, <br>,
// headings …) end lines outside tables; inside a cell they are spaces. Each table row is a line of its cells
// in grid order; a cell merged from the row above is not repeated; an empty cell in a row of figures is
// written "/" (a blank cell, absent, never 0). A cell that holds a table is a block of its own.
MappedText html_to_text(std::string_view html);

}  // namespace ogi::import
