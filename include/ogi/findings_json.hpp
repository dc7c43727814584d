#pragma once
// The findings document that `ogi validate --format json` prints (docs/json-contract.md, "Findings").
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"
#include "ogi/validate.hpp"

#include <boost/json/value.hpp>

#include <span>
#include <string>
#include <string_view>

namespace ogi {

boost::json::value to_json_value(Finding const& finding);
boost::json::value to_json_value(Correction const& correction);

// One entry of "reports": the source, the report's agency, year and edition, its findings and corrections.
boost::json::value findings_entry(std::string_view source, Report const& report, Validation const& validation);

// The "summary" of a batch: how many reports, how many could not be read, how many have an error finding, and
// how often each rule fired.
boost::json::value findings_summary(std::span<Validation const> validations, std::size_t unreadable);

// The entry of an input that could not be read or decoded: its source and why.
boost::json::value unreadable_entry(std::string_view source, std::span<std::string const> errors);

}  // namespace ogi
