#include "pdf.hpp"

#include "code_points.hpp"
#include "figures.hpp"
#include "findings.hpp"
#include "folding.hpp"
#include "grid.hpp"
#include "page_numbers.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ogi::import {

namespace {

// A word of the text layer where it stands, in points; y grows downwards and runs on from page to page, so
// that a table continued on the next page continues in y.
struct Word {
    std::string text;    // as published (trimmed), for the narratives
    std::string folded;  // what figures are read from
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    std::size_t page = 0;       // from 0
    bool figure = false;        // a cell's figure (or blank marker) standing apart from any other word
    double yc() const { return (y0 + y1) / 2; }
    double height() const { return y1 - y0; }
};

double overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

// Where the poppler messages of the current thread's document go (poppler's handler is global; a document is
// read on one thread).
thread_local std::vector<std::string>* poppler_messages = nullptr;

void collect_poppler_message(std::string const& message, void*) {
    if (!poppler_messages || poppler_messages->size() >= 20) return;
    if (poppler_messages->empty() || poppler_messages->back() != message) poppler_messages->push_back(message);
}

// Reports have a few dozen pages; a PDF of thousands is none, and reading it would cost seconds.
constexpr int max_pages = 1000;

// A text box cut where its glyphs stand apart (a box that glues two cells together), each piece folded.
// A page's text turned so that it reads left to right: the page's width and height as shown, and the rotation
// of most of its text (poppler's 0–3, quarter turns clockwise).
struct Upright {
    double width = 0, height = 0;
    int rotation = 0;

    // The page's height once its text is upright.
    double upright_height() const { return rotation % 2 ? width : height; }

