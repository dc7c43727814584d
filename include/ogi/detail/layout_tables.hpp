#pragma once
// The tables of a report's official layout, built from the model's description and labels: templates over the
// parts of a report so that a layout the library does not know is laid out too (render::layout_of_report).
#include "ogi/render/layout.hpp"
#include "ogi/walk.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ogi::render::detail {

std::string join_key(std::string_view prefix, std::string_view key);
LayoutCell text_cell(CellRole role, std::string_view text, int row_span = 1, int column_span = 1);
// Widens the last cell so that the row fills the grid: the shorter blocks of 二 end in a merged cell.
void fill_width(LayoutRow& row, int width);
// A column's headers from the top: the group spanning it, where it has one, then its own label.
std::vector<std::string_view> header_path(Label const& label);
// The header rows over columns, each column named by its path of headers from the top (see layout.cpp).
std::vector<LayoutRow> header_rows(std::vector<std::vector<std::string_view>> const& paths);
// 四: one row of fifteen figures under 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), each over its five results.
LayoutTable table_of(ReviewLitigation const& review, std::string_view section);

template <class T>
using bare = std::remove_cvref_t<T>;

template <class T>
void set_value(FigureCell& figure, Cell<T> const& cell) {
    if (!cell.present()) return;
    if constexpr (std::is_same_v<T, Money>) {
        figure.value = cell.value().value.to_string();
        figure.unit = label(cell.value().unit).text;
    } else {
        figure.value = std::to_string(cell.value());
    }
}

// Appends the figures of one row of the model to a table row.
template <class Row>
void add_figures(LayoutRow& out, Row const& row, std::string_view section, std::string const& row_key, Label row_label) {
    for_each_field(row, [&](Field column, auto const& cell) {
        FigureCell figure{"/" + std::string(section) + "/" + row_key + "/" + std::string(column.key),
                          section,
                          row_key,
                          row_label,
                          column.key,
                          column.label,
                          std::nullopt,
                          {}};
        set_value(figure, cell);
        out.push_back(LayoutCell{CellRole::figure, {}, 1, 1, std::move(figure)});
    });
}

// 二: one stacked table; each block opens with its caption (第二十条第（X）项) and a 信息内容 header row.
template <class ActiveDisclosure>
LayoutTable table_of(ActiveDisclosure const& disclosure, std::string_view section) {
    LayoutTable table;
    for_each_field(disclosure, [&](Field, auto const& block) {
        for_each_field(block, [&](Field, auto const& row) {
            table.width = std::max(table.width, 1 + static_cast<int>(described_size<bare<decltype(row)>>()));
        });
    });
    for_each_field(disclosure, [&](Field block, auto const& rows) {
        table.rows.push_back({text_cell(CellRole::caption, block.label.text, 1, table.width)});
        bool headed = false;
        for_each_field(rows, [&](Field row, auto const& cells) {
            if (!headed) {
                LayoutRow header{text_cell(CellRole::header, information_content_header)};
                for (Label const& column : labels_of<bare<decltype(cells)>>())
                    header.push_back(text_cell(CellRole::header, column.text));
                fill_width(header, table.width);
                table.rows.push_back(std::move(header));
                headed = true;
            }
            LayoutRow out{text_cell(CellRole::label, row.label.text)};
            add_figures(out, cells, section, join_key(block.key, row.key), row.label);
            fill_width(out, table.width);
            table.rows.push_back(std::move(out));
        });
    });
    return table;
}

// How many label columns the rows below node take: 三 → （三）不予公开 → 1.属于国家秘密 is three.
template <class Node>
int label_depth(Node const& node) {
    int depth = 0;
    for_each_field(node, [&](Field, auto const& member) {
        if constexpr (is_enum_map<bare<decltype(member)>>)  // an ApplicantRow
            depth = std::max(depth, 1);
        else
            depth = std::max(depth, 1 + label_depth(member));
    });
    return depth;
}

// The rows of the matrix: a row's label spans the label columns its group leaves free; a group's label spans
// its rows (三、本年度办理结果 over all the outcomes, （三）不予公开 over its eight reasons).
template <class Node>
void add_matrix_rows(LayoutTable& table, Node const& node, int label_columns, int level, std::string_view section,
                     std::string const& prefix) {
    for_each_field(node, [&](Field field, auto const& member) {
        std::string key = join_key(prefix, field.key);
        if constexpr (is_enum_map<bare<decltype(member)>>) {  // an ApplicantRow
            LayoutRow row{text_cell(CellRole::label, field.label.text, 1, label_columns - level)};
            add_figures(row, member, section, key, field.label);
            table.rows.push_back(std::move(row));
        } else {
            std::size_t first = table.rows.size();
            add_matrix_rows(table, member, label_columns, level + 1, section, key);
            auto& opening = table.rows[first];
            opening.insert(opening.begin(),
                           text_cell(CellRole::label, field.label.text, static_cast<int>(table.rows.size() - first)));
        }
    });
}

// 三: the note on the balance over the row labels, 申请人情况 over the seven columns, 法人或其他组织 over its five.
template <class Other>
LayoutTable table_of(ApplicationMatrix<Other> const& matrix, std::string_view section) {
    int label_columns = label_depth(matrix);
    std::vector<std::vector<std::string_view>> columns;
    for (Label const& l : labels_of<Applicant>()) columns.push_back(header_path(l));
    auto applicant_rows = header_rows(columns);

    LayoutTable table;
    table.width = label_columns + static_cast<int>(columns.size());
    table.rows.push_back({text_cell(CellRole::header, matrix_balance_note, 1 + static_cast<int>(applicant_rows.size()), label_columns),
                          text_cell(CellRole::header, applicant_header, 1, static_cast<int>(columns.size()))});
    for (auto& row : applicant_rows) table.rows.push_back(std::move(row));
    add_matrix_rows(table, matrix, label_columns, 0, section, "");
    return table;
}

// The sections of a report of any layout, 一 to 六, in order.
template <class R>
ReportLayout layout_of_sections(R const& r) {
    ReportLayout layout{r.agency, r.year, r.edition, {}};
    for_each_field(r, [&](Field field, auto const& member) {
        using M = bare<decltype(member)>;
        if constexpr (std::is_same_v<M, std::optional<std::string>>) {
            if (&member == &r.signed_on) return;  // the date under the report, not a section
            std::optional<std::string_view> text;
            if (member) text = *member;
            layout.sections.push_back({field.key, field.label.text, text, std::nullopt});
        } else if constexpr (Described<M>) {
            layout.sections.push_back({field.key, field.label.text, std::nullopt, table_of(member, field.key)});
        }
    });
    return layout;
}

}  // namespace ogi::render::detail
