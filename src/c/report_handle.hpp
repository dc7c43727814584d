#pragma once
// What an ogi_report handle holds: the report, and the findings of the import that read it (cells not read),
// which validation lists first, as `ogi validate` does.
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"

#include <vector>

struct ogi_report {
    ogi::Report report;
    std::vector<ogi::Finding> import_findings;
};

namespace ogi::c_api {

// The handle a function was given: NULL is an invalid argument.
ogi_report const& handle(ogi_report const* report);

}  // namespace ogi::c_api
