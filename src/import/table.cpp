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

bool is_text(Piece const& p) noexcept { return !p.figure.has_value(); }

// Whether the figure pieces idx are printed together: no label text between the first and the last.
bool contiguous(TablePieces const& table, std::vector<std::size_t> const& idx) {
    if (idx.empty()) return true;
    for (std::size_t i = idx.front(); i <= idx.back(); ++i)
        if (is_text(table.pieces[i])) return false;
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
    return k < table.lines.size() ? code_points(table.lines[k].text.substr(0, p.column)) : p.column;
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
        return std::pair{start, start + code_points(p.text)};
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
        if (is_page_number(line.text) || is_page_footer(line, lines.subspan(i + 1)) ||
            (line.text.find("告") != std::string_view::npos && find_title_phrase(key(line.text)) != std::string::npos))
            continue;
        cut_line(line, t.pieces);
    }
    return t;
}

std::vector<Anchor> find_numbered_anchors(TablePieces const& table, std::span<RowLabel const> labels) {
    std::vector<Anchor> anchors;
    for (std::size_t p = 0; p < table.pieces.size(); ++p) {
        Piece const& piece = table.pieces[p];
        if (!is_text(piece)) continue;
        std::string_view run = piece.text;
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
        if (!is_text(table.pieces[p])) continue;
        std::string run_key = key(std::string_view(table.pieces[p].text).substr(0, compared_bytes));
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

TableReading read_rows(TablePieces const& table, std::vector<Anchor> const& anchors, std::span<std::size_t const> columns,
                       ReadOptions const& options) {
    TableReading reading;
    reading.rows.resize(columns.size());
    // Rows left without figures and without a label found say so, once all is read: most rows are found.
    auto done = [&] {
        for (RowFigures& row : reading.rows) {
            if (row.figures || row.line) continue;
            row.why_zh = "未找到该行的行名";
            row.why_en = "the row's label was not found";
        }
        return std::move(reading);
    };

    // The anchors that open rows in table order; a label of an earlier row after a later one means labels
    // and figures were printed apart.
    std::vector<Anchor> opened;
    bool displaced = false;
    std::vector<std::size_t> times(columns.size(), 0);
    for (Anchor const& a : anchors) {
        if (!options.in_table_order || opened.empty() || a.row > opened.back().row) {
            opened.push_back(a);
            ++times[a.row];
        } else if (a.row < opened.back().row) {
            displaced = true;
        }
    }

    // Blocks end at a stop (the caption of the next table of 二); a row's figures never cross one.
    std::size_t n = table.pieces.size();
    std::vector<std::size_t> block_start(n + 1, 0), block_end(n + 1, n);
    for (std::size_t p = 0; p < n; ++p) {
        bool stop = !options.stop_key.empty() && is_text(table.pieces[p]) &&
                    key_starts_with(std::string_view(table.pieces[p].text).substr(0, compared_bytes), options.stop_key);
        block_start[p + 1] = stop ? p + 1 : block_start[p];
    }
    for (std::size_t p = n; p-- > 0;) block_end[p] = block_start[p + 1] == p + 1 ? p : block_end[p + 1];
    auto figures_in = [&](std::size_t begin, std::size_t end) {  // the figure pieces of [begin, end)
        std::vector<std::size_t> idx;
        for (std::size_t p = begin; p < end; ++p)
            if (!is_text(table.pieces[p])) idx.push_back(p);
        return idx;
    };

    // Each label's figures follow it (layout text, Word, web pages) or, in plain pdftotext of cells whose
    // label sits lower than their figures, precede it. Which, the figures outside every label's reach say:
    // figures before a block's first label mean "before"; both before the first and after the last, neither.
    std::vector<std::vector<std::size_t>> after(opened.size()), before(opened.size());
    bool figures_lead = false, figures_trail = false;
    for (std::size_t k = 0; k < opened.size(); ++k) {
        std::size_t p = opened[k].piece;
        bool first = k == 0 || opened[k - 1].piece < block_start[p];
        bool last = k + 1 == opened.size() || opened[k + 1].piece >= block_end[p];
        after[k] = figures_in(p + 1, last ? block_end[p] : opened[k + 1].piece);
        before[k] = figures_in(first ? block_start[p] : opened[k - 1].piece + 1, p);
        figures_lead = figures_lead || (first && !before[k].empty());
        figures_trail = figures_trail || (last && !after[k].empty());
    }
    bool ambiguous = figures_lead && figures_trail;
    auto const& spans_of = figures_lead ? before : after;

    // The full rows of layout text that rows with blank cells are read against: for each opened row, its
    // figures when they are as many as its columns, on one line.
    auto full_row = [&](std::size_t k) {
        std::size_t want = columns[opened[k].row];
        return want > 0 && spans_of[k].size() == want && on_one_layout_line(table, spans_of[k]) &&
               contiguous(table, spans_of[k]);
    };
    // The nearest full rows before and after opened row k with as many columns, in its block and on its page.
    auto references = [&](std::size_t k, std::vector<std::size_t> const& idx) {
        std::vector<std::vector<std::size_t> const*> found;
        if (!options.by_columns || !table.aligned || idx.empty()) return found;
        Piece const& first = table.pieces[idx.front()];
        auto fits = [&](std::size_t j) {
            if (columns[opened[j].row] != columns[opened[k].row] || !full_row(j)) return false;
            std::size_t const start = spans_of[j].front();  // a full row has its figures
            return table.pieces[start].page == first.page && block_start[start] == block_start[idx.front()];
        };
        for (std::size_t j = k; j-- > 0;)
            if (fits(j)) {
                found.push_back(&spans_of[j]);
                break;
            }
        for (std::size_t j = k + 1; j < opened.size(); ++j)
            if (fits(j)) {
                found.push_back(&spans_of[j]);
                break;
            }
        return found;
    };
    // The rows between opened row k and the next (or the table's end) that no label opened and that have
    // figures: what figures beyond row k's own may belong to, by the official order alone.
    auto unlabelled_after = [&](std::size_t k) {
        std::vector<std::size_t> rows;
        std::size_t end = k + 1 < opened.size() ? opened[k + 1].row : columns.size();
        for (std::size_t r = opened[k].row + 1; r < end; ++r)
            if (columns[r] > 0 && times[r] == 0) rows.push_back(r);
        return rows;
    };

    std::vector<std::vector<std::size_t>> spans(columns.size());
    std::vector<bool> read(columns.size(), false);
    for (std::size_t k = 0; k < opened.size(); ++k) {
        Anchor const& a = opened[k];
        std::vector<std::size_t>& idx = spans[a.row];
        idx.insert(idx.end(), spans_of[k].begin(), spans_of[k].end());
        RowFigures& row = reading.rows[a.row];
        row.line = table.pieces[a.piece].line;
        std::size_t want = columns[a.row];
        drop_padding(table, idx, want);
        row.found = idx.size();
        if (!ambiguous && times[a.row] == 1 && idx.size() < want && idx.size() >= 2 && on_one_layout_line(table, idx)) {
            auto refs = references(k, idx);
            if (auto figures = by_columns(table, idx, want, refs)) {
                read[a.row] = true;
                row.figures = std::move(figures);
                continue;
            }
        }
        if (!ambiguous && !figures_lead && options.by_order && times[a.row] == 1 && want > 0 && idx.size() > want) {
            std::vector<std::size_t> rows = unlabelled_after(k), sizes{want};
            for (std::size_t r : rows) sizes.push_back(columns[r]);
            if (auto groups = groups_by_order(table, idx, sizes)) {
                for (std::size_t g = 0; g < groups->size(); ++g) {
                    std::size_t r = g == 0 ? a.row : rows[g - 1];
                    spans[r] = (*groups)[g];
                    read[r] = true;
                    reading.rows[r].figures = figures_at(table, spans[r]);
                    reading.rows[r].found = spans[r].size();
                    if (g == 0) continue;
                    reading.rows[r].line = table.pieces[spans[r].front()].line;
                    reading.by_order.push_back(r);
                }
                continue;
            }
        }
        if (ambiguous) {
            row.why_zh = "表中数字有的在行名之前、有的在行名之后，无法确定归属";
            row.why_en =
                "figures are printed both before and after the labels: which row they belong to is not certain";
        } else if (times[a.row] > 1) {
            row.why_zh = "该行行名出现多次";
            row.why_en = "the row's label is printed more than once";
        } else if (idx.size() == want && contiguous(table, idx)) {
            read[a.row] = true;
            row.figures = figures_at(table, idx);
            row.why_zh.clear();
            row.why_en.clear();
        } else if (idx.size() != want) {
            if (options.keep_printed && idx.size() < want && contiguous(table, idx)) row.printed = figures_at(table, idx);
            row.why_zh = "该行有 " + std::to_string(idx.size()) + " 个数字，应有 " + std::to_string(want) + " 个";
            row.why_en = "the row has " + std::to_string(idx.size()) + " figures where " + std::to_string(want) +
                         " are expected";
        } else {
            row.why_zh = "该行数字之间夹有文字";
            row.why_en = "label text is printed between the row's figures";
        }
    }

    bool complete = !ambiguous;
    for (std::size_t r = 0; r < columns.size(); ++r)
        complete = complete && (columns[r] == 0 ? spans[r].empty() : read[r]);
    if (complete && !displaced) return done();

    if (options.allow_by_position) {
        // Labels printed apart from their figures (plain pdftotext): the figures still come in table order.
        // Assign them by position only when their number is exactly that of the table's cells, each row's
        // figures printed together, and every row whose label sits beside its figures gets those very figures.
        std::vector<std::size_t> all;
        for (std::size_t p = 0; p < table.pieces.size(); ++p)
            if (!is_text(table.pieces[p])) all.push_back(p);
        std::size_t cells = 0;
        for (std::size_t c : columns) cells += c;
        if (all.size() == cells) {
            std::vector<std::vector<std::size_t>> groups(columns.size());
            std::size_t next = 0, agreeing = 0;
            bool consistent = true;
            for (std::size_t r = 0; r < columns.size(); ++r) {
                groups[r].assign(all.begin() + static_cast<std::ptrdiff_t>(next),
                                 all.begin() + static_cast<std::ptrdiff_t>(next + columns[r]));
                next += columns[r];
                consistent = consistent && contiguous(table, groups[r]);
                if (read[r]) {
                    consistent = consistent && groups[r] == spans[r];
                    ++agreeing;
                }
            }
            if (consistent && agreeing >= 2) {
                reading.by_position = true;
                reading.by_order.clear();
                for (std::size_t r = 0; r < columns.size(); ++r) {
                    if (columns[r] == 0) continue;
                    reading.rows[r].figures = figures_at(table, groups[r]);
                    reading.rows[r].why_zh.clear();
                    reading.rows[r].why_en.clear();
                }
                return done();
            }
        }
    }
    if (displaced) {
        // With labels out of place, a row's neighbouring figures may be another row's: read nothing.
        reading.by_order.clear();
        for (RowFigures& row : reading.rows) {
            if (!row.figures) continue;
            row.figures.reset();
            row.why_zh = "行名与数字分离，且数字个数与表格不符，无法对应";
            row.why_en = "labels are printed apart from the figures and the figures do not fill the table exactly";
        }
    }
    return done();
}

std::optional<std::vector<PrintedFigure>> read_single_row(TablePieces const& table, std::size_t count,
                                                          std::string& why_zh, std::string& why_en, std::size_t& line) {
    std::vector<std::size_t> idx;
    for (std::size_t p = 0; p < table.pieces.size(); ++p)
        if (!is_text(table.pieces[p])) idx.push_back(p);
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
