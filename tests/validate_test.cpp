// Every rule of the catalogue on the real reports: a report that fires it, one that does not.
#include <ogi/validate.hpp>

#include "reports.hpp"

#include <doctest/doctest.h>

#include <cstdint>

using namespace ogi;
using namespace ogi::test;

namespace {

std::optional<Figure> count(std::uint64_t v) { return Figure(v); }
std::optional<Figure> signed_figure(std::int64_t v) { return Figure(v); }
using Paths = std::vector<std::string>;

}  // namespace

TEST_CASE("Longhua 2020: the two 总计 cells left at 0 are the one correction; no error outside the 总计 column") {
    Validation v = validate(real_report("2020_longhua-data-bureau"));
    std::string const not_held = "/applications/outcomes/unable_to_provide/not_held/total";
    std::string const outcomes_total = "/applications/outcomes/total/total";
    CHECK(v.corrections == std::vector<Correction>{{not_held, 0, 1}, {outcomes_total, 0, 1}});
    CHECK(v.has_errors());

    std::vector<Finding> errors = errors_of(v);
    REQUIRE(errors.size() == 3);

    CHECK(errors[0].rule == "APP-ROW");
    CHECK(errors[0].paths == Paths{not_held});
    CHECK(errors[0].expected == count(1));
    CHECK(errors[0].actual == count(0));
    CHECK(errors[0].message.zh == "三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计：各类申请人之和为 1，填报为 0");
    CHECK(errors[0].message.en ==
          "三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计: the six applicant columns add up to 1, but 0 is reported");
    CHECK(errors[0].resolved_by == Paths{not_held});

    CHECK(errors[1].rule == "APP-ROW");
    CHECK(errors[1].paths == Paths{outcomes_total});
    CHECK(errors[1].message.zh == "三、本年度办理结果 ›（七）总计 › 总计：各类申请人之和为 1，填报为 0");
    CHECK(errors[1].resolved_by == Paths{outcomes_total});

    CHECK(errors[2].rule == "APP-BAL");
    CHECK(errors[2].paths == Paths{outcomes_total, "/applications/carried_forward/total"});
    CHECK(errors[2].expected == count(1));
    CHECK(errors[2].actual == count(0));
    CHECK(errors[2].message.zh == "三、本年度办理结果 ›（七）总计 › 总计：本列第一项加第二项之和为 1，第三项（七）总计加第四项之和为 0");
    CHECK(errors[2].message.en == "三、本年度办理结果 ›（七）总计 › 总计: in this column 一 + 二 = 1, but 三（七）总计 + 四 = 0");
    CHECK(errors[2].resolved_by == Paths{outcomes_total});

    for (Finding const& e : errors)
        for (std::string const& p : e.paths) CHECK(p.ends_with("/total"));
    CHECK(findings_of(v, "CORR-NONE").empty());
    CHECK(findings_of(v, "APP-OUT").empty());  // （七）总计 0 = the outcome rows' 总计 as published (also 0)
}

TEST_CASE("APP-ROW and APP-OUT: a detail cell changed breaks its row and its column, and is the correction") {
    Report huaian = real_report("2024_huaian-city");
    CHECK_FALSE(validate(huaian).has_errors());

    as<Report2021>(huaian).applications.outcomes.disclosed[Applicant::natural_person] = 1293;  // published 1288
    Validation v = validate(huaian);
    CHECK(rules_with(v, Severity::error) == std::vector<std::string>{"APP-ROW", "APP-OUT"});
    Finding const& row = v.findings[0];
    CHECK(row.paths == Paths{"/applications/outcomes/disclosed/total"});
    CHECK(row.expected == count(1367));
    CHECK(row.actual == count(1362));
    CHECK(row.message.zh == "三、本年度办理结果 ›（一）予以公开 › 总计：各类申请人之和为 1367，填报为 1362");
    Finding const& column = v.findings[1];
    CHECK(column.paths == Paths{"/applications/outcomes/total/natural_person"});
    CHECK(column.expected == count(2937));
    CHECK(column.actual == count(2932));
    CHECK(column.message.en == "三、本年度办理结果 ›（七）总计 › 自然人: the outcome rows add up to 2937, but 2932 is reported");
    CHECK(v.corrections == std::vector<Correction>{{"/applications/outcomes/disclosed/natural_person", 1293, 1288}});
    CHECK(row.resolved_by == Paths{"/applications/outcomes/disclosed/natural_person"});
    CHECK(column.resolved_by == Paths{"/applications/outcomes/disclosed/natural_person"});
}

