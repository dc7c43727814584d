// operator<< of the model's values, declared beside each type: for logs, and for doctest, which prints
// `4 == 5` instead of `{?} == {?}` when a type has one.
#include "ogi/cell.hpp"
#include "ogi/decimal.hpp"
#include "ogi/finding.hpp"
#include "ogi/json.hpp"
#include "ogi/model/report.hpp"

#include <ostream>

namespace ogi {

namespace detail {

template <class T>
std::ostream& print_optional(std::ostream& out, std::optional<T> const& value) {
    if (!value) return out << "absent";
    return out << *value;
}

std::ostream& print_cell(std::ostream& out, std::optional<std::uint64_t> const& value) { return print_optional(out, value); }
std::ostream& print_cell(std::ostream& out, std::optional<std::int64_t> const& value) { return print_optional(out, value); }
std::ostream& print_cell(std::ostream& out, std::optional<Money> const& value) { return print_optional(out, value); }

}  // namespace detail

std::ostream& operator<<(std::ostream& out, Decimal const& value) { return out << value.to_string(); }

std::ostream& operator<<(std::ostream& out, Money const& money) {
    return out << money.value << ' ' << label(money.unit).text;
}

std::ostream& operator<<(std::ostream& out, Finding const& finding) {
    out << finding.rule << ' ' << severity_name(finding.severity);
    char const* separator = " ";
    for (auto const& path : finding.paths) out << std::exchange(separator, ", ") << path;
    return out << ": " << finding.message.zh;
}

std::ostream& operator<<(std::ostream& out, Correction const& correction) {
    return out << correction.path << ": " << correction.reported << " → " << correction.suggested;
}

std::ostream& operator<<(std::ostream& out, Report const& report) { return out << encode_json(report); }

}  // namespace ogi
