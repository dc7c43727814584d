#include "table.hpp"

#include "code_points.hpp"
#include "keys.hpp"
#include "page_numbers.hpp"
#include "sections.hpp"

#include <algorithm>

namespace ogi::import {

namespace {

// Labels are short: comparing a bounded prefix keeps the work linear on any line, however long.
constexpr std::size_t compared_bytes = 240;
constexpr std::size_t first_bytes = 12;  // enough for a character after a few spaces or punctuation

// The number of leading code points two keys share.
std::size_t common_prefix(std::string_view a, std::string_view b) noexcept {
    std::size_t n = std::min(a.size(), b.size()), i = 0;
    while (i < n && a[i] == b[i]) ++i;
    while (i > 0 && i < a.size() && (static_cast<unsigned char>(a[i]) & 0xC0) == 0x80) --i;  // whole characters
    return code_points(a.substr(0, i));
}

// Whether a piece is a run of label text (not a figure).
bool is_label(Piece const& p) noexcept { return !p.figure.has_value(); }

// Whether the figure pieces idx are printed together: no label text between the first and the last.
bool contiguous(TablePieces const& table, std::vector<std::size_t> const& idx) {
    if (idx.empty()) return true;
    for (std::size_t i = idx.front(); i <= idx.back(); ++i)
        if (is_label(table.pieces[i])) return false;
    return true;
}

std::vector<PrintedFigure> figures_at(TablePieces const& table, std::vector<std::size_t> const& idx) {
    std::vector<PrintedFigure> out;
    out.reserve(idx.size());
    for (std::size_t i : idx) out.push_back(*table.pieces[i].figure);
    return out;
}

// Empty cells of a delimited row at the edges of its figures are padding where the row has more cells than
// columns: all of them when they are exactly the excess; else those before the first figure when none follow
// the last (a table's columns end at its right edge), those after the last when none precede the first (its
// columns start after the label); else which ones are padding is not certain and the row keeps them all.
void drop_padding(TablePieces const& table, std::vector<std::size_t>& idx, std::size_t want) {
    if (idx.size() <= want) return;
    auto padding = [&](std::size_t k) { return table.pieces[idx[k]].padding; };
    std::size_t leading = 0, trailing = 0;
    while (leading < idx.size() && padding(leading)) ++leading;
    while (trailing < idx.size() - leading && padding(idx.size() - 1 - trailing)) ++trailing;
    std::size_t const excess = idx.size() - want;
    auto drop = [&](std::size_t front, std::size_t back) {
        idx.erase(idx.end() - static_cast<std::ptrdiff_t>(back), idx.end());
        idx.erase(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(front));
    };
    if (excess == leading + trailing)
        drop(leading, trailing);
    else if (trailing == 0 && excess <= leading)
        drop(excess, 0);
    else if (leading == 0 && excess <= trailing)
        drop(0, excess);
}

// Where a figure of layout text starts on its line, in characters: counted only for the few rows read by their
// columns, from the line it was cut from.
std::size_t column_of(TablePieces const& table, Piece const& p) {
    std::size_t k = p.line - table.lines.front().number;  // layout text: lines numbered one after the other
    return k < table.lines.size() ? code_points(table.lines[k].folded.substr(0, p.column)) : p.column;
}

// Whether the figure pieces idx stand on one line of layout text, with their columns.
bool on_one_layout_line(TablePieces const& table, std::vector<std::size_t> const& idx) {
    return !idx.empty() && std::ranges::all_of(idx, [&](std::size_t i) {
        Piece const& p = table.pieces[i];
        return p.line == table.pieces[idx.front()].line && p.column != Piece::no_column;
    });
}

// A row of layout text with fewer figures than columns, read by where its figures stand: each must stand in
// exactly one column of each reference row (a full row of the block, on the same page), the same column for
// every reference, the first figure in the first column and the last in the last, so that only cells between
// two figures are blank. nullopt when that is not so.
std::optional<std::vector<PrintedFigure>> by_columns(TablePieces const& table, std::vector<std::size_t> const& idx,
                                                     std::size_t want,
                                                     std::span<std::vector<std::size_t> const* const> references) {
    if (references.empty() || table.lines.empty() || idx.size() < 2 || idx.size() >= want ||
        !on_one_layout_line(table, idx) ||
        !contiguous(table, idx))
        return std::nullopt;
    // Where each figure stands in characters; touching counts (extraction shifts a column by one).
    auto span_of = [&](Piece const& p) {
        std::size_t start = column_of(table, p);
        return std::pair{start, start + code_points(p.folded)};
    };
    auto overlap = [&](Piece const& a, Piece const& b) {
        auto [a0, a1] = span_of(a);
        auto [b0, b1] = span_of(b);
        return a0 <= b1 && b0 <= a1;
    };
    std::optional<std::vector<std::size_t>> placed;
    for (std::vector<std::size_t> const* reference : references) {
        std::vector<std::size_t> at;
        for (std::size_t i : idx) {
            std::size_t found = 0, column = 0;
            for (std::size_t c = 0; c < want; ++c) {
                if (!overlap(table.pieces[i], table.pieces[(*reference)[c]])) continue;
                ++found;
                column = c;
            }
            if (found != 1 || (!at.empty() && column <= at.back())) return std::nullopt;
            at.push_back(column);
        }
        if (at.front() != 0 || at.back() != want - 1 || (placed && *placed != at)) return std::nullopt;
        placed = std::move(at);
    }
    std::vector<PrintedFigure> figures(want);
    for (PrintedFigure& f : figures) f.blank = true;
    for (std::size_t k = 0; k < idx.size(); ++k) figures[(*placed)[k]] = *table.pieces[idx[k]].figure;
    return figures;
}

// The figures idx cut into groups of the given sizes (a labelled row's, then the unlabelled rows' after it, in
// the official order), when they are exactly that many, each group printed together and starting on a line
// after the group before: rows of their own. nullopt otherwise.
std::optional<std::vector<std::vector<std::size_t>>> groups_by_order(TablePieces const& table,
                                                                     std::vector<std::size_t> const& idx,
                                                                     std::vector<std::size_t> const& sizes) {
    std::size_t total = 0;
    for (std::size_t n : sizes) total += n;
    if (sizes.size() < 2 || total != idx.size()) return std::nullopt;
    std::vector<std::vector<std::size_t>> groups;
    std::size_t next = 0;
    for (std::size_t n : sizes) {
        std::vector<std::size_t> group(idx.begin() + static_cast<std::ptrdiff_t>(next),
                                       idx.begin() + static_cast<std::ptrdiff_t>(next + n));
        next += n;
        if (group.empty() || !contiguous(table, group) ||
            (!groups.empty() && table.pieces[group.front()].line <= table.pieces[groups.back().back()].line))
            return std::nullopt;
        groups.push_back(std::move(group));
    }
    return groups;
}

}  // namespace

RowLabel row_label(std::string_view official) {
    std::string folded = fold(official);
    RowLabel label;
    label.numbering = numbering_at(folded);
    label.body = key(std::string_view(folded).substr(label.numbering ? label.numbering->length : 0));
    label.length = code_points(label.body);
    return label;
}

// Running headers are told by a title phrase; each ends in 告, so a line without 告 needs no key.
static_assert(std::ranges::all_of(title_phrases, [](std::string_view p) { return p.ends_with("告"); }));

TablePieces table_pieces(std::span<Line const> lines) {
    TablePieces t;
    t.lines = lines;
    if (!lines.empty()) t.first_line = lines.front().number;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line const& line = lines[i];
        if (is_page_number(line.folded) || is_page_footer(line, lines.subspan(i + 1)) ||
            (line.folded.find("告") != std::string_view::npos && find_title_phrase(key(line.folded)) != std::string::npos))
            continue;
        cut_line(line, t.pieces);
    }
    return t;
}

