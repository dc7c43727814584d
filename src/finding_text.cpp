#include "finding_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace ogi::detail {

std::string to_string(Wide value) {
    bool const negative = value < 0;
    std::string digits;
    do {
        Wide const digit = value % 10;
        digits.push_back(static_cast<char>('0' + (negative ? -digit : digit)));
        value /= 10;
    } while (value != 0);
    if (negative) digits.push_back('-');
    std::ranges::reverse(digits);
    return digits;
}

namespace {

// A figure of the JSON document: counts as they are, negative expectations signed, anything wider left out.
std::optional<Figure> figure(std::optional<Wide> value) {
    if (!value) return std::nullopt;
    if (*value >= 0 && *value <= static_cast<Wide>(UINT64_MAX)) return Figure(static_cast<std::uint64_t>(*value));
    if (*value < 0 && *value >= static_cast<Wide>(INT64_MIN)) return Figure(static_cast<std::int64_t>(*value));
    return std::nullopt;
}

std::string text(std::optional<Wide> value) { return value ? to_string(*value) : std::string(); }

std::string render(std::string_view message, std::string_view cell, Figures const& f) {
    return fmt::format(fmt::runtime(message), fmt::arg("cell", cell), fmt::arg("expected", text(f.expected)),
                       fmt::arg("actual", text(f.actual)), fmt::arg("previous", text(f.previous)),
                       fmt::arg("detail", f.detail));
}

}  // namespace

Finding make_finding(rules::Rule const& rule, std::vector<Location> const& locations, Figures const& figures) {
    Finding f;
    f.rule = rule.id;
    f.severity = rule.severity;
    for (Location const& l : locations) f.paths.push_back(l.pointer);
    f.expected = figure(figures.expected);
    f.actual = figure(figures.actual);
    std::string_view const cell = locations.empty() ? std::string_view() : locations.front().label_path;
    f.message = {render(rule.message.zh, cell, figures), render(rule.message.en, cell, figures)};
    return f;
}

}  // namespace ogi::detail
