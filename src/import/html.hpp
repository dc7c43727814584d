#pragma once
// Reports published as web pages: the page's own text, when what is at hand is the HTML rather than its
// extracted text. Table cells become space-separated chunks, rows and blocks become lines.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::import {

// Whether UTF-8 text is an HTML page (a doctype, <html>, or a <table> near the start).
bool looks_like_html(std::string_view utf8) noexcept;

struct HtmlText {
    std::string text;
    std::vector<std::size_t> source_lines;  // for each line of text, the line of the page it comes from (from 1)
};

// The text of the page: script, style and comments dropped, entities decoded, <td>/<th> cells spaced,
// <tr>, <br>, <p>, <div>, <li> and headings ending lines.
HtmlText html_to_text(std::string_view html);

}  // namespace ogi::import