std::vector<Anchor> find_numbered_anchors(TablePieces const& table, std::span<RowLabel const> labels) {
    std::vector<Anchor> anchors;
    for (std::size_t p = 0; p < table.pieces.size(); ++p) {
        Piece const& piece = table.pieces[p];
        if (!is_label(piece)) continue;
        std::string_view run = piece.folded;
        std::size_t chunk = 0;  // the next chunk start at or after `at`
        for (std::size_t at = 0; at < run.size(); ++at) {
            if ((static_cast<unsigned char>(run[at]) & 0xC0) == 0x80) continue;
            while (chunk < piece.chunks.size() && piece.chunks[chunk] < at) ++chunk;
            bool chunk_start = chunk < piece.chunks.size() && piece.chunks[chunk] == at;
            auto numbering = numbering_at(run.substr(at));
            if (!numbering && !chunk_start) continue;  // an unnumbered label starts a chunk (不予公开 属于国家秘密)
            std::size_t body_at = at + (numbering ? numbering->length : 0);
            // Most positions start no label: their first character starts none.
            std::string_view first = first_key_character(run.substr(body_at, first_bytes));
            if (first.empty() ||
                std::ranges::none_of(labels, [&](RowLabel const& l) { return l.body.starts_with(first); }))
                continue;
            std::string body = key(run.substr(body_at, compared_bytes));
            std::size_t best = 0, best_row = 0;
            bool tie = false;
            for (std::size_t r = 0; r < labels.size(); ++r) {
                RowLabel const& label = labels[r];
                std::size_t shared = common_prefix(body, label.body);
                std::size_t whole = label.length;
                bool match = numbering ? (label.numbering == numbering && shared >= std::min<std::size_t>(whole, 2))
                                       : (shared >= 4 && (shared == whole || shared >= 5));
                if (!match || shared < best) continue;
                tie = shared == best;
                best = shared;
                best_row = r;
            }
            if (best > 0 && !tie) {
                anchors.push_back({best_row, p, at});
                at = body_at;  // the label's own text holds no further start
            }
        }
    }
    return anchors;
}