TEST_CASE("APP-BAL: a column whose 一 + 二 is not 三（七）+ 四") {
    Report huaian = real_report("2024_huaian-city");
    CHECK(findings_of(huaian, "APP-BAL").empty());

    as<Report2021>(huaian).applications.carried_forward[Applicant::commercial_enterprise] = 2;  // published 0
    Validation v = validate(huaian);
    Finding const balance = only_finding(v, "APP-BAL");
    CHECK(balance.paths == Paths{"/applications/outcomes/total/commercial_enterprise", "/applications/carried_forward/commercial_enterprise"});
    CHECK(balance.expected == count(53));
    CHECK(balance.actual == count(55));
    CHECK(balance.message.zh ==
          "三、本年度办理结果 ›（七）总计 › 法人或其他组织 › 商业企业：本列第一项加第二项之和为 53，第三项（七）总计加第四项之和为 55");
    CHECK(v.corrections == std::vector<Correction>{{"/applications/carried_forward/commercial_enterprise", 2, 0}});
}

TEST_CASE("REV-SUM: Hongze 2023 left two 总计 of 四 at 0; one group has a unique correction, the other not (CORR-NONE)") {
    Validation v = validate(real_report("2023_hongze-district"));
    CHECK(rules_with(v, Severity::error) == std::vector<std::string>{"REV-SUM", "REV-SUM"});
    auto sums = findings_of(v, "REV-SUM");
    CHECK(sums[0].paths == Paths{"/review_litigation/administrative_review/total"});
    CHECK(sums[0].expected == count(11));
    CHECK(sums[0].actual == count(0));
    CHECK(sums[0].message.zh == "行政复议 › 总计：结果维持、结果纠正、其他结果、尚未审结之和为 11，填报为 0");
    CHECK(sums[1].paths == Paths{"/review_litigation/litigation_after_review/total"});
    CHECK(sums[1].expected == count(5));
    CHECK(sums[1].message.en == "行政诉讼 › 复议后起诉 › 总计: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 5, but 0 is reported");

    // The two groups share no cell: each is corrected on its own. 行政复议 only by its 总计 (no result alone is
    // 11); 复议后起诉 by its 总计 (0 → 5) or by its 结果维持 (5 → 0): two smallest corrections.
    CHECK(v.corrections == std::vector<Correction>{{"/review_litigation/administrative_review/total", 0, 11}});
    CHECK(sums[0].resolved_by == Paths{"/review_litigation/administrative_review/total"});
    CHECK(sums[1].resolved_by.empty());
    Finding const none = only_finding(v, "CORR-NONE");
    CHECK(none.severity == Severity::notice);
    CHECK(none.paths == Paths{"/review_litigation/litigation_after_review/total"});
    CHECK(none.message.zh == "没有唯一的最小更正：改动至多三个单元格即可使这部分表格全部勾稽关系成立的方案有 2 种");

    CHECK(findings_of(real_report("2024_hongze-district"), "REV-SUM").empty());
    CHECK(findings_of(real_report("2020_longhua-data-bureau"), "CORR-NONE").empty());
}

TEST_CASE("CORR-NONE: one wrong cell of 四 could be any of the five that share its identity") {
    Report huaian = real_report("2024_huaian-city");
    as<Report2021>(huaian).review_litigation.administrative_review[CaseResult::corrected] = 70;  // published 64
    Validation v = validate(huaian);
    CHECK(rules_with(v, Severity::error) == std::vector<std::string>{"REV-SUM"});
    CHECK(v.corrections.empty());
    Finding const none = only_finding(v, "CORR-NONE");
    CHECK(none.paths == Paths{"/review_litigation/administrative_review/total"});
    CHECK(none.message.zh == "没有唯一的最小更正：改动至多三个单元格即可使这部分表格全部勾稽关系成立的方案有 5 种");
}

TEST_CASE("CORR-NONE: four wrong cells in four rows and columns are beyond a search of three") {
    Report huaian = real_report("2024_huaian-city");
    auto& outcomes = as<Report2021>(huaian).applications.outcomes;
    outcomes.disclosed[Applicant::natural_person] = 1289;                    // published 1288
    outcomes.partially_disclosed[Applicant::commercial_enterprise] = 9;  // published 7
    outcomes.not_processed.repeated_application[Applicant::legal_service_org] = 40;  // published 0
    outcomes.other.overdue_correction[Applicant::other_org] = 5;  // published 0
    Validation v = validate(huaian);
    CHECK(v.corrections.empty());
    Finding const none = only_finding(v, "CORR-NONE");
    CHECK(none.message.en == "No unique smallest correction: 0 different sets of at most three cells would make every identity of this part of the tables hold");
    CHECK(rules_with(v, Severity::error).size() == 8);  // each cell breaks its row and its column
}

