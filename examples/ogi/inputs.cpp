#include "inputs.hpp"

#include "files.hpp"

#include <algorithm>

namespace ogi::tool {

Inputs::Inputs(std::vector<std::string> paths, std::size_t max_input_bytes, DecodeOptions decode_options)
    : paths_(std::move(paths)), max_input_bytes_(max_input_bytes), decode_options_(decode_options) {
    if (std::ranges::find(paths_, "-") != paths_.end()) stdin_ = read_input("-", max_input_bytes_, stdin_error_);
}

std::optional<std::string> Inputs::bytes(std::size_t i, std::string& error) const {
    if (paths_[i] != "-") return read_input(paths_[i], max_input_bytes_, error);
    error = stdin_error_;
    return stdin_;
}

std::optional<ReportIdentity> Inputs::identity(std::size_t i) const {
    std::string error;
    auto const bytes = this->bytes(i, error);
    return bytes ? load_identity_isolated(*bytes, paths_[i], decode_options_, child_limits_) : std::nullopt;
}

Input Inputs::read(std::size_t i) const {
    std::string const& path = paths_[i];
    bool const from_stdin = path == "-";
    Input in;
    in.source = from_stdin ? "<stdin>" : path;
    std::string error;
    auto bytes = this->bytes(i, error);
    if (!bytes) {
        in.errors.push_back(error);  // names the file already
        return in;
    }
    static_cast<LoadedReport&>(in) = load_report_isolated(*bytes, in.source, decode_options_, child_limits_);
    return in;
}

}  // namespace ogi::tool
