#include "inputs.hpp"

#include "files.hpp"

#include <algorithm>

namespace ogi::tool {

Inputs::Inputs(std::vector<std::string> paths, std::size_t max_input_bytes, DecodeOptions decode_options)
    : paths_(std::move(paths)), max_input_bytes_(max_input_bytes), decode_options_(decode_options) {
    if (std::ranges::find(paths_, "-") != paths_.end()) stdin_ = read_input("-", max_input_bytes_, stdin_error_);
}

Input Inputs::read(std::size_t i) const {
    std::string const& path = paths_[i];
    bool const from_stdin = path == "-";
    Input in;
    in.source = from_stdin ? "<stdin>" : path;
    std::string error;
    auto bytes = from_stdin ? stdin_ : read_input(path, max_input_bytes_, error);
    if (!bytes) {
        in.errors.push_back(from_stdin ? stdin_error_ : error);  // names the file already
        return in;
    }
    static_cast<LoadedReport&>(in) = load_report(*bytes, in.source, decode_options_);
    return in;
}

}  // namespace ogi::tool
