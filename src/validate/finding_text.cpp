#include "ogi/detail/finding_text.hpp"

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

// The template with its placeholders filled in (rule.hpp): a finding's message is made for every finding, so by
// hand rather than by a general formatter.
std::string render(std::string_view message, std::string_view cell, Figures const& f) {
    std::string out;
    out.reserve(message.size() + cell.size() + 32);
    auto figure = [&](std::optional<Wide> value) {
        if (value) out += to_string(*value);
    };
    for (std::size_t at = 0; at < message.size();) {
        std::size_t const open = std::min(message.find('{', at), message.size());
        out.append(message.substr(at, open - at));
        if (open == message.size()) break;
        std::size_t const close = message.find('}', open);  // there is one: placeholders_known
        std::string_view const name = message.substr(open + 1, close - open - 1);
        if (name == "cell") out += cell;
        else if (name == "expected") figure(f.expected);
        else if (name == "actual") figure(f.actual);
        else if (name == "previous") figure(f.previous);
        else if (name == "detail") out += f.detail;
        at = close + 1;
    }
    return out;
}

}  // namespace

Finding make_finding(rules::Rule const& rule, std::span<Location const* const> locations, Figures const& figures) {
    Finding f;
    f.rule = rule.id;
    f.severity = rule.severity;
    f.rule_version = rule.version;
    f.paths.reserve(locations.size());
    for (Location const* l : locations) f.paths.push_back(l->pointer);
    f.expected = figure(figures.expected);
    f.actual = figure(figures.actual);
    std::string_view const cell = locations.empty() ? std::string_view() : locations.front()->label_path;
    f.message = {render(rule.message.zh, cell, figures), render(rule.message.en, cell, figures)};
    return f;
}

}  // namespace ogi::detail
