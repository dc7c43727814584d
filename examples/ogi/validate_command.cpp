// ogi validate: every rule on every report given, each finding on one line (or one JSON document);
// ogi rules: the rule catalogue.
#include "validate_command.hpp"

#include "batch_options.hpp"
#include "files.hpp"
#include "inputs.hpp"

#include <ogi/findings_json.hpp>
#include <ogi/json.hpp>
#include <ogi/location.hpp>
#include <ogi/rules/catalogue.hpp>
#include <ogi/rules/document.hpp>
#include <ogi/series_index.hpp>
#include <ogi/validate.hpp>

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>

namespace ogi::tool {

namespace {

struct ValidateOptions {
    std::string format = "text";
    std::string lang = "zh";
    std::vector<std::string> inputs;
    std::size_t max_input_bytes = default_max_input_bytes;
    unsigned jobs = default_workers();
    std::vector<std::string> series_key_pairs;  // --series-key NAME=KEY
    SeriesIndex::SeriesKeys series_keys;  // NAME → KEY: names of one body

    void read_series_keys() {
        for (std::string const& pair : series_key_pairs) {
            auto const equals = pair.rfind('=');
            series_keys[pair.substr(0, equals)] = pair.substr(equals + 1);
        }
    }
    ChildLimits child_limits;
};

// The series of a run (ogi::SeriesIndex) from a first pass over the inputs' keys; the duplicates named.
SeriesIndex index_series(Inputs const& inputs, ValidateOptions const& o, Progress& progress) {
    SeriesIndex index(o.series_keys);
    run_in_order(
        inputs.size(), [&](std::size_t i) { return inputs.identity(i); },
        [&](std::size_t i, ItemResult<std::optional<ReportKey>> found) {
            if (!found || !*found) return;  // no report: the check says why
            ReportKey const& id = **found;
            // The first of duplicates, as validate_series takes it; the others named.
            auto const first = index.add(id, i);
            if (!first || id.agency.empty()) return;
            progress.clear();
            fmt::print(stderr, "{}\n",
                       duplicate_warning(inputs.source(*first), inputs.source(i), id,
                                         fmt::format("the series rules use {}", inputs.source(*first))));
        },
        batch_options(o.jobs, progress));
    return index;
}

// The validation of a report, with the series rules against the previous year's report of its body if there is one
// (validated once, as itself: here it is only read); or the notice that one is there under another spelling.
// Without an index (one input), the report alone.
Validation validate_in_series(Inputs const& inputs, SeriesIndex const* index, Report const& report) {
    if (index == nullptr) return validate(report);
    ReportKey const key{report.agency(), report.year()};
    if (auto last = index->previous(key)) {
        Input previous = inputs.read(*last);
        return validate(report, previous.report ? &*previous.report : nullptr);
    }
    Validation v = validate(report);
    if (auto similar = index->unpaired_previous(key)) v.findings.push_back(unpaired(report, *similar));
    return v;
}

std::string const& message_in(Finding const& f, std::string const& lang) {
    return lang == "en" ? f.message.en : f.message.zh;
}

std::string text_of(Input const& in, Validation const& v, std::string const& lang) {
    std::string out;
    for (Finding const& f : v.findings) {
        std::string where = f.source_line ? fmt::format("{}:{}", in.source, *f.source_line) : in.source;
        fmt::format_to(std::back_inserter(out), "{}: {} {}: {}\n", where, severity_name(f.severity), f.rule,
                       message_in(f, lang));
    }
    for (Correction const& c : v.corrections)
        fmt::format_to(std::back_inserter(out), "{}: {} {}: {} → {}\n", in.source,
                       lang == "en" ? "correction" : "更正", locate(*in.report, c.path)->label_path, c.reported,
                       c.suggested);
    return out;
}

// What one input gives: its output (text lines or the JSON entry), its errors for stderr, and what it adds to
// the summary. Made on a worker thread, which also frees the report and its findings: memory freed on another
// thread than the one that allocated it makes both wait for the allocator's locks.
struct Checked {
    std::string output;
    std::vector<std::string> errors;
    BatchSummary summary;
};

// An input with no report to check: its errors (each naming the source).
Checked unreadable(std::string const& source, std::vector<std::string> errors, ValidateOptions const& o) {
    std::string entry = o.format == "json" ? boost::json::serialize(unreadable_entry(source, errors)) : "";
    BatchSummary summary;
    summary.add_unreadable();
    return {std::move(entry), std::move(errors), std::move(summary)};
}

Checked check(Inputs const& inputs, SeriesIndex const* index, std::size_t i, ValidateOptions const& o) {
    Input in = inputs.read(i);
    if (!in.report) return unreadable(in.source, std::move(in.errors), o);
    BatchSummary summary;
    Validation v = validate_in_series(inputs, index, *in.report);
    // A text's import findings come first among its findings: they say which cells were not read.
    v.findings.insert(v.findings.begin(), in.import_findings.begin(), in.import_findings.end());
    std::string output = o.format == "json" ? boost::json::serialize(findings_entry(in.source, *in.report, v))
                                            : text_of(in, v, o.lang);
    summary.add(v);
    return {std::move(output), {}, std::move(summary)};
}

// "ogi: 5 reports, 2 with errors, 0 unreadable; APP-ROW 2, REV-SUM 2"
std::string summary_line(BatchSummary const& s) {
    std::string line = fmt::format("ogi: {} reports, {} with errors, {} unreadable", s.reports, s.with_errors, s.unreadable);
    char const* separator = "; ";
    for (auto const& [rule, fired] : s.rules) {
        fmt::format_to(std::back_inserter(line), "{}{} {}", separator, rule, fired);
        separator = ", ";
    }
    return line;
}

// Reports are read, checked and printed one at a time on o.jobs threads, in input order: memory holds the series
// index and a few reports per thread, however large the folder.
int run_validate(ValidateOptions const& o) {
    Inputs inputs(find_report_files(o.inputs), o.max_input_bytes);
    inputs.limit_children(o.child_limits);
    bool const series = inputs.size() > 1;  // one report has no other year to be compared with
    Progress progress(series ? 2 * inputs.size() : inputs.size());  // the index, then the checks
    std::optional<SeriesIndex> const index = series ? std::optional(index_series(inputs, o, progress)) : std::nullopt;
    BatchSummary summary;
    bool const json = o.format == "json";
    if (json) std::cout << R"({"reports":[)";
    run_in_order(
        inputs.size(), [&](std::size_t i) { return check(inputs, index ? &*index : nullptr, i, o); },
        [&](std::size_t i, ItemResult<Checked> result) {
            Checked checked = result ? std::move(*result)
                                     : unreadable(inputs.source(i), {fmt::format("{}: {}", inputs.source(i), result.error_message())}, o);
            if (!checked.errors.empty()) progress.clear();
            for (std::string const& e : checked.errors) fmt::print(stderr, "{}\n", e);
            if (json && i > 0) std::cout << ',';
            std::cout << checked.output;
            summary.add(checked.summary);
        },
        batch_options(o.jobs, progress));
    progress.clear();
    if (json) std::cout << R"(],"summary":)" << boost::json::serialize(to_json_value(summary)) << "}\n";
    if (inputs.size() > 1) fmt::print(stderr, "{}\n", summary_line(summary));
    if (!standard_output_written()) return unreadable_input;
    return summary.unreadable > 0 ? unreadable_input : summary.with_errors > 0 ? findings_with_errors : ok;
}

}  // namespace

void add_validate_command(CLI::App& app, int& exit_status) {
    auto options = std::make_shared<ValidateOptions>();
    auto* cmd =
        app.add_subcommand("validate", "Check reports against every rule (ogi rules); exit 1 on an error finding");
    cmd->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd->add_option("--lang", options->lang, "Language of the messages")
        ->check(CLI::IsMember({"zh", "en"}))
        ->capture_default_str();
    cmd->add_option("--max-input-bytes", options->max_input_bytes, "Refuse larger inputs")->capture_default_str();
    add_jobs_option(*cmd, options->jobs, "Reports checked");
    cmd->add_option("--series-key", options->series_key_pairs,
                    "NAME=KEY: reports whose body is named NAME belong to the series KEY (repeat it for each spelling "
                    "of one body's name; names alike but not paired are SERIES-UNPAIRED notices)")
        ->allow_extra_args(false)
        ->check(CLI::Validator(
            [](std::string& pair) {
                auto const equals = pair.rfind('=');
                return equals == std::string::npos || equals == 0 || equals + 1 == pair.size()
                           ? "expected NAME=KEY, got " + pair
                           : std::string();
            },
            "NAME=KEY"));
    add_child_limit_options(*cmd, options->child_limits);
    cmd->add_option("inputs", options->inputs,
                    "Reports: JSON, or published reports' PDFs, text, web pages or Word files (files, or folders of them); several of "
                    "one body are a series")
        ->required();
    cmd->callback([options, &exit_status] {
        options->read_series_keys();
        exit_status = run_validate(*options);
    });
}

void add_rules_command(CLI::App& app, int& exit_status) {
    auto format = std::make_shared<std::string>("text");
    auto lang = std::make_shared<std::string>("zh");
    auto* cmd = app.add_subcommand("rules", "List the rules: validation's, then the importer's (IMP-*)");
    cmd->add_option("--format", *format, "Output format")
        ->check(CLI::IsMember({"text", "json", "markdown"}))
        ->capture_default_str();
    cmd->add_option("--lang", *lang, "Language of the titles (text)")
        ->check(CLI::IsMember({"zh", "en"}))
        ->capture_default_str();
    cmd->callback([format, lang, &exit_status] {
        if (*format == "json")
            std::cout << boost::json::serialize(rules::catalogue_json()) << '\n';
        else if (*format == "markdown")
            std::cout << rules::catalogue_markdown();
        else
            for (rules::Rule const* r : rules::catalogue)
                std::cout << fmt::format("{:<22} {:<8} {}\n", r->id, severity_name(r->severity),
                           *lang == "en" ? r->title.en : r->title.zh);
        exit_status = standard_output_written() ? ok : unreadable_input;
    });
}

}  // namespace ogi::tool
