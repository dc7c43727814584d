#include "ogi/output_file.hpp"

#include "file_type.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

namespace ogi {

namespace {

// The temporary files being written, for remove_output_temporaries: slots set and cleared atomically, read by a
// signal handler without a lock. More files at once than slots (4096 outputs written at one instant) go
// unregistered.
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

std::atomic<bool> ending{false};  // the program is ending on a signal: no temporary file is created any more
std::atomic<int> creating{0};     // threads between creating a temporary file and registering it

// Creates a temporary file from the template name (mkstemp's XXXXXX) and registers it, with the ending signals
// blocked on this thread: a handler, run on another, waits for it, so that every file created is removed.
int create_temporary(std::string& name) {
    sigset_t blocked;
    sigemptyset(&blocked);
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&blocked, signal);
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

}  // namespace

bool InputFiles::add(std::string const& path) {
    struct ::stat file {};
    if (::stat(path.c_str(), &file) != 0) return false;
    add(file, path);
    return true;
}

void InputFiles::add(struct ::stat const& file, std::string const& name) {
    files_.try_emplace({file.st_dev, file.st_ino}, name);
}

std::string const* InputFiles::find(struct ::stat const& file) const {
    auto it = files_.find({file.st_dev, file.st_ino});
    return it == files_.end() ? nullptr : &it->second;
}

OutputFile::~OutputFile() {
    if (fd_ >= 0) ::close(fd_);
    if (temporary_.empty()) return;
    ::unlink(temporary_.c_str());
    unregister_temporary(temporary_.c_str());
}

bool OutputFile::fail(std::string_view why) {
    error_ = path_.string() + ": ";
    error_ += why;
    return false;
}

bool OutputFile::open(std::filesystem::path const& path, InputFiles const* inputs) {
    namespace fs = std::filesystem;
    path_ = path;
    target_ = path;
    struct ::stat existing {};
    bool const exists = ::stat(path.c_str(), &existing) == 0;  // through symbolic links: what would be written
    if (!exists) {
        struct ::stat link {};
        if (errno != ENOENT || ::lstat(path.c_str(), &link) == 0)
            return fail(std::string("cannot write: ") +
                        (errno == ENOENT ? "a symbolic link to a file that does not exist" : std::strerror(errno)));
    } else {
        if (std::string const* input = inputs ? inputs->find(existing) : nullptr)
            return fail("refusing to write over the input " + *input);
        if (S_ISDIR(existing.st_mode) || S_ISSOCK(existing.st_mode))
            return fail("cannot write: " + std::string(detail::file_type_name(existing.st_mode)));
        if (!S_ISREG(existing.st_mode)) {  // a device or a FIFO: written directly, never replaced
            fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
            return fd_ >= 0 || fail(std::string("cannot open: ") + std::strerror(errno));
        }
        std::error_code ec;
        target_ = fs::canonical(path, ec);
        if (ec) return fail("cannot write: " + ec.message());
    }
    fs::path dir = target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
    std::string hidden = ".";  // built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "." + name
    hidden += target_.filename().string();
    hidden += ".XXXXXX";
    temporary_ = (dir / hidden).string();
    fd_ = create_temporary(temporary_);
    if (fd_ < 0) {
        temporary_.clear();
        return fail("cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno));
    }
    if (!exists) {
        // mkstemp creates 0600; a new output file is an ordinary document.
        ::fchmod(fd_, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
        return true;
    }
    // The file it replaces keeps its owner and mode, or is not replaced.
    if ((existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()) &&
        ::fchown(fd_, existing.st_uid, existing.st_gid) != 0)
        return fail("belongs to user " + std::to_string(existing.st_uid) + " and group " +
                    std::to_string(existing.st_gid) +
                    "; a file written in its place could not keep them, so it is left as it is");
    if (::fchmod(fd_, existing.st_mode & 07777) != 0)
        return fail(std::string("cannot keep its mode: ") + std::strerror(errno));
    return true;
}

bool OutputFile::write(std::string_view text) {
    if (fd_ < 0) return fail("cannot write: the file is not open");
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = ::write(fd_, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return fail(std::string("cannot write: ") + std::strerror(errno));
        written += static_cast<std::size_t>(n);
    }
    return true;
}

bool OutputFile::commit() {
    if (fd_ < 0) return fail("cannot write: the file is not open");
    bool const replaces = !temporary_.empty();
    bool ok = !replaces || ::fsync(fd_) == 0;
    ok = ::close(fd_) == 0 && ok;
    fd_ = -1;
    if (ok && replaces) ok = ::rename(temporary_.c_str(), target_.c_str()) == 0;
    if (!ok) return fail(std::string("cannot write: ") + std::strerror(errno));
    if (replaces) unregister_temporary(temporary_.c_str());
    temporary_.clear();
    return true;
}

bool write_file_atomically(std::filesystem::path const& path, std::string_view text, std::string& error,
                           InputFiles const* inputs) {
    OutputFile file;
    if (file.open(path, inputs) && file.write(text) && file.commit()) return true;
    error = file.error();
    return false;
}

void remove_output_temporaries() noexcept {
    ending.store(true);
    // A thread creating one registers it, or creates none; a second at most (this very thread, interrupted while
    // creating one by a signal it did not block, would never finish).
    for (int waited = 0; creating.load() > 0 && waited < 1000; ++waited) {
        timespec const millisecond{0, 1'000'000};
        ::nanosleep(&millisecond, nullptr);
    }
    for (auto& slot : temporaries)
        if (char const* name = slot.load()) ::unlink(name);
}

}  // namespace ogi