std::vector<Anchor> find_run_anchors(TablePieces const& table, std::span<std::vector<RowLabel> const> labels) {
    std::vector<Anchor> anchors;
    for (std::size_t p = 0; p < table.pieces.size(); ++p) {
        if (!is_label(table.pieces[p])) continue;
        std::string run_key = key(std::string_view(table.pieces[p].folded).substr(0, compared_bytes));
        std::size_t const run_length = code_points(run_key);
        std::size_t best = 0, best_row = 0;
        for (std::size_t r = 0; r < labels.size(); ++r) {
            for (RowLabel const& label : labels[r]) {
                std::size_t whole = label.length;
                std::size_t shared = common_prefix(run_key, label.body);
                bool match = shared == whole || (shared == run_length && shared >= 4);
                if (match && shared > best) {
                    best = shared;
                    best_row = r;
                }
            }
        }
        if (best > 0) anchors.push_back({best_row, p, 0});
    }
    return anchors;
}

namespace {

// read_rows in its phases: the rows opened by their labels, the blocks a stop ends, each label's span of
// figures, each opened row read, then the figures by position where labels were printed apart from them.
class RowReader {
public:
    RowReader(TablePieces const& table, std::span<std::size_t const> columns, ReadOptions const& options)
        : table_(table), columns_(columns), options_(options), times_(columns.size(), 0), spans_(columns.size()),
          read_(columns.size(), false) {
        reading_.rows.resize(columns.size());
    }

    TableReading read(std::vector<Anchor> const& anchors) {
        open_rows(anchors);
        find_blocks();
        find_spans();
        for (std::size_t k = 0; k < opened_.size(); ++k) read_opened_row(k);
        if (complete() && !displaced_) return done();
        if (options_.allow_by_position && read_by_position()) return done();
        if (displaced_) drop_displaced();
        return done();
    }

private:
    // The anchors that open rows in table order; a label of an earlier row after a later one means labels
    // and figures were printed apart.
    void open_rows(std::vector<Anchor> const& anchors) {
        for (Anchor const& a : anchors) {
            if (!options_.in_table_order || opened_.empty() || a.row > opened_.back().row) {
                opened_.push_back(a);
                ++times_[a.row];
            } else if (a.row < opened_.back().row) {
                displaced_ = true;
            }
        }
    }

