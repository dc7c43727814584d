// The signature date (落款日期): read from the end of a published report's text, kept in the JSON as an optional
// key, so that documents without it stay valid.
#include <ogi/import.hpp>
#include <ogi/json.hpp>

#include "fixture.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace ogi;
using ogi::test::read_fixture;

namespace {

std::optional<std::string> signed_on(Report const& r) {
    return r.visit([](auto const& report) { return report.signed_on; });
}

Report imported(std::string const& text) {
    auto result = import_text(text);
    REQUIRE(result.report);
    return *result.report;
}

}  // namespace

TEST_CASE("the date under the report is its signature date; a text that does not end in one has none") {
    std::string const longhua = read_fixture("reports/2020_longhua-data-bureau.txt");
    CHECK_FALSE(signed_on(imported(longhua)));  // the published text ends with 六's sentence

    std::string const signed_text = longhua + "\n            深圳市龙华区政务服务数据管理局\n            2021 年 1 月 20 日\n\n   -9-\n";
    Report const r = imported(signed_text);
    CHECK(signed_on(r) == "2021-01-20");
    CHECK(signed_on(imported(longhua + "\n2021年2月3日\n")) == "2021-02-03");
    // A date inside the last sentence is not a signature; nor is a date that cannot be.
    CHECK_FALSE(signed_on(imported(longhua + "\n于2021年1月20日完成。\n")));
    CHECK_FALSE(signed_on(imported(longhua + "\n2021年13月20日\n")));
}

TEST_CASE("signed_on is an optional key of the JSON: written when known, absent otherwise") {
    std::string const json = read_fixture("reports/2020_longhua-data-bureau.expected.json");
    Report r = decode_json_or_throw(json);
    CHECK_FALSE(signed_on(r));
    CHECK(encode_json(r).find("signed_on") == std::string::npos);
    std::get<Report2019>(r.variant()).signed_on = "2021-01-20";
    std::string const written = encode_json(r);
    CHECK(written.find(R"("signed_on": "2021-01-20")") != std::string::npos);
    CHECK(decode_json_or_throw(written) == r);
}
