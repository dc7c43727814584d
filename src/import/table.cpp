#include "table.hpp"

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
bool contiguous(TableText const& table, std::vector<std::size_t> const& idx) {
    if (idx.empty()) return true;
    for (std::size_t i = idx.front(); i <= idx.back(); ++i)
        if (is_text(table.pieces[i])) return false;
    return true;
}

std::vector<PrintedFigure> figures_at(TableText const& table, std::vector<std::size_t> const& idx) {
    std::vector<PrintedFigure> out;
    out.reserve(idx.size());
    for (std::size_t i : idx) out.push_back(*table.pieces[i].figure);
    return out;
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

TableText table_text(std::span<Line const> lines) {
    TableText t;
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

std::vector<Anchor> find_numbered_anchors(TableText const& table, std::span<RowLabel const> labels) {
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

std::vector<Anchor> find_run_anchors(TableText const& table, std::span<std::vector<RowLabel> const> labels) {
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

TableReading read_rows(TableText const& table, std::vector<Anchor> const& anchors, std::span<std::size_t const> columns,
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

    std::vector<std::vector<std::size_t>> spans(columns.size());
    std::vector<bool> read(columns.size(), false);
    for (std::size_t k = 0; k < opened.size(); ++k) {
        Anchor const& a = opened[k];
        std::vector<std::size_t>& idx = spans[a.row];
        idx.insert(idx.end(), spans_of[k].begin(), spans_of[k].end());
        RowFigures& row = reading.rows[a.row];
        row.line = table.pieces[a.piece].line;
        row.found = idx.size();
        std::size_t want = columns[a.row];
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
        for (RowFigures& row : reading.rows) {
            if (!row.figures) continue;
            row.figures.reset();
            row.why_zh = "行名与数字分离，且数字个数与表格不符，无法对应";
            row.why_en = "labels are printed apart from the figures and the figures do not fill the table exactly";
        }
    }
    return done();
}

std::optional<std::vector<PrintedFigure>> read_single_row(TableText const& table, std::size_t count,
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
