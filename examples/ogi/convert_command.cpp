// ogi convert: read a report, write it in another form.
#include "commands.hpp"
#include "files.hpp"
#include "load.hpp"

#include <ogi/json.hpp>
#include <ogi/schema.hpp>

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace ogi::tool {

namespace {

struct ConvertOptions {
    std::string to = "json";
    std::string input;
    std::string output;
    bool allow_unknown_keys = false;
    std::size_t max_input_bytes = default_max_input_bytes;
    std::size_t max_depth = DecodeOptions{}.max_depth;
};

int run_convert(ConvertOptions const& o) {
    std::string error;
    auto bytes = read_input(o.input, o.max_input_bytes, error);
    if (!bytes) {
        fmt::print(stderr, "ogi: {}\n", error);
        return unreadable_input;
    }
    DecodeOptions decode_options;
    decode_options.allow_unknown_keys = o.allow_unknown_keys;
    decode_options.max_depth = o.max_depth;
    std::string source = o.input == "-" ? "<stdin>" : o.input;
    LoadedReport loaded = load_report(*bytes, source, decode_options);
    for (std::string const& line : describe_import_findings(loaded, source, "zh")) fmt::print(stderr, "{}\n", line);
    if (!loaded.report) {
        for (std::string const& e : loaded.errors) fmt::print(stderr, "{}\n", e);
        fmt::print(stderr, "ogi: {}: not a readable report ({} error{})\n", source, loaded.errors.size(),
                   loaded.errors.size() == 1 ? "" : "s");
        return unreadable_input;
    }
    std::string text = encode_json(*loaded.report);
    if (o.output.empty() || o.output == "-") {
        std::cout << text;
        std::cout.flush();
        return std::cout ? ok : unreadable_input;
    }
    std::string inputs[] = {o.input};
    if (!write_output_atomically(o.output, text, inputs, error)) {
        fmt::print(stderr, "ogi: {}\n", error);
        return unreadable_input;
    }
    return ok;
}

}  // namespace

void add_convert_command(CLI::App& app, int& exit_status) {
    auto options = std::make_shared<ConvertOptions>();
    auto* cmd = app.add_subcommand("convert", "Read a report and write it in another form");
    cmd->add_option("--to", options->to, "Output format")->check(CLI::IsMember({"json"}))->capture_default_str();
    cmd->add_option("input", options->input, "The report: ogi-report/1 JSON or a published report's text (a file, or - for standard input)")->required();
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
