#include <ogi/json.hpp>
#include <ogi/model/totals.hpp>

#include "fixture.hpp"

#include <doctest/doctest.h>

using namespace ogi;

TEST_CASE("the 总计 column and the （七）总计 row computed from the detail cells") {
    // Longhua 2020 left two 总计 cells at 0 where its own rows give 1 (三（四）1 and 三（七）).
    Report published = decode_json_or_throw(test::read_fixture("reports/2020_longhua-data-bureau.expected.json"));
    Report computed = published;
    compute_totals(computed);
    auto const& before = std::get<Report2019>(published.variant()).applications;
    auto const& after = std::get<Report2019>(computed.variant()).applications;
    CHECK(before.outcomes.unable_to_provide.not_held[Applicant::total] == Count{0});
    CHECK(after.outcomes.unable_to_provide.not_held[Applicant::total] == Count{1});
    CHECK(before.outcomes.total[Applicant::total] == Count{0});
    CHECK(after.outcomes.total[Applicant::total] == Count{1});
    CHECK(after.outcomes.total[Applicant::natural_person] == Count{1});

    // Nothing else changes: every other published total was right.
    auto& fixed = std::get<Report2019>(published.variant()).applications;
    fixed.outcomes.unable_to_provide.not_held[Applicant::total] = 1;
    fixed.outcomes.total[Applicant::total] = 1;
    CHECK(published == computed);
}

TEST_CASE("totals of a consistent report are left as they are") {
    Report huaian = decode_json_or_throw(test::read_fixture("reports/2024_huaian-city.expected.json"));
    Report computed = huaian;
    compute_totals(computed);
    CHECK(computed == huaian);
}

TEST_CASE("a total over absent cells sums what is there; over none it stays absent") {
    ApplicantRow row;
    compute_total(row);
    CHECK_FALSE(row[Applicant::total].present());
    row[Applicant::commercial_enterprise] = 2;
    compute_total(row);
    CHECK(row[Applicant::total] == Count{2});
}

TEST_CASE("a total that does not fit 64 bits is refused, never wrapped") {
    CaseRow row;
    row[CaseResult::upheld] = UINT64_MAX;
    row[CaseResult::pending] = 1;
    CHECK_THROWS_AS(compute_total(row), std::overflow_error);
    CHECK(checked_add(UINT64_MAX - 1, 1) == UINT64_MAX);
    CHECK_FALSE(checked_add(UINT64_MAX, 1));
}
