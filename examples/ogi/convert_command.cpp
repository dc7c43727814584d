// ogi convert: read a report, write it in another form.
#include "commands.hpp"
#include "batch_options.hpp"
#include "files.hpp"
#include "inputs.hpp"
#include "load.hpp"

#include <ogi/json.hpp>
#include <ogi/output_file.hpp>
#include <ogi/render/csv.hpp>
#include <ogi/render/docx.hpp>
#include <ogi/render/html.hpp>
#include <ogi/render/markdown.hpp>
#include <ogi/render/text.hpp>
#include <ogi/schema.hpp>
#include <ogi/findings_json.hpp>
#include <ogi/validate.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <set>
#include <span>
#include <vector>

namespace ogi::tool {

namespace {

struct ConvertOptions {
    std::string to = "json";
    std::vector<std::string> inputs;
    std::string output;
    bool allow_unknown_keys = false;
    bool wide = false;
    bool bom = false;
    bool findings = true;  // html, md, txt: validate and mark the findings and corrections
    std::string lang = "zh";
    std::size_t max_input_bytes = default_max_input_bytes;
    std::size_t max_depth = DecodeOptions{}.max_depth;
    unsigned jobs = default_workers();
    ChildLimits child_limits;
};

// The reasons an input gives no report, for stderr.
std::vector<std::string> reasons(Input const& in) {
    std::vector<std::string> lines = in.errors;
    if (in.json)
        lines.push_back(fmt::format("ogi: {}: not a valid {} document ({} error{})", in.source, report_schema_id,
                                    in.errors.size(), in.errors.size() == 1 ? "" : "s"));
    return lines;
}

bool shows_findings(ConvertOptions const& o) { return o.findings && (o.to == "md" || o.to == "html" || o.to == "txt"); }

// findings: the import's findings, then validation's (as `ogi validate` lists them).
std::string render(Report const& report, std::vector<Finding> findings, ConvertOptions const& o) {
    render::DocumentOptions document{o.lang == "en" ? render::Language::en : render::Language::zh};
    if (o.to == "csv") {
        std::string lines;
        render::append_csv_lines(lines, report, {.wide = o.wide});
        return lines;
    }
    if (o.to == "json") return encode_json(report);
    Validation v;
    if (shows_findings(o)) {
        v = validate(report);
        v.findings.insert(v.findings.begin(), findings.begin(), findings.end());
        document.corrections = v.corrections;
        document.inferred = v.inferred;
    }
    if (o.to == "md") return render::render_markdown(report, v.findings, document);
    if (o.to == "html") return render::render_html(report, v.findings, document);
    if (o.to == "docx") return render::render_docx(report, v.findings, document);
    return render::render_text(report, v.findings, document);
}

// One input converted: its text, or none; and the messages for stderr (a text's import findings, then why there
// is no text).
struct Converted {
    std::optional<std::string> text;
    std::vector<std::string> messages;
};

Converted convert(Inputs const& inputs, std::size_t i, ConvertOptions const& o) {
    Input in = inputs.read(i);
    std::vector<std::string> messages = describe_import_findings(in, in.source, o.lang);
    if (!in.report) {
        std::ranges::copy(reasons(in), std::back_inserter(messages));
        return {std::nullopt, std::move(messages)};
    }
    return {render(*in.report, std::move(in.import_findings), o), std::move(messages)};
}

// What input i gave: its conversion, or the exception its conversion threw, as the reason it has none.
Converted converted_or_failed(Inputs const& inputs, std::size_t i, ItemResult<Converted> result) {
    if (result) return std::move(*result);
    return {std::nullopt, {fmt::format("ogi: {}: {}", inputs.source(i), result.error_message())}};
}

void print_messages(Converted const& converted, Progress& progress) {
    if (converted.messages.empty()) return;
    progress.clear();
    for (std::string const& m : converted.messages) fmt::print(stderr, "{}\n", m);
}

// Where the converted inputs go: standard output or one file written atomically.
class Output {
public:
    bool open(ConvertOptions const& o, InputFiles const& inputs, std::string& error) {
        to_stdout_ = o.output.empty() || o.output == "-";
        return to_stdout_ || file_.open(o.output, &inputs) || failed(error);
    }
    bool write(std::string_view text, std::string& error) {
        if (!to_stdout_) return file_.write(text) || failed(error);
        std::cout << text;
        return true;
    }
    bool close(std::string& error) {
        if (!to_stdout_) return file_.commit() || failed(error);
        return flush_standard_output(error);
    }

private:
    bool failed(std::string& error) const {
        error = file_.error();
        return false;
    }

