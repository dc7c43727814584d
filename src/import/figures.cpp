#include "figures.hpp"

#include "code_points.hpp"

namespace ogi::import {

std::optional<MoneyUnit> parse_unit(std::string_view chunk) noexcept {
    if (chunk == "元") return MoneyUnit::yuan;
    if (chunk == "万元") return MoneyUnit::wan_yuan;
    return std::nullopt;
}

std::optional<PrintedFigure> parse_figure(std::string_view chunk) {
    // Every chunk of a table is tried, and most are words: a figure starts with a digit, a sign or a blank mark.
    if (chunk.empty() || !(is_digit(chunk[0]) || chunk[0] == '-' || chunk[0] == '+' || chunk[0] == '/' ||
                           chunk[0] == '\\' || chunk == "无"))
        return std::nullopt;
    PrintedFigure f;
    if (chunk == "/" || chunk == "\\" || chunk == "无" || chunk.find_first_not_of('-') == std::string_view::npos) {
        if (chunk.empty()) return std::nullopt;
        f.blank = true;
        return f;
    }
    for (std::string_view suffix : {"万元", "元", "件", "个", "项", "条"}) {
        if (chunk.size() > suffix.size() && chunk.ends_with(suffix)) {
            f.unit = parse_unit(suffix);
            chunk.remove_suffix(suffix.size());
            break;
        }
    }
    if (chunk.starts_with('-') || chunk.starts_with('+')) {
        f.negative = chunk.front() == '-';
        chunk.remove_prefix(1);
    }
    // Digits, thousands separators only between groups of three, at most one decimal point.
    std::size_t group = 0;
    bool separators = false, point = false;
    for (std::size_t i = 0; i < chunk.size(); ++i) {
        char c = chunk[i];
        if (is_digit(c)) {
            f.digits += c;
            ++group;
        } else if (c == ',' && !point && group >= 1 && (separators ? group == 3 : group <= 3)) {
            separators = true;
            group = 0;
        } else if (c == '.' && !point && group > 0 && (!separators || group == 3)) {
            point = true;
            f.digits += c;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (f.digits.empty() || f.digits.back() == '.' || (separators && !point && group != 3)) return std::nullopt;
    return f;
}

}  // namespace ogi::import
