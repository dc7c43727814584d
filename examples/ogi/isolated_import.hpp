#pragma once
// PDFs read in a child process under limits: poppler is a large C++ parser of hostile input, and a PDF that
// crashes it, hangs it or blows up its memory must cost one unreadable file (named, counted, exit 2 at the end),
// not the run. The child imports, sends the report's JSON and the findings back over a pipe, and exits.
// In the tool, not the library: fork() is the program's to decide (a child of a process with threads, open
// handles and a host such as Python copies them all), as are the limits of its children.
#include "load.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace ogi::tool {

struct ChildLimits {
    unsigned cpu_seconds = 60;        // RLIMIT_CPU of the child; wall-clock time allowed: twice this
    std::size_t memory_mb = 2048;     // RLIMIT_AS of the child (not applied under AddressSanitizer)
};

// --pdf-cpu-seconds and --pdf-memory-mb, their defaults stated in --help.
void add_child_limit_options(CLI::App& cmd, ChildLimits& limits);

// Whether bytes are read in a child: a PDF, told by its signature as the importer tells it.
bool reads_in_child(std::string_view bytes) noexcept;

// load_report and load_key, in a child under limits when the bytes are a PDF, else in this process.
LoadedReport load_report_isolated(std::string_view bytes, std::string const& source, DecodeOptions const& options,
                                  ChildLimits const& limits);
std::optional<ReportKey> load_key_isolated(std::string_view bytes, std::string const& source,
                                                     DecodeOptions const& options, ChildLimits const& limits);

}  // namespace ogi::tool