TEST_CASE("SUM-RANGE: figures adding up beyond 64 bits are a finding, never a wrapped sum") {
    Report huaian = real_report("2024_huaian-city");
    CaseRow& review = as<Report2021>(huaian).review_litigation.administrative_review;
    review[CaseResult::upheld] = UINT64_MAX - 279;  // + 64 + 178 + 37 = UINT64_MAX exactly
    review[CaseResult::total] = UINT64_MAX;
    CHECK(validate(huaian).findings == validate(real_report("2024_huaian-city")).findings);

    review[CaseResult::upheld] = UINT64_MAX;
    Validation v = validate(huaian);
    Finding const range = only_finding(v, "SUM-RANGE");
    CHECK(range.severity == Severity::error);
    CHECK(range.paths == Paths{"/review_litigation/administrative_review/total"});
    CHECK_FALSE(range.expected.has_value());  // no 64-bit figure can say it
    CHECK(range.message.zh == "行政复议 › 总计：参与勾稽的数字之和 18446744073709551894 超出 64 位整数范围，数字不可能成立");
}

TEST_CASE("ITEM-NEG: 2019 items cannot fall below none") {
    Report longhua = real_report("2020_longhua-data-bureau");
    v2019::ItemRow& licensing = as<Report2019>(longhua).active_disclosure.licensing.administrative_licensing;
    licensing.previous_year_items = 2;
    licensing.change = -2;
    CHECK(findings_of(longhua, "ITEM-NEG").empty());

    licensing.change = -5;
    Finding const negative = only_finding(longhua, "ITEM-NEG");
    CHECK(negative.severity == Severity::error);
    CHECK(negative.paths == Paths{"/active_disclosure/licensing/administrative_licensing/change",
                                     "/active_disclosure/licensing/administrative_licensing/previous_year_items"});
    CHECK(negative.expected == signed_figure(-3));
    CHECK(negative.actual == signed_figure(-5));
    CHECK(negative.message.zh == "第二十条第（五）项 › 行政许可 › 本年增/减：上一年项目数量 2 加本年增/减 -5 得 -3，项目数量不能为负");
}

TEST_CASE("CELL-ABSENT: a blank where the format asks for a figure") {
    CHECK(findings_of(real_report("2024_huaian-city"), "CELL-ABSENT").empty());

    Report huaian = real_report("2024_huaian-city");
    as<Report2021>(huaian).applications.new_received[Applicant::legal_service_org] = Count::absent();
    as<Report2021>(huaian).active_disclosure.fees.administrative_fees.amount = Amount::absent();
    auto absent = findings_of(huaian, "CELL-ABSENT");
    REQUIRE(absent.size() == 2);
    CHECK(absent[0].severity == Severity::warning);
    CHECK(absent[0].paths == Paths{"/applications/new_received/legal_service_org"});
    CHECK(absent[0].message.zh == "一、本年新收政府信息公开申请数量 › 法人或其他组织 › 法律服务机构：未填写数字（空白、/、— 或“无”），与 0 含义不同");
    CHECK(absent[1].paths == Paths{"/active_disclosure/fees/administrative_fees/amount"});
    CHECK(absent[1].message.en == "第二十条第（八）项 › 行政事业性收费 › 本年收费金额（单位：万元）: no figure (blank, /, — or 无), which is not the same statement as 0");

    // In the report's order: the counts of 二, 三 and 四, then 二's amounts.
    as<Report2021>(huaian).review_litigation.litigation_direct[CaseResult::pending] = Count::absent();
    as<Report2021>(huaian).active_disclosure.licensing.administrative_licensing.decisions = Count::absent();
    Paths order;
    for (Finding const& f : findings_of(huaian, "CELL-ABSENT")) order.push_back(f.paths.front());
    CHECK(order == Paths{"/active_disclosure/licensing/administrative_licensing/decisions",
                         "/applications/new_received/legal_service_org",
                         "/review_litigation/litigation_direct/pending",
                         "/active_disclosure/fees/administrative_fees/amount"});

    Report review_only = real_report("2024_huaian-city");
    as<Report2021>(review_only).review_litigation.administrative_review[CaseResult::total] = Count::absent();
    auto const review = findings_of(review_only, "CELL-ABSENT");
    REQUIRE(review.size() == 1);
    CHECK(review[0].paths == Paths{"/review_litigation/administrative_review/total"});
}

TEST_CASE("ED-YEAR: the 2019 tables in a report for 2021") {
    Report longhua = real_report("2020_longhua-data-bureau");
    CHECK(findings_of(longhua, "ED-YEAR").empty());
    as<Report2019>(longhua).year = 2021;
    Finding const edition = only_finding(longhua, "ED-YEAR");
    CHECK(edition.paths == Paths{"/year"});
    CHECK(edition.message.zh == "报告年度 2021：使用了国办公开办函〔2019〕60号的表格，该版本不适用于这一年度");
    CHECK(edition.message.en == "报告年度 2021: the report uses the tables of 国办公开办函〔2019〕60号, an edition for other years");
}

