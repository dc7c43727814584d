#pragma once
// The report as plain text in the official order, laid out so that the text importer reads it back to the same
// model: the agency and the title on their own lines, each section heading (一、… 六、) on its own line followed
// by its narrative; each table row on one line, its official label then its figures separated by spaces, a blank
// cell written as —, money with its unit (456880 元); captions (第二十条第（一）项) and header rows (信息内容 …,
// 申请人情况 …) as the format prints them; a label spanning several rows (三、本年度办理结果, （三）不予公开) on a line
// of its own before them. A narrative the report does not have is left out, heading and all.
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"
#include "ogi/render/finding_marks.hpp"
#include "ogi/render/layout.hpp"

#include <span>
#include <string>

namespace ogi::render {

std::string render_text(Report const& report);
// The same from a layout already made (render::layout_of_report for a layout the library does not know).
std::string render_text(ReportLayout const& layout);

// The report as above, then the findings, the corrections (应为 N) and the inferred blanks, each with the official
// label path of its cell, after the report (the tables themselves stay as published).
std::string render_text(Report const& report, std::span<Finding const> findings, DocumentOptions const& options);

}  // namespace ogi::render
