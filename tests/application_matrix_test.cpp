#include <ogi/model/application_matrix.hpp>

#include <doctest/doctest.h>

#include <vector>

using namespace ogi;

TEST_CASE("the 2019 matrix has 23 rows and the 2021 matrix 25, in table order") {
    CHECK(rows_of<ApplicantRow>().size() == 23);
    CHECK(rows_of<OtherProcessing>().size() == 25);
    CHECK(outcome_rows_of<ApplicantRow>().size() == 19);
    CHECK(outcome_rows_of<OtherProcessing>().size() == 21);

    ApplicationMatrix2021 m;
    std::vector<MatrixRow> seen;
    for_each_row(m, [&](MatrixRow r, ApplicantRow&) { seen.push_back(r); });
    REQUIRE(seen.size() == 25);
    CHECK(seen.front() == MatrixRow::new_received);
    CHECK(seen[20] == MatrixRow::overdue_correction);
    CHECK(seen[22] == MatrixRow::other);
    CHECK(seen.back() == MatrixRow::carried_forward);
}

TEST_CASE("cells are indexed by typed row and column") {
    ApplicationMatrix2019 m;
    m.outcomes.unable_to_provide.not_held[Applicant::natural_person] = 1;
    REQUIRE(find_row(m, MatrixRow::not_held) != nullptr);
    CHECK((*find_row(m, MatrixRow::not_held))[Applicant::natural_person] == Count{1});
    CHECK(find_row(m, MatrixRow::other_processing) == &m.outcomes.other);

    SUBCASE("a row the layout does not have is not there") {
        CHECK(find_row(m, MatrixRow::unpaid_fee) == nullptr);
        ApplicationMatrix2021 m21;
        CHECK(find_row(m21, MatrixRow::other_processing) == nullptr);
        CHECK(find_row(m21, MatrixRow::unpaid_fee) == &m21.outcomes.other.unpaid_fee);
    }
}