    // Blocks end at a stop (the caption of the next table of 二); a row's figures never cross one.
    void find_blocks() {
        std::size_t const n = table_.pieces.size();
        block_start_.assign(n + 1, 0);
        block_end_.assign(n + 1, n);
        for (std::size_t p = 0; p < n; ++p) {
            bool stop = !options_.stop_key.empty() && is_label(table_.pieces[p]) &&
                        key_starts_with(std::string_view(table_.pieces[p].folded).substr(0, compared_bytes),
                                        options_.stop_key);
            block_start_[p + 1] = stop ? p + 1 : block_start_[p];
        }
        for (std::size_t p = n; p-- > 0;) block_end_[p] = block_start_[p + 1] == p + 1 ? p : block_end_[p + 1];
    }

    // The figure pieces of [begin, end).
    std::vector<std::size_t> figures_in(std::size_t begin, std::size_t end) const {
        std::vector<std::size_t> idx;
        for (std::size_t p = begin; p < end; ++p)
            if (!is_label(table_.pieces[p])) idx.push_back(p);
        return idx;
    }

    // Each label's figures follow it (layout text, Word, web pages) or, in plain pdftotext of cells whose
    // label sits lower than their figures, precede it. Which, the figures outside every label's reach say:
    // figures before a block's first label mean "before"; both before the first and after the last, neither.
    void find_spans() {
        after_.resize(opened_.size());
        before_.resize(opened_.size());
        bool figures_trail = false;
        for (std::size_t k = 0; k < opened_.size(); ++k) {
            std::size_t p = opened_[k].piece;
            bool first = k == 0 || opened_[k - 1].piece < block_start_[p];
            bool last = k + 1 == opened_.size() || opened_[k + 1].piece >= block_end_[p];
            after_[k] = figures_in(p + 1, last ? block_end_[p] : opened_[k + 1].piece);
            before_[k] = figures_in(first ? block_start_[p] : opened_[k - 1].piece + 1, p);
            figures_lead_ = figures_lead_ || (first && !before_[k].empty());
            figures_trail = figures_trail || (last && !after_[k].empty());
        }
        ambiguous_ = figures_lead_ && figures_trail;
    }

    // The figures of opened row k: those after its label, or before it.
    std::vector<std::size_t> const& span_of(std::size_t k) const { return figures_lead_ ? before_[k] : after_[k]; }

    // The full rows of layout text that rows with blank cells are read against: for each opened row, its
    // figures when they are as many as its columns, on one line.
    bool full_row(std::size_t k) const {
        std::size_t want = columns_[opened_[k].row];
        return want > 0 && span_of(k).size() == want && on_one_layout_line(table_, span_of(k)) &&
               contiguous(table_, span_of(k));
    }

    // The nearest full rows before and after opened row k with as many columns, in its block and on its page.
    std::vector<std::vector<std::size_t> const*> references(std::size_t k, std::vector<std::size_t> const& idx) const {
        std::vector<std::vector<std::size_t> const*> found;
        if (!options_.by_columns || !table_.aligned || idx.empty()) return found;
        Piece const& first = table_.pieces[idx.front()];
        auto fits = [&](std::size_t j) {
            if (columns_[opened_[j].row] != columns_[opened_[k].row] || !full_row(j)) return false;
            std::size_t const start = span_of(j).front();  // a full row has its figures
            return table_.pieces[start].page == first.page && block_start_[start] == block_start_[idx.front()];
        };
        for (std::size_t j = k; j-- > 0;)
            if (fits(j)) {
                found.push_back(&span_of(j));
                break;
            }
        for (std::size_t j = k + 1; j < opened_.size(); ++j)
            if (fits(j)) {
                found.push_back(&span_of(j));
                break;
            }
        return found;
    }

