#pragma once
// The report as one self-contained HTML page (no external assets) in the official layout: merged cells as the
// format merges them (rowspan / colspan), readable on a phone (tables scroll sideways), printable on A4.
// Every figure cell has its JSON pointer as id. A cell named first by a finding has class "finding" plus the
// severity (class="finding error"), the message as its title and a numbered link to the list of findings at the
// top, whose entries link back to the cells. Everything taken from the report is HTML-escaped.
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"
#include "ogi/render/finding_marks.hpp"
#include "ogi/render/layout.hpp"

#include <span>
#include <string>

namespace ogi::render {

std::string render_html(Report const& report, std::span<Finding const> findings = {},
                        DocumentOptions const& options = {});
// The same from a layout already made (render::layout_of_report for a layout the library does not know).
std::string render_html(ReportLayout const& layout, std::span<Finding const> findings = {},
                        DocumentOptions const& options = {});

}  // namespace ogi::render
