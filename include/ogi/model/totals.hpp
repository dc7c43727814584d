#pragma once
// Totals for report generators: agency software fills in the detail cells and asks for the 总计 column,
// the （七）总计 row and the 总计 of 四. Validation never calls these: it checks figures as published.
#include "ogi/model/report.hpp"
#include "ogi/walk.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <type_traits>

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

// Every total of a report of one layout: the matrix and 四.
template <class A, class O>
constexpr void compute_totals(BasicReport<A, O>& report) {
    compute_totals(report.applications);
    compute_totals(report.review_litigation);
}

inline void compute_totals(Report& report) {
    report.visit([](auto& r) { compute_totals(r); });
}

// The unit an amount column states in its header (本年收费金额（单位：万元）); 元 where it states none (采购总金额).
constexpr MoneyUnit unit_stated_by(Label const& column) noexcept {
    return column.text.find(label(MoneyUnit::wan_yuan).text) != std::string_view::npos ? MoneyUnit::wan_yuan
                                                                                         : MoneyUnit::yuan;
}

// Every blank figure below node set to 0 of its kind: counts and changes 0, amounts 0 in their column's unit.
// For generators whose records have no blanks: a blank cell says "not stated" (CELL-ABSENT), so fill only
// where 0 is what the agency means. Present figures are left as they are.
template <Walkable Node>
constexpr void fill_zeros(Node& node) {
    for_each_field(node, [](Field field, auto& member) {
        using Member = std::remove_cvref_t<decltype(member)>;
        if constexpr (std::is_same_v<Member, Amount>) {
            if (!member.present()) member = Money{Decimal(0), unit_stated_by(field.label)};
        } else if constexpr (is_cell<Member>) {
            if (!member.present()) member = 0;
        } else if constexpr (Walkable<Member>) {
            fill_zeros(member);
        }
    });
}

inline void fill_zeros(Report& report) {
    report.visit([](auto& r) { fill_zeros(r); });
}

}  // namespace ogi
