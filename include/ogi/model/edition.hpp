#pragma once
// The editions of the table format fixed by the State Council's OGI office, as data: one enumerator and one
// row of edition_table each. Everything that depends on the edition (its JSON name, its document, the years it
// is for, the rules' edition sets, the layouts of ogi/model/layouts.hpp) reads them from here.
#include "ogi/labels.hpp"

#include <boost/describe/enum.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace ogi {

enum class Edition {
    e2019,  // 国办公开办函〔2019〕60号: reports for 2019 and 2020
    e2021,  // 国办公开办函〔2021〕30号: reports for 2021 on
};
BOOST_DESCRIBE_ENUM(Edition, e2019, e2021)

struct EditionInfo {
    Edition edition;
    std::string_view name;  // the JSON value of "edition"
    Label document;         // the office's letter that fixes the tables
    int first_year;         // the first report year it is for; it is for every year until the next edition's
};

// In the order of the enumerators, oldest first.
inline constexpr std::array edition_table = {
    EditionInfo{Edition::e2019, "2019", {"国办公开办函〔2019〕60号"}, 2019},
    EditionInfo{Edition::e2021, "2021", {"国办公开办函〔2021〕30号"}, 2021},
};
static_assert(edition_table.size() == described_size<Edition>(), "one row of edition_table per edition");

constexpr EditionInfo const& edition_info(Edition e) noexcept { return edition_table[index_of(e)]; }

constexpr Labels<edition_table.size()> official_labels(Edition const*) {
    Labels<edition_table.size()> labels{};
    for (std::size_t i = 0; i < labels.size(); ++i) labels[i] = edition_table[i].document;
    return labels;
}

// The JSON value of "edition".
constexpr std::string_view edition_name(Edition e) noexcept { return edition_info(e).name; }

constexpr std::optional<Edition> edition_from_name(std::string_view name) noexcept {
    for (EditionInfo const& e : edition_table)
        if (e.name == name) return e.edition;
    return std::nullopt;
}

// The edition a report for this year should use: the latest that had come out by then (the first for earlier
// years).
constexpr Edition edition_for_year(int year) noexcept {
    Edition found = edition_table.front().edition;
    for (EditionInfo const& e : edition_table)
        if (e.first_year <= year) found = e.edition;
    return found;
}

}  // namespace ogi
