#pragma once
// The real reports for the validation tests: their tables from the hand-checked JSON, their narratives
// sliced from the published text, and lookups over findings.
#include <ogi/json.hpp>
#include <ogi/validate.hpp>

#include "fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::test {

// reports/NAME.expected.json as a Report.
inline Report real_report(std::string const& name) {
    return decode_json_or_throw(read_fixture("reports/" + name + ".expected.json"));
}

// The text of reports/NAME.txt from the heading to the next one (or the end).
inline std::string section_text(std::string const& name, std::string_view heading, std::string_view next = {}) {
    std::string const text = read_fixture("reports/" + name + ".txt");
    std::size_t const begin = text.find(heading);
    if (begin == std::string::npos) throw std::runtime_error("no heading in " + name);
    std::size_t const end = next.empty() ? text.size() : text.find(next, begin);
    return text.substr(begin + heading.size(), end - begin - heading.size());
}

// The real report with its three narrative sections as published.
inline Report real_report_with_narratives(std::string const& name) {
    Report r = real_report(name);
    r.visit([&](auto& report) {
        report.overview = section_text(name, "一、总体情况", "二、主动公开政府信息情况");
        report.problems_and_improvements = section_text(name, "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        report.other_matters = section_text(name, "六、其他需要报告的事项");
    });
    return r;
}

template <class R>
R& as(Report& report) {
    return std::get<R>(report.variant());
}

inline std::vector<Finding> findings_of(Validation const& v, std::string_view rule) {
    std::vector<Finding> out;
    std::ranges::copy_if(v.findings, std::back_inserter(out), [&](Finding const& f) { return f.rule == rule; });
    return out;
}

inline std::vector<Finding> findings_of(Report const& r, std::string_view rule) {
    return findings_of(validate(r), rule);
}

// The one finding of rule; fails the test when there is not exactly one.
template <class Validated>
Finding only_finding(Validated const& validated, std::string_view rule) {
    std::vector<Finding> found = findings_of(validated, rule);
    REQUIRE(found.size() == 1);
    return found.front();
}

inline std::vector<Finding> errors_of(Validation const& v) {
    std::vector<Finding> out;
    std::ranges::copy_if(v.findings, std::back_inserter(out),
                         [](Finding const& f) { return f.severity == Severity::error; });
    return out;
}

inline std::vector<std::string> rules_with(Validation const& v, Severity s) {
    std::vector<std::string> out;
    for (Finding const& f : v.findings)
        if (f.severity == s) out.push_back(f.rule);
    return out;
}

}  // namespace ogi::test
