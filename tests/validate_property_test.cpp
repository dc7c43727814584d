// Properties of validation over generated reports of every layout: consistent reports pass, and one wrong
// cell of the matrix is found and corrected exactly, whatever the cell and the amount.
#include <ogi/location.hpp>
#include <ogi/model/totals.hpp>
#include <ogi/validate.hpp>

#include "reports.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace ogi;

namespace {

using Rng = std::mt19937_64;

std::uint64_t draw(Rng& rng, std::uint64_t max) { return std::uniform_int_distribution<std::uint64_t>(0, max)(rng); }

// A report whose every exact identity holds: random outcomes and carry-forward, the totals from the total
// helpers, and 一、二 split so that each column balances.
template <class R>
R consistent_report(Rng& rng) {
    R r;
    r.agency = "测试机关";
    r.year = R::edition == Edition::e2019 ? 2020 : 2023;
    auto& m = r.applications;
    std::uint64_t const scale = draw(rng, 3) == 0 ? 1'000'000 : 30;  // now and then the figures of a big city
    for_each_row(m, [&](MatrixRow, ApplicantRow& row) {
        for (Applicant a : applicant_details) row[a] = draw(rng, scale);
    });
    compute_totals(m);
    for (Applicant a : applicant_details) {
        std::uint64_t const handled = m.outcomes.total[a].value() + m.carried_forward[a].value();
        std::uint64_t const carried = draw(rng, handled);
        m.carried_over[a] = carried;
        m.new_received[a] = handled - carried;
    }
    compute_totals(m);
    for_each_field(r.review_litigation, [&](Field, CaseRow& row) {
        for (CaseResult k : case_result_details) row[k] = draw(rng, scale);
    });
    compute_totals(r.review_litigation);
    return r;
}

// Another value for a cell: near, far, zero or the largest count.
std::uint64_t other_value(Rng& rng, std::uint64_t v) {
    std::uint64_t candidates[] = {v + 1 + draw(rng, 20), v > 0 ? draw(rng, v - 1) : v + 7, 0, UINT64_MAX,
                                  v + 1'000'000};
    std::uint64_t next = candidates[draw(rng, std::size(candidates) - 1)];
    return next == v ? v + 1 : next;
}

// Gives each cell of row another value in turn, checks, and puts the published value back.
template <class Row, class Check>
void change_each(Row& row, Rng& rng, Check&& check) {
    for (Count& cell : row) {
        std::uint64_t const published = cell.value();
        cell = other_value(rng, published);
        check(cell, published);
        cell = published;
    }
}

__extension__ typedef __int128 Wide;
bool fits(Wide v) { return v >= 0 && v <= static_cast<Wide>(UINT64_MAX); }

template <class R>
void check_layout() {
    Rng rng(20190515);  // the day the revised Regulations came into force
    for (int n = 0; n < 6; ++n) {
        R const consistent = consistent_report<R>(rng);
        Validation clean = validate(consistent);
        REQUIRE_FALSE(clean.has_errors());
        REQUIRE(clean.corrections.empty());

        SUBCASE("one wrong matrix cell: findings whose unique correction restores exactly that cell") {
            R broken = consistent;
            for_each_row(broken.applications, [&](MatrixRow row, ApplicantRow& cells) {
                change_each(cells, rng, [&](Count const& cell, std::uint64_t published) {
                    std::string const path = locate(broken, cell)->pointer;
                    CAPTURE(path);
                    CAPTURE(key(row));
                    Validation v = validate(broken);
                    CHECK(v.has_errors());
                    CHECK(v.corrections == std::vector<Correction>{{path, cell.value(), published}});
                    for (Finding const& f : v.findings) {
                        if (f.severity != Severity::error) continue;
                        CHECK(f.resolved_by == std::vector<std::string>{path});
                    }
                });
            });
        }

        SUBCASE("one wrong cell of 四: its group's finding; corrected only when one cell alone can absorb it") {
            R broken = consistent;
            for_each_field(broken.review_litigation, [&](Field group, CaseRow& cells) {
                change_each(cells, rng, [&](Count const& cell, std::uint64_t) {
                    CAPTURE(locate(broken, cell)->pointer);
                    Validation v = validate(broken);
                    std::vector<Finding> errors = test::errors_of(v);
                    REQUIRE(errors.size() == 1);
                    CHECK((errors[0].rule == "REV-SUM" || errors[0].rule == "SUM-RANGE"));
                    CHECK(errors[0].paths ==
                          std::vector<std::string>{"/review_litigation/" + std::string(group.key) + "/total"});
                    // Five cells share one identity: any of them that can take up the difference is a correction.
                    Wide difference = cells[CaseResult::total].value();
                    for (CaseResult k : case_result_details) difference -= cells[k].value();
                    std::size_t absorbing = 0;
                    for (CaseResult k : case_result_details) absorbing += fits(cells[k].value() + difference);
                    absorbing += fits(cells[CaseResult::total].value() - difference);
                    CHECK(v.corrections.size() == (absorbing == 1 ? 1 : 0));
                    CHECK(std::ranges::count(v.findings, std::string("CORR-NONE"), &Finding::rule) ==
                          (absorbing == 1 ? 0 : 1));
                });
            });
        }
    }
}

}  // namespace

TEST_CASE("properties of validation, 2019 edition") { check_layout<Report2019>(); }
TEST_CASE("properties of validation, 2021 edition") { check_layout<Report2021>(); }
TEST_CASE("properties of validation, 2021 tables with 三（六） as one row") { check_layout<Report2021SingleRowOther>(); }
