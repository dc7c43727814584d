#include "files.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <pthread.h>
#include <iostream>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace ogi::tool {

namespace {

// Reads at most limit bytes; one more means the input is too large, and reading stops there.
std::optional<std::string> read_limited(std::istream& in, std::string const& name, std::size_t limit, std::string& error) {
    std::string bytes;
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > limit) {
            error = name + ": larger than the limit of " + std::to_string(limit) + " bytes (--max-input-bytes)";
            return std::nullopt;
        }
    }
    if (in.bad()) {
        error = name + ": read error";
        return std::nullopt;
    }
    return bytes;
}

// The temporary files being written, for the signal handler: slots set and cleared atomically, read by the
// handler without a lock. More files at once than slots (never: --jobs is bounded far below) go unregistered.
std::array<std::atomic<char const*>, 4096> temporaries{};

void register_temporary(char const* name) {
    for (auto& slot : temporaries) {
        char const* empty = nullptr;
        if (slot.compare_exchange_strong(empty, name)) return;
    }
}

void unregister_temporary(char const* name) {
    for (auto& slot : temporaries) {
        char const* expected = name;
        if (slot.compare_exchange_strong(expected, nullptr)) return;
    }
}

std::atomic<bool> ending{false};  // a signal is ending the run: no temporary file is created any more
std::atomic<int> creating{0};     // threads between creating a temporary file and registering it

sigset_t ending_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&signals, signal);
    return signals;
}

// Creates a temporary file from the template name (mkstemp's XXXXXX) and registers it, with the ending signals
// blocked on this thread: the handler, run on another, waits for it, so that every file created is removed.
int create_temporary(std::string& name) {
    sigset_t const blocked = ending_signals();
    sigset_t previous;
    ::pthread_sigmask(SIG_BLOCK, &blocked, &previous);
    creating.fetch_add(1);
    int fd = -1;
    errno = EINTR;
    if (!ending.load()) {
        fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd >= 0) register_temporary(name.c_str());
    }
    int const why = errno;
    creating.fetch_sub(1);
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    errno = why;
    return fd;
}

extern "C" void remove_temporaries_and_end(int signal) {
    ending.store(true);
    while (creating.load() > 0) {  // another thread is creating one: it registers it, or creates none
    }
    for (auto& slot : temporaries)
        if (char const* name = slot.load()) ::unlink(name);
    ::signal(signal, SIG_DFL);  // then ended by the signal itself, as the caller expects
    ::raise(signal);
}

// std::cout's buffer: its own, written with write(2), so that why a write failed is known (std::cout keeps only
// a flag, and stdio's errno is gone by the time the tool looks).
class StandardOutput : public std::streambuf {
public:
    StandardOutput() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
    int error() const noexcept { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
        return c;
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        char const* from = pbase();
        char const* const end = pptr();
        setp(buffer_.data(), buffer_.data() + buffer_.size());  // emptied, written or not
        while (from < end && error_ == 0) {
            ssize_t n = ::write(STDOUT_FILENO, from, static_cast<std::size_t>(end - from));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) error_ = n < 0 ? errno : EIO;
            else from += n;
        }
        return error_ == 0;
    }

    std::array<char, 64 * 1024> buffer_{};
    int error_ = 0;  // the errno of the first failed write
};

}  // namespace

std::string lower_extension(std::filesystem::path const& file) {
    std::string ext = file.extension().string();
    for (char& c : ext) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return ext;
}

std::string_view file_type_name(mode_t mode) noexcept {
    if (S_ISREG(mode)) return "a file";
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    return "not a regular file";
}

std::optional<std::string> read_input(std::string const& path, std::size_t limit, std::string& error) {
    namespace fs = std::filesystem;
    if (path == "-") return read_limited(std::cin, "<stdin>", limit, error);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error = path + ": is a directory";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot open: " + std::strerror(errno);
        return std::nullopt;
    }
    return read_limited(in, path, limit, error);
}

std::string const* InputFiles::find(dev_t device, ino_t inode) const {
    auto it = files_.find({device, inode});
    return it == files_.end() ? nullptr : &it->second;
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (temporary_.empty()) return;
    ::unlink(temporary_.c_str());
    unregister_temporary(temporary_.c_str());
}

bool AtomicFile::fail(std::string& error, std::string_view why) {
    error = path_.string() + ": ";
    error += why;
    return false;
}

