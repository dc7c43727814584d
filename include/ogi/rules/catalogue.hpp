#pragma once
// The rule catalogue: every check validation makes, then every finding the importer makes (import_rules.hpp),
// in the order `ogi rules` lists them. IDs are stable; docs/rules.md is generated from this list (a test keeps it
// current).
#include "ogi/import_rules.hpp"
#include "ogi/rules/rule.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace ogi::rules {

// 三 the application matrix, 四 review and litigation: the exact identities of format.md.
inline constexpr Rule app_balance{
    "APP-BAL", Severity::error,
    {"申请情况表每列：第一项加第二项之和等于第三项加第四项之和",
     "Application matrix, each column: 一 + 二 = 三（七）总计 + 四"},
    {"{cell}：本列第一项加第二项之和为 {expected}，第三项（七）总计加第四项之和为 {actual}",
     "{cell}: in this column 一 + 二 = {expected}, but 三（七）总计 + 四 = {actual}"},
    both_editions, false, 2};

inline constexpr Rule app_outcomes{
    "APP-OUT", Severity::error,
    {"（七）总计等于各项办理结果之和", "三（七）总计 is the sum of the outcome rows, in each column"},
    {"{cell}：各项办理结果之和为 {expected}，填报为 {actual}",
     "{cell}: the outcome rows add up to {expected}, but {actual} is reported"},
    both_editions, false, 2};

inline constexpr Rule app_row{
    "APP-ROW", Severity::error,
    {"总计列等于各类申请人之和", "总计 is the sum of the six applicant columns, in each row"},
    {"{cell}：各类申请人之和为 {expected}，填报为 {actual}",
     "{cell}: the six applicant columns add up to {expected}, but {actual} is reported"},
    both_editions, false, 2};

inline constexpr Rule review_sum{
    "REV-SUM", Severity::error,
    {"行政复议、行政诉讼总计等于各结果之和",
     "四: each 总计 is 结果维持 + 结果纠正 + 其他结果 + 尚未审结"},
    {"{cell}：结果维持、结果纠正、其他结果、尚未审结之和为 {expected}，填报为 {actual}",
     "{cell}: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {expected}, but {actual} is reported"},
    both_editions, false, 2};

inline constexpr Rule sum_range{
    "SUM-RANGE", Severity::error,
    {"勾稽关系中的数字之和超出可能范围", "The figures of an identity add up beyond any possible count"},
    {"{cell}：参与勾稽的数字之和 {expected} 超出 64 位整数范围，数字不可能成立",
     "{cell}: the figures of this identity add up to {expected}, beyond 64 bits: they cannot all be right"}};

// A blank is not a 0: where an identity's blanks cannot make up what its stated figures already exceed.
inline constexpr Rule sum_exceeded{
    "SUM-EXCEED", Severity::error,
    {"已填数字已超出勾稽关系的另一侧", "The stated figures of an identity already exceed the other side"},
    {"{cell}：已填数字之和为 {expected}，对应填报为 {actual}，空白单元格无法弥补差额",
     "{cell}: the stated figures add up to {expected} against {actual} reported, a difference blank cells cannot make up"}};

inline constexpr Rule identities_undecided{
    "ID-UNDECIDED", Severity::notice,
    {"空白单元格使部分勾稽关系无法核对", "Blank cells leave identities undecided"},
    {"{detail} 项勾稽关系含有无法推算的空白单元格，未予核对（首项：{cell}）",
     "{detail} identities hold blank cells no identity determines and were not checked (the first: {cell})"}};

// 二 主动公开 (2019): items are counted, so they cannot go below zero.
inline constexpr Rule item_negative{
    "ITEM-NEG", Severity::error,
    {"上一年项目数量加本年增/减不得为负", "上一年项目数量 + 本年增/减 cannot be negative"},
    {"{cell}：上一年项目数量 {previous} 加本年增/减 {actual} 得 {expected}，项目数量不能为负",
     "{cell}: 上一年项目数量 {previous} plus 本年增/减 {actual} gives {expected} items, fewer than none"},
    edition_2019_only};

// Plausibility of the report as a whole.
inline constexpr Rule cell_absent{
    "CELL-ABSENT", Severity::warning,
    {"应填数字的单元格未填写", "A cell that asks for a figure is blank"},
    {"{cell}：未填写数字（空白、/、— 或“无”），与 0 含义不同",
     "{cell}: no figure (blank, /, — or 无), which is not the same statement as 0"}};

