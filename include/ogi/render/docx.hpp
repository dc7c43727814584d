#pragma once
// The report as a Word document (.docx, Office Open XML) in the official layout: the title, the six sections with
// their headings (a narrative section not at hand is left out, as in the text: its heading alone would import as
// an empty narrative), the narratives as paragraphs, every table with its captions and merged header cells (gridSpan,
// vMerge) and borders, on A4 portrait, in CJK faces (宋体 for tables, 仿宋 for the narratives, 黑体 for the
// headings, each with its Latin name as fallback). A cell named first by a finding is shaded by severity and
// carries a Word comment with the finding's message and, where options give one for it, the correction; a
// cell a correction changes is marked so too.
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"
#include "ogi/render/finding_marks.hpp"

#include <span>
#include <string>

namespace ogi::render {

// The bytes of the .docx (a ZIP archive). Throws std::bad_alloc only.
std::string render_docx(Report const& report, std::span<Finding const> findings = {},
                        DocumentOptions const& options = {});

}  // namespace ogi::render
