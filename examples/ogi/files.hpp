#pragma once
// The tool's edges: reading inputs and writing outputs. No domain logic here.
#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace ogi::tool {

// The exit statuses of every command.
enum Exit : int { ok = 0, findings_with_errors = 1, unreadable_input = 2 };

// Inputs larger than this are refused unless the user raises the limit: a report's text is well under 1 MB.
inline constexpr std::size_t default_max_input_bytes = 64u << 20;

// What a path names, for messages: "a file", "a folder", "a FIFO (named pipe)", "a socket", "a device".
std::string_view file_type_name(mode_t mode) noexcept;

// A file name's extension in lower case (".json", ".pdf"), ASCII only; empty when it has none.
std::string lower_extension(std::filesystem::path const& file);

// The bytes of a file, or of standard input for "-", up to limit bytes; nullopt with the reason in error.
std::optional<std::string> read_input(std::string const& path, std::size_t limit, std::string& error);

// The files a run reads, by identity (device and inode), each with the name it was given: what an output must
// not overwrite, known from one stat per input however many outputs are written.
class InputFiles {
public:
    void add(dev_t device, ino_t inode, std::string const& name) { files_.try_emplace({device, inode}, name); }
    // The name of the input that is this file, or nullptr.
    std::string const* find(dev_t device, ino_t inode) const;

private:
    std::map<std::pair<dev_t, ino_t>, std::string> files_;
};

// A file written in pieces and put in place at once: a temporary file beside it, renamed over it by commit(), so
// that on any error, or without commit(), the previous file stays intact. What the path names is respected: a
// symbolic link is followed (its target is written), a file already there keeps its owner and mode (refused
// when they cannot be kept), a device or FIFO is written directly (no temporary file), a socket, a folder or
// one of the inputs is refused.
class AtomicFile {
public:
    AtomicFile() = default;
    AtomicFile(AtomicFile const&) = delete;
    AtomicFile& operator=(AtomicFile const&) = delete;
    ~AtomicFile();  // removes the temporary file unless committed

    // False with the reason in error.
    bool open(std::filesystem::path const& path, InputFiles const& inputs, std::string& error);
    bool write(std::string_view text, std::string& error);
    bool commit(std::string& error);

private:
    bool fail(std::string& error, std::string_view why);

    std::filesystem::path path_;    // as the user named it, for messages
    std::filesystem::path target_;  // the file renamed over: path_ with its symbolic links followed
    std::string temporary_;         // empty when writing directly, or once committed
    int fd_ = -1;
};

// What -o does with what it names (AtomicFile), for --help.
inline constexpr std::string_view output_help =
    "Write here (atomically; a symbolic link is followed, a file there keeps its owner and mode, a device or FIFO is "
    "written directly) instead of standard output";

// Writes text to path as AtomicFile does. Returns false with the reason in error.
bool write_output_atomically(std::filesystem::path const& path, std::string_view text, InputFiles const& inputs,
                             std::string& error);

// From now on SIGINT, SIGTERM and SIGHUP remove the temporary files of the AtomicFiles being written before
// the tool ends (as the signal ends it).
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