    poppler::rectf operator()(poppler::rectf const& r) const {
        switch (rotation) {
        case 1: return {r.top(), width - r.right(), r.height(), r.width()};
        case 2: return {width - r.right(), height - r.bottom(), r.width(), r.height()};
        case 3: return {height - r.bottom(), r.left(), r.height(), r.width()};
        default: return r;
        }
    }
};

void add_word(poppler::text_box const& box, Upright const& upright, std::size_t page, double page_top,
              std::vector<Word>& out) {
    poppler::ustring const u = box.text();
    std::vector<char32_t> chars;
    for (std::size_t i = 0; i < u.size(); ++i) {
        char32_t c = u[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < u.size() && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000)
            c = 0x10000 + ((c - 0xD800) << 10) + (u[++i] - 0xDC00);
        else if (c >= 0xD800 && c < 0xE000)
            c = 0xFFFD;
        chars.push_back(c);
    }
    poppler::rectf const b = upright(box.bbox());
    auto word_of = [&](std::size_t from, std::size_t to, double x0, double x1) {
        std::string utf8;
        for (std::size_t k = from; k < to; ++k) append_utf8(utf8, chars[k]);
        std::string const folded = fold(utf8);
        Word w;
        w.folded = std::string(trim(folded));
        w.text = std::string(trim(utf8));
        w.x0 = x0;
        w.x1 = x1;
        w.y0 = page_top + b.top();
        w.y1 = page_top + b.bottom();
        w.page = page;
        if (!w.folded.empty()) out.push_back(std::move(w));
    };
    // The glyph boxes are one per character when poppler gives them; a gap wider than half the box's height
    // between two glyphs is a cell border, not a space within a word.
    std::size_t from = 0;
    double start = b.left();
    for (std::size_t k = 1; k < chars.size(); ++k) {
        poppler::rectf const prev = upright(box.char_bbox(k - 1)), next = upright(box.char_bbox(k));
        if (prev.width() <= 0 || next.width() <= 0) continue;
        if (next.left() - prev.right() > b.height() / 2) {
            word_of(from, k, start, prev.right());
            from = k;
            start = next.left();
        }
    }
    word_of(from, chars.size(), start, b.right());
}

// Words on one visual line (their vertical extents mostly shared), left to right.
std::vector<std::vector<std::size_t>> visual_lines(std::vector<Word> const& words, std::vector<std::size_t> ids) {
    std::ranges::sort(ids, [&](std::size_t a, std::size_t b) { return words[a].y0 < words[b].y0; });
    std::vector<std::vector<std::size_t>> lines;
    std::vector<std::pair<double, double>> extents;
    for (std::size_t id : ids) {
        Word const& w = words[id];
        bool placed = false;
        for (std::size_t l = lines.size(); l-- > 0 && !placed;) {
            auto& [top, bottom] = extents[l];
            if (bottom < w.y0 - w.height()) break;
            if (overlap(top, bottom, w.y0, w.y1) >= 0.5 * std::min(bottom - top, w.height())) {
                lines[l].push_back(id);
                top = std::min(top, w.y0);
                bottom = std::max(bottom, w.y1);
                placed = true;
            }
        }
        if (!placed) {
            lines.push_back({id});
            extents.emplace_back(w.y0, w.y1);
        }
    }
    for (auto& line : lines) std::ranges::sort(line, [&](std::size_t a, std::size_t b) { return words[a].x0 < words[b].x0; });
    return lines;
}

// The words of a line as text: words touching each other joined, others a space apart.
std::string line_text(std::vector<Word> const& words, std::span<std::size_t const> line) {
    std::string s;
    for (std::size_t k = 0; k < line.size(); ++k) {
        Word const& w = words[line[k]];
        if (k > 0 && w.x0 - words[line[k - 1]].x1 > 0.3 * w.height()) s += ' ';
        s += w.text;
    }
    return s;
}

// The words of one page without its running header, footer and page number, and without a browser's print
// header and footer (date, title, URL, page count in the outer margins, where no report prints its text).
void drop_page_furniture(std::vector<Word>& words, std::size_t first, double page_top, double page_height) {
    std::vector<std::size_t> ids;
    for (std::size_t i = first; i < words.size(); ++i) ids.push_back(i);
    auto lines = visual_lines(words, ids);
    std::vector<bool> drop(words.size() - first, false);
    double const margin = 0.045 * page_height;
    for (auto const& line : lines) {
        double top = words[line.front()].y0 - page_top, bottom = words[line.front()].y1 - page_top;
        for (std::size_t id : line) {
            top = std::min(top, words[id].y0 - page_top);
            bottom = std::max(bottom, words[id].y1 - page_top);
        }
        if (bottom < margin || top > page_height - margin)
            for (std::size_t id : line) drop[id - first] = true;
    }
    // A page number as the first or last line left.
    for (auto const* line : {lines.empty() ? nullptr : &lines.front(), lines.empty() ? nullptr : &lines.back()})
        if (line && is_page_number(fold(line_text(words, *line))))
            for (std::size_t id : *line) drop[id - first] = true;
    std::size_t kept = first;
    for (std::size_t i = first; i < words.size(); ++i)
        if (!drop[i - first]) {
            if (kept != i) words[kept] = std::move(words[i]);
            ++kept;
        }
    words.resize(kept);
}

// A figure of a table stands apart: no other word within a digit's width and more on either side on its line.
// Numbers within sentences (2023年, 第711号) touch their neighbours.
void mark_figures(std::vector<Word>& words) {
    for (Word& w : words) {
        w.figure = w.folded.find(' ') == std::string::npos && parse_figure(w.folded);
    }
    std::vector<std::size_t> ids(words.size());
    for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = i;
    std::ranges::sort(ids, [&](std::size_t a, std::size_t b) { return words[a].y0 < words[b].y0; });
    double tallest = 0;
    for (Word const& w : words) tallest = std::max(tallest, w.height());
    for (std::size_t i = 0; i < words.size(); ++i) {
        Word& w = words[i];
        if (!w.figure) continue;
        // A digit's width: a box's height may be the line's (browsers), wider than the type.
        double const gap = std::max(1.2 * (w.x1 - w.x0) / static_cast<double>(std::max<std::size_t>(code_points(w.folded), 1)), 2.0);
        // Only the words starting at most a word's height above can share its line: the search starts there.
        auto const from = std::ranges::lower_bound(ids, w.y0 - tallest, {}, [&](std::size_t k) { return words[k].y0; });
        for (auto at = from; at != ids.end(); ++at) {  // not a subrange: clang 14 cannot use libstdc++ 12's
            std::size_t const j = *at;
            Word const& o = words[j];
            if (o.y0 > w.y1) break;
            if (j == i || overlap(o.y0, o.y1, w.y0, w.y1) < 0.5 * std::min(o.height(), w.height())) continue;
            if (o.x1 > w.x0 - gap && o.x0 < w.x1 + gap) {
                w.figure = false;
                break;
            }
        }
    }
}

struct Row {
    std::vector<std::size_t> figures;
    double top = 0, bottom = 0, yc = 0;
    std::size_t page = 0;
};

struct Table {
    std::vector<Row> rows;
    double x0 = 0, x1 = 0;  // the figures' horizontal extent
    std::vector<std::pair<double, double>> columns;  // left to right
};

// Rows: the figures sharing a vertical band.
std::vector<Row> figure_rows(std::vector<Word> const& words) {
    std::vector<std::size_t> ids;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i].figure) ids.push_back(i);
    std::ranges::sort(ids, [&](std::size_t a, std::size_t b) { return words[a].yc() < words[b].yc(); });
    std::vector<Row> rows;
    for (std::size_t id : ids) {
        Word const& w = words[id];
        if (rows.empty() || w.yc() - rows.back().yc > 0.5 * w.height()) rows.push_back({{}, w.y0, w.y1, 0, w.page});
        Row& r = rows.back();
        r.figures.push_back(id);
        r.top = std::min(r.top, w.y0);
        r.bottom = std::max(r.bottom, w.y1);
        double sum = 0;
        for (std::size_t f : r.figures) sum += words[f].yc();
        r.yc = sum / static_cast<double>(r.figures.size());
    }
    return rows;
}

