#pragma once
// Validation: every rule of the catalogue (ogi/rules/catalogue.hpp) applied to a report, each violation a
// finding at its cells, and for each independent part of the tables the one smallest correction of its figures
// when there is exactly one. A blank cell is "not stated", never 0: an identity is checked on the stated figures
// plus those its blanks are inferred to be, and stays unchecked (one notice) where blanks leave it undecided.
// No I/O: the caller decides how to print.
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

struct Validation {
    std::vector<Finding> findings;
    // The cell changes that make the broken identities hold: for each part of the tables that shares no cell with
    // another (三, each group of 四) whose identities are broken, its unique smallest set of at most three cells;
    // a part without one has a CORR-NONE finding instead.
    std::vector<Correction> corrections;
    // The blank cells of 三 and 四 whose value the identities determine, in the tables' order.
    std::vector<Inferred> inferred;
    bool has_errors() const noexcept;
    friend bool operator==(Validation const&, Validation const&) = default;
};

Validation validate(Report const& report);

// The report, plus the series rules against the previous year's report of the same body when given (the
// caller pairs them: same body, year before). The previous report itself is not validated.
Validation validate(Report const& report, Report const* previous);

// A body's name as reports spell it in different years: without white space (ASCII, U+3000) and punctuation
// (brackets, dots, dashes, quotes, ASCII or full-width). Two names with the same spelling key that differ are
// likely one body's, but are not taken as such without being told (--series-key).
std::string spelling_key(std::string_view agency);

// The SERIES-UNPAIRED notice of report, whose body's name is spelled previous_agency in the report of the year
// before.
Finding unpaired(Report const& report, std::string_view previous_agency);

// Each report validated alone, plus the series rules against the report of the same agency for the year
// before, when the series holds one; a report whose year before is held only under a name spelled differently
// has a SERIES-UNPAIRED notice instead. Results in the order of reports.
std::vector<Validation> validate_series(std::span<Report const> reports);

}  // namespace ogi
