#pragma once
// Output files that are never half-written: what is written goes to a temporary file beside the target and is
// renamed over it on commit, so that a reader sees the previous file or the whole new one, never a part; on any
// error, without commit, or when the program is ended by a signal (remove_output_temporaries), the temporary file
// is removed and the previous file stays intact. POSIX.
//
//     ogi::OutputFile out;
//     if (!out.open("report.json") || !out.write(ogi::encode_json(report)) || !out.commit())
//         std::cerr << out.error() << '\n';   // "report.json: cannot write: No space left on device"
#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace ogi {

// The files a run reads, by identity (device and inode, so that another spelling of a path or a link to it is
// still one of them), each with the name it was given: what its outputs must never be written over.
class InputFiles {
public:
    // Adds the file path names (through symbolic links); false when there is none to stat.
    bool add(std::string const& path);
    // Adds a file already stat()ed, under name.
    void add(struct ::stat const& file, std::string const& name);
    // The name of the input that is this file, or nullptr.
    std::string const* find(struct ::stat const& file) const;

private:
    std::map<std::pair<std::uint64_t, std::uint64_t>, std::string> files_;
};

// A file written in pieces and put in place at once. What the path names is respected: a symbolic link is followed
// (its target is replaced), a file already there keeps its owner and mode (refused when they cannot be kept), a
// device or FIFO is written directly (no temporary file: /dev/null, a pipe), a socket, a folder or one of the
// inputs is refused. A new file is readable by all (0644, as a document), not 0600 as a temporary file.
// Each method returns false on failure, with the reason in error(), which names the path.
class OutputFile {
public:
    OutputFile() = default;
    OutputFile(OutputFile const&) = delete;
    OutputFile& operator=(OutputFile const&) = delete;
    ~OutputFile();  // removes the temporary file unless committed

    // Creates the temporary file beside path (".NAME.XXXXXX", hidden). inputs: files it must not replace.
    bool open(std::filesystem::path const& path, InputFiles const* inputs = nullptr);
    bool write(std::string_view text);
    // Flushes the file to disk and renames it over the target. Once committed, the object is spent.
    bool commit();
    std::string const& error() const noexcept { return error_; }

private:
    bool fail(std::string_view why);

    std::filesystem::path path_;    // as the caller named it, for messages
    std::filesystem::path target_;  // the file renamed over: path_ with its symbolic links followed
    std::string temporary_;         // empty when writing directly, or once committed
    std::string error_;
    int fd_ = -1;
};

// Writes text to path as OutputFile does; false with the reason in error.
bool write_file_atomically(std::filesystem::path const& path, std::string_view text, std::string& error,
                           InputFiles const* inputs = nullptr);

// Removes the temporary file of every OutputFile being written, and makes every later open() fail: for the handler
// of a signal that ends the program, which calls it before it ends (async-signal-safe). It waits for a temporary
// file being created on another thread, to remove it too; SIGINT, SIGTERM and SIGHUP are blocked on a thread while
// it creates one, so that a handler of those never waits for its own thread (a handler of another signal gives up
// after a second, and may leave that one file).
void remove_output_temporaries() noexcept;

}  // namespace ogi
