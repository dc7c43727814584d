#pragma once
// Validation of a report of any layout, including one the library does not know: a report type
// BasicReport<二, 三（六）> with its layout_traits (ogi/model/basic_report.hpp). ogi::validate(Report const&) covers
// the layouts of ogi/model/layouts.hpp without this header, which compiles the validator into the caller.
#include "ogi/detail/report_validator.hpp"

namespace ogi {

template <Layout R>
Validation validate_layout(R const& report) {
    return detail::ReportValidator(report).run();
}

}  // namespace ogi
