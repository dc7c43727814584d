#pragma once
// Section 三 the application matrix: its rows anchored on their numbered labels, the layout of （六） as
// printed, and the rows read into the model.
#include "findings.hpp"
#include "glued_rows.hpp"
#include "row_filling.hpp"
#include "table.hpp"

#include "ogi/model/report.hpp"
#include "ogi/walk.hpp"

#include "../validate/identities.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ogi::import {

constexpr std::size_t matrix_rows = described_size<MatrixRow>();

// The labels of the matrix's rows, in the order of MatrixRow.
std::vector<RowLabel> matrix_labels();

// The sub-rows of （六）其他处理 (2021 layout).
bool is_other_processing_detail(MatrixRow r);

// The layout of （六） as printed: its sub-rows' labels, or its own label alone; nullopt when the text shows
// neither (a table cut short).
std::optional<OtherProcessingLayout> matrix_layout(std::vector<Anchor> const& anchors);

// JSON pointers of the matrix rows, in table order.
template <class Node>
void collect_paths(Node& node, std::string const& prefix, std::vector<std::string>& out) {
    for_each_field(node, [&](Field f, auto& member) {
        using M = std::remove_cvref_t<decltype(member)>;
        if constexpr (std::is_same_v<M, ApplicantRow>)
            out.push_back(prefix + "/" + std::string(f.key));
        else if constexpr (Described<M>)
            collect_paths(member, prefix + "/" + std::string(f.key), out);
    });
}

template <class Other>
void fill_matrix(ApplicationMatrix<Other>& m, TablePieces const& table, std::vector<Anchor> const& anchors,
                 GluedRows* glued, Findings& findings) {
    constexpr auto rows = rows_of<Other>();
    std::vector<std::size_t> columns(matrix_rows, 0);  // 0: not a row of this layout (（六） as a group label)
    for (MatrixRow r : rows) columns[index_of(r)] = described_size<Applicant>();
    // With sub-rows, （六）其他处理 is a group label, which layout text prints beside the middle of its sub-rows:
    // there it opens no row (it would look like a label out of order).
    std::vector<Anchor> opening;
    bool sub_row_seen = false;
    for (Anchor const& a : anchors) {
        auto r = static_cast<MatrixRow>(a.row);
        sub_row_seen = sub_row_seen || is_other_processing_detail(r);
        if (!(has_other_processing_detail<Other> && sub_row_seen && r == MatrixRow::other_processing))
            opening.push_back(a);
    }
    TableReading reading = read_rows(table, opening, columns,
                                     {.allow_by_position = true,
                                      .stop_key = {},
                                      .by_columns = true,
                                      .by_order = true,
                                      .keep_printed = glued != nullptr});
    if (reading.by_position)
        findings.add(import_rule::row_by_position, table.first_line, {"/applications"},
                     "第三部分表格的行名与数字分开排列；数字按表格顺序对应，与行名旁的数字一致",
                     "section 三 prints labels apart from figures; figures assigned in table order, matching every "
                     "row whose label sits beside its figures");
    static std::vector<std::string> const paths = [] {
        std::vector<std::string> p;
        ApplicationMatrix<Other> matrix{};
        collect_paths(matrix, "/applications", p);
        return p;
    }();
    std::size_t i = 0;
    for_each_row(m, [&](MatrixRow r, ApplicantRow& row) {
        RowFigures const& read = reading.rows[index_of(r)];
        std::string const& path = paths[i++];
        std::string_view const label_text = label(r).text;
        if (read.figures && std::ranges::count(reading.by_order, index_of(r)))
            findings.add(import_rule::row_by_order, read.line, {path},
                         std::string(label_text) + "：该行未印行名，按官方行序确定（前后已定位的行之间只缺这些行）",
                         std::string(label_text) + ": printed without its label; placed by the official row order "
                                                   "(the only rows missing between the rows found around it)");
        if (auto runs = glued && !read.figures ? digit_runs(read.printed) : std::nullopt) {
            glued->add(detail::IdentityTable<Other>::cell(r, Applicant::natural_person), described_size<Applicant>(),
                       std::move(*runs), path, label_text, read.line);
            return;
        }
        fill_checked(findings, row, read, path, label_text, std::nullopt);
    });
    // （六） printed with figures of its own beside its sub-rows: a layout the model cannot hold.
    auto other = index_of(MatrixRow::other_processing);
    if (columns[other] == 0 && reading.rows[other].found > 0)
        findings.add(import_rule::layout_unsupported, reading.rows[other].line, {"/applications/outcomes/other"},
                     "（六）其他处理既有本行数字又有分项，本行数字未读取",
                     "（六）其他处理 has figures of its own beside its sub-rows; its own figures were not read");
}

}  // namespace ogi::import
