#pragma once
// The text of a report made comparable: code points folded (full-width ASCII, spaces, dashes, the traditional
// forms of the characters of the labels), and cut into numbered lines.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::import {

// One line of the source, folded; number counts from 1 as an editor shows it.
struct Line {
    std::size_t number = 0;
    std::string_view folded;  // what labels and figures are read from, a view into the folded text
    std::string_view raw;   // the line as published (for narratives), a view into the decoded text
    std::size_t page = 1;   // the page it is on: 1 + the form feeds before it (pdftotext ends pages with one)
    bool delimited = false;  // holds |, ｜, │ or a tab: its cells are delimited (cut_line)
};

// Splits valid UTF-8 into folded lines. CRLF, CR and LF end lines; a form feed is a space. The lines view
// utf8 and folded (where the folded text is put): both must outlive them.
std::vector<Line> fold_lines(std::string_view utf8, std::string& folded);

// The folding of one label or string: what fold_lines does to each line.
std::string fold(std::string_view utf8);

// Where the bytes at the given offsets of fold(utf8) (ascending, at character starts) come from in utf8.
std::vector<std::size_t> unfolded_offsets(std::string_view utf8, std::span<std::size_t const> folded_offsets);

// s without its leading and trailing ASCII spaces.
std::string_view trim(std::string_view s) noexcept;

}  // namespace ogi::import
