// How to unit-test your own report logic with doctest and ogi's validation: the logic below is a user's (a
// quarterly ledger folded into the annual report); the tests check its figures and that ogi finds no error in
// what it produces, and show how to assert a finding when the logic is wrong.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <ogi/ogi.hpp>

#include <algorithm>
#include <array>

namespace {

// ---- The user's logic under test ----

// Applications per quarter, as the agency's ledger keeps them: received, answered by disclosure, still open.
struct Quarter {
    std::uint64_t received = 0;
    std::uint64_t disclosed = 0;
    std::uint64_t open = 0;
};

// The annual report's 三 from the four quarters (all applicants natural persons, for brevity); what is open at
// the end of the year is carried forward, and what was open during the year was answered by disclosure.
ogi::Report2021 annual_report(std::array<Quarter, 4> const& quarters) {
    ogi::Report2021 r;
    r.year = 2024;
    r.agency = "某某街道办事处";
    auto& m = r.applications;
    std::uint64_t received = 0;
    std::uint64_t disclosed = 0;
    for (Quarter const& q : quarters) {
        received += q.received;
        disclosed += q.disclosed;
    }
    m.new_received[ogi::Applicant::natural_person] = received;
    m.carried_over[ogi::Applicant::natural_person] = 0;
    m.outcomes.disclosed[ogi::Applicant::natural_person] = disclosed;
    m.carried_forward[ogi::Applicant::natural_person] = quarters.back().open;
    ogi::compute_totals(r);
    return r;
}

// ---- Its tests ----

bool has_error(ogi::Validation const& v, std::string const& rule) {
    return std::ranges::any_of(v.findings, [&](ogi::Finding const& f) {
        return f.rule == rule && f.severity == ogi::Severity::error;
    });
}

}  // namespace

TEST_CASE("a year whose applications are all answered or carried forward balances") {
    ogi::Report2021 const r = annual_report({{{5, 4, 1}, {3, 4, 0}, {6, 5, 1}, {2, 2, 1}}});
    CHECK(r.applications.new_received[ogi::Applicant::total] == ogi::Count{16});
    CHECK(r.applications.outcomes.total[ogi::Applicant::total] == ogi::Count{15});
    CHECK(r.applications.carried_forward[ogi::Applicant::total] == ogi::Count{1});
    CHECK_FALSE(ogi::validate(r).has_errors());
}

TEST_CASE("ogi finds the imbalance when the ledger loses an application") {
    // The fourth quarter received 3 but the ledger answered 2 and left none open: one application is lost.
    ogi::Report2021 const r = annual_report({{{5, 4, 1}, {3, 4, 0}, {6, 5, 1}, {3, 2, 1}}});
    ogi::Validation const v = ogi::validate(r);
    CHECK(v.has_errors());
    CHECK(has_error(v, "APP-BAL"));  // 新收 + 上年结转 = 办理结果总计 + 结转下年度 (docs/rules.md)
}
