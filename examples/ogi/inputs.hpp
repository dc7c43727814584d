#pragma once
// The reports a command reads: each input read into its report (JSON or a published report's text, told by
// content: load.hpp), or the reasons there is none.
#include "isolated_import.hpp"
#include "load.hpp"

#include <ogi/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ogi::tool {

// One input: its report and the findings of its import, or why there is none (errors, each naming the source).
struct Input : LoadedReport {
    std::string source;  // the path, or <stdin>
};

// The inputs of a run, each readable any number of times and from any thread: standard input is read once and
// kept (it is one report).
class Inputs {
public:
    Inputs(std::vector<std::string> paths, std::size_t max_input_bytes, DecodeOptions decode_options = {});
    std::size_t size() const noexcept { return paths_.size(); }
    std::vector<std::string> const& paths() const noexcept { return paths_; }
    Input read(std::size_t i) const;
    // PDFs are read in a child process under these limits (isolated_import.hpp).
    void limit_children(ChildLimits limits) noexcept { child_limits_ = limits; }
    // Input i's agency and year only (load_identity), or nullopt when it holds no report or cannot be read.
    std::optional<ReportIdentity> identity(std::size_t i) const;

private:
    std::optional<std::string> bytes(std::size_t i, std::string& error) const;

    std::vector<std::string> paths_;
    std::size_t max_input_bytes_;
    DecodeOptions decode_options_;
    ChildLimits child_limits_;
    std::optional<std::string> stdin_;
    std::string stdin_error_;
};

}  // namespace ogi::tool
