// ogi::sum: the roll-up of several bodies' reports of one year into the region's report.
#include <ogi/json.hpp>
#include <ogi/model/totals.hpp>
#include <ogi/sum.hpp>
#include <ogi/validate.hpp>

#include "fixture.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <vector>

using namespace ogi;

namespace {

Report fixture_report(std::string const& name) {
    return decode_json_or_throw(test::read_fixture("reports/" + name + ".expected.json"));
}

Report2021 const& as_2021(SumResult const& s) { return std::get<Report2021>(s.report->variant()); }

// A 2021 report whose administrative fees are the amount given.
Report fees(std::string const& amount, MoneyUnit unit) {
    // Filled in place: GCC 12 at -O2 warns falsely (maybe-uninitialized) on moving a Report2021 into a Report.
    Report report = Report2021{};
    auto& r = std::get<Report2021>(report.variant());
    r.year = 2024;
    r.active_disclosure.fees.administrative_fees.amount = Money{Decimal::parse(amount).value(), unit};
    return report;
}

}  // namespace

TEST_CASE("Huai'an summed with itself doubles every figure and validates as clean as the report") {
    Report const huaian = fixture_report("2024_huaian-city");
    std::vector<Report> const twice{huaian, huaian};
    SumResult const s = sum(twice, "淮安市（两份合计）");
    REQUIRE(s);
    auto const& one = std::get<Report2021>(huaian.variant());
    auto const& two = as_2021(s);
    CHECK(two.year == 2024);
    CHECK(two.agency == "淮安市（两份合计）");
    CHECK(two.active_disclosure.penalties_and_coercion.administrative_penalty.decisions ==
          Count{2 * one.active_disclosure.penalties_and_coercion.administrative_penalty.decisions.value()});
    CHECK(one.active_disclosure.penalties_and_coercion.administrative_penalty.decisions == Count{3985758});
    // 96171.6 万元 twice, still in 万元, exactly.
    CHECK(two.active_disclosure.fees.administrative_fees.amount.value().value.to_string() == "192343.2");
    CHECK(two.active_disclosure.fees.administrative_fees.amount.value().unit == MoneyUnit::wan_yuan);
    CHECK(two.applications.outcomes.total[Applicant::total] ==
          Count{2 * one.applications.outcomes.total[Applicant::total].value()});
    // Totals are sums too, so the sum's identities hold wherever the report's do.
    CHECK_FALSE(validate(*s.report).has_errors());
    CHECK_FALSE(validate(huaian).has_errors());
    // Narratives are no figures: the sum has none.
    CHECK_FALSE(two.overview.has_value());
}

TEST_CASE("reports of different years are refused, naming both") {
    std::vector<Report> const hongze{fixture_report("2023_hongze-district"), fixture_report("2024_hongze-district")};
    SumResult const s = sum(hongze, "洪泽区");
    CHECK_FALSE(s);
    CHECK(s.error == "cannot sum reports of different years: 淮安市洪泽区人民政府 (2023) and 淮安市洪泽区人民政府 (2024)");
}

TEST_CASE("a 2021 report and one with 三（六） as one row are refused: the sub-rows cannot be split") {
    std::vector<Report> const mixed{fixture_report("2024_huaian-city"), fixture_report("2024_hongze-district")};
    SumResult const s = sum(mixed, "淮安市");
    CHECK_FALSE(s);
    CHECK(s.error ==
          "cannot sum reports of different layouts of 三（六）: 淮安市人民政府 (three sub-rows) and 淮安市洪泽区人民政府 (one row)");
}

TEST_CASE("reports of different editions are refused") {
    Report longhua = fixture_report("2020_longhua-data-bureau");
    longhua.visit([](auto& r) { r.year = 2024; });  // the 2019 tables, as some bodies kept using them
    std::vector<Report> const editions{fixture_report("2024_huaian-city"), longhua};
    CHECK(sum(editions, "x").error ==
          "cannot sum reports of different editions: 淮安市人民政府 (edition 2021) and 深圳市龙华区政务服务数据管理局 (edition 2019)");
}

TEST_CASE("nothing to sum is refused") {
    CHECK(sum({}, "x").error == "nothing to sum: no reports");
}

TEST_CASE("a blank cell adds nothing: absent + absent stays absent, absent + n is n") {
    Report2021 a;
    a.year = 2024;
    Report2021 b = a;
    b.applications.new_received[Applicant::natural_person] = 7;
    std::vector<Report> const reports{a, b};
    SumResult const s = sum(reports, "x");
    REQUIRE(s);
    CHECK(as_2021(s).applications.new_received[Applicant::natural_person] == Count{7});
    CHECK_FALSE(as_2021(s).applications.new_received[Applicant::commercial_enterprise].present());
}

TEST_CASE("money is summed exactly, scales aligned; 万元 and 元 together are summed in 元") {
    std::vector<Report> const scales{fees("1.5", MoneyUnit::wan_yuan), fees("2.25", MoneyUnit::wan_yuan)};
    CHECK(as_2021(sum(scales, "x")).active_disclosure.fees.administrative_fees.amount ==
          Amount{Money{*Decimal::parse("3.75"), MoneyUnit::wan_yuan}});

    // 1.5 万元 = 15000 元; 0.00005 万元 = 0.5 元.
    std::vector<Report> const units{fees("1.5", MoneyUnit::wan_yuan), fees("20", MoneyUnit::yuan),
                                    fees("0.00005", MoneyUnit::wan_yuan)};
    CHECK(as_2021(sum(units, "x")).active_disclosure.fees.administrative_fees.amount ==
          Amount{Money{*Decimal::parse("15020.5"), MoneyUnit::yuan}});
}

TEST_CASE("a sum that does not fit is an error, never a wrapped figure") {
    Report2021 big;
    big.year = 2024;
    big.applications.new_received[Applicant::natural_person] = std::numeric_limits<std::uint64_t>::max();
    Report2021 one = big;
    one.applications.new_received[Applicant::natural_person] = 1;
    std::vector<Report> const reports{big, one};
    SumResult const s = sum(reports, "x");
    CHECK_FALSE(s);
    CHECK(s.error == "cannot sum the reports: a sum does not fit 64 bits");

    std::vector<Report> const amounts{fees("999999999999999999", MoneyUnit::yuan), fees("1", MoneyUnit::yuan)};
    CHECK(sum(amounts, "x").error == "cannot sum the reports: an amount has more than 18 digits");
}