double extent_left(std::vector<Word> const& words, Row const& r) {
    double x = INFINITY;
    for (std::size_t f : r.figures) x = std::min(x, words[f].x0);
    return x;
}
double extent_right(std::vector<Word> const& words, Row const& r) {
    double x = -INFINITY;
    for (std::size_t f : r.figures) x = std::max(x, words[f].x1);
    return x;
}

// Tables: runs of rows with nothing between two of them that reaches over their figures (a header repeated,
// a title row, a heading, a paragraph). Labels wrapped in their cells stay left of the figures.
std::vector<Table> tables_of(std::vector<Word> const& words, std::vector<Row> rows) {
    std::vector<Table> tables;
    for (Row& row : rows) {
        double const x0 = extent_left(words, row), x1 = extent_right(words, row);
        bool continues = false;
        if (!tables.empty()) {
            Table const& t = tables.back();
            Row const& last = t.rows.back();
            double const l = std::min(t.x0, x0), r = std::max(t.x1, x1);
            continues = std::ranges::none_of(words, [&](Word const& w) {
                return !w.figure && w.yc() > last.bottom && w.yc() < row.top && overlap(w.x0, w.x1, l, r) > 0;
            });
        }
        if (!continues) tables.push_back({{}, x0, x1, {}});
        Table& t = tables.back();
        t.x0 = std::min(t.x0, x0);
        t.x1 = std::max(t.x1, x1);
        t.rows.push_back(std::move(row));
    }
    return tables;
}

// The text's width on the page of the word: what a paragraph or a heading spans, unlike a header cell.
double text_width(std::vector<Word> const& words, std::size_t page) {
    double l = INFINITY, r = -INFINITY;
    for (Word const& w : words)
        if (w.page == page) l = std::min(l, w.x0), r = std::max(r, w.x1);
    return r - l;
}

