#pragma once
// Reading the narrative sections: published text is wrapped at arbitrary points (PDF line breaks inside
// words and numbers), so it is compared and searched with all white space removed.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::detail {

// The narrative sections of a report: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项.
template <class Report>
constexpr auto narratives(Report const& r) {
    return std::array{&r.overview, &r.problems_and_improvements, &r.other_matters};
}

// text without ASCII white space and the ideographic space U+3000.
std::string compact(std::string_view text);

// Where phrase occurs in text from `from` on (npos when it does not): a skip search, faster than find on
// Chinese text.
std::size_t find_phrase(std::string_view text, std::string_view phrase, std::size_t from = 0) noexcept;

// True when a narrative section is missing or holds only white space.
bool blank(std::optional<std::string> const& section);

// A count the narrative states after one of the phrases: 共受理政府信息公开申请 3119 件.
struct StatedCount {
    std::string_view phrase;
    std::uint64_t value;
};

inline constexpr std::array<std::string_view, 3> count_units = {"件", "宗", "起"};

// The first count stated as phrase, optional connecting words (共, 合计, 为 …), digits and a unit (件, 宗, 起,
// or those given), in text already compacted.
std::optional<StatedCount> stated_count(std::string_view flat, std::span<std::string_view const> phrases,
                                        std::span<std::string_view const> units = count_units);

// A share the narrative states of a count: "258件，占33.9%" is 258 with 339 tenths of a percent (scale 10).
struct StatedShare {
    std::string_view text;  // as written, from the count to the percent sign
    std::uint64_t count;
    std::uint64_t percent;  // in units of 1/scale percent
    std::uint64_t scale;
};

// Every share stated in text already compacted.
std::vector<StatedShare> stated_shares(std::string_view flat);

}  // namespace ogi::detail
