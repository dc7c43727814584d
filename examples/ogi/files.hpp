#pragma once
// The tool's edges: reading inputs and writing outputs. No domain logic here.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ogi::tool {

// The exit statuses of every command.
enum Exit : int { ok = 0, findings_with_errors = 1, unreadable_input = 2 };

// Inputs larger than this are refused unless the user raises the limit: a report's text is well under 1 MB.
inline constexpr std::size_t default_max_input_bytes = 64u << 20;

// The bytes of a file, or of standard input for "-", up to limit bytes; nullopt with the reason in error.
std::optional<std::string> read_input(std::string const& path, std::size_t limit, std::string& error);

// A file written in pieces and put in place at once: a temporary file beside it, renamed over it by commit(), so
// that on any error, or without commit(), the previous file stays intact. Refuses to write over one of the inputs.
class AtomicFile {
public:
    AtomicFile() = default;
    AtomicFile(AtomicFile const&) = delete;
    AtomicFile& operator=(AtomicFile const&) = delete;
    ~AtomicFile();  // removes the temporary file unless committed

    // False with the reason in error.
    bool open(std::filesystem::path const& path, std::span<std::string const> inputs, std::string& error);
    bool write(std::string_view text, std::string& error);
    bool commit(std::string& error);

private:
    std::filesystem::path path_;
    std::string temporary_;
    int fd_ = -1;
};

// Writes text to path atomically: a temporary file beside it, then rename, so that on any error the previous
// file stays intact. Refuses to write over one of the inputs. Returns false with the reason in error.
bool write_output_atomically(std::filesystem::path const& path, std::string_view text,
                             std::span<std::string const> inputs, std::string& error);

}  // namespace ogi::tool
