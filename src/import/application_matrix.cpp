#include "application_matrix.hpp"

namespace ogi::import {

std::vector<RowLabel> matrix_labels() {
    std::vector<RowLabel> labels;
    for (std::size_t r = 0; r < matrix_rows; ++r) labels.push_back(row_label(label(static_cast<MatrixRow>(r)).text));
    return labels;
}

bool is_other_processing_detail(MatrixRow r) {
    return r == MatrixRow::overdue_correction || r == MatrixRow::unpaid_fee || r == MatrixRow::other;
}

std::optional<OtherProcessingLayout> matrix_layout(std::vector<Anchor> const& anchors) {
    std::optional<OtherProcessingLayout> layout;
    for (Anchor const& a : anchors) {
        auto r = static_cast<MatrixRow>(a.row);
        if (is_other_processing_detail(r)) return OtherProcessingLayout::sub_rows;
        if (r == MatrixRow::other_processing) layout = OtherProcessingLayout::single_row;
    }
    return layout;
}

}  // namespace ogi::import
