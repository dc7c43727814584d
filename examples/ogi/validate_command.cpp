// ogi validate: every rule on every report given, each finding on one line (or one JSON document);
// ogi rules: the rule catalogue.
#include "validate_command.hpp"

#include "files.hpp"
#include "load.hpp"

#include <ogi/findings_json.hpp>
#include <ogi/json.hpp>
#include <ogi/location.hpp>
#include <ogi/rules/catalogue.hpp>
#include <ogi/rules/document.hpp>
#include <ogi/validate.hpp>

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

namespace ogi::tool {

namespace {

struct ValidateOptions {
    std::string format = "text";
    std::string lang = "zh";
    std::vector<std::string> inputs;
    std::size_t max_input_bytes = default_max_input_bytes;
};

// One input: its report, or why there is none; a report's text brings the findings of its import.
struct Input {
    std::string source;
    std::optional<Report> report;
    std::vector<std::string> errors;
    std::vector<Finding> import_findings;
};

// The files named, a folder standing for the .json files below it, in name order. (A named file may also be a
// published report's text or web page: load_report tells them apart by content.)
std::vector<std::string> expand(std::vector<std::string> const& paths) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (std::string const& path : paths) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        for (auto const& entry : fs::recursive_directory_iterator(path, ec))
            if (entry.is_regular_file() && entry.path().extension() == ".json") found.push_back(entry.path().string());
        std::ranges::sort(found);
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

Input read_report(std::string const& path, std::size_t max_input_bytes) {
    Input in{path == "-" ? "<stdin>" : path, std::nullopt, {}, {}};
    std::string error;
    auto bytes = read_input(path, max_input_bytes, error);
    if (!bytes) {
        in.errors.push_back(error);  // names the file already
        return in;
    }
    LoadedReport loaded = load_report(*bytes, in.source);  // JSON, or a report's text told by content
    in.report = std::move(loaded.report);
    in.errors = std::move(loaded.errors);
    in.import_findings = std::move(loaded.import_findings);
    return in;
}

std::string const& message_in(Finding const& f, std::string const& lang) {
    return lang == "en" ? f.message.en : f.message.zh;
}

void print_text(Input const& in, Validation const& v, std::string const& lang) {
    for (Finding const& f : v.findings) {
        std::string where = f.source_line ? fmt::format("{}:{}", in.source, *f.source_line) : in.source;
        fmt::print("{}: {} {}: {}\n", where, severity_name(f.severity), f.rule, message_in(f, lang));
    }
    for (Correction const& c : v.corrections)
        fmt::print("{}: {} {}: {} → {}\n", in.source, lang == "en" ? "correction" : "更正",
                   locate(*in.report, c.path)->label_path, c.reported, c.suggested);
}

int run_validate(ValidateOptions const& o) {
    std::vector<Input> inputs;
    for (std::string const& path : expand(o.inputs)) inputs.push_back(read_report(path, o.max_input_bytes));
    std::vector<Report> reports;
    for (Input const& in : inputs)
        if (in.report) reports.push_back(*in.report);
    std::vector<Validation> validations = validate_series(reports);
    // A text's import findings come first among its findings: they say which cells were not read.
    std::size_t k = 0;
    for (Input const& in : inputs)
        if (in.report) {
            auto& findings = validations[k++].findings;
            findings.insert(findings.begin(), in.import_findings.begin(), in.import_findings.end());
        }

    int status = ok;
    boost::json::array entries;
    std::size_t next = 0;
    std::size_t unreadable = 0;
    for (Input const& in : inputs) {
        if (!in.report) {
            for (std::string const& e : in.errors) fmt::print(stderr, "{}\n", e);
            if (o.format == "json") entries.push_back(unreadable_entry(in.source, in.errors));
            status = unreadable_input;
            ++unreadable;
            continue;
        }
        Validation const& v = validations[next++];
        if (v.has_errors() && status == ok) status = findings_with_errors;
        if (o.format == "json")
            entries.push_back(findings_entry(in.source, *in.report, v));
        else
            print_text(in, v, o.lang);
    }
    if (o.format == "json") {
        boost::json::object document{{"reports", std::move(entries)}, {"summary", findings_summary(validations, unreadable)}};
        std::cout << boost::json::serialize(document) << '\n';
    }
    if (inputs.size() > 1)
        fmt::print(stderr, "ogi: {} reports, {} with errors, {} unreadable\n", inputs.size(),
                   std::ranges::count_if(validations, &Validation::has_errors), unreadable);
    std::cout.flush();
    return std::cout ? status : unreadable_input;
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
    cmd->add_option("inputs", options->inputs,
                    "Reports: JSON, or published reports' text or web pages (files; folders stand for their .json "
                    "files); several of one body are a series")
        ->required();
    cmd->callback([options, &exit_status] { exit_status = run_validate(*options); });
}

void add_rules_command(CLI::App& app, int& exit_status) {
    auto format = std::make_shared<std::string>("text");
    auto lang = std::make_shared<std::string>("zh");
    auto* cmd = app.add_subcommand("rules", "List the validation rules");
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
                fmt::print("{:<17} {:<8} {}\n", r->id, severity_name(r->severity),
                           *lang == "en" ? r->title.en : r->title.zh);
        std::cout.flush();
        exit_status = std::cout ? ok : unreadable_input;
    });
}

}  // namespace ogi::tool
