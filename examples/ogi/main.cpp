// ogi: check, convert and import 政府信息公开工作年度报告 (Open Government Information annual reports).
#include "commands.hpp"
#include "files.hpp"
#include "office_conversion.hpp"
#include "validate_command.hpp"

#include <ogi/detail/heap.hpp>

int main(int argc, char** argv) {
    ogi::keep_heap();  // a run reads report after report
    ogi::tool::remove_temporary_files_on_signals();
    ogi::tool::use_standard_output_buffer();
    CLI::App app{"ogi: Open Government Information annual reports (政府信息公开工作年度报告)", "ogi"};
    app.require_subcommand(1);
    app.footer(ogi::tool::word_inputs_help() + "\n\nPDF inputs: read from where their text stands (poppler); each PDF is read in a "
               "child process under --pdf-cpu-seconds (default 60) and --pdf-memory-mb (default 2048), so a PDF that "
               "crashes, hangs or exhausts the reader is one unreadable file and the run goes on. A scan (no text layer) "
               "is refused: ogi does no OCR.");
    int exit_status = ogi::tool::ok;
    ogi::tool::add_convert_command(app, exit_status);
    ogi::tool::add_schema_command(app, exit_status);
    ogi::tool::add_validate_command(app, exit_status);
    ogi::tool::add_rules_command(app, exit_status);
    ogi::tool::add_sum_command(app, exit_status);
    try {
        app.parse(argc, argv);
    } catch (CLI::ParseError const& e) {
        int status = app.exit(e);
        return status == 0 ? 0 : ogi::tool::unreadable_input;  // a usage error is input the tool cannot read
    }
    return exit_status;
}
