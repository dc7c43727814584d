#pragma once
// Inputs made to make an importer's work grow faster than its input: long lines of numbering-like text, a
// figure of a million digits, unclosed markup, deep nesting, huge spans, a wide table of empty cells. The tests
// check that each is read without a throw or a crash; the benchmarks (tests/bench/hostile_bench.cpp) measure
// that the work grows linearly with n.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace ogi::test {

struct HostileInput {
    std::string_view name;
    std::string (*make)(std::size_t n);  // about n repeats of its pattern
    bool holds_report;                   // the text has a heading of 三, so a report (of blanks) is read
};

inline constexpr std::array<HostileInput, 5> hostile_inputs{{
    {"numbering_and_long_figure",
     [](std::size_t n) {
         std::string text = "三、收到和处理政府信息公开申请情况\n";
         for (std::size_t i = 0; i < n; ++i) text += "1.2.(一)三、1.本机关 ";
         return text + "\n" + std::string(n * 4, '7') + "\n";
     },
     true},
    {"unclosed_markup",
     [](std::size_t n) {
         std::string page = "<html><table>";
         for (std::size_t i = 0; i < n; ++i) page += "&amp &#12 <td <tr>1 ";
         return page + "<script>" + std::string(n, '<') + "<!--";
     },
     false},
    {"nested_tables",  // cells nested in tables in cells, deeper than any parser keeps
     [](std::size_t n) {
         std::string page = "<html>";
         for (std::size_t i = 0; i < n / 4; ++i) page += "<table><tr><td>1<div><p>";
         return page;
     },
     false},
    {"huge_spans",
     [](std::size_t n) {
         std::string page = "<html><table>";
         for (std::size_t i = 0; i < n; ++i) page += "<tr><td colspan=99999 rowspan=99999>3<td>";
         return page;
     },
     false},
    {"wide_markdown_table",  // one row of empty cells and figures
     [](std::size_t n) {
         std::string md = "| a |\n| --- |\n";
         for (std::size_t i = 0; i < n; ++i) md += "|  | 1 ";
         return md + "|\n";
     },
     false},
}};

}  // namespace ogi::test
