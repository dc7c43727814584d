#pragma once
// The report as Markdown (GitHub flavoured) in the official layout. GFM tables cannot merge cells, so a merged
// cell is written in its first position and the positions it covers are left empty; the first row of each table
// is the GFM header row and the format's further header rows follow in bold. Cells named by a finding carry
// ⚠ and the finding's number; the findings are listed after the title.
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"
#include "ogi/render/finding_marks.hpp"

#include <span>
#include <string>

namespace ogi::render {

std::string render_markdown(Report const& report, std::span<Finding const> findings = {},
                            DocumentOptions const& options = {});

}  // namespace ogi::render
