#pragma once
// The text of a report made comparable: code points folded (full-width ASCII, spaces, dashes, the traditional
// forms of the characters of the labels), lines numbered, page numbers recognised, and each line cut into
// label text and figures.
#include "ogi/decimal.hpp"

#include <boost/container/small_vector.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::import {

// One line of the source, folded; number counts from 1 as an editor shows it.
struct Line {
    std::size_t number = 0;
    std::string_view text;  // folded: what labels and figures are read from, a view into the folded text
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

// A bare page number as the last line of a page: the page's own number, the next text on the next page.
bool is_page_footer(Line const& line, std::span<Line const> after) noexcept;

// s without its leading and trailing ASCII spaces.
std::string_view trim(std::string_view s) noexcept;

// Appends the code point c (at most U+10FFFF, no surrogate) in UTF-8.
void append_utf8(std::string& out, char32_t c);

// A page number line such as "-3-", "— 3 —", "第3页", "第 3 页 共 5 页".
bool is_page_number(std::string_view line) noexcept;

// The words that end a report's title (…2020年政府信息公开工作年度报告, and shorter wordings), longest first;
// a line holding them inside a table is a running page header, whose year is no figure of the table.
inline constexpr std::string_view title_phrases[] = {"政府信息公开工作年度报告", "政府信息公开年度报告",
                                                     "政务公开工作年度报告", "信息公开工作年度报告",
                                                     "信息公开年度报告"};

// Where the first of the title phrases found in the key k starts; npos when there is none.
std::size_t find_title_phrase(std::string_view k) noexcept;

// The comparison key of label text: folded, without whitespace and punctuation.
std::string key(std::string_view folded);
void append_key(std::string& out, std::string_view folded);  // key(folded) added to out

// Whether key(folded) starts with prefix, without building the key.
bool key_starts_with(std::string_view folded, std::string_view prefix) noexcept;

// The first character key(folded) keeps, as its bytes; empty when it keeps none. Without building the key.
std::string_view first_key_character(std::string_view folded) noexcept;

// The numbering a label starts with: 一、 (top), （一） (paren), 1. 1、 （1） (arabic).
struct Numbering {
    enum class Style { top, paren, arabic } style = Style::top;
    int n = 0;
    std::size_t length = 0;  // bytes of the folded text it takes
    friend bool operator==(Numbering const& a, Numbering const& b) { return a.style == b.style && a.n == b.n; }
};
std::optional<Numbering> numbering_at(std::string_view folded) noexcept;

// The value of the Chinese numeral 一 … 十 that s starts with, or 0.
int chinese_numeral_value(std::string_view s) noexcept;

// A cell's content as printed: a number (with sign, decimals, unit), or a blank marker (/, -, 无).
struct PrintedFigure {
    bool blank = false;
    bool negative = false;
    std::string digits;             // without sign and thousands separators: "3985758", "96171.6"
    std::optional<MoneyUnit> unit;  // 元 / 万元 written in the cell
};
std::optional<PrintedFigure> parse_figure(std::string_view chunk);
std::optional<MoneyUnit> parse_unit(std::string_view chunk) noexcept;

// A line cut into pieces: runs of label text (the chunks between figures, joined without their spaces)
// and figures, in order.
struct Piece {
    std::size_t line = 0;
    std::uint32_t page = 1;
    std::string text;                     // the run's folded text, or the figure's chunk
    std::optional<PrintedFigure> figure;  // set for figures
    // Where each space-separated chunk of a run starts in text; a run has a few (no allocation for up to 8).
    boost::container::small_vector<std::size_t, 8> chunks;
    // Where a figure starts on its line of layout text, in bytes (column_of tells its place in characters, what
    // pdftotext -layout aligns); no_column on a delimited line, whose cells say where figures are.
    std::uint32_t column = no_column;
    // An empty cell of a delimited row before its first figure or after its last: a blank cell, or padding (of
    // a label merged over several columns, of a short row in a wider table); which, only the row's number of
    // cells can say (table.hpp). An empty cell between two figures is blank.
    bool padding = false;

    static constexpr std::uint32_t no_column = static_cast<std::uint32_t>(-1);
};

// Cuts a line into pieces. A line whose cells are delimited (|, ｜, │ or tabs: text tables, a browser's copy of
// a table) is cut cell by cell, and its empty cells after its label are blank cells (absent, never 0) where the
// line holds a figure: `一、本年新收… | 821 | 35 |  |  | 2 | 1 | 859` is seven cells, the empty
// ones blank.
void cut_line(Line const& line, std::vector<Piece>& out);

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

// Characters of s: the length in code points of a UTF-8 string.
std::size_t code_points(std::string_view s) noexcept;

}  // namespace ogi::import
