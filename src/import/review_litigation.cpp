#include "review_litigation.hpp"

#include "row_filling.hpp"
#include "sections.hpp"

#include "ogi/walk.hpp"

namespace ogi::import {

void fill_review(ReviewLitigation& review, TablePieces const& table, GluedRows* glued, std::size_t glued_first_cell,
                 Findings& findings) {
    std::size_t cells = 0;
    for_each_leaf<Count>(review, [&](Count&) { ++cells; });
    RowFigures read;
    std::size_t line = table.first_line;
    read.figures = read_single_row(table, cells, read.why_zh, read.why_en, line);
    if (!table.pieces.empty()) read.line = line;  // else the section is missing: the row is not found
    Field section = report_section(4);
    if (glued && !read.figures) {
        std::vector<PrintedFigure> printed;
        for (Piece const& p : table.pieces)
            if (p.figure) printed.push_back(*p.figure);
        if (auto runs = printed.size() < cells ? digit_runs(printed) : std::nullopt) {
            glued->add(glued_first_cell, cells, std::move(*runs),
                       "/" + std::string(section.key), section.label.text, read.line);
            return;
        }
    }
    std::size_t i = 0;
    bool ok = read.figures.has_value();
    ReviewLitigation filled{};
    if (ok) {
        for_each_leaf<Count>(filled, [&](Count& c) {
            auto v = cell_of<Count>((*read.figures)[i++], std::nullopt);
            ok = ok && v.has_value();
            if (v) c = *v;
        });
    }
    if (ok) {
        review = filled;
        return;
    }
    if (read.figures) {
        read.why_zh = "数字不是件数（" + figure_list(*read.figures) + "）";
        read.why_en = "figures that are not counts (" + figure_list(*read.figures) + ")";
        read.figures.reset();
    }
    report_row(findings, read, "/" + std::string(section.key), section.label.text);
}

}  // namespace ogi::import
