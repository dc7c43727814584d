#pragma once
// A row's cells filled from the figures read for it: all of them when every figure fits its cell (a count, an
// amount with its unit), or none, with a finding that says why.
#include "figures.hpp"
#include "findings.hpp"
#include "table.hpp"

#include "ogi/cell.hpp"
#include "ogi/walk.hpp"

#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ogi::import {

// A figure as the value of a cell of type C, or nullopt when it cannot be one (a negative count, a decimal
// where a count is due, an amount without a unit). A blank marker is an absent cell.
template <class C>
std::optional<C> cell_of(PrintedFigure const& f, std::optional<MoneyUnit> default_unit) {
    if (f.blank) return C{};
    if constexpr (std::is_same_v<C, Amount>) {
        auto value = Decimal::parse(f.digits);
        auto unit = f.unit ? f.unit : default_unit;
        if (f.negative || !value || !unit) return std::nullopt;
        return C(Money{*value, *unit});
    } else {
        using T = typename C::value_type;
        std::uint64_t magnitude = 0;
        auto [end, ec] = std::from_chars(f.digits.data(), f.digits.data() + f.digits.size(), magnitude);
        if (ec != std::errc{} || end != f.digits.data() + f.digits.size() || f.unit) return std::nullopt;
        if constexpr (std::is_signed_v<T>) {
            if (magnitude > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return std::nullopt;
            T v = static_cast<T>(magnitude);
            return C(f.negative ? -v : v);
        } else {
            if (f.negative && magnitude != 0) return std::nullopt;
            return C(magnitude);
        }
    }
}

// The figures as printed, for messages: "12 / -3".
std::string figure_list(std::vector<PrintedFigure> const& figures);

// Fills the cells of one row (visited with for_each_field, or an EnumMap) from its figures, all or none.
template <class Row>
bool fill_row(Row& row, std::vector<PrintedFigure> const& figures, std::optional<MoneyUnit> default_unit,
              bool& unit_missing) {
    Row filled{};
    std::size_t i = 0;
    bool ok = true;
    for_each_field(filled, [&](Field, auto& cell) {
        using C = std::remove_cvref_t<decltype(cell)>;
        if constexpr (is_cell<C>) {
            auto c = cell_of<C>(figures[i++], default_unit);
            if (!c) {
                unit_missing = unit_missing || (std::is_same_v<C, Amount> && !figures[i - 1].unit && !default_unit);
                ok = false;
            } else {
                cell = *c;
            }
        }
    });
    if (ok) row = filled;
    return ok;
}

// The finding for a row read without figures: its label not found, or why its figures were not taken.
void report_row(Findings& findings, RowFigures const& row, std::string const& path, std::string_view label);

// Fills row from the figures read for it, or says why not.
void fill_checked(Findings& findings, auto& row, RowFigures const& read, std::string const& path,
                  std::string_view label, std::optional<MoneyUnit> default_unit) {
    if (!read.figures) return report_row(findings, read, path, label);
    bool unit_missing = false;
    if (fill_row(row, *read.figures, default_unit, unit_missing)) return;
    if (unit_missing)
        findings.add(import_rule::unit_unknown, read.line, {path}, std::string(label) + "：金额未注明单位（元或万元）",
                     std::string(label) + ": the amount states no unit (元 or 万元)");
    else
        findings.add(
            import_rule::row_unread, read.line, {path},
            std::string(label) + "：数字不符合该行单元格（" + figure_list(*read.figures) + "）",
            std::string(label) + ": figures that do not fit the row's cells (" + figure_list(*read.figures) + ")");
}

}  // namespace ogi::import