// The header cells over a table's columns of figures: the words above its first row, below the table or
// paragraph before it, and not over its labels (a label column's header, a note on the table).
std::vector<std::size_t> header_of(std::vector<Word> const& words, Table const& t, double after) {
    Row const& first = t.rows.front();
    Row const& last = t.rows.back();
    double const width = text_width(words, first.page);
    double ceiling = after;
    for (Word const& w : words)
        if (w.page == first.page && w.yc() < first.top && w.yc() > ceiling && w.x1 - w.x0 > 0.5 * width)
            ceiling = w.yc();
    // Left of the figures are the labels, if the rows have any; else a first column may be blank throughout.
    bool const labelled = std::ranges::any_of(words, [&](Word const& w) {
        return !w.figure && w.yc() > first.top && w.yc() < last.bottom && w.x0 + w.x1 < 2 * t.x0;
    });
    std::vector<std::size_t> header;
    for (std::size_t i = 0; i < words.size(); ++i) {
        Word const& w = words[i];
        if (w.figure || w.page != first.page || w.yc() <= ceiling || w.yc() >= first.top) continue;
        if (!labelled || w.x0 + w.x1 >= 2 * t.x0) header.push_back(i);
    }
    return header;
}

using Extent = std::pair<double, double>;

// Overlapping extents merged, left to right.
std::vector<Extent> merged(std::vector<Extent> spans) {
    std::ranges::sort(spans);
    std::vector<Extent> out;
    for (Extent const& s : spans) {
        if (!out.empty() && s.first < out.back().second)
            out.back().second = std::max(out.back().second, s.second);
        else
            out.push_back(s);
    }
    return out;
}

// Columns: the figures' horizontal extents, each with the header cell over it. A header cell of a single
// column (a merged one, spanning several, reaches over two cells below it that do not reach over each other)
// over no figure belongs to the nearest column of figures that has no header of its own (figures set right or
// left in their cells stand beside their header), else it is a column of its own whose every cell is blank.
std::vector<Extent> columns_of(std::vector<Word> const& words, Table const& t, std::vector<std::size_t> const& header) {
    std::vector<Extent> figures;
    for (Row const& r : t.rows)
        for (std::size_t f : r.figures) figures.emplace_back(words[f].x0, words[f].x1);
    std::vector<Extent> columns = merged(std::move(figures));
    std::vector<Extent> leaves;
    for (std::size_t a : header) {
        Word const& w = words[a];
        std::vector<std::size_t> under;
        for (std::size_t b : header)
            if (words[b].yc() > w.y1 && overlap(w.x0, w.x1, words[b].x0, words[b].x1) > 0) under.push_back(b);
        bool spanning = false;
        for (std::size_t i = 0; i < under.size() && !spanning; ++i)
            for (std::size_t j = i + 1; j < under.size() && !spanning; ++j)
                spanning = overlap(words[under[i]].x0, words[under[i]].x1, words[under[j]].x0, words[under[j]].x1) <= 0;
        if (!spanning) leaves.emplace_back(w.x0, w.x1);
    }
    std::vector<bool> headed(columns.size(), false);
    std::vector<Extent> unheaded_leaves;
    for (Extent const& leaf : merged(std::move(leaves))) {
        std::vector<std::size_t> over;
        for (std::size_t k = 0; k < columns.size(); ++k)
            if (overlap(leaf.first, leaf.second, columns[k].first, columns[k].second) > 0) over.push_back(k);
        if (over.empty()) unheaded_leaves.push_back(leaf);
        for (std::size_t k : over) headed[k] = true;  // over two: a header wider than its cell, no column of its own
    }
    std::vector<Extent> blank;
    for (Extent const& leaf : unheaded_leaves) {
        double const c = (leaf.first + leaf.second) / 2;
        std::optional<std::size_t> nearest;
        for (std::size_t k = 0; k < columns.size(); ++k) {
            if (headed[k]) continue;
            auto d = [&](std::size_t j) { return std::abs((columns[j].first + columns[j].second) / 2 - c); };
            if (!nearest || d(k) < d(*nearest)) nearest = k;
        }
        if (nearest) {
            headed[*nearest] = true;
            columns[*nearest] = {std::min(columns[*nearest].first, leaf.first), std::max(columns[*nearest].second, leaf.second)};
        } else {
            blank.push_back(leaf);
        }
    }
    columns.insert(columns.end(), blank.begin(), blank.end());
    std::ranges::sort(columns);
    return columns;
}

