#pragma once
// The reports a command reads: each input read into its report (JSON or a published report's text, told by
// content: load.hpp), or the reasons there is none.
#include "isolated_import.hpp"
#include "load.hpp"

#include <ogi/json.hpp>
#include <ogi/output_file.hpp>
#include <ogi/report_files.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ogi::tool {

// One input: its report and the findings of its import, or why there is none (errors, each naming the source).
struct Input : LoadedReport {
    std::string source;  // the path, or <stdin>
};

// The inputs of a run, each readable any number of times and from any thread. An input that can be read only
// once (standard input, a FIFO, a pipe such as <(…)) is read when the run starts and kept: it is one report.
class Inputs {
public:
    Inputs(std::vector<FoundInput> found, std::size_t max_input_bytes, DecodeOptions decode_options = {});
    std::size_t size() const noexcept { return paths_.size(); }
    std::vector<std::string> const& paths() const noexcept { return paths_; }
    // The name of input i in messages: its path, or <stdin>.
    std::string source(std::size_t i) const { return paths_[i] == "-" ? "<stdin>" : paths_[i]; }
    // The files among the inputs, by identity: what an output must not overwrite.
    InputFiles const& files() const noexcept { return files_; }
    Input read(std::size_t i) const;
    // Whether input i is a problem met in a folder walk (FoundInput::problem): it has no file to write after.
    bool found_unreadable(std::size_t i) const { return problems_.contains(i); }
    // PDFs are read in a child process under these limits (isolated_import.hpp).
    void limit_children(ChildLimits limits) noexcept { child_limits_ = limits; }
    // Input i's agency and year only (load_key), or nullopt when it holds no report or cannot be read.
    std::optional<ReportKey> identity(std::size_t i) const;

private:
    // The bytes of an input read once, or why they could not be.
    struct Kept {
        std::optional<std::string> bytes;
        std::string error;
    };
    std::optional<std::string> bytes(std::size_t i, std::string& error) const;

    std::vector<std::string> paths_;
    std::size_t max_input_bytes_;
    DecodeOptions decode_options_;
    InputFiles files_;
    std::map<std::size_t, Kept> kept_;  // by input: problems of a folder walk, and inputs read only once
    std::set<std::size_t> problems_;    // the inputs that are problems of a folder walk
    ChildLimits child_limits_;
};

// "ogi: warning: b.json: the same body and year as a.json (淮安市人民政府, 2024); <consequence>": two inputs that
// hold the report of one body for one year, which a run would otherwise take silently.
std::string duplicate_warning(std::string const& first, std::string const& second, ReportKey const& id,
                              std::string_view consequence);

}  // namespace ogi::tool
