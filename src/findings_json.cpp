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
    return o;
}

boost::json::value to_json_value(Correction const& c) {
    return {{"path", c.path}, {"reported", c.reported}, {"suggested", c.suggested}};
}

boost::json::value findings_entry(std::string_view source, Report const& report, Validation const& v) {
    return {{"source", source},
            {"agency", report.agency()},
            {"year", report.year()},
            {"edition", edition_name(report.edition())},
            {"findings", array_of(std::span(v.findings), [](Finding const& f) { return to_json_value(f); })},
            {"corrections", array_of(std::span(v.corrections), [](Correction const& c) { return to_json_value(c); })}};
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
    for (auto const& [id, fired] : summary.rules)  // rules outside the catalogue (an importer's), after it
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
