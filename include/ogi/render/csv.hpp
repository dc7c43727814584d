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
#include <string_view>

namespace ogi::render {

struct CsvOptions {
    bool wide = false;
    // The UTF-8 byte order mark (EF BB BF) before the header: Excel on Chinese Windows reads a CSV without it
    // as GBK and shows the labels garbled. Off by default: most other readers take it for part of the first name.
    bool bom = false;
};

// The header line (after the BOM, when asked for).
std::string csv_header(CsvOptions const& options = {});
void append_csv_lines(std::string& out, Report const& report, CsvOptions const& options = {});
std::string render_csv(std::span<Report const> reports, CsvOptions const& options = {});

// One field as RFC 4180 writes it: as it is, or in double quotes (a quote doubled) when it holds a comma, a
// quote, CR or LF. For CSV of your own beside ogi's.
void append_csv_field(std::string& out, std::string_view field);

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace ogi::render
