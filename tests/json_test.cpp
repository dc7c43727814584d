#include <ogi/json.hpp>
#include <ogi/model/totals.hpp>

#include "fixture.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <algorithm>

using namespace ogi;
namespace json = boost::json;

namespace {

char const* const real_reports[] = {
    "reports/2020_longhua-data-bureau.expected.json", "reports/2023_hongze-district.expected.json",
    "reports/2024_hongze-district.expected.json",     "reports/2024_huaian-city.expected.json",
    "reports/2024_huaian-city.plain.expected.json",
};

json::value longhua() { return json::parse(test::read_fixture("reports/2020_longhua-data-bureau.expected.json")); }
json::value huaian() { return json::parse(test::read_fixture("reports/2024_huaian-city.expected.json")); }

std::vector<std::string> error_lines(json::value const& doc, DecodeOptions const& options = {}) {
    DecodeResult r = decode_json(json::serialize(doc), options);
    CHECK_FALSE(r.report.has_value());
    std::vector<std::string> lines;
    for (auto const& e : r.errors) lines.push_back(e.to_string());
    return lines;
}

bool contains(std::vector<std::string> const& lines, std::string const& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace

TEST_CASE("every real report round-trips to the identical document") {
    for (auto path : real_reports) {
        CAPTURE(path);
        std::string text = test::read_fixture(path);
        DecodeResult r = decode_json(text);
        REQUIRE_MESSAGE(r.report.has_value(), (r.errors.empty() ? "" : r.errors.front().to_string()));
        CHECK(to_json_value(*r.report) == json::parse(text));
        CHECK(json::parse(encode_json(*r.report)) == json::parse(text));
        CHECK(json::parse(encode_json(*r.report, {.pretty = false})) == json::parse(text));
        CHECK(decode_json(encode_json(*r.report)).report == r.report);
    }
}

TEST_CASE("the edition and the layout come from the document") {
    Report l = decode_json_or_throw(test::read_fixture("reports/2020_longhua-data-bureau.expected.json"));
    CHECK(l.edition() == Edition::e2019);
    CHECK(l.year() == 2020);
    CHECK(l.agency() == "深圳市龙华区政务服务数据管理局");
    auto const& r19 = std::get<Report2019>(l.variant());
    CHECK(r19.active_disclosure.procurement.centralized_procurement.total_amount.value() ==
          Money{*Decimal::parse("456880"), MoneyUnit::yuan});
    CHECK(r19.applications.new_received[Applicant::natural_person] == Count{1});
    CHECK_FALSE(r19.overview.has_value());

    Report h = decode_json_or_throw(test::read_fixture("reports/2024_huaian-city.expected.json"));
    CHECK(h.other_processing_layout() == OtherProcessingLayout::sub_rows);
    auto const& r21 = std::get<Report2021>(h.variant());
    CHECK(r21.active_disclosure.penalties_and_coercion.administrative_penalty.decisions == Count{3985758});
    CHECK(r21.active_disclosure.fees.administrative_fees.amount.value().value.to_string() == "96171.6");
    CHECK(r21.active_disclosure.fees.administrative_fees.amount.value().unit == MoneyUnit::wan_yuan);
    CHECK(r21.applications.outcomes.other.unpaid_fee[Applicant::natural_person] == Count{6});

    Report mixed = decode_json_or_throw(test::read_fixture("reports/2023_hongze-district.expected.json"));
    CHECK(mixed.edition() == Edition::e2021);
    CHECK(mixed.other_processing_layout() == OtherProcessingLayout::single_row);
    CHECK(std::holds_alternative<Report2021SingleRowOther>(mixed.variant()));
}

TEST_CASE("absent cells are null, narratives are kept, and neither is confused with zero") {
    json::value doc = longhua();
    doc.at("applications").at("carried_over").at("research_institution") = nullptr;
    doc.as_object()["overview"] = "一、总体情况 …";
    doc.as_object()["other_matters"] = "";
    Report r = decode_json_or_throw(json::serialize(doc));
    auto const& r19 = std::get<Report2019>(r.variant());
    CHECK_FALSE(r19.applications.carried_over[Applicant::research_institution].present());
    CHECK(r19.overview == "一、总体情况 …");
    CHECK(r19.other_matters == "");
    CHECK_FALSE(r19.problems_and_improvements.has_value());
    CHECK(to_json_value(r) == doc);
}

TEST_CASE("a report built in code writes the contract's JSON") {
    Report2021 r;
    r.year = 2024;
    r.agency = "某某市某某局";
    r.applications.new_received[Applicant::natural_person] = 5;
    r.applications.outcomes.disclosed[Applicant::natural_person] = 4;
    r.applications.outcomes.other.unpaid_fee[Applicant::natural_person] = 1;
    r.active_disclosure.fees.administrative_fees.amount = Money{*Decimal::parse("12.5"), MoneyUnit::wan_yuan};
    Report report = r;
    compute_totals(report);
    json::value v = to_json_value(report);
    CHECK(v.at("schema") == "ogi-report/1");
    CHECK(v.at("edition") == "2021");
    CHECK(v.at("applications").at("new_received").at("total") == 5);
    CHECK(v.at("applications").at("outcomes").at("total").at("total") == 5);
    CHECK(v.at("applications").at("carried_over").at("total").is_null());
    CHECK(v.at("active_disclosure").at("fees").at("administrative_fees").at("amount") ==
          json::parse(R"({"value": "12.5", "unit": "万元"})"));
    CHECK_FALSE(v.as_object().contains("overview"));
    CHECK(json::serialize(v).find("1.25E1") == std::string::npos);
}

TEST_CASE("decoding errors are located by JSON pointer and say what was expected") {
    SUBCASE("a string where a count belongs") {
        json::value doc = longhua();
        doc.at("applications").at("new_received").at("natural_person") = "1";
        CHECK(error_lines(doc) ==
              std::vector<std::string>{R"(/applications/new_received/natural_person: expected a non-negative integer, got the string "1")"});
    }
    SUBCASE("a negative count") {
        json::value doc = longhua();
        doc.at("review_litigation").at("administrative_review").at("pending") = -3;
        CHECK(error_lines(doc) ==
              std::vector<std::string>{"/review_litigation/administrative_review/pending: expected a non-negative integer, got the number -3"});
    }
    SUBCASE("an integer beyond 64 bits") {
        DecodeResult r = decode_json(R"({"schema": "ogi-report/1"})");  // warm-up: many errors, none thrown
        CHECK_FALSE(r);
        std::string text = test::read_fixture("reports/2020_longhua-data-bureau.expected.json");
        auto at = text.find("\"items\": 9");
        REQUIRE(at != std::string::npos);
        text.replace(at, 10, "\"items\": 18446744073709551616");
        DecodeResult big = decode_json(text);
        REQUIRE(big.errors.size() == 1);
        CHECK(big.errors[0].pointer == "/active_disclosure/procurement/centralized_procurement/items");
        CHECK(big.errors[0].message.starts_with("expected a non-negative integer, got a number beyond the 64-bit integer range"));
    }
    SUBCASE("a fraction where a count belongs") {
        json::value doc = longhua();
        doc.at("applications").at("carried_forward").at("total") = 1.5;
        CHECK(error_lines(doc) == std::vector<std::string>{
                                      "/applications/carried_forward/total: expected a non-negative integer, got the number 1.5 (written with a fraction or exponent)"});
    }
    SUBCASE("money that is not a decimal string") {
        json::value doc = huaian();
        doc.at("active_disclosure").at("fees").at("administrative_fees").at("amount").at("value") = 96171.6;
        doc.at("active_disclosure").at("fees").at("administrative_fees").at("amount").at("unit") = "美元";
        auto lines = error_lines(doc);
        CHECK(lines.size() == 2);
        CHECK(contains(lines, "/active_disclosure/fees/administrative_fees/amount/value: expected a decimal string of at most 18 digits such as \"96171.6\", got the number 96171.6 (written with a fraction or exponent)"));
        CHECK(contains(lines, "/active_disclosure/fees/administrative_fees/amount/unit: expected the unit \"元\" or \"万元\", got the string \"美元\""));
    }
    SUBCASE("a missing key names the official label") {
        json::value doc = longhua();
        doc.at("applications").at("outcomes").at("unable_to_provide").as_object().erase("not_held");
        CHECK(error_lines(doc) == std::vector<std::string>{
                                      "/applications/outcomes/unable_to_provide/not_held: missing (1.本机关不掌握相关政府信息); expected an object"});
    }
    SUBCASE("an unknown key is an error unless the caller accepts it") {
        json::value doc = longhua();
        doc.at("applications").at("new_received").as_object()["foreign_org"] = 0;
        CHECK(error_lines(doc) == std::vector<std::string>{"/applications/new_received/foreign_org: unknown key"});
        CHECK(decode_json(json::serialize(doc), {.allow_unknown_keys = true}));
    }
    SUBCASE("a schema other than ogi-report/1") {
        json::value doc = longhua();
        doc.as_object()["schema"] = "ogi-report/2";
        CHECK(error_lines(doc) == std::vector<std::string>{R"(/schema: expected "ogi-report/1", got the string "ogi-report/2")"});
    }
    SUBCASE("an edition that does not match the tables") {
        json::value doc = huaian();
        doc.as_object()["edition"] = "2019";
        CHECK(error_lines(doc) ==
              std::vector<std::string>{R"(/edition: "2019" does not match the tables, which have the 2021 edition's shape: /active_disclosure/regulatory_documents/rules has "issued")"});
        doc = longhua();
        doc.as_object()["edition"] = "2021";
        CHECK(error_lines(doc) ==
              std::vector<std::string>{R"(/edition: "2021" does not match the tables, which have the 2019 edition's shape: /active_disclosure has "procurement" (第二十条第（九）项))"});
    }
    SUBCASE("2021 sub-rows of （六） in a 2019 report") {
        json::value doc = longhua();
        doc.at("applications").at("outcomes").at("other") = huaian().at("applications").at("outcomes").at("other");
        auto lines = error_lines(doc);
        REQUIRE_FALSE(lines.empty());
        CHECK(lines.front() == "/applications/outcomes/other: the 2019 edition has （六）其他处理 as one row; these are the 2021 edition's sub-rows");
    }
    SUBCASE("not a report at all") {
        CHECK(error_lines(json::array{1, 2}) == std::vector<std::string>{"expected an ogi-report/1 document (a JSON object), got an array"});
    }
}

TEST_CASE("every problem of a document is reported in one pass") {
    json::value doc = longhua();
    doc.as_object()["year"] = "2020";
    doc.at("applications").at("new_received").at("natural_person") = -1;
    doc.at("applications").at("carried_over").at("total") = true;
    doc.at("review_litigation").as_object().erase("litigation_direct");
    doc.as_object()["remarks"] = "x";
    doc.as_object()["overview"] = nullptr;
    auto lines = error_lines(doc);
    CHECK(lines == std::vector<std::string>{
                       R"(/year: expected a year (an integer from 1900 to 2999), got the string "2020")",
                       "/overview: expected a string (leave the key out when the text is not at hand), got null",
                       "/applications/new_received/natural_person: expected a non-negative integer, got the number -1",
                       "/applications/carried_over/total: expected a non-negative integer, got true",
                       "/review_litigation/litigation_direct: missing (未经复议直接起诉); expected an object",
                       "/remarks: unknown key",
                   });
}

TEST_CASE("syntax errors say where the parser stopped") {
    DecodeResult r = decode_json("{\n  \"schema\": \"ogi-report/1\",\n  \"edition\": 2019x\n}");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].pointer.empty());
    CHECK(r.errors[0].line == 3u);
    CHECK(r.errors[0].message.starts_with("invalid JSON at line 3, column"));

