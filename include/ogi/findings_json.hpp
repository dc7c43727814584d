#pragma once
// The findings document that `ogi validate --format json` prints (docs/json-contract.md, "Findings").
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"
#include "ogi/validate.hpp"

#include <boost/json/value.hpp>

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>

namespace ogi {

boost::json::value to_json_value(Finding const& finding);
boost::json::value to_json_value(Correction const& correction);
boost::json::value to_json_value(Inferred const& inferred);

// The JSON Schema (draft 2020-12) of the findings document (`ogi schema --findings`).
std::string findings_json_schema();

// One entry of "reports": the source, the report's agency, year and edition, its findings and corrections.
boost::json::value findings_entry(std::string_view source, Report const& report, Validation const& validation);

// The counts of a batch, added to one report at a time, so that a run over thousands of reports keeps none of them:
// how many reports (unreadable ones included), how many could not be read, how many have an error finding, and how
// often each rule fired.
struct BatchSummary {
    std::size_t reports = 0;
    std::size_t unreadable = 0;
    std::size_t with_errors = 0;
    std::map<std::string, std::size_t, std::less<>> rules;  // rule ID → findings

    void add(Validation const& validation);
    void add_unreadable();
    void add(BatchSummary const& other);  // another part of the batch (a thread's, a machine's)
    friend bool operator==(BatchSummary const&, BatchSummary const&) = default;
};

// The "summary" of `ogi validate --format json`, the rules in the order of the catalogue.
boost::json::value to_json_value(BatchSummary const& summary);

// The summary of validations already at hand and of so many unreadable inputs.
boost::json::value findings_summary(std::span<Validation const> validations, std::size_t unreadable);

// The entry of an input that could not be read or decoded: its source and why.
boost::json::value unreadable_entry(std::string_view source, std::span<std::string const> errors);

}  // namespace ogi