TEST_CASE("LAYOUT-MIXED: Hongze keeps 三（六） as one row in 2021-edition tables") {
    Finding const mixed = only_finding(real_report("2024_hongze-district"), "LAYOUT-MIXED");
    CHECK(mixed.severity == Severity::notice);
    CHECK(mixed.paths == Paths{"/applications/outcomes/other"});
    CHECK(mixed.message.zh == "三、本年度办理结果 ›（六）其他处理：按一行填报，2021 版格式将其分为三项");
    CHECK(findings_of(real_report("2024_huaian-city"), "LAYOUT-MIXED").empty());
    CHECK(findings_of(real_report("2020_longhua-data-bureau"), "LAYOUT-MIXED").empty());
}

TEST_CASE("SEC-MISSING: a narrative section absent or only white space") {
    CHECK(findings_of(real_report_with_narratives("2024_huaian-city"), "SEC-MISSING").empty());

    auto missing = findings_of(real_report("2024_huaian-city"), "SEC-MISSING");  // tables only
    REQUIRE(missing.size() == 3);
    CHECK(missing[0].paths == Paths{"/overview"});
    CHECK(missing[0].message.zh == "一、总体情况：缺失或内容为空");
    CHECK(missing[2].message.en == "六、其他需要报告的事项: missing or empty");

    Report blank = real_report_with_narratives("2024_huaian-city");
    as<Report2021>(blank).problems_and_improvements = " \n\u3000\u3000\n";
    Finding const empty = only_finding(blank, "SEC-MISSING");
    CHECK(empty.paths == Paths{"/problems_and_improvements"});
}

TEST_CASE("FEE-NOTICE: fee notices went unpaid (三（六）2) but section 六 is silent on the 信息处理费") {
    // Huaian 2024: 6 applications dropped for an unpaid fee; 六 reports 信息处理费 3940 元.
    CHECK(findings_of(real_report_with_narratives("2024_huaian-city"), "FEE-NOTICE").empty());

    Report silent = real_report_with_narratives("2024_huaian-city");
    // 行政事业性收费 (二（八）) are ordinary administrative fees: mentioning them is not reporting this fee.
    as<Report2021>(silent).other_matters = "全年行政事业性收费 96171.6 万元。暂无其他需要说明的事项。";
    Finding const fee = only_finding(silent, "FEE-NOTICE");
    CHECK(fee.severity == Severity::warning);
    CHECK(fee.paths == Paths{"/applications/outcomes/other/unpaid_fee/total", "/other_matters"});
    CHECK(fee.actual == count(6));
    CHECK(fee.message.zh ==
          "三、本年度办理结果 ›（六）其他处理 › 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 › 总计 为 6，"
          "说明曾发出收费通知，但“六、其他需要报告的事项”未提及信息处理费");

    // No unpaid fee notice, nothing to report.
    as<Report2021>(silent).applications.outcomes.other.unpaid_fee = ApplicantRow{};
    CHECK(findings_of(silent, "FEE-NOTICE").empty());
}

TEST_CASE("NARR-APPS: Hongze 2024 says 17 applications where its table has 95") {
    Finding const apps = only_finding(real_report_with_narratives("2024_hongze-district"), "NARR-APPS");
    CHECK(apps.severity == Severity::warning);
    CHECK(apps.paths == Paths{"/applications/new_received/total", "/overview"});
    CHECK(apps.expected == count(95));
    CHECK(apps.actual == count(17));
    CHECK(apps.message.zh == "正文称受理政府信息公开申请 17 件，表格 一、本年新收政府信息公开申请数量 › 总计 为 95");
    CHECK(apps.message.en ==
          "The narrative states 受理政府信息公开申请 17, but the table has 一、本年新收政府信息公开申请数量 › 总计 = 95");

    // Huaian 共受理政府信息公开申请 3119 件 and Longhua 共受理政府信息公开依申请件 1 宗 agree with their tables.
    CHECK(findings_of(real_report_with_narratives("2024_huaian-city"), "NARR-APPS").empty());
    CHECK(findings_of(real_report_with_narratives("2020_longhua-data-bureau"), "NARR-APPS").empty());
}

TEST_CASE("NARR-REVIEW: the overview's 行政复议 N 件 against 四") {
    Report huaian = real_report_with_narratives("2024_huaian-city");  // 政府信息公开行政复议 351 件, table 351
    CHECK(findings_of(huaian, "NARR-REVIEW").empty());

    CaseRow& review = as<Report2021>(huaian).review_litigation.administrative_review;
    review[CaseResult::upheld] = 73;
    review[CaseResult::total] = 352;
    Finding const stated = only_finding(huaian, "NARR-REVIEW");
    CHECK(stated.paths == Paths{"/review_litigation/administrative_review/total", "/overview"});
    CHECK(stated.expected == count(352));
    CHECK(stated.actual == count(351));
    CHECK(stated.message.zh == "正文称行政复议 351 件，表格 行政复议 › 总计 为 352");
}