inline constexpr Rule edition_year{
    "ED-YEAR", Severity::warning,
    {"表格版本与报告年度不符", "The table edition does not match the report year"},
    {"{cell} {actual}：使用了{detail}的表格，该版本不适用于这一年度",
     "{cell} {actual}: the report uses the tables of {detail}, an edition for other years"}};

inline constexpr Rule layout_mixed{
    "LAYOUT-MIXED", Severity::notice,
    {"2021 版报告将（六）其他处理填为一行", "A 2021-edition report keeps 三（六）其他处理 as one row"},
    {"{cell}：按一行填报，2021 版格式将其分为三项",
     "{cell}: published as one row, where the 2021 edition has three sub-rows"},
    edition_2021_only};

inline constexpr Rule section_missing{
    "SEC-MISSING", Severity::warning,
    {"报告缺少必备部分或内容为空", "A required section is missing or empty"},
    {"{cell}：缺失或内容为空", "{cell}: missing or empty"}};

inline constexpr Rule fee_notice{
    "FEE-NOTICE", Severity::warning,
    {"发出收费通知但未报告信息处理费", "Fee notices were sent but section 六 says nothing of the 信息处理费"},
    {"{cell} 为 {actual}，说明曾发出收费通知，但“六、其他需要报告的事项”未提及信息处理费",
     "{cell} is {actual}, so fee notices were sent, but 六、其他需要报告的事项 does not mention the 信息处理费"},
    edition_2021_only};

inline constexpr Rule narrative_applications{
    "NARR-APPS", Severity::warning,
    {"正文所述申请数与表格不符", "The narrative's number of applications disagrees with the table"},
    {"正文称{detail} {actual} 件，表格 {cell} 为 {expected}",
     "The narrative states {detail} {actual}, but the table has {cell} = {expected}"}};

inline constexpr Rule narrative_review{
    "NARR-REVIEW", Severity::warning,
    {"正文所述行政复议数与表格不符", "The narrative's number of administrative reviews disagrees with the table"},
    {"正文称{detail} {actual} 件，表格 {cell} 为 {expected}",
     "The narrative states {detail} {actual}, but the table has {cell} = {expected}"}};

inline constexpr Rule narrative_litigation{
    "NARR-LITIG", Severity::warning,
    {"正文所述行政诉讼数与表格不符", "The narrative's number of lawsuits disagrees with the table"},
    {"正文称{detail} {actual} 件，表格 {cell} 与复议后起诉总计之和为 {expected}",
     "The narrative states {detail} {actual}, but the table has {cell} + 复议后起诉 总计 = {expected}"}};

inline constexpr Rule no_unique_correction{
    "CORR-NONE", Severity::notice,
    {"无法唯一确定更正", "No unique correction"},
    {"没有唯一的最小更正：改动至多三个单元格即可使这部分表格全部勾稽关系成立的方案有 {detail} 种",
     "No unique smallest correction: {detail} different sets of at most three cells would make every identity of "
     "this part of the tables hold"},
    both_editions, false, 2};

// What official reviewers check besides the tables' identities.
// Regulations on Open Government Information (政府信息公开条例, 2019 revision), Art. 49: a department of a people's
// government at or above county level submits and publishes its annual report by 1月31日 of each year, the
// body in charge publishes the summary report of the people's government of its level by 3月31日 (Art. 50 lists
// what a report contains). A body whose name holds 人民政府 is given the later date.
inline constexpr Rule report_late{
    "DATE-LATE", Severity::warning,
    {"报告落款日期晚于法定公布期限", "The report is dated after its statutory deadline"},
    {"{cell} 为 {detail}，晚于条例规定的公布期限",
     "{cell} is {detail}, after the deadline the Regulations set"}};

inline constexpr Rule title_year{
    "TITLE-YEAR", Severity::warning,
    {"标题年度与正文统计期限不符", "The title's year differs from the statistics period in the text"},
    {"{cell} 为 {actual}，正文所述统计期限为 {expected} 年",
     "{cell} is {actual}, but the text gives the statistics period of {expected}"}};

inline constexpr Rule narrative_share{
    "NARR-PCT", Severity::warning,
    {"正文百分比与所述数字不符", "A percentage of the narrative disagrees with the figures it is a share of"},
    {"正文称“{detail}”，按表格 {cell} 计算应为约 {expected}‰（千分比），所述为 {actual}‰",
     "The narrative says “{detail}”: against {cell} that share is about {expected}‰, not the {actual}‰ stated"}};

