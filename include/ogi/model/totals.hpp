#pragma once
// Totals for report generators: agency software fills in the detail cells and asks for the 总计 column,
// the （七）总计 row and the 总计 of 四. Validation never calls these: it checks figures as published.
#include "ogi/model/report.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>

namespace ogi {

// a + b, or nullopt when it does not fit: adversarial reports carry counts near 2^64.
constexpr std::optional<std::uint64_t> checked_add(std::uint64_t a, std::uint64_t b) noexcept {
    if (b > UINT64_MAX - a) return std::nullopt;
    return a + b;
}

// The sum of the present cells; absent when every cell is absent. Throws std::overflow_error.
template <class Range>
constexpr Count sum_present(Range const& cells) {
    Count sum;
    for (Count const& c : cells) {
        if (!c.present()) continue;
        auto s = checked_add(sum.value_or(0), c.value());
        if (!s) throw std::overflow_error("ogi: a total does not fit 64 bits");
        sum = *s;
    }
    return sum;
}

// 总计 = the six applicant columns.
constexpr void compute_total(ApplicantRow& row) {
    std::array<Count, applicant_details.size()> cells{};
    for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = row[applicant_details[i]];
    row[Applicant::total] = sum_present(cells);
}

// 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
constexpr void compute_total(CaseRow& row) {
    std::array<Count, case_result_details.size()> cells{};
    for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = row[case_result_details[i]];
    row[CaseResult::total] = sum_present(cells);
}

// The 总计 column of every row, then （七）总计 as the sum of the outcome rows, column by column.
template <class Other>
constexpr void compute_totals(ApplicationMatrix<Other>& m) {
    for_each_row(m, [](MatrixRow, ApplicantRow& row) { compute_total(row); });
    constexpr auto outcomes = outcome_rows_of<Other>();
    for (std::size_t c = 0; c < described_size<Applicant>(); ++c) {
        auto column = static_cast<Applicant>(c);
        std::array<Count, outcomes.size()> cells{};
        for (std::size_t i = 0; i < outcomes.size(); ++i) cells[i] = (*find_row(m, outcomes[i]))[column];
        m.outcomes.total[column] = sum_present(cells);
    }
}

constexpr void compute_totals(ReviewLitigation& r) {
    for_each_field(r, [](Field, CaseRow& row) { compute_total(row); });
}

// Every total of the report: the matrix and 四.
inline void compute_totals(Report& report) {
    report.visit([](auto& r) {
        compute_totals(r.applications);
        compute_totals(r.review_litigation);
    });
}

}  // namespace ogi
