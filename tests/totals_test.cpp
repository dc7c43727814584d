#include <ogi/json.hpp>
#include <ogi/model/totals.hpp>
#include <ogi/walk.hpp>

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

TEST_CASE("totals of a report of one layout, without the variant") {
    Report2021 r;
    r.applications.new_received[Applicant::natural_person] = 12;
    r.applications.new_received[Applicant::commercial_enterprise] = 3;
    r.applications.outcomes.disclosed[Applicant::natural_person] = 10;
    r.applications.outcomes.other.unpaid_fee[Applicant::natural_person] = 2;
    r.review_litigation.administrative_review[CaseResult::upheld] = 4;
    compute_totals(r);
    CHECK(r.applications.new_received[Applicant::total] == Count{15});
    CHECK(r.applications.outcomes.other.unpaid_fee[Applicant::total] == Count{2});
    CHECK(r.applications.outcomes.total[Applicant::natural_person] == Count{12});
    CHECK(r.applications.outcomes.total[Applicant::total] == Count{12});
    CHECK(r.review_litigation.administrative_review[CaseResult::total] == Count{4});

    // The same as through the variant.
    Report2021 blank_totals = r;
    blank_totals.applications.outcomes.total = {};
    Report through_variant = blank_totals;
    compute_totals(through_variant);
    CHECK(through_variant == Report(r));
}

TEST_CASE("fill_zeros: every blank figure 0 of its kind, amounts in their column's unit, figures kept") {
    Report2019 old;
    old.active_disclosure.licensing.administrative_licensing.decisions = 7;
    fill_zeros(old);
    CHECK(old.active_disclosure.licensing.administrative_licensing.decisions == Count{7});
    CHECK(old.active_disclosure.licensing.administrative_licensing.change == Change{0});
    CHECK(old.applications.outcomes.other[Applicant::total] == Count{0});
    CHECK(old.review_litigation.litigation_after_review[CaseResult::pending] == Count{0});
    // 采购总金额 states no unit: 0 元.
    CHECK(old.active_disclosure.procurement.centralized_procurement.total_amount == Amount{Money{Decimal(0), MoneyUnit::yuan}});

    Report2021 r;
    r.active_disclosure.fees.administrative_fees.amount = Money{*Decimal::parse("1.5"), MoneyUnit::yuan};
    Report2021 blank;
    fill_zeros(blank);
    fill_zeros(r);
    // 本年收费金额（单位：万元）: 0 万元; a published amount stays as it is, unit included.
    CHECK(blank.active_disclosure.fees.administrative_fees.amount == Amount{Money{Decimal(0), MoneyUnit::wan_yuan}});
    CHECK(r.active_disclosure.fees.administrative_fees.amount == Amount{Money{*Decimal::parse("1.5"), MoneyUnit::yuan}});
    // Nothing is left blank, and the narratives are not figures.
    std::size_t absent = 0;
    for_each_leaf<Count>(blank, [&](Count const& c) { absent += !c.present(); });
    CHECK(absent == 0);
    CHECK_FALSE(blank.overview);

    Report variant = Report2021{};
    fill_zeros(variant);
    CHECK(variant == Report(blank));
}

TEST_CASE("unit_stated_by reads the unit a column's header states") {
    CHECK(unit_stated_by(labels_of<v2021::FeeAmountRow>()[0]) == MoneyUnit::wan_yuan);
    CHECK(unit_stated_by(Label{"采购总金额"}) == MoneyUnit::yuan);
}
