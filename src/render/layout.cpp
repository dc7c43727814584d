#include "ogi/render/layout.hpp"

#include "ogi/detail/layout_tables.hpp"
#include "ogi/walk.hpp"

#include <algorithm>

namespace ogi::render {

std::string qualified(Label const& label) {
    if (label.group.empty()) return std::string(label.text);
    return std::string(label.group) + " · " + std::string(label.text);
}

std::string FigureCell::display() const {
    if (!value) return std::string(absent_mark);
    return unit.empty() ? *value : *value + " " + std::string(unit);
}

std::string ReportLayout::year_title() const { return std::to_string(year) + "年" + std::string(report_title); }

namespace detail {

std::string join_key(std::string_view prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : std::string(prefix) + "/" + std::string(key);
}

LayoutCell text_cell(CellRole role, std::string_view text, int row_span, int column_span) {
    return LayoutCell{role, text, row_span, column_span, std::nullopt};
}

// Widens the last cell so that the row fills the grid: the shorter blocks of 二 end in a merged cell.
void fill_width(LayoutRow& row, int width) {
    int used = 0;
    for (auto const& c : row) used += c.column_span;
    if (!row.empty() && used < width) row.back().column_span += width - used;
}

// A column's headers from the top: the group spanning it, where it has one, then its own label.
std::vector<std::string_view> header_path(Label const& label) {
    if (label.group.empty()) return {label.text};
    return {label.group, label.text};
}

// The header rows over columns, each column named by its path of headers from the top, e.g.
// {行政诉讼, 未经复议直接起诉, 结果维持} or {法人或其他组织, 商业企业} or {自然人}. The leaf header sits in the
// bottom row; a column without groups has its leaf span every header row, and the last group of a shorter
// path spans down to the leaves (行政复议 over two rows). Equal groups side by side merge into one cell.
std::vector<LayoutRow> header_rows(std::vector<std::vector<std::string_view>> const& paths) {
    std::size_t depth = 0;
    for (auto const& p : paths) depth = std::max(depth, p.size());
    // The element of path p that starts at this level, if any.
    auto starting = [&](std::vector<std::string_view> const& p, std::size_t level) -> std::optional<std::size_t> {
        if (p.size() == 1) return level == 0 ? std::optional<std::size_t>(0) : std::nullopt;
        if (level + 1 < p.size()) return level;
        if (level + 1 == depth) return p.size() - 1;
        return std::nullopt;
    };
    auto last_level = [&](std::vector<std::string_view> const& p, std::size_t element) {
        if (element + 1 == p.size()) return depth - 1;
        return element + 2 == p.size() ? depth - 2 : element;
    };
    std::vector<LayoutRow> rows(depth);
    for (std::size_t level = 0; level < depth; ++level) {
        for (std::size_t column = 0; column < paths.size();) {
            auto const& p = paths[column];
            auto element = starting(p, level);
            if (!element) {
                ++column;
                continue;
            }
            std::size_t span = 1;
            bool group = *element + 1 < p.size();
            while (group && column + span < paths.size()) {
                auto const& q = paths[column + span];
                if (q.size() != p.size() || !std::equal(p.begin(), p.begin() + *element + 1, q.begin())) break;
                ++span;
            }
            int row_span = static_cast<int>(last_level(p, *element) - level + 1);
            rows[level].push_back(text_cell(CellRole::header, p[*element], row_span, static_cast<int>(span)));
            column += span;
        }
    }
    return rows;
}

// 四: one row of fifteen figures under 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), each over its five results.
LayoutTable table_of(ReviewLitigation const& review, std::string_view section) {
    std::vector<std::vector<std::string_view>> columns;
    LayoutRow figures;
    for_each_field(review, [&](Field group, CaseRow const& row) {
        for (Label const& result : labels_of<CaseResult>()) {
            columns.push_back(header_path(group.label));
            columns.back().push_back(result.text);
        }
        add_figures(figures, row, section, std::string(group.key), group.label);
    });
    LayoutTable table{static_cast<int>(columns.size()), header_rows(columns)};
    table.rows.push_back(std::move(figures));
    return table;
}

}  // namespace detail

ReportLayout layout_of(Report const& report) {
    return report.visit([](auto const& r) { return detail::layout_of_sections(r); });
}
std::vector<std::vector<Placement>> place(LayoutTable const& table) {
    std::vector<std::vector<Placement>> grid(table.rows.size(),
                                             std::vector<Placement>(static_cast<std::size_t>(table.width)));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        std::size_t column = 0;
        for (LayoutCell const& cell : table.rows[r]) {
            while (column < grid[r].size() && grid[r][column].cell) ++column;
            for (std::size_t dr = 0; dr < static_cast<std::size_t>(cell.row_span) && r + dr < grid.size(); ++dr)
                for (std::size_t dc = 0; dc < static_cast<std::size_t>(cell.column_span) && column + dc < grid[r].size(); ++dc)
                    grid[r + dr][column + dc] = Placement{&cell, dr == 0 && dc == 0};
            column += static_cast<std::size_t>(cell.column_span);
        }
    }
    return grid;
}

}  // namespace ogi::render
