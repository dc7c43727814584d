#include "row_filling.hpp"

namespace ogi::import {

std::string figure_list(std::vector<PrintedFigure> const& figures) {
    std::string s;
    for (PrintedFigure const& f : figures) {
        if (!s.empty()) s += ' ';
        s += f.blank ? "/" : (f.negative ? "-" : "") + f.digits;
    }
    return s;
}

void report_row(Findings& findings, RowFigures const& row, std::string const& path, std::string_view label) {
    if (row.figures) return;
    bool missing = !row.line;
    findings.add(missing ? import_rule::row_missing : import_rule::row_unread, row.line, {path},
                 std::string(label) + "：" + row.why_zh, std::string(label) + ": " + row.why_en);
}

}  // namespace ogi::import
