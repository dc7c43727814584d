#pragma once
// A finding of a catalogue rule, located at its cells and with its message written out in both languages.
#include "ogi/detail/correction.hpp"

#include "ogi/finding.hpp"
#include "ogi/location.hpp"
#include "ogi/rules/rule.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ogi::detail {

// The figures a message quotes; wide because a sum of published counts may exceed 64 bits.
struct Figures {
    std::optional<Wide> expected;
    std::optional<Wide> actual;
    std::optional<Wide> previous;
    std::string detail;
};

std::string to_string(Wide value);

// The finding of rule at locations (the first names the cell in the message), with figures filled in.
Finding make_finding(rules::Rule const& rule, std::span<Location const* const> locations, Figures const& figures);

// Locations of members of one report, in order; every address must be a member of report.
template <class A, class O, class... Members>
std::vector<Location const*> locations(BasicReport<A, O> const& report, Members const&... members) {
    return {location_of(report, members)...};
}

}  // namespace ogi::detail
