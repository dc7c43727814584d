#include "batch_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <unistd.h>

namespace ogi::tool {

void add_jobs_option(CLI::App& command, unsigned& jobs, std::string const& what) {
    CLI::Validator threads(
        [](std::string& value) -> std::string {
            unsigned long n = 0;
            auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (ec == std::errc{} && end == value.data() + value.size() && n >= 1 && n <= max_workers) return {};
            return fmt::format("{} is not a number of threads from 1 to {}", value, max_workers);
        },
        fmt::format("1..{}", max_workers));
    command
        .add_option("-j,--jobs", jobs, fmt::format("{} at once, 1 to {} (default: every core)", what, max_workers))
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

BatchOptions batch_options(unsigned jobs, Progress& progress) {
    return {.workers = jobs, .progress = [&progress](std::size_t, std::size_t) { progress.advance(); }};
}

}  // namespace ogi::tool
