#include "line_cutting.hpp"

#include "code_points.hpp"
#include "numbering.hpp"

#include <algorithm>
#include <string_view>

namespace ogi::import {

namespace {

// Cuts folded text into the pieces of one line: runs of label text and figures.
class LineCutter {
public:
    LineCutter(Line const& line, std::vector<Piece>& out)
        : line_(line.number), page_(static_cast<std::uint32_t>(line.page)), out_(out) {}

    // The space-separated chunks of s. columns: s is the whole line of layout text, whose figures' places are
    // kept.
    void chunks(std::string_view s, bool columns) {
        for (std::size_t i = 0; i < s.size();) {
            while (i < s.size() && s[i] == ' ') ++i;
            std::size_t j = i;
            while (j < s.size() && s[j] != ' ') ++j;
            if (i == j) break;
            std::string_view chunk = s.substr(i, j - i);
            std::size_t const at = i;
            i = j;
            // A rule of a text table (------, +----+----+, ====): neither a figure nor a label.
            if (chunk.size() >= 3 && chunk.find_first_not_of("-=+_:") == std::string_view::npos) continue;
            if (auto unit = parse_unit(chunk); unit && !out_.empty() && out_.back().figure && !run_open_ &&
                                               out_.back().line == line_ && !out_.back().figure->unit) {
                out_.back().figure->unit = unit;  // "456880 元": the unit printed apart from its figure
                continue;
            }
            if (auto f = parse_figure(chunk)) {
                // A slash or dash between words is part of them (本年增 / 减), not a blank cell.
                std::size_t k = i;
                while (k < s.size() && s[k] == ' ') ++k;
                std::string_view next = s.substr(k, s.find(' ', k) - k);
                if (f->blank && run_open_ && !next.empty() && !parse_figure(next) && !parse_unit(next)) {
                    label_chunk(chunk);
                    continue;
                }
                figure(chunk, std::move(*f));
                if (columns && at < Piece::no_column) out_.back().column = static_cast<std::uint32_t>(at);
                continue;
            }
            // Label text with a figure glued to its end ("规章0", "政府集中采购9元"): labels hold no digits after
            // their numbering, so text that has some (a date: 2025年1月) keeps its digits.
            std::size_t d = chunk.size();
            constexpr std::string_view yuan = "元";
            if (chunk.back() == yuan.back() && chunk.ends_with(yuan)) {  // told by its last byte: most chunks end otherwise
                std::size_t unit = chunk.ends_with("万元") ? std::string_view("万元").size() : yuan.size();
                if (chunk.size() > unit && is_digit(chunk[chunk.size() - unit - 1])) d -= unit;
            }
            while (d > 0 && (is_digit(chunk[d - 1]) || chunk[d - 1] == '.' || chunk[d - 1] == ',')) --d;
            auto numbering = numbering_at(chunk);
            std::string_view label = chunk.substr(0, d).substr(numbering && numbering->length <= d ? numbering->length : 0);
            bool label_has_digits = std::ranges::any_of(label, is_digit);
            // After a character of the label, or its closing bracket (…不计其他情形）9).
            if (d > 0 && d < chunk.size() && (static_cast<unsigned char>(chunk[d - 1]) >= 0x80 || chunk[d - 1] == ')') &&
                !label_has_digits) {
                if (auto f = parse_figure(chunk.substr(d))) {
                    label_chunk(chunk.substr(0, d));
                    figure(chunk.substr(d), std::move(*f));
                    continue;
                }
            }
            label_chunk(chunk);
        }
    }

    // An empty cell of a delimited row: a blank cell, or padding where it may be a merged label's.
    void empty_cell(bool padding) {
        PrintedFigure blank;
        blank.blank = true;
        figure("", std::move(blank));
        out_.back().padding = padding;
    }

private:
    void label_chunk(std::string_view t) {
        if (!run_open_) out_.push_back({line_, page_, {}, std::nullopt, {}});
        out_.back().chunks.push_back(out_.back().folded.size());
        out_.back().folded.append(t);
        run_open_ = true;
    }
    void figure(std::string_view chunk, PrintedFigure f) {
        out_.push_back({line_, page_, std::string(chunk), std::move(f), {}});
        run_open_ = false;
    }

    std::size_t line_;
    std::uint32_t page_;
    std::vector<Piece>& out_;
    bool run_open_ = false;  // the last piece is this line's text run, still growing
};

// The delimiters of text tables' cells: |, ｜ (full-width), │ (box drawing), tab.
constexpr std::string_view full_width_bar = "\xEF\xBD\x9C", box_bar = "\xE2\x94\x82";

// The length of the delimiter at s[i], or 0.
std::size_t delimiter_at(std::string_view s, std::size_t i) noexcept {
    char const c = s[i];
    if (c == '|' || c == '\t') return 1;
    if (c == '\xEF' && s.substr(i, 3) == full_width_bar) return 3;
    if (c == '\xE2' && s.substr(i, 3) == box_bar) return 3;
    return 0;
}

// The cells of a delimited line, folded and trimmed; a delimiter that opens or closes the line is a border,
// not the edge of an empty cell.
std::vector<std::string> delimited_cells(std::string_view raw) {
    std::vector<std::string> cells;
    std::size_t from = 0;
    bool opened = false;
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t n = delimiter_at(raw, i);
        if (!n) {
            ++i;
            continue;
        }
        std::string cell(trim(fold(raw.substr(from, i - from))));
        if (!(cells.empty() && !opened && cell.empty() && raw[i] != '\t')) cells.push_back(std::move(cell));  // a border
        opened = true;
        i += n;
        from = i;
    }
    std::string last(trim(fold(raw.substr(from))));
    if (!last.empty() || (from > 0 && raw[from - 1] == '\t'))  // a tab before an empty end: an empty cell
        cells.push_back(std::move(last));
    return cells;
}

}  // namespace

void cut_line(Line const& line, std::vector<Piece>& out) {
    LineCutter cutter(line, out);
    if (!line.delimited) return cutter.chunks(line.folded, true);
    std::vector<std::string> cells = delimited_cells(line.raw);
    auto starts_with_figure = [](std::string const& c) {
        return !c.empty() && parse_figure(std::string_view(c).substr(0, c.find(' '))).has_value();
    };
    // Empty cells are cells of figures only on a line that holds a figure (a header's or a group label's are
    // not), after the row's label or first figure, and not before more label text (（三）不予公开 |  | 1.属于…).
    if (std::ranges::none_of(cells, starts_with_figure)) {
        for (std::string const& cell : cells) cutter.chunks(cell, false);
        return;
    }
    std::vector<bool> text_follows(cells.size() + 1, false);  // the next cell that is not empty is label text
    for (std::size_t c = cells.size(); c-- > 0;)
        text_follows[c] = cells[c].empty() ? text_follows[c + 1] : !starts_with_figure(cells[c]);
    bool started = false, figured = false;  // a label or a figure seen; a figure seen
    std::vector<std::size_t> since_figure;  // empty cells after the last figure: padding unless a figure follows
    for (std::size_t c = 0; c < cells.size(); ++c) {
        std::string const& cell = cells[c];
        if (cell.empty()) {
            if (!started || text_follows[c]) continue;
            cutter.empty_cell(true);
            if (figured) since_figure.push_back(out.size() - 1);
            continue;
        }
        started = true;
        bool figure = starts_with_figure(cell);
        cutter.chunks(cell, false);
        if (!figure) continue;
        figured = true;
        // Empty cells between two figures are blank cells, certainly.
        for (std::size_t p : since_figure) out[p].padding = false;
        since_figure.clear();
    }
}

}  // namespace ogi::import
