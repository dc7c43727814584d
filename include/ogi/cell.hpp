#pragma once
// A figure of a table as published: present with its value, or absent. Reports leave cells blank or
// write /, —, 无, and that is not the same statement as 0, so absent is kept distinct from zero.
#include "ogi/decimal.hpp"

#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <limits>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace ogi {

namespace detail {
std::ostream& print_cell(std::ostream& out, std::optional<std::uint64_t> const& value);
std::ostream& print_cell(std::ostream& out, std::optional<std::int64_t> const& value);
std::ostream& print_cell(std::ostream& out, std::optional<Money> const& value);
}  // namespace detail

template <class T>
class Cell {
public:
    using value_type = T;

    constexpr Cell() = default;  // absent
    constexpr Cell(T value) : value_(std::move(value)) {}

    // Integer literals of any type; a value the cell cannot hold (a negative count) is refused, at compile
    // time in constant expressions, with std::out_of_range otherwise.
    template <std::integral I>
        requires(std::integral<T> && !std::same_as<I, T> && !std::same_as<I, bool>)
    constexpr Cell(I value) : value_(checked(value)) {}

    // Figures are published exactly; a double would round them silently (and 2.5 applications is no figure).
    template <std::floating_point F>
    Cell(F) = delete;

    static constexpr Cell absent() noexcept { return Cell(); }

    constexpr bool present() const noexcept { return value_.has_value(); }
    constexpr T const& value() const { return value_.value(); }
    constexpr T value_or(T fallback) const { return value_.value_or(std::move(fallback)); }
    constexpr std::optional<T> const& optional() const noexcept { return value_; }

    friend constexpr bool operator==(Cell const&, Cell const&) = default;

    // Adds a figure as a roll-up does: absent + n = n, absent + absent = absent (a blank cell adds nothing).
    // Throws std::overflow_error rather than wrap (adversarial reports carry counts near 2^64).
    constexpr Cell& operator+=(Cell const& other)
        requires std::integral<T>
    {
        if (!other.present()) return *this;
        if (!present()) return *this = other;
        T const a = *value_, b = *other.value_;
        bool overflows = b > 0 && a > std::numeric_limits<T>::max() - b;
        if constexpr (std::is_signed_v<T>) overflows = overflows || (b < 0 && a < std::numeric_limits<T>::min() - b);
        if (overflows) throw std::overflow_error("ogi::Cell: a sum does not fit");
        value_ = static_cast<T>(a + b);
        return *this;
    }
    friend constexpr Cell operator+(Cell a, Cell const& b)
        requires std::integral<T>
    {
        return a += b;
    }

    // The value as published ("12", "-3", "96171.6 万元"), or "absent": doctest and logs print it.
    friend std::ostream& operator<<(std::ostream& out, Cell const& cell) { return detail::print_cell(out, cell.value_); }

private:
    template <class I>
    static constexpr T checked(I value) {
        if (!std::in_range<T>(value)) throw std::out_of_range("ogi::Cell: value out of range for this cell");
        return static_cast<T>(value);
    }

    std::optional<T> value_;
};

using Count = Cell<std::uint64_t>;  // a number of items, applications, cases: never negative
using Change = Cell<std::int64_t>;  // 本年增/减: the one signed figure of the format
using Amount = Cell<Money>;         // 采购总金额, 本年收费金额

template <class T>
inline constexpr bool is_cell = false;
template <class T>
inline constexpr bool is_cell<Cell<T>> = true;

}  // namespace ogi
