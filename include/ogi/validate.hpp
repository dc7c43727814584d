#pragma once
// Validation: every rule of the catalogue (ogi/rules/catalogue.hpp) applied to a report, each violation a
// finding at its cells, and the one smallest correction of the figures when there is exactly one.
// No I/O: the caller decides how to print.
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"

#include <span>
#include <vector>

namespace ogi {

struct Validation {
    std::vector<Finding> findings;
    // The unique smallest set of cell changes (at most three cells) that makes every exact identity hold;
    // empty when no identity is broken or when no such set is unique (then a CORR-NONE finding says so).
    std::vector<Correction> corrections;
    bool has_errors() const noexcept;
    friend bool operator==(Validation const&, Validation const&) = default;
};

Validation validate(Report const& report);

// Each report validated alone, plus the series rules against the report of the same agency for the year
// before, when the series holds one. Results in the order of reports.
std::vector<Validation> validate_series(std::span<Report const> reports);

}  // namespace ogi
