#include "numbering.hpp"

#include "code_points.hpp"

#include <array>
#include <utility>

namespace ogi::import {

namespace {

// The value of a Chinese numeral 一 … 十 at the start of s, with its length in bytes. Tried at every character
// of a table's labels: told by the code point, not by ten comparisons.
std::pair<int, std::size_t> chinese_numeral(std::string_view s) noexcept {
    static constexpr std::array<char32_t, 10> digits = {U'一', U'二', U'三', U'四', U'五',
                                                        U'六', U'七', U'八', U'九', U'十'};
    if (s.size() < 3 || (static_cast<unsigned char>(s[0]) & 0xF0) != 0xE0) return {0, 0};
    std::size_t i = 0;
    char32_t const c = next_code_point(s, i);
    for (std::size_t d = 0; d < digits.size(); ++d)
        if (digits[d] == c) return {static_cast<int>(d) + 1, i};
    return {0, 0};
}

}  // namespace

int chinese_numeral_value(std::string_view s) noexcept { return chinese_numeral(s).first; }

std::optional<Numbering> numbering_at(std::string_view s) noexcept {
    using Style = Numbering::Style;
    if (s.starts_with('(')) {
        std::string_view t = s.substr(1);
        int n = 0;
        std::size_t len = 0;
        Style style = Style::paren;
        if (auto [v, l] = chinese_numeral(t); v) {
            n = v;
            len = l;
        } else {
            while (len < t.size() && len < 2 && is_digit(t[len])) n = n * 10 + (t[len++] - '0');
            style = Style::arabic;
        }
        if (len == 0 || t.size() <= len || t[len] != ')') return std::nullopt;
        return Numbering{style, n, len + 2};
    }
    if (auto [v, l] = chinese_numeral(s); v) {
        if (s.substr(l).starts_with("、")) return Numbering{Style::top, v, l + std::string_view("、").size()};
        if (s.substr(l).starts_with(".")) return Numbering{Style::top, v, l + 1};
        return std::nullopt;
    }
    std::size_t len = 0;
    int n = 0;
    while (len < s.size() && len < 2 && is_digit(s[len])) n = n * 10 + (s[len++] - '0');
    if (len == 0) return std::nullopt;
    std::string_view rest = s.substr(len);
    if (rest.starts_with('.') || rest.starts_with(')')) return Numbering{Style::arabic, n, len + 1};
    if (rest.starts_with("、")) return Numbering{Style::arabic, n, len + std::string_view("、").size()};
    return std::nullopt;
}

}  // namespace ogi::import