bool AtomicFile::open(std::filesystem::path const& path, InputFiles const& inputs, std::string& error) {
    namespace fs = std::filesystem;
    path_ = path;
    target_ = path;
    struct stat existing {};
    bool const exists = ::stat(path.c_str(), &existing) == 0;  // through symbolic links: what would be written
    if (!exists) {
        struct stat link {};
        if (errno != ENOENT || ::lstat(path.c_str(), &link) == 0)
            return fail(error, std::string("cannot write: ") +
                                   (errno == ENOENT ? "a symbolic link to a file that does not exist"
                                                    : std::strerror(errno)));
    } else {
        if (std::string const* input = inputs.find(existing.st_dev, existing.st_ino))
            return fail(error, "refusing to write over the input " + *input);
        if (S_ISDIR(existing.st_mode) || S_ISSOCK(existing.st_mode))
            return fail(error, "cannot write: " + std::string(file_type_name(existing.st_mode)));
        if (!S_ISREG(existing.st_mode)) {  // a device or a FIFO: written directly, never replaced
            fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
            return fd_ >= 0 || fail(error, std::string("cannot open: ") + std::strerror(errno));
        }
        std::error_code ec;
        target_ = fs::canonical(path, ec);
        if (ec) return fail(error, "cannot write: " + ec.message());
    }
    fs::path dir = target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
    std::string hidden = ".";  // built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "." + name
    hidden += target_.filename().string();
    hidden += ".XXXXXX";
    temporary_ = (dir / hidden).string();
    fd_ = create_temporary(temporary_);
    if (fd_ < 0) {
        temporary_.clear();
        return fail(error, "cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno));
    }
    if (!exists) {
        // mkstemp creates 0600; a new output file is an ordinary document.
        ::fchmod(fd_, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
        return true;
    }
    // The file it replaces keeps its owner and mode, or is not replaced.
    if ((existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()) &&
        ::fchown(fd_, existing.st_uid, existing.st_gid) != 0)
        return fail(error, "belongs to user " + std::to_string(existing.st_uid) + " and group " +
                               std::to_string(existing.st_gid) +
                               "; a file written in its place could not keep them, so it is left as it is");
    if (::fchmod(fd_, existing.st_mode & 07777) != 0)
        return fail(error, std::string("cannot keep its mode: ") + std::strerror(errno));
    return true;
}

bool AtomicFile::write(std::string_view text, std::string& error) {
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = ::write(fd_, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return fail(error, std::string("cannot write: ") + std::strerror(errno));
        written += static_cast<std::size_t>(n);
    }
    return true;
}

bool AtomicFile::commit(std::string& error) {
    bool const replaces = !temporary_.empty();
    bool ok = !replaces || ::fsync(fd_) == 0;
    ok = ::close(fd_) == 0 && ok;
    fd_ = -1;
    if (ok && replaces) ok = ::rename(temporary_.c_str(), target_.c_str()) == 0;
    if (!ok) return fail(error, std::string("cannot write: ") + std::strerror(errno));
    if (replaces) unregister_temporary(temporary_.c_str());
    temporary_.clear();
    return true;
}

bool write_output_atomically(std::filesystem::path const& path, std::string_view text, InputFiles const& inputs,
                             std::string& error) {
    AtomicFile file;
    return file.open(path, inputs, error) && file.write(text, error) && file.commit(error);
}

void remove_temporary_files_on_signals() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_end;
    action.sa_mask = ending_signals();  // one handler at a time
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(signal, &action, nullptr);
}

void use_standard_output_buffer() {
    static auto* const buffer = new StandardOutput;  // never destroyed: std::cout is flushed at exit, after statics
    std::cout.rdbuf(buffer);
}

bool flush_standard_output(std::string& error) {
    auto* buffer = dynamic_cast<StandardOutput*>(std::cout.rdbuf());
    std::cout.flush();
    if (std::cout) return true;
    int const why = buffer ? buffer->error() : 0;
    error = std::string("cannot write to standard output: ") + (why != 0 ? std::strerror(why) : "the stream failed");
    return false;
}

bool standard_output_written() {
    std::string error;
    if (flush_standard_output(error)) return true;
    std::fprintf(stderr, "ogi: %s\n", error.c_str());
    return false;
}

}  // namespace ogi::tool
