#pragma once
// How a command runs over many reports (ogi::run_in_order, ogi/batch.hpp): --jobs, and a progress bar on the
// terminal. The engine is the library's; what is here is the command line's and the terminal's.
#include <ogi/batch.hpp>

#include <cstddef>
#include <string>

namespace CLI {
class App;
}

namespace ogi::tool {

// -j,--jobs: how many reports are handled at once, 1 to ogi::max_workers (default every core); what: "Reports
// checked".
void add_jobs_option(CLI::App& command, unsigned& jobs, std::string const& what);

// A progress bar on stderr, drawn only when stderr is a terminal; never on stdout. total counts the steps of the
// whole run (a run may pass over its inputs twice).
class Progress {
public:
    explicit Progress(std::size_t total);
    Progress(Progress const&) = delete;
    Progress& operator=(Progress const&) = delete;
    ~Progress();
    void advance();
    // Clears the bar so that a message can be written to stderr; the next advance draws it again.
    void clear();

private:
    std::size_t total_;
    std::size_t done_ = 0;
    std::size_t drawn_percent_ = 101;
    bool shown_ = false;
    bool enabled_;
};

// A run on `jobs` workers that advances progress by one for each report consumed.
BatchOptions batch_options(unsigned jobs, Progress& progress);

}  // namespace ogi::tool