std::size_t column_of(std::vector<std::pair<double, double>> const& columns, Word const& w) {
    double const c = (w.x0 + w.x1) / 2;
    std::size_t best = 0;
    double distance = INFINITY;
    for (std::size_t k = 0; k < columns.size(); ++k) {
        double d = c < columns[k].first ? columns[k].first - c : c > columns[k].second ? c - columns[k].second : 0;
        if (d < distance) distance = d, best = k;
    }
    return best;
}

// A line of the document's text at its place: free text, or a table row as cells.
struct Placed {
    double y = 0;
    std::size_t order = 0;  // ties: the order made
    std::string text;
    std::vector<std::string> cells;
    bool row = false;
};

class PdfReader {
public:
    explicit PdfReader(std::vector<Word> words) : words_(std::move(words)) {}

    MappedText text() {
        mark_figures(words_);
        std::vector<Table> tables = tables_of(words_, figure_rows(words_));
        std::vector<bool> used(words_.size(), false);
        double after = -INFINITY;
        for (Table& t : tables) {
            std::vector<std::size_t> header = header_of(words_, t, after);
            t.columns = columns_of(words_, t, header);
            for (std::size_t h : header) header_[h] = true;
            place_rows(t, used);
            after = t.rows.back().bottom;
        }
        std::vector<std::size_t> rest;
        for (std::size_t i = 0; i < words_.size(); ++i)
            if (!used[i]) rest.push_back(i);
        for (auto const& line : visual_lines(words_, rest)) {
            double y = INFINITY;
            for (std::size_t id : line) y = std::min(y, words_[id].y0);
            placed_.push_back({y, placed_.size(), line_text(words_, line), {}, false});
        }
        std::ranges::sort(placed_, [](Placed const& a, Placed const& b) {
            return a.y != b.y ? a.y < b.y : a.order < b.order;
        });
        MappedText out;
        std::size_t n = 1;
        for (Placed const& p : placed_) {
            out.end_line();
            if (p.row)
                put_table_row(out, p.cells, n);
            else
                out.put(p.text, n);
            ++n;
        }
        out.end_line();
        return out;
    }

private:
    // Each row's cells: its label (the words left of the figures that share its band, wrapped lines included)
    // and one cell per column, empty where nothing stands (a blank cell, never a shifted neighbour).
    void place_rows(Table const& t, std::vector<bool>& used) {
        double const left = t.columns.front().first;
        Row const& first = t.rows.front();
        Row const& last = t.rows.back();
        std::vector<std::vector<std::size_t>> labels(t.rows.size());
        std::vector<std::vector<std::string>> cells(t.rows.size(), std::vector<std::string>(t.columns.size()));
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            for (std::size_t f : t.rows[r].figures) {
                std::string& cell = cells[r][column_of(t.columns, words_[f])];
                cell += (cell.empty() ? "" : " ") + words_[f].text;
                used[f] = true;
            }
        double const h = first.bottom - first.top;
        for (std::size_t i = 0; i < words_.size(); ++i) {
            Word const& w = words_[i];
            if (used[i] || header_[i] || w.yc() < first.top - 0.75 * h || w.yc() > last.bottom + 0.75 * h) continue;
            // The row whose band it shares most, if it shares a third of its height with one row only.
            std::optional<std::size_t> row;
            int rows_met = 0;
            double best = 0;
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                double o = overlap(w.y0, w.y1, t.rows[r].top, t.rows[r].bottom);
                if (o < std::min(w.height(), t.rows[r].bottom - t.rows[r].top) / 3) continue;
                ++rows_met;
                if (o > best) best = o, row = r;
            }
            if (!row || rows_met > 1) continue;
            used[i] = true;
            if (w.x1 <= left || (w.x0 + w.x1) / 2 < left) {
                labels[*row].push_back(i);
            } else {
                std::string& cell = cells[*row][column_of(t.columns, w)];
                cell += (cell.empty() ? "" : " ") + w.text;
            }
        }
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            Placed p{t.rows[r].top, placed_.size(), {}, {}, true};
            std::string label;
            for (auto const& line : visual_lines(words_, labels[r])) {
                if (!label.empty()) label += ' ';
                label += line_text(words_, line);
                for (std::size_t id : line) p.y = std::min(p.y, words_[id].y0);
            }
            if (!label.empty()) p.cells.push_back(std::move(label));
            for (std::string& c : cells[r]) p.cells.push_back(std::move(c));
            placed_.push_back(std::move(p));
        }
    }

    std::vector<Word> words_;
    std::vector<bool> header_ = std::vector<bool>(words_.size(), false);
    std::vector<Placed> placed_;
};

}  // namespace

