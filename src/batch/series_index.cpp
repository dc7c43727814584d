#include "ogi/series_index.hpp"

#include "ogi/validate.hpp"

namespace ogi {

std::string const& SeriesIndex::body(std::string const& agency) const {
    auto key = series_keys_.find(agency);
    return key == series_keys_.end() ? agency : key->second;
}

std::optional<std::size_t> SeriesIndex::add(ReportKey const& key, std::size_t input) {
    std::string const& body = this->body(key.agency);
    spellings_.try_emplace(std::pair(spelling_key(body), key.year), key.agency);
    auto [first, added] = inputs_.try_emplace(std::pair(body, key.year), input);
    if (added) return std::nullopt;
    return first->second;
}

std::optional<std::size_t> SeriesIndex::previous(ReportKey const& key) const {
    auto last = inputs_.find(std::pair(body(key.agency), key.year - 1));
    if (last == inputs_.end()) return std::nullopt;
    return last->second;
}

std::optional<std::string_view> SeriesIndex::unpaired_previous(ReportKey const& key) const {
    if (previous(key)) return std::nullopt;
    auto similar = spellings_.find(std::pair(spelling_key(body(key.agency)), key.year - 1));
    if (similar == spellings_.end()) return std::nullopt;
    return similar->second;
}

}  // namespace ogi
