#include "files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
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

}  // namespace

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

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    std::error_code ec;
    if (!temporary_.empty()) std::filesystem::remove(temporary_, ec);
}

bool AtomicFile::open(std::filesystem::path const& path, std::span<std::string const> inputs, std::string& error) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (auto const& input : inputs) {
        if (input != "-" && fs::exists(path, ec) && fs::equivalent(path, input, ec)) {
            error = path.string() + ": refusing to write over the input " + input;
            return false;
        }
    }
    path_ = path;
    fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::string hidden = ".";  // built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "." + name
    hidden += path.filename().string();
    hidden += ".XXXXXX";
    temporary_ = (dir / hidden).string();
    fd_ = ::mkstemp(temporary_.data());
    if (fd_ < 0) {
        error = path.string() + ": cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno);
        temporary_.clear();
        return false;
    }
    return true;
}

bool AtomicFile::write(std::string_view text, std::string& error) {
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = ::write(fd_, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error = path_.string() + ": cannot write: " + std::strerror(errno);
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

bool AtomicFile::commit(std::string& error) {
    namespace fs = std::filesystem;
    bool ok = ::fsync(fd_) == 0;
    ok = ::close(fd_) == 0 && ok;
    fd_ = -1;
    std::error_code ec;
    if (ok) {
        // mkstemp creates 0600; an output file is an ordinary document.
        fs::permissions(temporary_, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read, ec);
        fs::rename(temporary_, path_, ec);
        ok = !ec;
    }
    if (!ok) {
        error = path_.string() + ": cannot write: " + (ec ? ec.message() : std::string(std::strerror(errno)));
        return false;
    }
    temporary_.clear();
    return true;
}

bool write_output_atomically(std::filesystem::path const& path, std::string_view text,
                             std::span<std::string const> inputs, std::string& error) {
    AtomicFile file;
    return file.open(path, inputs, error) && file.write(text, error) && file.commit(error);
}

}  // namespace ogi::tool
