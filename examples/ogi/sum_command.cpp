// ogi sum: the reports of several bodies of one year rolled up into one report for their region.
#include "batch_options.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "inputs.hpp"

#include <ogi/json.hpp>
#include <ogi/sum.hpp>

#include <fmt/format.h>

#include <iostream>
#include <map>
#include <memory>
#include <vector>

namespace ogi::tool {

namespace {

struct SumOptions {
    std::vector<std::string> inputs;
    std::string agency;
    std::string output;
    std::size_t max_input_bytes = default_max_input_bytes;
    unsigned jobs = default_workers();
};

// A sum that leaves out a body is wrong, so any input that cannot be read stops it: exit 2, nothing written.
int run_sum(SumOptions const& o) {
    Inputs const inputs(find_report_files(o.inputs), o.max_input_bytes);
    std::vector<Report> reports;
    std::map<std::pair<std::string, int>, std::string> first_of_body;  // the input of each body and year
    std::size_t unreadable = 0;
    run_in_order(
        inputs.size(), [&](std::size_t i) { return inputs.read(i); },
        [&](std::size_t i, ItemResult<Input> read) {
            if (!read) fmt::print(stderr, "{}: {}\n", inputs.source(i), read.error_message());
            if (read) for (std::string const& e : read->errors) fmt::print(stderr, "{}\n", e);
            if (!read || !read->report) {
                ++unreadable;
                return;
            }
            Input& in = *read;
            ReportKey id{in.report->agency(), in.report->year()};
            auto [first, added] = first_of_body.try_emplace({id.agency, id.year}, in.source);
            if (!added)
                fmt::print(stderr, "{}\n", duplicate_warning(first->second, in.source, id, "both are added into the sum"));
            reports.push_back(std::move(*in.report));
        },
        {.workers = o.jobs});
    if (unreadable > 0) {
        fmt::print(stderr, "ogi: {} of {} inputs unreadable; no sum written\n", unreadable, inputs.size());
        return unreadable_input;
    }
    SumResult total = sum(reports, o.agency);
    if (!total) {
        fmt::print(stderr, "ogi: {}\n", total.error);
        return unreadable_input;
    }
    std::string const json = encode_json(*total.report);
    if (o.output.empty() || o.output == "-") {
        std::cout << json;
        return standard_output_written() ? ok : unreadable_input;
    }
    std::string error;
    if (!write_file_atomically(o.output, json, error, &inputs.files())) {
        fmt::print(stderr, "ogi: {}\n", error);
        return unreadable_input;
    }
    return ok;
}

}  // namespace

void add_sum_command(CLI::App& app, int& exit_status) {
    auto options = std::make_shared<SumOptions>();
    auto* cmd = app.add_subcommand(
        "sum", "Roll the reports of several bodies of one year and edition up into one report (JSON) for the region");
    cmd->add_option("inputs", options->inputs, "The reports (files, or folders of them)")->required();
    cmd->add_option("--agency", options->agency, "The name of the body the sum is reported for")->required();
    cmd->add_option("-o,--output", options->output, std::string(output_help));
    cmd->add_option("--max-input-bytes", options->max_input_bytes, "Refuse larger inputs")->capture_default_str();
    add_jobs_option(*cmd, options->jobs, "Reports read");
    cmd->callback([options, &exit_status] { exit_status = run_sum(*options); });
}

}  // namespace ogi::tool
