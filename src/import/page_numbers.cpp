#include "page_numbers.hpp"

#include "code_points.hpp"

#include <algorithm>

namespace ogi::import {

bool is_page_footer(Line const& line, std::span<Line const> after) noexcept {
    std::string_view s = trim(line.folded);
    std::size_t value = 0;
    if (s.empty() || s.size() > 4 || !std::ranges::all_of(s, is_digit)) return false;
    for (char c : s) value = value * 10 + static_cast<std::size_t>(c - '0');
    if (value != line.page) return false;
    for (Line const& next : after)
        if (!trim(next.folded).empty()) return next.page > line.page;
    return false;
}

bool is_page_number(std::string_view line) noexcept {
    std::string_view s = trim(line);
    // Every line of a table and a narrative is asked: most start with none of -, 第, 共.
    if (!(s.starts_with('-') || s.starts_with("第") || s.starts_with("共"))) return false;
    auto digits_then = [](std::string_view& t) {
        t = trim(t);
        std::size_t n = 0;
        while (n < t.size() && is_digit(t[n])) ++n;
        t.remove_prefix(n);
        t = trim(t);
        return n > 0 && n <= 4;
    };
    if (s.starts_with('-')) {  // -3-, - 3 -
        while (s.starts_with('-')) s.remove_prefix(1);
        if (!digits_then(s) || !s.starts_with('-')) return false;
        while (s.starts_with('-')) s.remove_prefix(1);
        return s.empty();
    }
    auto page = [&](std::string_view& t, std::string_view open, std::string_view close) {
        if (!t.starts_with(open)) return false;
        t.remove_prefix(open.size());
        if (!digits_then(t) || !t.starts_with(close)) return false;
        t.remove_prefix(close.size());
        t = trim(t);
        return true;
    };
    if (page(s, "第", "页")) return s.empty() || (page(s, "共", "页") && s.empty());
    if (page(s, "共", "页")) return page(s, "第", "页") && s.empty();
    return false;
}

}  // namespace ogi::import
