#pragma once
// Which input of a batch holds the report of each body and year: all the series rules need of a batch. Found in a
// first pass over the inputs' keys (ogi::import_report_key reads a text's title, not its tables), so that each
// report can then be validated alone beside its previous year's, read again, however many reports there are.
//
//     ogi::SeriesIndex index;
//     for (i...) index.add(key_of(i), i);                       // first pass
//     for (i...) if (auto last = index.previous(key_of(i)))    // second pass
//                    validate(report_i, &report_of(*last));
#include "ogi/import.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ogi {

class SeriesIndex {
public:
    // NAME → KEY: names under which one body reports (renamed, or spelled differently over the years), all taken
    // as the body KEY. Without it a body is its name, character for character.
    using SeriesKeys = std::map<std::string, std::string, std::less<>>;

    SeriesIndex() = default;
    explicit SeriesIndex(SeriesKeys series_keys) : series_keys_(std::move(series_keys)) {}

    // Records that input holds the report key names. The first input of a body and year is the one kept; for
    // another (a duplicate), returns the first, else nullopt.
    std::optional<std::size_t> add(ReportKey const& key, std::size_t input);

    // The input holding the report of key's body for the year before, or nullopt.
    std::optional<std::size_t> previous(ReportKey const& key) const;

    // When previous gives none: the name of a report of the year before whose body's name has the same spelling
    // key (ogi::spelling_key) but is not paired, for the SERIES-UNPAIRED notice (ogi::unpaired); else nullopt.
    std::optional<std::string_view> unpaired_previous(ReportKey const& key) const;

private:
    std::string const& body(std::string const& agency) const;

    SeriesKeys series_keys_;
    std::map<std::pair<std::string, int>, std::size_t> inputs_;      // (body, year) → the first input
    std::map<std::pair<std::string, int>, std::string> spellings_;   // (spelling key, year) → the first name
};

}  // namespace ogi
