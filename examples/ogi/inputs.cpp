#include "inputs.hpp"
#include "files.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

namespace ogi::tool {

Inputs::Inputs(std::vector<FoundInput> found, std::size_t max_input_bytes, DecodeOptions decode_options)
    : max_input_bytes_(max_input_bytes), decode_options_(decode_options) {
    std::optional<std::size_t> first_stdin;
    for (std::size_t i = 0; i < found.size(); ++i) {
        std::string const& path = paths_.emplace_back(std::move(found[i].path));
        if (!found[i].problem.empty()) {
            kept_[i].error = std::move(found[i].problem);
            problems_.insert(i);
            continue;
        }
        struct stat st {};
        if (path != "-" && ::stat(path.c_str(), &st) != 0) continue;  // reading it says why
        if (path != "-") files_.add(st, path);
        if (path != "-" && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) continue;
        if (path == "-" && first_stdin) {  // standard input named twice is the same report twice
            kept_[i] = kept_[*first_stdin];
            continue;
        }
        if (path == "-") first_stdin = i;
        Kept& kept = kept_[i];
        kept.bytes = read_input(path, max_input_bytes_, kept.error);
    }
}

std::optional<std::string> Inputs::bytes(std::size_t i, std::string& error) const {
    auto kept = kept_.find(i);
    if (kept == kept_.end()) return read_input(paths_[i], max_input_bytes_, error);
    error = kept->second.error;
    return kept->second.bytes;
}

std::optional<ReportKey> Inputs::identity(std::size_t i) const {
    std::string error;
    auto const bytes = this->bytes(i, error);
    return bytes ? load_key_isolated(*bytes, paths_[i], decode_options_, child_limits_) : std::nullopt;
}

Input Inputs::read(std::size_t i) const {
    Input in;
    in.source = source(i);
    std::string error;
    auto bytes = this->bytes(i, error);
    if (!bytes) {
        in.errors.push_back(error);  // names the file already
        return in;
    }
    static_cast<LoadedReport&>(in) = load_report_isolated(*bytes, in.source, decode_options_, child_limits_);
    return in;
}

std::string duplicate_warning(std::string const& first, std::string const& second, ReportKey const& id,
                              std::string_view consequence) {
    return fmt::format("ogi: warning: {}: the same body and year as {} ({}, {}); {}", second, first, id.agency, id.year,
                       consequence);
}

}  // namespace ogi::tool
