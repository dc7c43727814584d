#pragma once
// A figure of a table as published: present with its value, or absent. Reports leave cells blank or
// write /, —, 无, and that is not the same statement as 0, so absent is kept distinct from zero.
#include "ogi/decimal.hpp"

#include <concepts>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <utility>

namespace ogi {

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

    static constexpr Cell absent() noexcept { return Cell(); }

    constexpr bool present() const noexcept { return value_.has_value(); }
    constexpr T const& value() const { return value_.value(); }
    constexpr T value_or(T fallback) const { return value_.value_or(std::move(fallback)); }
    constexpr std::optional<T> const& optional() const noexcept { return value_; }

    friend constexpr bool operator==(Cell const&, Cell const&) = default;

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
