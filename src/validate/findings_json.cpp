#include "ogi/findings_json.hpp"

#include "ogi/rules/catalogue.hpp"

#include <boost/json.hpp>


namespace ogi {

namespace {

boost::json::value figure_json(Figure const& f) {
    return std::visit([](auto v) { return boost::json::value(v); }, f);
}

template <class T, class F>
boost::json::array array_of(std::span<T const> items, F&& to_json) {
    boost::json::array out;
    for (T const& item : items) out.push_back(to_json(item));
    return out;
}

}  // namespace

boost::json::value to_json_value(Finding const& f) {
    boost::json::object o;
    o["rule"] = f.rule;
    o["severity"] = severity_name(f.severity);
    o["paths"] = array_of(std::span(f.paths), [](std::string const& p) { return boost::json::value(p); });
    if (f.expected) o["expected"] = figure_json(*f.expected);
    if (f.actual) o["actual"] = figure_json(*f.actual);
    o["message"] = {{"zh", f.message.zh}, {"en", f.message.en}};
    if (f.source_line) o["source_line"] = *f.source_line;
    if (!f.resolved_by.empty())
        o["resolved_by"] =
            array_of(std::span(f.resolved_by), [](std::string const& p) { return boost::json::value(p); });
    if (!f.addends.empty())
        o["addends"] = array_of(std::span(f.addends), [](std::string const& p) { return boost::json::value(p); });
    o["rule_version"] = f.rule_version;
    return o;
}

boost::json::value to_json_value(Correction const& c) {
    return {{"path", c.path}, {"reported", c.reported}, {"suggested", c.suggested}};
}

boost::json::value to_json_value(Inferred const& i) { return {{"path", i.path}, {"value", i.value}}; }

boost::json::value findings_entry(std::string_view source, Report const& report, Validation const& v) {
    boost::json::object entry{
        {"source", source},
        {"agency", report.agency()},
        {"year", report.year()},
        {"edition", edition_name(report.edition())},
        {"findings", array_of(std::span(v.findings), [](Finding const& f) { return to_json_value(f); })},
        {"corrections", array_of(std::span(v.corrections), [](Correction const& c) { return to_json_value(c); })}};
    if (!v.inferred.empty())
        entry["inferred"] = array_of(std::span(v.inferred), [](Inferred const& i) { return to_json_value(i); });
    return entry;
}

// Draft 2020-12, by hand: the document is small and its shape is the contract (docs/json-contract.md).
std::string findings_json_schema() {
    boost::json::value const pointer = {{"type", "string"}, {"pattern", "^(/[^/]*)*$"}};
    boost::json::value const pointers = {{"type", "array"}, {"items", pointer}};
    boost::json::value const figure = {{"type", "integer"}};
    boost::json::value const count = {{"type", "integer"}, {"minimum", 0}};
    boost::json::value const text = {{"type", "object"},
                                     {"required", boost::json::array{"zh", "en"}},
                                     {"properties", {{"zh", {{"type", "string"}}}, {"en", {{"type", "string"}}}}}};
    boost::json::value const finding = {
        {"type", "object"},
        {"required", boost::json::array{"rule", "severity", "paths", "message"}},
        {"properties",
         {{"rule", {{"type", "string"}}},
          {"severity", {{"enum", boost::json::array{"error", "warning", "notice"}}}},
          {"paths", pointers},
          {"expected", figure},
          {"actual", figure},
          {"message", text},
          {"source_line", {{"type", "integer"}, {"minimum", 1}}},
          {"resolved_by", pointers},
          {"addends", pointers},
          {"rule_version", {{"type", "integer"}, {"minimum", 1}}}}}};
    boost::json::value const correction = {{"type", "object"},
                                           {"required", boost::json::array{"path", "reported", "suggested"}},
                                           {"properties", {{"path", pointer}, {"reported", count}, {"suggested", count}}}};
    boost::json::value const inferred = {{"type", "object"},
                                         {"required", boost::json::array{"path", "value"}},
                                         {"properties", {{"path", pointer}, {"value", count}}}};
    boost::json::array edition_names;
    for (EditionInfo const& e : edition_table) edition_names.emplace_back(e.name);
    boost::json::value const checked = {
        {"type", "object"},
        {"required", boost::json::array{"source", "agency", "year", "edition", "findings", "corrections"}},
        {"properties",
         {{"source", {{"type", "string"}}},
          {"agency", {{"type", "string"}}},
          {"year", {{"type", "integer"}}},
          {"edition", {{"enum", std::move(edition_names)}}},
          {"findings", {{"type", "array"}, {"items", finding}}},
          {"corrections", {{"type", "array"}, {"items", correction}}},
          {"inferred", {{"type", "array"}, {"items", inferred}}}}}};
    boost::json::value const unreadable = {
        {"type", "object"},
        {"required", boost::json::array{"source", "errors"}},
        {"properties", {{"source", {{"type", "string"}}}, {"errors", {{"type", "array"}, {"items", {{"type", "string"}}}}}}}};
    boost::json::value const summary = {
        {"type", "object"},
        {"required", boost::json::array{"reports", "unreadable", "with_errors", "rules"}},
        {"properties",
         {{"reports", count},
          {"unreadable", count},
          {"with_errors", count},
          {"rules", {{"type", "object"}, {"additionalProperties", count}}}}}};
    boost::json::value const schema = {
        {"$schema", "https://json-schema.org/draft/2020-12/schema"},
        {"$id", "ogi-findings/1"},
        {"title", "The findings of ogi validate --format json"},
        {"type", "object"},
        {"required", boost::json::array{"reports"}},
        {"properties",
         {{"reports", {{"type", "array"}, {"items", {{"oneOf", boost::json::array{checked, unreadable}}}}}}, {"summary", summary}}}};
    return boost::json::serialize(schema) + "\n";
}

void BatchSummary::add(Validation const& validation) {
    ++reports;
    if (validation.has_errors()) ++with_errors;
    for (Finding const& f : validation.findings) ++rules[f.rule];
}

void BatchSummary::add_unreadable() {
    ++reports;
    ++unreadable;
}

void BatchSummary::add(BatchSummary const& other) {
    reports += other.reports;
    unreadable += other.unreadable;
    with_errors += other.with_errors;
    for (auto const& [rule, fired] : other.rules) rules[rule] += fired;
}

boost::json::value to_json_value(BatchSummary const& summary) {
    boost::json::object rules;
    for (rules::Rule const* r : rules::catalogue)
        if (auto fired = summary.rules.find(r->id); fired != summary.rules.end()) rules[r->id] = fired->second;
    for (auto const& [id, fired] : summary.rules)  // IDs outside the catalogue, after it
        if (!rules.contains(id)) rules[id] = fired;
    return {{"reports", summary.reports},
            {"unreadable", summary.unreadable},
            {"with_errors", summary.with_errors},
            {"rules", std::move(rules)}};
}

boost::json::value findings_summary(std::span<Validation const> validations, std::size_t unreadable) {
    BatchSummary summary;
    for (Validation const& v : validations) summary.add(v);
    for (std::size_t i = 0; i < unreadable; ++i) summary.add_unreadable();
    return to_json_value(summary);
}

boost::json::value unreadable_entry(std::string_view source, std::span<std::string const> errors) {
    return {{"source", source},
            {"errors", array_of(errors, [](std::string const& e) { return boost::json::value(e); })}};
}

}  // namespace ogi
