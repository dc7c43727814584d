#include "sections.hpp"

#include "code_points.hpp"
#include "keys.hpp"
#include "numbering.hpp"
#include "page_numbers.hpp"

#include "ogi/model/report.hpp"

#include <algorithm>
#include <string_view>

namespace ogi::import {

namespace {

// What a heading's words must contain, section by section: the official wording and the wording after
// Art. 50 of the Regulations (e.g. 四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况).
constexpr std::array<std::array<std::string_view, 2>, 6> heading_words = {{
    {"总体情况", "概述"},
    {"主动公开", "主动公开"},
    {"申请", "申请"},
    {"行政复议", "行政诉讼"},
    {"问题", "改进"},
    {"其他", "需要报告"},
}};

// The heading words must come early: a heading is short, a sentence that mentions them is not one.
constexpr std::size_t heading_window = 16 * 3;

}  // namespace

// Section n (1–6) of the report as the model names it: its fields after agency and year.
Field report_section(int n) {
    static std::vector<Field> const fields = [] {
        std::vector<Field> f;
        Report2019 shape{};
        for_each_field(shape, [&](Field field, auto&) { f.push_back(field); });
        return f;
    }();
    return fields[static_cast<std::size_t>(n) + 1];
}

bool is_heading(std::string_view line, int n) {
    // Most lines start with no numeral: they are told apart before any copy.
    if (chinese_numeral_value(trim(line)) != n) return false;
    // Layout extraction spaces out characters (三 、本 年 度): compare without spaces.
    std::string compact;
    for (char c : line.substr(0, 4 * heading_window))
        if (c != ' ') compact += c;
    auto numbering = numbering_at(compact);
    if (!numbering || numbering->style != Numbering::Style::top || numbering->n != n) return false;
    std::string head = key(std::string_view(compact).substr(numbering->length)).substr(0, heading_window);
    auto const& words = heading_words[static_cast<std::size_t>(n - 1)];
    return std::ranges::any_of(words, [&](std::string_view w) { return head.find(w) != std::string_view::npos; });
}

namespace {

constexpr std::size_t title_lines = 8;

}  // namespace

Headings find_headings(std::span<Line const> lines) {
    Headings h;
    std::size_t from = 0;
    for (int n = 1; n <= 6; ++n) {
        for (std::size_t i = from; i < lines.size(); ++i) {
            if (is_heading(lines[i].folded, n)) {
                h[static_cast<std::size_t>(n - 1)] = i;
                from = i + 1;
                break;
            }
        }
    }
    return h;
}

std::span<Line const> section_lines(std::span<Line const> lines, Headings const& headings, int n) {
    auto const& start = headings[static_cast<std::size_t>(n - 1)];
    if (!start) return {};
    std::size_t end = lines.size();
    for (std::size_t m = static_cast<std::size_t>(n); m < headings.size(); ++m) {
        if (headings[m]) {
            end = *headings[m];
            break;
        }
    }
    return lines.subspan(*start + 1, end - *start - 1);
}

std::optional<std::size_t> second_set_of_tables(std::span<Line const> lines, Headings const& headings) {
    std::size_t from = 0;
    for (auto const& h : headings)
        if (h) from = *h + 1;
    for (std::size_t i = from; i < lines.size(); ++i) {
        for (int n = 1; n <= 4; ++n) {
            if (!is_heading(lines[i].folded, n)) continue;
            // The second report starts at its title (…政府信息公开工作年度报告) where it prints one.
            for (std::size_t t = i; t-- > from;)
                if (find_title_phrase(key(lines[t].folded)) != std::string::npos) return t;
            return i;
        }
    }
    return std::nullopt;
}

std::optional<Title> find_title(std::span<Line const> lines, std::optional<std::size_t> first_heading) {
    std::size_t limit = std::min(lines.size(), first_heading.value_or(lines.size()));
    std::string joined;
    std::size_t used = 0, first = 0;
    for (std::size_t i = 0; i < limit && used < title_lines; ++i) {
        std::string k = key(lines[i].folded);
        if (k.empty()) continue;
        if (used++ == 0) first = i;
        joined += k;
        std::size_t at = find_title_phrase(joined);
        if (at == std::string::npos) continue;
        std::string_view head = std::string_view(joined).substr(0, at);
        Title t;
        t.line = lines[first].number;
        // The year, printed before or after the agency.
        if (auto y = find_year(head)) {
            t.year = y->year;
            std::string_view before = head.substr(0, y->at);
            std::string_view after = head.substr(y->at + y->length);
            if (after.starts_with("度")) after.remove_prefix(std::string_view("度").size());
            t.agency = std::string(before.empty() ? after : before);
            return t;
        }
        t.agency = std::string(head);
        return t;
    }
    return std::nullopt;
}

std::optional<YearAt> find_year(std::string_view k) noexcept {
    auto digit = [&](std::size_t j) { return k[j] >= '0' && k[j] <= '9'; };
    constexpr std::string_view nian = "年";
    for (std::size_t y = 0; y + 4 + nian.size() <= k.size(); ++y) {
        if (!(digit(y) && digit(y + 1) && digit(y + 2) && digit(y + 3)) || (y > 0 && digit(y - 1))) continue;
        if (!k.substr(y + 4).starts_with(nian)) continue;
        int year = (k[y] - '0') * 1000 + (k[y + 1] - '0') * 100 + (k[y + 2] - '0') * 10 + (k[y + 3] - '0');
        if (year >= 1900 && year <= 2999) return YearAt{y, year, 4 + nian.size()};
    }
    return std::nullopt;
}

std::string full_agency_name(std::string const& agency, std::span<Line const> lines) {
    if (agency.empty() || agency.find("市") != std::string::npos || agency.find("省") != std::string::npos)
        return agency;
    // Words a name follows in running text: 本报告由淮安市洪泽区人民政府办公室…, 请与淮安市…联系.
    static constexpr std::array<std::string_view, 7> before_name = {"由", "与", "和", "及", "是", "对", "在"};
    constexpr std::string_view city = "市";
    std::string keys;
    for (Line const& line : lines) append_key(keys, line.folded);
    for (std::size_t at = keys.find(agency); at != std::string::npos; at = keys.find(agency, at + 1)) {
        std::string_view head = std::string_view(keys).substr(0, at);
        if (!head.ends_with(city)) continue;
        head.remove_suffix(city.size());
        // A city name of two characters (淮安, 深圳), preceded by one of the words above or by nothing.
        std::size_t cut = head.size();
        for (int c = 0; c < 2 && cut > 0; ++c) {
            do --cut;
            while (cut > 0 && (static_cast<unsigned char>(head[cut]) & 0xC0) == 0x80);
        }
        std::string_view name = head.substr(cut);
        if (code_points(name) != 2 || static_cast<unsigned char>(name[0]) < 0x80) continue;
        std::string_view rest = head.substr(0, cut);
        if (!rest.empty() && std::ranges::none_of(before_name, [&](std::string_view w) { return rest.ends_with(w); }))
            continue;
        return std::string(name) + std::string(city) + agency;
    }
    return agency;
}

namespace {

// A line as published, without the layout's indentation (ASCII, ideographic spaces, form feeds). Told byte
// by byte: PDF text pads lines with long runs of them.
std::string_view without_indentation(std::string_view t) {
    constexpr std::string_view ideographic_space = "\u3000";
    auto ascii_space = [](char c) { return c == ' ' || c == '\f' || c == '\t'; };
    for (;;) {
        if (!t.empty() && ascii_space(t.front()))
            t.remove_prefix(1);
        else if (t.starts_with(ideographic_space))
            t.remove_prefix(ideographic_space.size());
        else
            break;
    }
    for (;;) {
        if (!t.empty() && ascii_space(t.back()))
            t.remove_suffix(1);
        else if (t.ends_with(ideographic_space))
            t.remove_suffix(ideographic_space.size());
        else
            break;
    }
    return t;
}

}  // namespace

std::string narrative(std::span<Line const> section) {
    std::string out;
    for (Line const& line : section) {
        if (trim(line.folded).empty() || is_page_number(line.folded)) continue;
        if (!out.empty()) out += '\n';
        out += without_indentation(line.raw);
    }
    return out;
}

std::size_t find_title_phrase(std::string_view k) noexcept {
    for (std::string_view phrase : title_phrases)
        if (std::size_t at = k.find(phrase); at != std::string_view::npos) return at;
    return std::string_view::npos;
}

}  // namespace ogi::import