TEST_CASE("NARR-LITIG: the overview's 行政诉讼 N 件 against both litigation groups of 四") {
    // Huaian: 政府信息公开行政诉讼 46 件 = 未经复议直接起诉 26 + 复议后起诉 20.
    Report huaian = real_report_with_narratives("2024_huaian-city");
    CHECK(findings_of(huaian, "NARR-LITIG").empty());

    CaseRow& direct = as<Report2021>(huaian).review_litigation.litigation_direct;
    direct[CaseResult::pending] = 2;
    direct[CaseResult::total] = 27;
    Finding const stated = only_finding(huaian, "NARR-LITIG");
    CHECK(stated.paths == Paths{"/review_litigation/litigation_direct/total",
                                   "/review_litigation/litigation_after_review/total", "/overview"});
    CHECK(stated.expected == count(47));
    CHECK(stated.actual == count(46));
    CHECK(stated.message.zh == "正文称行政诉讼 46 件，表格 行政诉讼 › 未经复议直接起诉 › 总计 与复议后起诉总计之和为 47");
}

TEST_CASE("a consistent real report with its narratives has no finding at all") {
    CHECK(validate(real_report_with_narratives("2024_huaian-city")).findings.empty());
}

TEST_CASE("series: Hongze 2023 → 2024 carries over, keeps 现行有效件数 and rewrites its text") {
    std::vector<Report> series = {real_report_with_narratives("2023_hongze-district"),
                                  real_report_with_narratives("2024_hongze-district")};
    auto results = validate_series(series);
    REQUIRE(results.size() == 2);
    CHECK(results[0] == validate(series[0]));
    CHECK(results[1] == validate(series[1]));  // 0 carried = 0 carried over; 行政规范性文件 5 + 3 − 0 = 8 in force
}

TEST_CASE("SERIES-CARRY: 二、上年结转 is last year's 四、结转下年度继续办理") {
    std::vector<Report> series = {real_report("2023_hongze-district"), real_report("2024_hongze-district")};
    as<Report2021SingleRowOther>(series[1]).applications.carried_over[Applicant::natural_person] = 3;
    Finding const carry = only_finding(validate_series(series)[1], "SERIES-CARRY");
    CHECK(carry.severity == Severity::warning);
    CHECK(carry.paths == Paths{"/applications/carried_over/natural_person"});
    CHECK(carry.expected == count(0));
    CHECK(carry.actual == count(3));
    CHECK(carry.message.zh == "二、上年结转政府信息公开申请数量 › 自然人：填报为 3，上一年度报告结转下年度继续办理为 0");

    // The order of the reports does not matter: each is compared with the year before it.
    std::vector<Report> reversed = {series[1], series[0]};
    CHECK(findings_of(validate_series(reversed)[0], "SERIES-CARRY").size() == 1);
    CHECK(findings_of(validate_series(reversed)[1], "SERIES-CARRY").empty());

    // Not the same body, or not the year before: no series.
    as<Report2021SingleRowOther>(series[0]).agency = "淮安市人民政府";
    CHECK(findings_of(validate_series(series)[1], "SERIES-CARRY").empty());
    as<Report2021SingleRowOther>(series[0]).agency = as<Report2021SingleRowOther>(series[1]).agency;
    as<Report2021SingleRowOther>(series[0]).year = 2022;
    CHECK(findings_of(validate_series(series)[1], "SERIES-CARRY").empty());
}

TEST_CASE("SERIES-INFORCE: 现行有效件数 = last year's + 本年制发 − 本年废止") {
    std::vector<Report> series = {real_report("2023_hongze-district"), real_report("2024_hongze-district")};
    as<Report2021SingleRowOther>(series[1]).active_disclosure.regulatory_documents.normative_documents.in_force = 9;
    Finding const in_force = only_finding(validate_series(series)[1], "SERIES-INFORCE");
    CHECK(in_force.paths == Paths{"/active_disclosure/regulatory_documents/normative_documents/in_force"});
    CHECK(in_force.expected == count(8));
    CHECK(in_force.actual == count(9));
    CHECK(in_force.message.zh == "第二十条第（一）项 › 行政规范性文件 › 现行有效件数：上年 5 加本年制发减本年废止应为 8，填报为 9");
}

TEST_CASE("SERIES-ITEMS: 2019 上一年项目数量 follows last year's figure and change") {
    Report last = real_report("2020_longhua-data-bureau");
    as<Report2019>(last).year = 2019;
    std::vector<Report> series = {last, real_report("2020_longhua-data-bureau")};
    CHECK(findings_of(validate_series(series)[1], "SERIES-ITEMS").empty());

    v2019::ItemRow& licensing = as<Report2019>(series[0]).active_disclosure.licensing.administrative_licensing;
    licensing.previous_year_items = 4;
    licensing.change = 2;
    Finding const items = only_finding(validate_series(series)[1], "SERIES-ITEMS");
    CHECK(items.paths == Paths{"/active_disclosure/licensing/administrative_licensing/previous_year_items"});
    CHECK(items.expected == count(6));
    CHECK(items.actual == count(0));
    CHECK(items.message.en ==
          "第二十条第（五）项 › 行政许可 › 上一年项目数量: last year's 上一年项目数量 4 plus its 本年增/减 gives 6, but 0 is reported");
}

