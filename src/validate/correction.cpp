#include "ogi/detail/correction.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <set>

namespace ogi::detail {

namespace {

constexpr std::uint16_t no_cell = UINT16_MAX;

// Branch and bound over the structure of the identities rather than over all sets of cells: a set that
// corrects the report must touch every broken identity, and every intact identity it touches at all it must
// touch at least twice (a lone changed cell would break it). So each step branches only over the cells of the
// first identity the chosen cells leave unresolved; this finds every smallest set (when the chosen cells
// resolve everything but their changes disagree, a further cell must share one of their identities, or a
// smaller set would already be a correction).
class Search {
public:
    Search(std::span<Equation const> equations, std::span<std::uint64_t const> values)
        : equations_(equations), values_(values), residuals_(equations.size()), cell_equations_(values.size()) {
        for (std::size_t e = 0; e < equations.size(); ++e) {
            for (Term t : equations[e].terms) {
                residuals_[e] += t.coefficient * static_cast<Wide>(values[t.cell]);
                cell_equations_[t.cell].push_back(e);
            }
            if (residuals_[e] != 0) broken_.push_back(e);
        }
    }

    CorrectionSearch run(std::size_t max_cells) {
        if (broken_.empty()) return {};
        for (std::size_t size = 1; size <= max_cells && result_.solutions.empty() && !result_.underdetermined; ++size) {
            tried_.clear();
            extend(size);
        }
        return std::move(result_);
    }

private:
    using Key = std::array<std::uint16_t, 3>;

    std::size_t chosen_in(std::size_t e) const {
        std::size_t n = 0;
        for (Term t : equations_[e].terms) n += static_cast<std::size_t>(std::ranges::count(chosen_, t.cell));
        return n;
    }

    std::vector<std::size_t> touched() const {
        std::vector<std::size_t> out;
        for (std::uint16_t c : chosen_)
            for (std::size_t e : cell_equations_[c])
                if (std::ranges::find(out, e) == out.end()) out.push_back(e);
        return out;
    }

    // The first broken identity no chosen cell touches, or the first intact one touched by a single chosen cell.
    std::optional<std::size_t> unresolved() const {
        for (std::size_t e : broken_)
            if (chosen_in(e) == 0) return e;
        for (std::size_t e : touched())
            if (residuals_[e] == 0 && chosen_in(e) == 1) return e;
        return std::nullopt;
    }

    void extend(std::size_t size) {
        auto open = unresolved();
        if (chosen_.size() == size) {
            if (!open) solve();
            return;
        }
        std::vector<std::size_t> branch = open ? std::vector<std::size_t>{*open} : touched();
        for (std::size_t e : branch) {
            for (Term t : equations_[e].terms) {
                if (std::ranges::find(chosen_, t.cell) != chosen_.end()) continue;
                chosen_.push_back(t.cell);
                extend(size);
                chosen_.pop_back();
            }
        }
    }

    // Gauss-Jordan without division on the touched identities, unknowns the changes of the chosen cells.
    void solve() {
        Key key{no_cell, no_cell, no_cell};
        std::ranges::copy(chosen_, key.begin());
        std::ranges::sort(key);
        if (!tried_.insert(key).second) return;

        std::size_t const n = chosen_.size();
        std::vector<std::array<Wide, 4>> rows;  // n coefficients, then the right-hand side
        for (std::size_t e : touched()) {
            std::array<Wide, 4> row{};
            for (Term t : equations_[e].terms)
                for (std::size_t j = 0; j < n; ++j)
                    if (chosen_[j] == t.cell) row[j] += t.coefficient;
            row[n] = -residuals_[e];
            rows.push_back(row);
        }
        std::array<std::size_t, 3> pivot_row{};
        std::size_t rank = 0;
        for (std::size_t j = 0; j < n; ++j) {
            auto p = std::find_if(rows.begin() + static_cast<std::ptrdiff_t>(rank), rows.end(),
                                  [j](auto const& r) { return r[j] != 0; });
            if (p == rows.end()) continue;
            std::swap(rows[rank], *p);
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (i == rank || rows[i][j] == 0) continue;
                Wide const factor = rows[i][j], pivot = rows[rank][j];
                for (std::size_t k = 0; k <= n; ++k) rows[i][k] = rows[i][k] * pivot - rows[rank][k] * factor;
            }
            pivot_row[j] = rank++;
        }
        for (std::size_t i = rank; i < rows.size(); ++i)
            if (rows[i][n] != 0) return;  // inconsistent: these cells cannot restore every identity
        if (rank < n) {
            result_.underdetermined = true;
            return;
        }
        std::vector<CellChange> changes;
        for (std::size_t j = 0; j < n; ++j) {
            auto const& row = rows[pivot_row[j]];
            if (row[n] % row[j] != 0) return;  // counts change by whole numbers
            Wide const delta = row[n] / row[j];
            Wide const suggested = static_cast<Wide>(values_[chosen_[j]]) + delta;
            if (delta == 0 || suggested < 0 || suggested > static_cast<Wide>(UINT64_MAX)) return;
            changes.push_back({chosen_[j], values_[chosen_[j]], static_cast<std::uint64_t>(suggested)});
        }
        std::ranges::sort(changes, {}, &CellChange::cell);
        result_.solutions.push_back(std::move(changes));
    }

    std::span<Equation const> equations_;
    std::span<std::uint64_t const> values_;
    std::vector<Wide> residuals_;
    std::vector<std::vector<std::size_t>> cell_equations_;
    std::vector<std::size_t> broken_;
    std::vector<std::uint16_t> chosen_;
    std::set<Key> tried_;
    CorrectionSearch result_;
};

}  // namespace

CorrectionSearch find_corrections(std::span<Equation const> equations, std::span<std::uint64_t const> values,
                                  std::size_t max_cells) {
    return Search(equations, values).run(std::min<std::size_t>(max_cells, 3));
}

}  // namespace ogi::detail
