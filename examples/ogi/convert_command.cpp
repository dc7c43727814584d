// ogi convert: read a report, write it in another form.
#include "commands.hpp"
#include "files.hpp"

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
};

int run_convert(ConvertOptions const& o) {
    std::string error;
    auto bytes = read_input(o.input, error);
    if (!bytes) {
        fmt::print(stderr, "ogi: {}\n", error);
        return unreadable_input;
    }
    DecodeOptions decode_options;
    decode_options.allow_unknown_keys = o.allow_unknown_keys;
    DecodeResult decoded = decode_json(*bytes, decode_options);
    if (!decoded) {
        std::string source = o.input == "-" ? "<stdin>" : o.input;
        for (auto const& e : decoded.errors) fmt::print(stderr, "{}: {}\n", source, e.to_string());
        fmt::print(stderr, "ogi: {}: not a valid {} document ({} error{})\n", source, report_schema_id, decoded.errors.size(),
                   decoded.errors.size() == 1 ? "" : "s");
        return unreadable_input;
    }
    std::string text = encode_json(*decoded.report);
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
    cmd->add_option("input", options->input, "The report (a file, or - for standard input)")->required();
    cmd->add_option("-o,--output", options->output, "Write here (atomically) instead of standard output");
    cmd->add_flag("--allow-unknown-keys", options->allow_unknown_keys, "Ignore keys that ogi-report/1 does not define");
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