    // The rows between opened row k and the next (or the table's end) that no label opened and that have
    // figures: what figures beyond row k's own may belong to, by the official order alone.
    std::vector<std::size_t> unlabelled_after(std::size_t k) const {
        std::vector<std::size_t> rows;
        std::size_t end = k + 1 < opened_.size() ? opened_[k + 1].row : columns_.size();
        for (std::size_t r = opened_[k].row + 1; r < end; ++r)
            if (columns_[r] > 0 && times_[r] == 0) rows.push_back(r);
        return rows;
    }

    // Opened row k: read by the columns of the full rows near it, by the official order with the unlabelled
    // rows after it, or from its span when that holds exactly its figures; else why not.
    void read_opened_row(std::size_t k) {
        Anchor const& a = opened_[k];
        std::vector<std::size_t>& idx = spans_[a.row];
        idx.insert(idx.end(), span_of(k).begin(), span_of(k).end());
        RowFigures& row = reading_.rows[a.row];
        row.line = table_.pieces[a.piece].line;
        std::size_t want = columns_[a.row];
        drop_padding(table_, idx, want);
        row.found = idx.size();
        if (!ambiguous_ && times_[a.row] == 1 && idx.size() < want && idx.size() >= 2 &&
            on_one_layout_line(table_, idx)) {
            auto refs = references(k, idx);
            if (auto figures = by_columns(table_, idx, want, refs)) {
                read_[a.row] = true;
                row.figures = std::move(figures);
                return;
            }
        }
        if (!ambiguous_ && !figures_lead_ && options_.by_order && times_[a.row] == 1 && want > 0 && idx.size() > want) {
            std::vector<std::size_t> rows = unlabelled_after(k), sizes{want};
            for (std::size_t r : rows) sizes.push_back(columns_[r]);
            if (auto groups = groups_by_order(table_, idx, sizes)) {
                for (std::size_t g = 0; g < groups->size(); ++g) {
                    std::size_t r = g == 0 ? a.row : rows[g - 1];
                    spans_[r] = (*groups)[g];
                    read_[r] = true;
                    reading_.rows[r].figures = figures_at(table_, spans_[r]);
                    reading_.rows[r].found = spans_[r].size();
                    if (g == 0) continue;
                    reading_.rows[r].line = table_.pieces[spans_[r].front()].line;
                    reading_.by_order.push_back(r);
                }
                return;
            }
        }
        if (ambiguous_) {
            row.why_zh = "表中数字有的在行名之前、有的在行名之后，无法确定归属";
            row.why_en =
                "figures are printed both before and after the labels: which row they belong to is not certain";
        } else if (times_[a.row] > 1) {
            row.why_zh = "该行行名出现多次";
            row.why_en = "the row's label is printed more than once";
        } else if (idx.size() == want && contiguous(table_, idx)) {
            read_[a.row] = true;
            row.figures = figures_at(table_, idx);
            row.why_zh.clear();
            row.why_en.clear();
        } else if (idx.size() != want) {
            if (options_.keep_printed && idx.size() < want && contiguous(table_, idx))
                row.printed = figures_at(table_, idx);
            row.why_zh = "该行有 " + std::to_string(idx.size()) + " 个数字，应有 " + std::to_string(want) + " 个";
            row.why_en = "the row has " + std::to_string(idx.size()) + " figures where " + std::to_string(want) +
                         " are expected";
        } else {
            row.why_zh = "该行数字之间夹有文字";
            row.why_en = "label text is printed between the row's figures";
        }
    }

    // Whether every row with columns was read, and no group label holds figures.
    bool complete() const {
        bool complete = !ambiguous_;
        for (std::size_t r = 0; r < columns_.size(); ++r)
            complete = complete && (columns_[r] == 0 ? spans_[r].empty() : read_[r]);
        return complete;
    }

