#include "report_key.hpp"

#include "keys.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace ogi::import {

ReportKeyReading read_report_key(std::span<Line const> lines, Headings const& headings) {
    ReportKeyReading read;
    read.title = find_title(lines, headings[0]);
    int& year = read.key.year;
    // Without a year in the title, the start of the reporting period before 二 (统计期限自 2023 年 1 月 1 日起):
    // any other year there may be another one (根据 2019 年修订的《条例》).
    year = read.title && read.title->year ? *read.title->year : 0;
    for (std::size_t i = 0; year == 0 && i < headings[1].value_or(lines.size()); ++i) {
        std::string k = key(lines[i].folded);
        for (std::size_t from = 0; year == 0 && from < k.size();) {
            auto y = find_year(std::string_view(k).substr(from));
            if (!y) break;
            from += y->at + y->length;
            if (std::string_view(k).substr(from).starts_with("1月1日")) year = y->year;
        }
    }
    read.key.agency = read.title ? full_agency_name(read.title->agency, lines) : std::string();
    return read;
}

bool title_replaced(std::span<Line const> lines, Title const& title) {
    auto line = std::ranges::find(lines, title.line, &Line::number);
    std::string joined;
    for (; line != lines.end(); ++line) {
        if (line->raw.find("\xEF\xBF\xBD") != std::string_view::npos) return true;
        joined += key(line->folded);
        if (find_title_phrase(joined) != std::string::npos) return false;
    }
    return false;
}

}  // namespace ogi::import
