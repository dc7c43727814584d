#pragma once
// An import checked against a hand-checked expected document, every differing cell listed (the importers'
// tests: text, web pages, PDFs).
#include <ogi/import.hpp>
#include <ogi/import_rules.hpp>
#include <ogi/json.hpp>

#include "fixture.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

namespace ogi::test {

namespace json = boost::json;

// The JSON pointers at which two documents differ, to say which cells a failing import got wrong.
inline void differences(json::value const& a, json::value const& b, std::string const& at, std::vector<std::string>& out) {
    if (a.is_object() && b.is_object()) {
        for (auto const& [k, v] : a.as_object()) {
            auto const* other = b.as_object().if_contains(k);
            if (!other)
                out.push_back(at + "/" + std::string(k) + " (only expected)");
            else
                differences(v, *other, at + "/" + std::string(k), out);
        }
        for (auto const& [k, v] : b.as_object())
            if (!a.as_object().contains(k)) out.push_back(at + "/" + std::string(k) + " (only imported)");
    } else if (a != b) {
        out.push_back(at + ": expected " + json::serialize(a) + ", imported " + json::serialize(b));
    }
}

// The imported report as JSON without its narratives: the expected documents hold the tables, edition,
// year and agency only.
inline json::value tables_of(Report const& report) {
    json::value v = to_json_value(report);
    for (auto k : {"overview", "problems_and_improvements", "other_matters"}) v.as_object().erase(k);
    return v;
}

inline json::value expected(std::string const& path) { return json::parse(read_fixture(path)); }

// Checks that the import of text_path holds exactly the document `want`, listing every differing cell.
inline void check_imports_to(ImportResult const& result, json::value const& want) {
    REQUIRE(result.report.has_value());
    std::vector<std::string> diff;
    differences(want, tables_of(*result.report), "", diff);
    std::string listed;
    for (auto const& d : diff) listed += d + "\n";
    CHECK_MESSAGE(diff.empty(), listed);
}

// The JSON document of `base` with the cells at the given pointers set to null.
inline json::value with_null(json::value doc, std::initializer_list<char const*> pointers) {
    for (char const* p : pointers) {
        std::error_code ec;
        json::value* cell = doc.find_pointer(p, ec);
        REQUIRE_MESSAGE(cell, p);
        *cell = nullptr;
    }
    return doc;
}

// The findings of one rule.
inline std::vector<Finding> with_rule(ImportResult const& r, rules::Rule const& rule) {
    std::vector<Finding> out;
    std::copy_if(r.findings.begin(), r.findings.end(), std::back_inserter(out),
                 [&](Finding const& f) { return f.rule == rule.id; });
    return out;
}

inline bool has_error(ImportResult const& r) {
    return std::any_of(r.findings.begin(), r.findings.end(),
                       [](Finding const& f) { return f.severity == Severity::error; });
}

}  // namespace ogi::test
