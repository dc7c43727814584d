#include "batch.hpp"
#include "commands.hpp"
#include "files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <set>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace ogi::tool {

namespace {

bool may_hold_a_report(std::filesystem::path const& file) {
    std::string const ext = lower_extension(file);
    constexpr std::array<std::string_view, 9> report_extensions{".json", ".txt", ".htm", ".html", ".md",
                                                                ".pdf", ".docx", ".doc", ".wps"};
    return std::ranges::find(report_extensions, ext) != report_extensions.end();
}

// The files below a folder, and the problems met: errors are kept, never thrown.
struct FolderWalk {
    std::vector<FoundInput> found;
    std::set<std::pair<dev_t, ino_t>> walking;  // the folders entered and not yet left: a link to one is a loop

    void problem(std::string const& path, std::string_view what) {
        found.push_back({path, path + ": " + std::string(what)});
    }

    void enter(std::string const& folder, struct stat const& st) {
        if (!walking.insert({st.st_dev, st.st_ino}).second) {
            problem(folder, "a symbolic link back into a folder above it (a loop); not followed");
            return;
        }
        std::error_code ec;
        std::vector<std::string> entries;
        for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            entries.push_back(it->path().string());
        if (ec) problem(folder, "cannot read the folder: " + ec.message());
        for (std::string const& path : entries) visit(path);
        walking.erase({st.st_dev, st.st_ino});
    }

    void visit(std::string const& path) {
        struct stat st {};
        bool const named_as_report = may_hold_a_report(path);
        if (::stat(path.c_str(), &st) != 0) {  // through symbolic links
            if (!named_as_report) return;
            int const why = errno;
            struct stat link {};
            bool const is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
            if (why == ELOOP) return problem(path, "a symbolic link loop; not followed");
            if (why == ENOENT && is_link) return problem(path, "a symbolic link to a file that does not exist");
            if (why == ENOENT) return problem(path, "vanished while its folder was read");
            return problem(path, std::string("cannot read: ") + std::strerror(why));
        }
        if (S_ISDIR(st.st_mode)) return enter(path, st);
        if (!named_as_report) return;
        if (!S_ISREG(st.st_mode)) return problem(path, std::string(file_type_name(st.st_mode)) + ", not a file; not read");
        found.push_back({path, {}});
    }
};

}  // namespace

std::vector<FoundInput> expand_folders(std::vector<std::string> const& paths) {
    std::vector<FoundInput> inputs;
    for (std::string const& path : paths) {
        struct stat st {};
        if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            inputs.push_back({path, {}});  // reading it says what it is
            continue;
        }
        FolderWalk walk;
        walk.enter(path, st);
        std::ranges::sort(walk.found, {}, &FoundInput::path);
        if (walk.found.empty()) walk.found.push_back({path, {}});  // read as a report, it says "is a directory"
        std::ranges::move(walk.found, std::back_inserter(inputs));
    }
    return inputs;
}

unsigned default_jobs() { return std::clamp(std::thread::hardware_concurrency(), 1u, max_jobs); }

void add_jobs_option(CLI::App& command, unsigned& jobs, std::string const& what) {
    CLI::Validator threads(
        [](std::string& value) -> std::string {
            unsigned long n = 0;
            auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (ec == std::errc{} && end == value.data() + value.size() && n >= 1 && n <= max_jobs) return {};
            return fmt::format("{} is not a number of threads from 1 to {}", value, max_jobs);
        },
        fmt::format("1..{}", max_jobs));
    command
        .add_option("-j,--jobs", jobs, fmt::format("{} at once, 1 to {} (default: every core)", what, max_jobs))
        ->check(threads);
}

Progress::Progress(std::size_t total) : total_(total), enabled_(total > 1 && ::isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() { clear(); }

void Progress::advance() {
    ++done_;
    if (!enabled_) return;
    std::size_t const percent = done_ * 100 / total_;
    if (shown_ && percent == drawn_percent_) return;  // redraw once per percent, not once per report
    constexpr std::size_t width = 40;
    std::size_t const filled = done_ * width / total_;
    fmt::print(stderr, "\r[{}{}] {}%", std::string(filled, '#'), std::string(width - filled, ' '), percent);
    std::fflush(stderr);
    drawn_percent_ = percent;
    shown_ = true;
}

void Progress::clear() {
    if (!shown_) return;
    fmt::print(stderr, "\r\033[K");
    std::fflush(stderr);
    shown_ = false;
}

}  // namespace ogi::tool
