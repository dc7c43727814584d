#pragma once
// ogi validate and ogi rules: the validation of reports and the catalogue of its rules.
#include <CLI/CLI.hpp>

namespace ogi::tool {

void add_validate_command(CLI::App& app, int& exit_status);
void add_rules_command(CLI::App& app, int& exit_status);

}  // namespace ogi::tool
