#include "ogi/validate.hpp"

#include "ogi/detail/report_validator.hpp"

#include <algorithm>

namespace ogi {

bool Validation::has_errors() const noexcept {
    return std::ranges::any_of(findings, [](Finding const& f) { return f.severity == Severity::error; });
}

// Instantiates the validator for every layout of ogi/model/layouts.hpp.
Validation validate(Report const& report) {
    return report.visit([](auto const& r) { return detail::ReportValidator(r).run(); });
}

}  // namespace ogi