TEST_CASE("SERIES-NARRATIVE: a section copied word for word from last year") {
    std::vector<Report> series = {real_report_with_narratives("2023_hongze-district"),
                                  real_report_with_narratives("2024_hongze-district")};
    CHECK(findings_of(validate_series(series)[1], "SERIES-NARRATIVE").empty());
    // The same words wrapped at other places are the same text.
    as<Report2021SingleRowOther>(series[1]).problems_and_improvements =
        "\n" + *as<Report2021SingleRowOther>(series[0]).problems_and_improvements + "  ";
    Finding const copied = only_finding(validate_series(series)[1], "SERIES-NARRATIVE");
    CHECK(copied.paths == Paths{"/problems_and_improvements"});
    CHECK(copied.message.zh == "五、存在的主要问题及改进情况：与上一年度报告一字不差");
}

namespace {

// The ways real reports leave cells blank, applied to a consistent fixture (its 三 as published otherwise).
template <class Blank>
Report blanked(std::string const& name, Blank blank) {
    Report r = real_report(name);
    r.visit([&](auto& report) {
        for_each_row(report.applications, [&](MatrixRow row, ApplicantRow& cells) { blank(row, cells); });
    });
    return r;
}

bool is_outcome(MatrixRow row) {
    return row != MatrixRow::new_received && row != MatrixRow::carried_over && row != MatrixRow::total &&
           row != MatrixRow::carried_forward;
}

}  // namespace

TEST_CASE("blanks are not zeros: consistent reports blanked as real ones are have no error finding") {
    for (std::string const name : {"2024_huaian-city", "2024_hongze-district"}) {
        CAPTURE(name);
        CHECK_FALSE(validate(real_report(name)).has_errors());

        // Every 总计 of the outcome rows: each follows from its row, then （七）总计 checks against them.
        Validation totals = validate(blanked(name, [](MatrixRow row, ApplicantRow& cells) {
            if (is_outcome(row)) cells[Applicant::total] = Count();
        }));
        CHECK(errors_of(totals).empty());
        CHECK(findings_of(totals, "ID-UNDECIDED").empty());  // every blank inferred
        CHECK_FALSE(totals.inferred.empty());
        CHECK(totals.corrections.empty());

        // Every 法人 column: those columns' identities stay undecided, the rest are checked.
        Validation legal = validate(blanked(name, [](MatrixRow, ApplicantRow& cells) {
            for (Applicant a : applicant_details)
                if (a != Applicant::natural_person) cells[a] = Count();
        }));
        CHECK(errors_of(legal).empty());
        // Huaian's 法人 columns hold figures that no identity pins down; Hongze's are 0 wherever their row's 总计
        // is its 自然人, and so inferred.
        CHECK(findings_of(legal, "ID-UNDECIDED").size() == (name == "2024_huaian-city" ? 1 : 0));
        CHECK_FALSE(findings_of(legal, "CELL-ABSENT").empty());  // the blanks themselves are still said

        // One whole row.
        Validation row = validate(blanked(name, [](MatrixRow r, ApplicantRow& cells) {
            if (r == MatrixRow::carried_over)
                for (Count& c : cells) c = Count();
        }));
        CHECK(errors_of(row).empty());
    }
}

TEST_CASE("blanks inferred: a blank 总计 is its row's sum, shown as inferred, never written into the report") {
    Report huaian = real_report("2024_huaian-city");
    as<Report2021>(huaian).applications.outcomes.disclosed[Applicant::total] = Count();
    Report const before = huaian;
    Validation v = validate(huaian);
    CHECK(v.inferred == std::vector<Inferred>{{"/applications/outcomes/disclosed/total", 1362}});
    CHECK(huaian == before);
    CHECK(errors_of(v).empty());

    // Inferred, it still takes part in （七）总计's column: a wrong detail there is found through it.
    as<Report2021>(huaian).applications.outcomes.partially_disclosed[Applicant::total] = 400;  // published 454
    v = validate(huaian);
    Finding const column = only_finding(v, "APP-OUT");
    CHECK(column.paths == Paths{"/applications/outcomes/total/total"});
    CHECK(v.corrections == std::vector<Correction>{{"/applications/outcomes/partially_disclosed/total", 400, 454}});
}

