#include "files.hpp"

#include <ogi/output_file.hpp>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
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

extern "C" void remove_temporaries_and_end(int signal) {
    remove_output_temporaries();
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

void remove_temporary_files_on_signals() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_end;
    sigemptyset(&action.sa_mask);
    // One handler at a time; these are the signals OutputFile blocks while it creates a temporary file.
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&action.sa_mask, signal);
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
