#pragma once
// The real reports the renderer tests render, and the findings validation reports for Longhua 2020
// (made by hand until validation lands: its two 总计 cells left 0 where 1).
#include <ogi/finding.hpp>
#include <ogi/json.hpp>

#include "fixture.hpp"

#include <vector>

namespace ogi::test {

inline Report report(char const* name) {
    return decode_json_or_throw(read_fixture(std::string("reports/") + name + ".expected.json"));
}
inline Report longhua() { return report("2020_longhua-data-bureau"); }        // 2019 edition
inline Report huaian() { return report("2024_huaian-city"); }                 // 2021 edition
inline Report hongze_2023() { return report("2023_hongze-district"); }        // 2021 二, （六） as one row

// The report with narratives in each narrative section (the fixtures have the tables only): paragraphs, numbered
// lines, a figure inside the text.
inline Report with_narratives(Report report) {
    report.visit([](auto& r) {
        r.overview = "本年度，本机关坚持以公开为常态。\n（一）主动公开\n全年主动公开政府信息 120 条。\n（二）依申请公开\n共受理申请 3 件。";
        r.problems_and_improvements = "一是公开质量有待提高。\n二是平台建设仍需加强。";
        r.other_matters = "本年度未收取信息处理费。";
    });
    return report;
}

inline constexpr char const* not_held_total = "/applications/outcomes/unable_to_provide/not_held/total";
inline constexpr char const* outcomes_total = "/applications/outcomes/total/total";

inline std::vector<Finding> longhua_findings() {
    Finding row_total{"row_total", Severity::error, {not_held_total, "/applications/outcomes/unable_to_provide/not_held/natural_person"},
                      std::uint64_t{1}, std::uint64_t{0},
                      {"总计应为 1（各列之和），报告为 0", "总计 should be 1 (the sum of the columns), the report says 0"}, std::nullopt};
    Finding outcome_total{"row_total", Severity::error, {outcomes_total}, std::uint64_t{1}, std::uint64_t{0},
                          {"（七）总计的总计应为 1，报告为 0", "the 总计 of （七）总计 should be 1, the report says 0"}, std::nullopt};
    Finding missing_overview{"section_missing", Severity::warning, {"/overview"}, std::nullopt, std::nullopt,
                             {"缺少一、总体情况", "section 一、总体情况 is missing"}, std::nullopt};
    return {row_total, outcome_total, missing_overview};
}

}  // namespace ogi::test