    // Labels printed apart from their figures (plain pdftotext): the figures still come in table order.
    // Assign them by position only when their number is exactly that of the table's cells, each row's
    // figures printed together, and every row whose label sits beside its figures gets those very figures.
    bool read_by_position() {
        std::vector<std::size_t> all = figures_in(0, table_.pieces.size());
        std::size_t cells = 0;
        for (std::size_t c : columns_) cells += c;
        if (all.size() != cells) return false;
        std::vector<std::vector<std::size_t>> groups(columns_.size());
        std::size_t next = 0, agreeing = 0;
        bool consistent = true;
        for (std::size_t r = 0; r < columns_.size(); ++r) {
            groups[r].assign(all.begin() + static_cast<std::ptrdiff_t>(next),
                             all.begin() + static_cast<std::ptrdiff_t>(next + columns_[r]));
            next += columns_[r];
            consistent = consistent && contiguous(table_, groups[r]);
            if (read_[r]) {
                consistent = consistent && groups[r] == spans_[r];
                ++agreeing;
            }
        }
        if (!consistent || agreeing < 2) return false;
        reading_.by_position = true;
        reading_.by_order.clear();
        for (std::size_t r = 0; r < columns_.size(); ++r) {
            if (columns_[r] == 0) continue;
            reading_.rows[r].figures = figures_at(table_, groups[r]);
            reading_.rows[r].why_zh.clear();
            reading_.rows[r].why_en.clear();
        }
        return true;
    }

    // With labels out of place, a row's neighbouring figures may be another row's: read nothing.
    void drop_displaced() {
        reading_.by_order.clear();
        for (RowFigures& row : reading_.rows) {
            if (!row.figures) continue;
            row.figures.reset();
            row.why_zh = "行名与数字分离，且数字个数与表格不符，无法对应";
            row.why_en = "labels are printed apart from the figures and the figures do not fill the table exactly";
        }
    }

    // Rows left without figures and without a label found say so, once all is read: most rows are found.
    TableReading done() {
        for (RowFigures& row : reading_.rows) {
            if (row.figures || row.line) continue;
            row.why_zh = "未找到该行的行名";
            row.why_en = "the row's label was not found";
        }
        return std::move(reading_);
    }

    TablePieces const& table_;
    std::span<std::size_t const> columns_;
    ReadOptions const& options_;
    TableReading reading_;
    std::vector<Anchor> opened_;
    bool displaced_ = false;
    std::vector<std::size_t> times_;  // how often each row's label opened a row
    std::vector<std::size_t> block_start_, block_end_;  // per piece
    std::vector<std::vector<std::size_t>> after_, before_;  // per opened row: the figures after, before its label
    bool figures_lead_ = false, ambiguous_ = false;
    std::vector<std::vector<std::size_t>> spans_;  // per row: the figures it was given
    std::vector<bool> read_;
};

}  // namespace

TableReading read_rows(TablePieces const& table, std::vector<Anchor> const& anchors, std::span<std::size_t const> columns,
                       ReadOptions const& options) {
    return RowReader(table, columns, options).read(anchors);
}

std::optional<std::vector<PrintedFigure>> read_single_row(TablePieces const& table, std::size_t count,
                                                          std::string& why_zh, std::string& why_en, std::size_t& line) {
    std::vector<std::size_t> idx;
    for (std::size_t p = 0; p < table.pieces.size(); ++p)
        if (!is_label(table.pieces[p])) idx.push_back(p);
    line = idx.empty() ? table.first_line : table.pieces[idx.front()].line;
    if (table.pieces.empty()) {
        why_zh = "未找到该部分";
        why_en = "the section was not found";
        return std::nullopt;
    }
    if (idx.size() != count) {
        why_zh = "表中有 " + std::to_string(idx.size()) + " 个数字，应有 " + std::to_string(count) + " 个";
        why_en =
            "the table has " + std::to_string(idx.size()) + " figures where " + std::to_string(count) + " are expected";
        return std::nullopt;
    }
    if (!contiguous(table, idx)) {
        why_zh = "数字之间夹有表头文字，列的顺序无法确定";
        why_en = "header text is printed between the figures: their columns are not certain";
        return std::nullopt;
    }
    return figures_at(table, idx);
}

}  // namespace ogi::import
