#pragma once
// The subcommands of the ogi tool; each registers itself on the app and sets the exit status when it runs.
#include <CLI/CLI.hpp>

namespace ogi::tool {

void add_convert_command(CLI::App& app, int& exit_status);
void add_schema_command(CLI::App& app, int& exit_status);
void add_sum_command(CLI::App& app, int& exit_status);

}  // namespace ogi::tool
