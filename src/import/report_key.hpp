#pragma once
// Who published a report and for which year (its ReportKey), as its title and its reporting period say.
#include "folding.hpp"
#include "sections.hpp"

#include "ogi/import.hpp"

#include <optional>
#include <span>

namespace ogi::import {

// The report's key with the title it was read from, where there is one.
struct ReportKeyReading {
    std::optional<Title> title;
    ReportKey key;  // key.year 0: no year anywhere
};

// The title, else the start of the reporting period before 二, gives the year; the title, with the longer
// form of the body's name the text gives, the agency.
ReportKeyReading read_report_key(std::span<Line const> lines, Headings const& headings);

// Whether a line of the title (from its first line to the one that ends its phrase, as find_title reads it)
// holds U+FFFD, which key() leaves out like punctuation: a character of the agency's name may be gone.
bool title_replaced(std::span<Line const> lines, Title const& title);

}  // namespace ogi::import