inline constexpr Rule narrative_all_done{
    "NARR-DONE", Severity::warning,
    {"正文称均已办结，但有结转下年度的申请", "The narrative says every application was concluded, but some carry forward"},
    {"正文称“{detail}”，但 {cell} 为 {actual}", "The narrative says “{detail}”, but {cell} is {actual}"}};

inline constexpr Rule fee_unit{
    "FEE-UNIT", Severity::warning,
    {"收费金额单位与表格版本不符", "A fee amount in a unit the edition's column does not use"},
    {"{cell}：2021 版表格以万元填报，此处单位为{detail}", "{cell}: the 2021 edition's column is in 万元, this amount is in {detail}"},
    edition_2021_only};

// Series: this year's report against last year's report of the same body.
inline constexpr Rule series_carry{
    "SERIES-CARRY", Severity::warning,
    {"上年结转等于上一年度结转下年度继续办理", "二、上年结转 equals last year's 四、结转下年度继续办理"},
    {"{cell}：填报为 {actual}，上一年度报告结转下年度继续办理为 {expected}",
     "{cell}: {actual} reported, but last year's report carried {expected} forward"},
    both_editions, true};

inline constexpr Rule series_in_force{
    "SERIES-INFORCE", Severity::warning,
    {"现行有效件数与上年衔接", "现行有效件数 follows from last year's figure"},
    {"{cell}：上年 {previous} 加本年制发减本年废止应为 {expected}，填报为 {actual}",
     "{cell}: last year's {previous} plus 本年制发件数 minus 本年废止件数 gives {expected}, but {actual} is reported"},
    edition_2021_only, true};

inline constexpr Rule series_items{
    "SERIES-ITEMS", Severity::warning,
    {"上一年项目数量与上年报告衔接", "上一年项目数量 follows from last year's report"},
    {"{cell}：上年报告的上一年项目数量 {previous} 加本年增/减应为 {expected}，填报为 {actual}",
     "{cell}: last year's 上一年项目数量 {previous} plus its 本年增/减 gives {expected}, but {actual} is reported"},
    edition_2019_only, true};

inline constexpr Rule series_narrative{
    "SERIES-NARRATIVE", Severity::warning,
    {"正文与上一年度报告完全相同", "A section's text is identical to last year's"},
    {"{cell}：与上一年度报告一字不差", "{cell}: word for word the text of last year's report"},
    both_editions, true};

inline constexpr Rule series_unpaired{
    "SERIES-UNPAIRED", Severity::notice,
    {"疑似同一机关的连续年度报告名称不一致，未作衔接核对",
     "Reports that look like one body's consecutive years differ in the body's name and were not compared"},
    {"{cell}与上一年度报告的“{detail}”写法不同，未按同一机关衔接核对；如为同一机关，可用 --series-key 指定",
     "{cell} is spelled “{detail}” in the report of the year before: not compared as one body's (pair them with "
     "--series-key)"},
    both_editions, true};

// Every check validation makes.
inline constexpr std::array<Rule const*, 27> validation_rules = {
    &app_balance,       &app_outcomes,           &app_row,          &review_sum,
    &sum_range,         &sum_exceeded,           &identities_undecided,
    &item_negative,     &cell_absent,            &edition_year,
    &layout_mixed,      &section_missing,        &fee_notice,       &narrative_applications,
    &narrative_review,  &narrative_litigation,   &no_unique_correction,
    &report_late,       &title_year,             &narrative_share,  &narrative_all_done, &fee_unit,
    &series_carry,      &series_in_force,        &series_items,     &series_narrative,
    &series_unpaired,
};

// The catalogue: validation's rules, then the importer's. One list for tools, documentation and look-up by ID.
inline constexpr auto catalogue = [] {
    std::array<Rule const*, validation_rules.size() + import_rule::all.size()> all{};
    std::ranges::copy(import_rule::all, std::ranges::copy(validation_rules, all.begin()).out);
    return all;
}();

static_assert(std::ranges::all_of(catalogue, [](Rule const* r) {
    return placeholders_known(r->message.zh) && placeholders_known(r->message.en);
}));

constexpr Rule const* find_rule(std::string_view id) noexcept {
    for (Rule const* r : catalogue)
        if (r->id == id) return r;
    return nullptr;
}

}  // namespace ogi::rules
