#pragma once
// The correction search: given linear identities over the cells of a report (each Σ coefficient·value = 0) and
// the values as published, find every smallest set of cells whose change makes all of them hold.
// Internal to the library; validation turns the result into ogi::Correction.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ogi::detail {

__extension__ typedef __int128 Wide;  // sums of up to ~30 counts of 64 bits, and their differences, fit

struct Term {
    std::uint16_t cell;
    std::int8_t coefficient;  // +1 or -1
};

// One identity: Σ coefficient·value(cell) = 0 over its terms.
struct Equation {
    std::span<Term const> terms;
};

struct CellChange {
    std::uint16_t cell;
    std::uint64_t reported;
    std::uint64_t suggested;
};

struct CorrectionSearch {
    std::vector<std::vector<CellChange>> solutions;  // every smallest set found, each with its unique changes
    bool underdetermined = false;                    // a smallest set admits more than one change: not unique
    bool unique() const noexcept { return solutions.size() == 1 && !underdetermined; }
};

// Searches sets of 1, then 2, … up to max_cells cells; values[c] is the published value of cell c. Changed
// values stay within 0 … 2^64-1.
CorrectionSearch find_corrections(std::span<Equation const> equations, std::span<std::uint64_t const> values,
                                  std::size_t max_cells = 3);

}  // namespace ogi::detail
