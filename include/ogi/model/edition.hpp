#pragma once
// The two table layouts fixed by the State Council's OGI office.
#include "ogi/labels.hpp"

#include <boost/describe/enum.hpp>

#include <optional>
#include <string_view>

namespace ogi {

enum class Edition {
    e2019,  // 国办公开办函〔2019〕60号: reports for 2019 and 2020
    e2021,  // 国办公开办函〔2021〕30号: reports for 2021 on
};
BOOST_DESCRIBE_ENUM(Edition, e2019, e2021)

constexpr Labels<2> official_labels(Edition const*) {
    return {{{"国办公开办函〔2019〕60号"}, {"国办公开办函〔2021〕30号"}}};
}

// The JSON value of "edition".
constexpr std::string_view edition_name(Edition e) noexcept { return e == Edition::e2019 ? "2019" : "2021"; }

constexpr std::optional<Edition> edition_from_name(std::string_view name) noexcept {
    if (name == "2019") return Edition::e2019;
    if (name == "2021") return Edition::e2021;
    return std::nullopt;
}

// The edition a report for this year should use.
constexpr Edition edition_for_year(int year) noexcept { return year <= 2020 ? Edition::e2019 : Edition::e2021; }

}  // namespace ogi