TEST_CASE("SUM-EXCEED: stated parts already more than a stated total, blanks or not") {
    Report huaian = real_report("2024_huaian-city");
    CaseRow& review = as<Report2021>(huaian).review_litigation.administrative_review;
    review[CaseResult::pending] = Count();
    CHECK(findings_of(huaian, "SUM-EXCEED").empty());  // 72 + 64 + 178 ≤ 351: 尚未审结 is 37
    review[CaseResult::total] = 300;
    Validation v = validate(huaian);
    Finding const exceeded = only_finding(v, "SUM-EXCEED");
    CHECK(exceeded.severity == Severity::error);
    CHECK(exceeded.paths == Paths{"/review_litigation/administrative_review/total"});
    CHECK(exceeded.expected == count(314));
    CHECK(exceeded.actual == count(300));
    CHECK(exceeded.message.en ==
          "行政复议 › 总计: the stated figures add up to 314 against 300 reported, a difference blank cells cannot make up");
    CHECK(exceeded.addends.size() == 4);
}

TEST_CASE("ID-UNDECIDED: identities whose blanks nothing determines, one notice listing them") {
    Report huaian = real_report("2024_huaian-city");
    CHECK(findings_of(huaian, "ID-UNDECIDED").empty());
    CaseRow& review = as<Report2021>(huaian).review_litigation.administrative_review;
    review[CaseResult::pending] = Count();
    review[CaseResult::other] = Count();
    Validation v = validate(huaian);
    Finding const undecided = only_finding(v, "ID-UNDECIDED");
    CHECK(undecided.paths == Paths{"/review_litigation/administrative_review/total"});
    CHECK(undecided.message.zh == "1 项勾稽关系含有无法推算的空白单元格，未予核对（首项：行政复议 › 总计）");
    CHECK(v.inferred.empty());
    CHECK(errors_of(v).empty());
}

TEST_CASE("independent corrections: one wrong cell in 三 and one in 四 each get their own") {
    Report huaian = real_report("2024_huaian-city");
    auto& report = as<Report2021>(huaian);
    report.applications.outcomes.disclosed[Applicant::natural_person] = 1293;  // published 1288
    report.review_litigation.administrative_review[CaseResult::total] = 0;     // published 351; no result is 351
    Validation v = validate(huaian);
    CHECK(rules_with(v, Severity::error) == std::vector<std::string>{"APP-ROW", "APP-OUT", "REV-SUM"});
    CHECK(v.corrections == std::vector<Correction>{{"/applications/outcomes/disclosed/natural_person", 1293, 1288},
                                                   {"/review_litigation/administrative_review/total", 0, 351}});
    CHECK(findings_of(v, "CORR-NONE").empty());
    CHECK(v.findings[0].resolved_by == Paths{"/applications/outcomes/disclosed/natural_person"});
    CHECK(v.findings[2].resolved_by == Paths{"/review_litigation/administrative_review/total"});
}

TEST_CASE("validate(report, previous): the series rules without validating the previous year") {
    Report const last = real_report("2023_hongze-district");
    Report const now = real_report("2024_hongze-district");
    Validation const paired = validate(now, &last);
    std::array<Report, 2> const series{last, now};
    CHECK(paired == validate_series(series)[1]);
    CHECK(validate(now, nullptr) == validate(now));
}

TEST_CASE("FEE-UNIT: the 2021 fee column is in 万元") {
    Report huaian = real_report("2024_huaian-city");
    Amount& fee = as<Report2021>(huaian).active_disclosure.fees.administrative_fees.amount;
    CHECK(fee.present());
    CHECK(findings_of(huaian, "FEE-UNIT").empty());
    fee = Money{fee.value().value, MoneyUnit::yuan};
    Finding const unit = only_finding(validate(huaian), "FEE-UNIT");
    CHECK(unit.paths == Paths{"/active_disclosure/fees/administrative_fees/amount"});
    CHECK(unit.message.en.ends_with("this amount is in 元"));
}

TEST_CASE("TITLE-YEAR: the statistics period in the overview against the report's year") {
    Report huaian = real_report_with_narratives("2024_huaian-city");
    CHECK(findings_of(huaian, "TITLE-YEAR").empty());  // 统计期限自 2024 年 1 月 1 日
    CHECK(findings_of(real_report_with_narratives("2020_longhua-data-bureau"), "TITLE-YEAR").empty());  // 起止时间为 2020 年
    as<Report2021>(huaian).year = 2025;
    Finding const year = only_finding(validate(huaian), "TITLE-YEAR");
    CHECK(year.paths == Paths{"/year", "/overview"});
    CHECK(year.expected == count(2024));
    CHECK(year.actual == count(2025));
}

