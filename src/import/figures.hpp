#pragma once
// A figure as printed in a cell of a table: a number with its sign, decimals and unit, or a blank marker.
#include "ogi/decimal.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ogi::import {

// A cell's content as printed: a number (with sign, decimals, unit), or a blank marker (/, -, 无).
struct PrintedFigure {
    bool blank = false;
    bool negative = false;
    std::string digits;             // without sign and thousands separators: "3985758", "96171.6"
    std::optional<MoneyUnit> unit;  // 元 / 万元 written in the cell
};
std::optional<PrintedFigure> parse_figure(std::string_view chunk);
std::optional<MoneyUnit> parse_unit(std::string_view chunk) noexcept;

}  // namespace ogi::import
