#pragma once
// CSV for researchers (RFC 4180: UTF-8, CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF).
// Tidy by default, one line per cell of the tables:
//     agency,year,edition,section,row_key,column_key,row_label,column_label,value,unit
// value is the figure as published (empty for a blank cell); unit is 元 or 万元 for money, empty for counts.
// Wide: one line per row of the application matrix (三), its seven columns side by side:
//     agency,year,edition,row_key,row_label,natural_person,…,total
// Many reports make one CSV: the header once, then each report's lines.
#include "ogi/model/report.hpp"

#include <span>
#include <string>

namespace ogi::render {

struct CsvOptions {
    bool wide = false;
};

std::string csv_header(CsvOptions const& options = {});
void append_csv_lines(std::string& out, Report const& report, CsvOptions const& options = {});
std::string render_csv(std::span<Report const> reports, CsvOptions const& options = {});

}  // namespace ogi::render