DocumentText pdf_to_text(std::string_view bytes) {
    static std::once_flag handler;
    std::call_once(handler, [] { poppler::set_debug_error_function(collect_poppler_message, nullptr); });
    std::vector<std::string> messages;
    poppler_messages = &messages;
    struct Detach {
        ~Detach() { poppler_messages = nullptr; }
    } detach;

    DocumentText result;
    auto said = [&] {
        std::string s;
        for (std::string const& m : messages) s += (s.empty() ? "" : "; ") + m;
        return s.empty() ? std::string("no detail") : s;
    };
    if (bytes.size() > INT_MAX) {
        result.findings.push_back(finding(import_rule::pdf_damaged, "PDF 过大，无法打开", "the PDF is too large to open"));
        return result;
    }
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
        result.findings.push_back(finding(import_rule::pdf_damaged, "PDF 已损坏，无法打开（" + said() + "）",
                                          "the PDF is damaged and cannot be opened (" + said() + ")"));
        return result;
    }
    if (doc->is_locked()) {
        result.findings.push_back(finding(import_rule::pdf_encrypted));
        return result;
    }
    int const pages = doc->pages();
    if (pages <= 0) {
        result.findings.push_back(finding(import_rule::pdf_no_text, "PDF 没有页面", "the PDF has no page"));
        return result;
    }
    if (pages > max_pages) {
        result.findings.push_back(finding(import_rule::too_large,
                                          "PDF 有 " + std::to_string(pages) + " 页，超过上限 " + std::to_string(max_pages),
                                          "the PDF has " + std::to_string(pages) + " pages, more than the limit of " +
                                              std::to_string(max_pages)));
        return result;
    }
    std::vector<Word> words;
    std::vector<int> empty_pages;
    double page_top = 0;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) continue;
        // The text's positions are on the page as shown (its /Rotate applied); text running down or up the page
        // (a landscape table printed turned) is turned upright first.
        poppler::rectf const box = page->page_rect(poppler::media_box);
        bool const turned = page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape;
        std::vector<poppler::text_box> const boxes = page->text_list();
        std::array<std::size_t, 4> rotations{};
        for (poppler::text_box const& b : boxes) ++rotations[static_cast<std::size_t>(b.rotation() & 3)];
        Upright const upright{turned ? box.height() : box.width(), turned ? box.width() : box.height(),
                              static_cast<int>(std::ranges::max_element(rotations) - rotations.begin())};
        double const height = upright.upright_height();
        std::size_t const first = words.size();
        for (poppler::text_box const& b : boxes) add_word(b, upright, static_cast<std::size_t>(i), page_top, words);
        if (words.size() == first) empty_pages.push_back(i + 1);
        drop_page_furniture(words, first, page_top, height);
        page_top += height + 1;
    }
    if (words.empty()) {
        result.findings.push_back(finding(import_rule::pdf_no_text));
        return result;
    }
    result.findings.push_back(finding(import_rule::pdf));
    for (int p : empty_pages)
        result.findings.push_back(finding(import_rule::pdf_page_no_text,
                                          "第 " + std::to_string(p) + " 页没有文字：若是扫描页，其中的表格未读取",
                                          "page " + std::to_string(p) + " has no text: if it is a scan, its tables are not read"));
    for (std::string const& m : messages)
        result.findings.push_back(finding(import_rule::pdf_message, "PDF 解析提示：" + m, "PDF parser: " + m));
    result.text = PdfReader(std::move(words)).text();
    return result;
}

}  // namespace ogi::import
