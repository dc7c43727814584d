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

bool write_output_atomically(std::filesystem::path const& path, std::string_view text,
                             std::span<std::string const> inputs, std::string& error) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (auto const& input : inputs) {
        if (input != "-" && fs::exists(path, ec) && fs::equivalent(path, input, ec)) {
            error = path.string() + ": refusing to write over the input " + input;
            return false;
        }
    }
    fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::string hidden = ".";  // built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "." + name
    hidden += path.filename().string();
    hidden += ".XXXXXX";
    std::string tmpl = (dir / hidden).string();
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
        error = path.string() + ": cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno);
        return false;
    }
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    bool ok = written == text.size() && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (ok) {
        // mkstemp creates 0600; an output file is an ordinary document.
        fs::permissions(tmpl, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read, ec);
        fs::rename(tmpl, path, ec);
        ok = !ec;
    }
    if (!ok) {
        error = path.string() + ": cannot write: " + (ec ? ec.message() : std::string(std::strerror(errno)));
        fs::remove(tmpl, ec);
    }
    return ok;
}

}  // namespace ogi::tool
