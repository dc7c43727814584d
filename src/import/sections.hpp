#pragma once
// The parts of a report's text: the title (agency and year), the six section headings, the narratives.
#include "folding.hpp"

#include "ogi/walk.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ogi::import {

// Whether folded text starts with the heading of section n (1–6): its numeral, 、, and its words soon after.
bool is_heading(std::string_view folded, int n);

// The line index (into the lines) of each heading 一 … 六, where found; headings are found in order.
using Headings = std::array<std::optional<std::size_t>, 6>;
Headings find_headings(std::span<Line const> lines);

// The lines of the report (up to a second set of its tables) and where its headings are.
struct Sections {
    std::span<Line const> lines;
    Headings headings;
};

// Section n (1–6) of the report as the model names it: its fields after agency and year.
Field report_section(int n);

// The lines of section n (1–6), without its heading: up to the next heading found, or the end.
std::span<Line const> section_lines(std::span<Line const> lines, Headings const& headings, int n);

// Where a second set of the report's tables starts (the report printed again, or another report after it): the
// line of its title, else its first heading of 一 to 四, after the last heading found; nullopt when there is none.
std::optional<std::size_t> second_set_of_tables(std::span<Line const> lines, Headings const& headings);

// The words that end a report's title (…2020年政府信息公开工作年度报告, and shorter wordings), longest first;
// a line holding them inside a table is a running page header, whose year is no figure of the table.
inline constexpr std::string_view title_phrases[] = {"政府信息公开工作年度报告", "政府信息公开年度报告",
                                                     "政务公开工作年度报告", "信息公开工作年度报告",
                                                     "信息公开年度报告"};

// Where the first of the title phrases found in the key k starts; npos when there is none.
std::size_t find_title_phrase(std::string_view k) noexcept;

struct Title {
    std::string agency;
    std::optional<int> year;
    std::size_t line = 1;
};
// Read from the first lines (…2020年政府信息公开工作年度报告); nullopt when there is no such title.
std::optional<Title> find_title(std::span<Line const> lines, std::optional<std::size_t> first_heading);

// The first year printed in the key k as 2020年 (a year of 1900–2999, as reports and ogi-report/1 have them).
struct YearAt {
    std::size_t at = 0;  // where it starts in k
    int year = 0;
    std::size_t length = 0;  // of "2020年" in bytes
};
std::optional<YearAt> find_year(std::string_view k) noexcept;

// The agency's full name where the title gives it without its city or province (洪泽区人民政府, while the
// text says 淮安市洪泽区人民政府): the body's own longer form, when the text gives one.
std::string full_agency_name(std::string const& agency, std::span<Line const> lines);

// The narrative of a section: its lines trimmed, page numbers and blank lines left out.
std::string narrative(std::span<Line const> section);

}  // namespace ogi::import