    bool to_stdout_ = true;
    OutputFile file_;
};

// Every input into one output, in input order, on o.jobs threads: one report (JSON, Markdown, HTML, text) or one
// CSV of them all. An input that cannot be read is reported and counted, and the others are still converted;
// nothing is written if none can be read.
int convert_into_one(Inputs const& inputs, ConvertOptions const& o) {
    Output output;
    std::string error;
    bool opened = false;
    std::size_t unreadable = 0;
    Progress progress(inputs.size());
    run_in_order(
        inputs.size(), [&](std::size_t i) { return convert(inputs, i, o); },
        [&](std::size_t i, ItemResult<Converted> result) {
            Converted const converted = converted_or_failed(inputs, i, std::move(result));
            print_messages(converted, progress);
            if (!converted.text) {
                ++unreadable;
                return;
            }
            if (!opened && error.empty()) {
                opened = output.open(o, inputs.files(), error) &&
                         output.write(o.to == "csv" ? render::csv_header({.wide = o.wide, .bom = o.bom}) : "", error);
            }
            if (opened && error.empty()) output.write(*converted.text, error);
        },
        batch_options(o.jobs, progress));
    progress.clear();
    if (opened && error.empty()) output.close(error);
    if (inputs.size() > 1)
        fmt::print(stderr, "ogi: {} reports, {} converted, {} unreadable\n", inputs.size(), inputs.size() - unreadable,
                   unreadable);
    if (!error.empty()) {
        fmt::print(stderr, "ogi: {}\n", error);
        return unreadable_input;
    }
    return unreadable > 0 ? unreadable_input : ok;
}

// Each input into a file of its own in the folder o.output, named after it: report.txt → OUTDIR/report.html.
int convert_each(Inputs const& inputs, ConvertOptions const& o) {
    namespace fs = std::filesystem;
    std::vector<fs::path> targets;
    std::set<fs::path> taken;
    for (std::string const& path : inputs.paths()) {
        if (path == "-") {
            fmt::print(stderr, "ogi: standard input has no name to write a file after; convert it alone\n");
            return unreadable_input;
        }
        targets.push_back(fs::path(o.output) / fs::path(path).filename().replace_extension(o.to));
        if (!inputs.found_unreadable(targets.size() - 1) && !taken.insert(targets.back()).second) {
            fmt::print(stderr, "ogi: {}: two inputs would be written to {}; convert them separately\n", path,
                       targets.back().string());
            return unreadable_input;
        }
    }
    std::size_t failed = 0;
    Progress progress(inputs.size());
    run_in_order(
        inputs.size(),
        [&](std::size_t i) {
            Converted converted = convert(inputs, i, o);
            std::string error;
            if (converted.text && !write_file_atomically(targets[i], *converted.text, error, &inputs.files())) {
                converted.text.reset();
                converted.messages.push_back("ogi: " + error);
            }
            return converted;
        },
        [&](std::size_t i, ItemResult<Converted> result) {
            Converted const converted = converted_or_failed(inputs, i, std::move(result));
            print_messages(converted, progress);
            if (!converted.text) ++failed;
        },
        batch_options(o.jobs, progress));
    progress.clear();
    fmt::print(stderr, "ogi: {} reports, {} converted into {}, {} unreadable or unwritable\n", inputs.size(),
               inputs.size() - failed, o.output, failed);
    return failed > 0 ? unreadable_input : ok;
}

int run_convert(ConvertOptions const& o) {
    if ((o.wide || o.bom) && o.to != "csv") {
        fmt::print(stderr, "ogi: {} is for --to csv\n", o.wide ? "--wide" : "--bom");
        return unreadable_input;
    }
    DecodeOptions decode_options;
    decode_options.allow_unknown_keys = o.allow_unknown_keys;
    decode_options.max_depth = o.max_depth;
    Inputs inputs(find_report_files(o.inputs), o.max_input_bytes, decode_options);
    inputs.limit_children(o.child_limits);
    std::error_code ec;
    bool const into_folder = !o.output.empty() && std::filesystem::is_directory(o.output, ec);
    if (o.to == "csv" || (inputs.size() == 1 && !into_folder)) return convert_into_one(inputs, o);
    if (!into_folder) {
        fmt::print(stderr, "ogi: several inputs make one CSV (--to csv); --to {} takes one, or -o FOLDER for a file each\n",
                   o.to);
        return unreadable_input;
    }
    return convert_each(inputs, o);
}

}  // namespace

void add_convert_command(CLI::App& app, int& exit_status) {
    auto options = std::make_shared<ConvertOptions>();
    auto* cmd = app.add_subcommand("convert", "Read a report and write it in another form");
    cmd->add_option("--to", options->to, "Output format: json, csv, md (Markdown), html, txt (plain text), docx (Word, A4)")
        ->check(CLI::IsMember({"json", "csv", "md", "html", "txt", "docx"}))
        ->capture_default_str();
    cmd->add_option("inputs", options->inputs,
                    "The reports: ogi-report/1 JSON or published reports' PDF, text, HTML, Word (.docx; .doc, .wps through "
                    "LibreOffice) (files, folders of them, or - for "
                    "standard input); several make one CSV, or with another format one file each in the folder -o")
        ->required();
    add_jobs_option(*cmd, options->jobs, "Reports converted");
    add_child_limit_options(*cmd, options->child_limits);
    cmd->add_flag("--wide", options->wide, "CSV: one line per row of the application matrix instead of one per cell");
    cmd->add_flag("--bom", options->bom, "CSV: the UTF-8 byte order mark first, for Excel on Chinese Windows");
    cmd->add_flag("!--no-findings", options->findings,
                  "md, html, txt: write the report alone, without validating it and marking its findings and corrections");
    cmd->add_option("--lang", options->lang, "md, html, txt: the language of the findings, corrections and captions")
        ->check(CLI::IsMember({"zh", "en"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", options->output,
                    std::string(output_help) +
                        "; with several inputs and a format other than csv, or a folder for a file each");
    cmd->add_flag("--allow-unknown-keys", options->allow_unknown_keys, "Ignore keys that ogi-report/1 does not define");
    cmd->add_option("--max-input-bytes", options->max_input_bytes, "Refuse larger inputs")->capture_default_str();
    cmd->add_option("--max-depth", options->max_depth, "Refuse JSON nested deeper")->capture_default_str();
    cmd->callback([options, &exit_status] { exit_status = run_convert(*options); });
}

void add_schema_command(CLI::App& app, int& exit_status) {
    auto findings = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("schema", "Print the JSON Schema (draft 2020-12) of the report JSON");
    cmd->add_flag("--findings", *findings, "The schema of the findings document (ogi validate --format json) instead");
    cmd->callback([findings, &exit_status] {
        std::cout << (*findings ? findings_json_schema() : json_schema());
        exit_status = standard_output_written() ? ok : unreadable_input;
    });
}

}  // namespace ogi::tool
