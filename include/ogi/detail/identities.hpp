#pragma once
// The exact identities of a report as linear equations over its cells (format.md, "Identities"): built once
// per shape of 三（六） from the structure of the matrix (its rows in table order; 一 and 二 first, （七）总计 and
// 四、结转下年度 last) and the columns, evaluated for every report. A layout the library does not know gets them
// from its structure alone.
#include "ogi/detail/correction.hpp"

#include "ogi/location.hpp"
#include "ogi/model/basic_report.hpp"
#include "ogi/rules/catalogue.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace ogi::detail {

// One identity: Σ lhs = Σ rhs. The left side holds the cells that summarize (a 总计, or （七）总计 and 四),
// the right the cells they sum. Terms are lhs with +1, then rhs with -1.
struct Identity {
    rules::Rule const* rule;
    std::vector<Term> terms;
    std::size_t lhs_size;
    std::span<Term const> lhs() const { return std::span(terms).first(lhs_size); }
    std::span<Term const> rhs() const { return std::span(terms).subspan(lhs_size); }
};

inline constexpr std::size_t columns = described_size<Applicant>();
inline constexpr std::size_t case_results = described_size<CaseResult>();
inline constexpr std::size_t case_groups = described_size<ReviewLitigation>();

// Cells are numbered: the matrix row by row in table order, seven columns each, then 四 group by group.
template <class Other>
struct IdentityTable {
    static constexpr std::size_t matrix_rows = row_count<ApplicationMatrix<Other>>();
    // Rows by their place in the matrix's structure.
    static constexpr std::size_t new_received_row = 0;
    static constexpr std::size_t carried_over_row = 1;
    static constexpr std::size_t total_row = matrix_rows - 2;  // （七）总计
    static constexpr std::size_t carried_forward_row = matrix_rows - 1;
    static constexpr std::size_t matrix_cells = matrix_rows * columns;
    static constexpr std::size_t cell_count = matrix_cells + case_groups * case_results;

    std::vector<Identity> identities;
    std::vector<Location const*> locations;  // of each cell: the same in every report of this layout
    // The parts of the tables that share no cell (三, each group of 四): each identity's part, numbered from 0.
    // A part's wrong figures are corrected independently of another's.
    std::vector<std::size_t> part_of;
    std::size_t parts = 0;

    static IdentityTable const& get() {
        static IdentityTable const table = build();
        return table;
    }

    // The cell of the matrix row at this place in table order.
    static constexpr std::uint16_t row_cell(std::size_t row, Applicant column) {
        return static_cast<std::uint16_t>(row * columns + index_of(column));
    }
    static constexpr std::uint16_t cell(MatrixRow row, Applicant column)
        requires has_named_rows<Other>
    {
        constexpr auto rows = rows_of<Other>();
        return row_cell(static_cast<std::size_t>(std::ranges::find(rows, row) - rows.begin()), column);
    }
    static constexpr std::uint16_t cell(std::size_t group, CaseResult result) {
        return static_cast<std::uint16_t>(matrix_cells + group * case_results + index_of(result));
    }

private:
    static Identity identity(rules::Rule const& rule, std::vector<std::uint16_t> const& lhs,
                             std::vector<std::uint16_t> const& rhs) {
        Identity id{&rule, {}, lhs.size()};
        for (auto c : lhs) id.terms.push_back({c, +1});
        for (auto c : rhs) id.terms.push_back({c, -1});
        return id;
    }

    static IdentityTable build();

    // Identities are joined when they share a cell (union-find over the cells).
    void find_parts() {
        std::vector<std::uint16_t> root(cell_count);
        for (std::size_t c = 0; c < cell_count; ++c) root[c] = static_cast<std::uint16_t>(c);
        auto find = [&](std::uint16_t c) {
            while (root[c] != c) c = root[c] = root[root[c]];
            return c;
        };
        for (Identity const& id : identities)
            for (Term t : id.terms) root[find(t.cell)] = find(id.terms.front().cell);
        std::vector<std::size_t> number(cell_count, SIZE_MAX);
        for (Identity const& id : identities) {
            std::size_t& n = number[find(id.terms.front().cell)];
            if (n == SIZE_MAX) n = parts++;
            part_of.push_back(n);
        }
    }
};

// Calls f(cell) for each cell of a report, in the table's numbering.
template <class A, class Other, class F>
void for_each_numbered_cell(BasicReport<A, Other> const& report, F f) {
    for_each_leaf<ApplicantRow>(report.applications, [&](ApplicantRow const& row) {
        for (Count const& c : row) f(c);
    });
    for_each_field(report.review_litigation, [&](Field, CaseRow const& row) {
        for (Count const& c : row) f(c);
    });
}

// The cells of a report in the table's numbering as published: their values (0 when blank) and which are there.
template <class Other>
struct CellValues {
    std::array<std::uint64_t, IdentityTable<Other>::cell_count> values;
    std::array<bool, IdentityTable<Other>::cell_count> present;
};

template <class A, class Other>
CellValues<Other> cell_values(BasicReport<A, Other> const& report) {
    CellValues<Other> v;
    std::size_t i = 0;
    for_each_numbered_cell(report, [&](Count const& c) {
        v.present[i] = c.present();
        v.values[i++] = c.value_or(0);
    });
    return v;
}

// Σ values of the terms' cells. Summed in 64 bits, the common case, and again in 128 only when that overflows.
template <std::size_t N>
Wide sum_of(std::span<Term const> terms, std::array<std::uint64_t, N> const& values) noexcept {
    std::uint64_t sum = 0;
    bool overflow = false;
    for (Term t : terms) overflow |= __builtin_add_overflow(sum, values[t.cell], &sum);
    if (!overflow) return sum;
    Wide wide = 0;
    for (Term t : terms) wide += values[t.cell];
    return wide;
}

template <class Other>
IdentityTable<Other> IdentityTable<Other>::build() {
    IdentityTable t;
    // 二 differs between editions, 三 and 四 do not: any edition's report locates these cells.
    BasicReport<v2021::ActiveDisclosure, Other> const blank;
    for_each_numbered_cell(blank, [&](Count const& c) { t.locations.push_back(location_of(blank, c)); });
    for (std::size_t r = 0; r < matrix_rows; ++r) {
        std::vector<std::uint16_t> row;
        for (Applicant a : applicant_details) row.push_back(row_cell(r, a));
        t.identities.push_back(identity(rules::app_row, {row_cell(r, Applicant::total)}, row));
    }
    for (std::size_t c = 0; c < columns; ++c) {
        auto const a = static_cast<Applicant>(c);
        std::vector<std::uint16_t> outcomes;  // every row between 二、上年结转 and （七）总计
        for (std::size_t r = carried_over_row + 1; r < total_row; ++r) outcomes.push_back(row_cell(r, a));
        t.identities.push_back(identity(rules::app_outcomes, {row_cell(total_row, a)}, outcomes));
    }
    for (std::size_t c = 0; c < columns; ++c) {
        auto const a = static_cast<Applicant>(c);
        t.identities.push_back(identity(rules::app_balance, {row_cell(total_row, a), row_cell(carried_forward_row, a)},
                                        {row_cell(new_received_row, a), row_cell(carried_over_row, a)}));
    }
    for (std::size_t g = 0; g < case_groups; ++g) {
        std::vector<std::uint16_t> results;
        for (CaseResult k : case_result_details) results.push_back(cell(g, k));
        t.identities.push_back(identity(rules::review_sum, {cell(g, CaseResult::total)}, results));
    }
    t.find_parts();
    return t;
}

}  // namespace ogi::detail
