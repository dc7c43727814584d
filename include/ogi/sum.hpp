#pragma once
// The roll-up of several bodies' reports into one: what a government's OGI office compiles for its region from
// the reports of its departments (same year, same edition, same layout of 三（六）).
#include "ogi/model/report.hpp"

#include <optional>
#include <span>
#include <string>

namespace ogi {

struct SumResult {
    std::optional<Report> report;  // the sum, or nullopt with the reason in error
    std::string error;
    explicit operator bool() const noexcept { return report.has_value(); }
};

// Every cell of the reports added, cell by cell:
// - absent + absent = absent; absent + n = n (a blank cell adds nothing, and one body's figure is kept);
// - counts and 本年增/减 with checked arithmetic: a sum that does not fit is an error, never a wrapped value;
// - money exactly: scales aligned ("1.5" + "2.25" = "3.75"); if every amount of a cell is in 万元 the sum is in 万元,
//   otherwise all are converted exactly to 元 (1 万元 = 10000 元) first; more than Decimal::max_digits digits is an error.
// The sum has the reports' year, edition and layout, the agency given, and no narratives (一, 五, 六 are texts
// no sum can write). Refused with a message: no reports, different years, different editions, or a mix of the
// 2021 layouts (三（六） as one row in one report and three sub-rows in another: the sub-rows cannot be split
// from one row, and summing them into one row would lose what the others report).
SumResult sum(std::span<Report const> reports, std::string agency);

}  // namespace ogi
