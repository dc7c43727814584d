#include "batch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string_view>
#include <unistd.h>

namespace ogi::tool {

namespace {

bool may_hold_a_report(std::filesystem::path const& file) {
    std::string ext = file.extension().string();
    std::ranges::transform(ext, ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    constexpr std::array<std::string_view, 6> report_extensions{".json", ".txt", ".htm", ".html", ".md", ".pdf"};
    return std::ranges::find(report_extensions, ext) != report_extensions.end();
}

}  // namespace

std::vector<std::string> expand_folders(std::vector<std::string> const& paths) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (std::string const& path : paths) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        for (auto const& entry : fs::recursive_directory_iterator(path, ec))
            if (entry.is_regular_file() && may_hold_a_report(entry.path())) found.push_back(entry.path().string());
        std::ranges::sort(found);
        if (found.empty()) found.push_back(path);  // read as a report, it says "is a directory"
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

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