    CHECK_FALSE(decode_json(""));
    CHECK_FALSE(decode_json("{\"schema\": \"ogi-report/1\""));
    CHECK_FALSE(decode_json(std::string(100, '[') + std::string(100, ']')));  // deeper than max_depth
    CHECK_FALSE(decode_json("{\"agency\": \"\xff\xfe\"}"));                   // not UTF-8
}

TEST_CASE("a UTF-8 byte order mark is accepted") {
    std::string text = "\xEF\xBB\xBF" + test::read_fixture("reports/2024_huaian-city.expected.json");
    CHECK(decode_json(text));
}

TEST_CASE("exceptions, when the caller asks for them, carry every error") {
    try {
        decode_json_or_throw(R"({"schema": "ogi-report/1", "edition": "2019"})");
        FAIL("no exception");
    } catch (JsonDecodeError const& e) {
        CHECK(e.errors().size() == 5);  // year, agency, active_disclosure, applications, review_litigation: missing
        CHECK(std::string(e.what()).starts_with("/year: missing"));
    }
}

TEST_CASE("json_pointer escapes ~ and /") {
    CHECK(json_pointer({"applications", "new_received", "total"}) == "/applications/new_received/total");
    CHECK(json_pointer({"a/b", "c~d"}) == "/a~1b/c~0d");
}

TEST_CASE("a key given twice is refused: one of its figures would be lost") {
    std::string text = test::read_fixture("reports/2020_longhua-data-bureau.expected.json");
    auto at = text.find("\"natural_person\": 1,");
    REQUIRE(at != std::string::npos);
    text.insert(at, "\"natural_person\": 7, ");
    DecodeResult r = decode_json(text);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("duplicate key \"natural_person\": one of its values would be lost") != std::string::npos);
    CHECK(r.errors[0].line == 61u);  // the line of the repeated key
    CHECK(decode_json(R"({"a": {"k": 1}, "b": {"k": 2}})").errors.front().message.find("duplicate") == std::string::npos);
}

TEST_CASE("text after the document is an error, whitespace is not") {
    std::string text = test::read_fixture("reports/2024_huaian-city.expected.json");
    CHECK(decode_json(text + "\n\n  \t"));
    DecodeResult r = decode_json(text + "x");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 302u);
    CHECK(r.errors[0].column == 1u);
    CHECK_FALSE(decode_json("5 garbage"));
}