TEST_CASE("NARR-PCT: a share of 三's applications stated in the overview") {
    Report huaian = real_report_with_narratives("2024_huaian-city");
    auto& report = as<Report2021>(huaian);
    // 予以公开 1362 of 3050 (七）总计 is 44.66%; of 3119 new applications 43.67%.
    report.overview = "全年予以公开1362件，占44.7%；部分公开454件,占14.6%。" + *report.overview;
    CHECK(findings_of(huaian, "NARR-PCT").empty());
    report.overview = "全年予以公开1362件，占33.9%。" + *report.overview;
    Finding const share = only_finding(validate(huaian), "NARR-PCT");
    CHECK(share.paths == Paths{"/applications/outcomes/total/total", "/overview"});
    CHECK(share.expected == count(3050));
    CHECK(share.actual == count(1362));
    CHECK(share.message.zh.starts_with("正文称“1362件，占33.9%”"));
    // A share of something that is not a row of 三 is not checked.
    report.overview = "主动公开文件1361件，占12%。" + report.overview->substr(report.overview->find("。") + 3);
    CHECK(findings_of(huaian, "NARR-PCT").empty());
}

TEST_CASE("NARR-DONE: 均已办结 while 四、结转下年度继续办理 is not 0") {
    Report huaian = real_report_with_narratives("2024_huaian-city");
    auto& report = as<Report2021>(huaian);
    report.overview = *report.overview + "上述申请均已办结。";
    Finding const done = only_finding(validate(huaian), "NARR-DONE");
    CHECK(done.paths == Paths{"/applications/carried_forward/total", "/overview"});
    CHECK(done.actual == count(103));
    report.applications.carried_forward[Applicant::total] = 0;
    report.applications.carried_forward[Applicant::natural_person] = 0;
    CHECK(findings_of(huaian, "NARR-DONE").empty());
    CHECK(findings_of(real_report_with_narratives("2024_huaian-city"), "NARR-DONE").empty());
}

TEST_CASE("DATE-LATE: signed after 1月31日 (a department) or 3月31日 (a people's government)") {
    Report huaian = real_report("2024_huaian-city");  // 淮安市人民政府: by 2025-03-31
    auto& report = as<Report2021>(huaian);
    CHECK(report.agency.ends_with("人民政府"));
    report.signed_on = "2025-03-31";
    CHECK(findings_of(huaian, "DATE-LATE").empty());
    report.signed_on = "2025-04-01";
    Finding const late = only_finding(validate(huaian), "DATE-LATE");
    CHECK(late.paths == Paths{"/signed_on"});
    CHECK(late.message.zh == "落款日期 为 2025-04-01，晚于条例规定的公布期限");

    Report longhua = real_report("2020_longhua-data-bureau");  // a department: by 2021-01-31
    as<Report2019>(longhua).signed_on = "2021-01-31";
    CHECK(findings_of(longhua, "DATE-LATE").empty());
    as<Report2019>(longhua).signed_on = "2021-02-01";
    CHECK(findings_of(longhua, "DATE-LATE").size() == 1);

    report.agency = "淮安市人民政府办公室";  // the government's office is a department: by 2025-01-31
    report.signed_on = "2025-02-01";
    CHECK(findings_of(huaian, "DATE-LATE").size() == 1);
    report.signed_on = "2025-01-31";
    CHECK(findings_of(huaian, "DATE-LATE").empty());
}

TEST_CASE("SERIES-UNPAIRED: one body's years under names spelled differently are not compared, but said to be") {
    CHECK(spelling_key("淮安市 洪泽区（人民政府）") == spelling_key("淮安市洪泽区人民政府"));
    CHECK(spelling_key("淮安市洪泽区人民政府") != spelling_key("淮安市人民政府"));

    Report last = real_report("2023_hongze-district");
    Report now = real_report("2024_hongze-district");
    as<Report2021SingleRowOther>(now).applications.carried_over[Applicant::natural_person] = 99;  // SERIES-CARRY when paired
    {
        std::array<Report, 2> const series{last, now};
        Validation const paired = validate_series(series)[1];
        CHECK_FALSE(findings_of(paired, "SERIES-CARRY").empty());
        CHECK(findings_of(paired, "SERIES-UNPAIRED").empty());
    }
    as<Report2021SingleRowOther>(last).agency = "淮安市 洪泽区人民政府";
    std::array<Report, 2> const series{last, now};
    Validation const apart = validate_series(series)[1];
    CHECK(findings_of(apart, "SERIES-CARRY").empty());
    Finding const unpaired = only_finding(apart, "SERIES-UNPAIRED");
    CHECK(unpaired.severity == Severity::notice);
    CHECK(unpaired.paths == Paths{"/agency"});
    CHECK(unpaired.message.zh ==
          "机关名称与上一年度报告的“淮安市 洪泽区人民政府”写法不同，未按同一机关衔接核对；如为同一机关，可用 --series-key 指定");
    CHECK(findings_of(validate_series(series)[0], "SERIES-UNPAIRED").empty());  // nothing the year before 2023
}
