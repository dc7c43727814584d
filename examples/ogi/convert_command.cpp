// ogi convert: read a report, write it in another form.
#include "commands.hpp"
#include "files.hpp"

#include <ogi/json.hpp>
#include <ogi/render/csv.hpp>
#include <ogi/render/html.hpp>
#include <ogi/render/markdown.hpp>
#include <ogi/render/text.hpp>
#include <ogi/schema.hpp>

#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <vector>

namespace ogi::tool {

namespace {

struct ConvertOptions {
    std::string to = "json";
    std::vector<std::string> inputs;
    std::string output;
    bool allow_unknown_keys = false;
    bool wide = false;
    std::string lang = "zh";
    std::size_t max_input_bytes = default_max_input_bytes;
    std::size_t max_depth = DecodeOptions{}.max_depth;
};

std::optional<Report> read_report(std::string const& input, ConvertOptions const& o) {
    std::string error;
    auto bytes = read_input(input, o.max_input_bytes, error);
    if (!bytes) {
        fmt::print(stderr, "ogi: {}\n", error);
        return std::nullopt;
    }
    DecodeOptions decode_options;
    decode_options.allow_unknown_keys = o.allow_unknown_keys;
    decode_options.max_depth = o.max_depth;
    DecodeResult decoded = decode_json(*bytes, decode_options);
    if (!decoded) {
        std::string source = input == "-" ? "<stdin>" : input;
        for (auto const& e : decoded.errors) fmt::print(stderr, "{}: {}\n", source, e.to_string());
        fmt::print(stderr, "ogi: {}: not a valid {} document ({} error{})\n", source, report_schema_id, decoded.errors.size(),
                   decoded.errors.size() == 1 ? "" : "s");
    }
    return std::move(decoded.report);
}

// The output text: each report is read, written and let go in turn, so a CSV of thousands of reports holds one
// report at a time besides its own text.
std::optional<std::string> render(ConvertOptions const& o) {
    std::string text = o.to == "csv" ? render::csv_header({.wide = o.wide}) : std::string();
    for (auto const& input : o.inputs) {
        auto report = read_report(input, o);
        if (!report) return std::nullopt;
        render::DocumentOptions document{o.lang == "en" ? render::Language::en : render::Language::zh};
        if (o.to == "csv")
            render::append_csv_lines(text, *report, {.wide = o.wide});
        else if (o.to == "md")
            text = render::render_markdown(*report, {}, document);
        else if (o.to == "html")
            text = render::render_html(*report, {}, document);
        else if (o.to == "txt")
            text = render::render_text(*report);
        else
            text = encode_json(*report);
    }
    return text;
}

int run_convert(ConvertOptions const& o) {
    if (o.inputs.size() > 1 && o.to != "csv") {
        fmt::print(stderr, "ogi: several inputs make one CSV (--to csv); --to {} takes one\n", o.to);
        return unreadable_input;
    }
    if (o.wide && o.to != "csv") {
        fmt::print(stderr, "ogi: --wide is for --to csv\n");
        return unreadable_input;
    }
    auto rendered = render(o);
    if (!rendered) return unreadable_input;
    std::string const& text = *rendered;
    if (o.output.empty() || o.output == "-") {
        std::cout << text;
        std::cout.flush();
        return std::cout ? ok : unreadable_input;
    }
    std::string error;
    if (!write_output_atomically(o.output, text, o.inputs, error)) {
        fmt::print(stderr, "ogi: {}\n", error);
        return unreadable_input;
    }
    return ok;
}

}  // namespace

void add_convert_command(CLI::App& app, int& exit_status) {
    auto options = std::make_shared<ConvertOptions>();
    auto* cmd = app.add_subcommand("convert", "Read a report and write it in another form");
    cmd->add_option("--to", options->to, "Output format: json, csv, md (Markdown), html, txt (plain text)")
        ->check(CLI::IsMember({"json", "csv", "md", "html", "txt"}))
        ->capture_default_str();
    cmd->add_option("inputs", options->inputs, "The reports (files, or - for standard input); several only with --to csv")
        ->required();
    cmd->add_flag("--wide", options->wide, "CSV: one line per row of the application matrix instead of one per cell");
    cmd->add_option("--lang", options->lang, "md, html: the language of the findings' messages")
        ->check(CLI::IsMember({"zh", "en"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", options->output, "Write here (atomically) instead of standard output");
    cmd->add_flag("--allow-unknown-keys", options->allow_unknown_keys, "Ignore keys that ogi-report/1 does not define");
    cmd->add_option("--max-input-bytes", options->max_input_bytes, "Refuse larger inputs")->capture_default_str();
    cmd->add_option("--max-depth", options->max_depth, "Refuse JSON nested deeper")->capture_default_str();
    cmd->callback([options, &exit_status] { exit_status = run_convert(*options); });
}

void add_schema_command(CLI::App& app, int& exit_status) {
    auto* cmd = app.add_subcommand("schema", "Print the JSON Schema (draft 2020-12) of the report JSON");
    cmd->callback([&exit_status] {
        std::cout << json_schema();
        exit_status = std::cout ? ok : unreadable_input;
    });
}

}  // namespace ogi::tool
