#pragma once
// Section 四 行政复议、行政诉讼: one row of counts read into the model.
#include "findings.hpp"
#include "glued_rows.hpp"
#include "table.hpp"

#include "ogi/model/report.hpp"

#include <cstddef>

namespace ogi::import {

// Fills review from the figures of its table, all or none. With glued (a flattened text), figures printed run
// together are left to the identities: glued_first_cell is the first of its cells in their numbering.
void fill_review(ReviewLitigation& review, TablePieces const& table, GluedRows* glued, std::size_t glued_first_cell,
                 Findings& findings);

}  // namespace ogi::import
