#pragma once
// The tool's edges: reading inputs and writing outputs. No domain logic here.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ogi::tool {

// The exit statuses of every command.
enum Exit : int { ok = 0, findings_with_errors = 1, unreadable_input = 2 };

// Inputs larger than this are refused unless the user raises the limit: a report's text is well under 1 MB.
inline constexpr std::size_t default_max_input_bytes = 64u << 20;

// The bytes of a file, or of standard input for "-", up to limit bytes; nullopt with the reason in error.
std::optional<std::string> read_input(std::string const& path, std::size_t limit, std::string& error);

// What -o does with what it names (ogi::OutputFile), for --help.
inline constexpr std::string_view output_help =
    "Write here (atomically; a symbolic link is followed, a file there keeps its owner and mode, a device or FIFO is "
    "written directly) instead of standard output";

// From now on SIGINT, SIGTERM and SIGHUP remove the temporary files of the ogi::OutputFiles being written before
// the tool ends (as the signal ends it). Here, not in the library: a library must not take a program's signals;
// it gives the handler what to call (ogi::remove_output_temporaries).
void remove_temporary_files_on_signals();

// From now on std::cout is written through a buffer that remembers why a write failed. Nothing else may write
// to standard output (printf, fmt::print to stdout): its order would be lost.
void use_standard_output_buffer();

// Flushes standard output: whether everything written to it was written, else why not in error (a full disk,
// /dev/full).
bool flush_standard_output(std::string& error);
// The same, saying why on stderr.
bool standard_output_written();

}  // namespace ogi::tool
