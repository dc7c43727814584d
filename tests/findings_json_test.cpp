// The findings document of json-contract.md.
#include <ogi/findings_json.hpp>

#include "reports.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

using namespace ogi;

TEST_CASE("Longhua's entry: findings with pointers, figures and both messages; the corrections") {
    Report longhua = test::real_report("2020_longhua-data-bureau");
    boost::json::value entry = findings_entry("reports/2020_longhua-data-bureau.txt", longhua, validate(longhua));
    CHECK(entry.at("source") == "reports/2020_longhua-data-bureau.txt");
    CHECK(entry.at("agency") == "深圳市龙华区政务服务数据管理局");
    CHECK(entry.at("year") == 2020);
    CHECK(entry.at("edition") == "2019");
    CHECK(entry.at("findings").at(0) == boost::json::parse(R"({
        "rule": "APP-ROW", "severity": "error",
        "paths": ["/applications/outcomes/unable_to_provide/not_held/total"],
        "expected": 1, "actual": 0,
        "message": {"zh": "三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计：各类申请人之和为 1，填报为 0",
                    "en": "三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计: the six applicant columns add up to 1, but 0 is reported"},
        "resolved_by": ["/applications/outcomes/unable_to_provide/not_held/total"],
        "addends": ["/applications/outcomes/unable_to_provide/not_held/natural_person",
                    "/applications/outcomes/unable_to_provide/not_held/commercial_enterprise",
                    "/applications/outcomes/unable_to_provide/not_held/research_institution",
                    "/applications/outcomes/unable_to_provide/not_held/social_welfare_org",
                    "/applications/outcomes/unable_to_provide/not_held/legal_service_org",
                    "/applications/outcomes/unable_to_provide/not_held/other_org"],
        "rule_version": 2})"));
    CHECK_FALSE(entry.as_object().contains("inferred"));  // nothing blank in Longhua's tables
    CHECK(entry.at("corrections") == boost::json::parse(R"([
        {"path": "/applications/outcomes/unable_to_provide/not_held/total", "reported": 0, "suggested": 1},
        {"path": "/applications/outcomes/total/total", "reported": 0, "suggested": 1}])"));
}

TEST_CASE("a finding without figures has no expected or actual; negative figures stay signed") {
    Finding f{"ITEM-NEG", Severity::error, {"/a"}, Figure(std::int64_t{-3}), std::nullopt, {"zh", "en"}, 12, {}};
    CHECK(to_json_value(f) == boost::json::parse(R"({"rule":"ITEM-NEG","severity":"error","paths":["/a"],
        "expected":-3,"message":{"zh":"zh","en":"en"},"source_line":12,"rule_version":1})"));
}

TEST_CASE("blanks inferred are listed in the entry as pointer and value") {
    Report huaian = test::real_report("2024_huaian-city");
    std::get<Report2021>(huaian.variant()).applications.outcomes.total[Applicant::total] = Count();
    boost::json::value entry = findings_entry("h.json", huaian, validate(huaian));
    CHECK(entry.at("inferred") == boost::json::parse(R"([{"path":"/applications/outcomes/total/total","value":3050}])"));
}

TEST_CASE("the findings schema (ogi schema --findings) names every key of an entry") {
    boost::json::value const schema = boost::json::parse(findings_json_schema());
    CHECK(schema.at("$id") == "ogi-findings/1");
    auto const& entry = schema.at("properties").at("reports").at("items").at("oneOf").at(0).at("properties").as_object();
    for (char const* key : {"source", "agency", "year", "edition", "findings", "corrections", "inferred"})
        CHECK(entry.contains(key));
    auto const& finding = entry.at("findings").at("items").at("properties").as_object();
    for (char const* key : {"rule", "severity", "paths", "expected", "actual", "message", "source_line", "resolved_by",
                            "addends", "rule_version"})
        CHECK(finding.contains(key));
}

TEST_CASE("an input that could not be read is an entry with its errors") {
    std::string errors[] = {"x.json: cannot open"};
    CHECK(unreadable_entry("x.json", errors) ==
          boost::json::parse(R"({"source":"x.json","errors":["x.json: cannot open"]})"));
}

TEST_CASE("the summary of a batch counts reports, unreadable inputs, reports with errors and each rule fired") {
    Validation const validations[] = {validate(test::real_report("2020_longhua-data-bureau")),
                                      validate(test::real_report("2024_huaian-city"))};
    CHECK(findings_summary(validations, 1) == boost::json::parse(R"({"reports": 3, "unreadable": 1, "with_errors": 1,
        "rules": {"APP-BAL": 1, "APP-ROW": 2, "SEC-MISSING": 6}})"));
}

TEST_CASE("a batch summary is added to one report at a time, and gives the same counts") {
    // A run over a folder keeps the counts, never the validations.
    BatchSummary summary;
    summary.add(validate(test::real_report("2020_longhua-data-bureau")));
    summary.add_unreadable();
    summary.add(validate(test::real_report("2024_huaian-city")));
    CHECK(to_json_value(summary) == boost::json::parse(R"({"reports": 3, "unreadable": 1, "with_errors": 1,
        "rules": {"APP-BAL": 1, "APP-ROW": 2, "SEC-MISSING": 6}})"));
}

TEST_CASE("batch summaries of parts add up to the summary of the whole") {
    BatchSummary first, second, whole;
    first.add(validate(test::real_report("2020_longhua-data-bureau")));
    second.add_unreadable();
    second.add(validate(test::real_report("2024_huaian-city")));
    whole.add(first);
    whole.add(second);
    CHECK(whole.reports == 3);
    CHECK(to_json_value(whole) == boost::json::parse(R"({"reports": 3, "unreadable": 1, "with_errors": 1,
        "rules": {"APP-BAL": 1, "APP-ROW": 2, "SEC-MISSING": 6}})"));
}

TEST_CASE("rules are counted in catalogue order, the importer's after validation's, an unknown ID last") {
    Validation v;
    for (char const* rule : {"IMP-X", "IMP-ROW-UNREAD", "APP-ROW"})
        v.findings.push_back(Finding{rule, Severity::warning, {}, {}, {}, {}, {}});
    BatchSummary summary;
    summary.add(v);
    CHECK(boost::json::serialize(to_json_value(summary).at("rules")) == R"({"APP-ROW":1,"IMP-ROW-UNREAD":1,"IMP-X":1})");
}
