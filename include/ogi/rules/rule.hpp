#pragma once
// A validation rule as data: a stable ID that tools and people quote, how serious a violation is, what it
// checks and what it says, in both languages, and the table editions it applies to.
#include "ogi/finding.hpp"
#include "ogi/model/edition.hpp"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace ogi::rules {

struct Text {
    std::string_view zh;
    std::string_view en;
};

// Which editions a rule applies to; a report-series rule applies when both reports use them. A set of the
// enumerators of Edition (ogi/model/edition.hpp), so that a new edition needs no change here.
class Editions {
public:
    constexpr Editions(std::initializer_list<Edition> editions) noexcept {
        for (Edition e : editions) bits_ |= bit(e);
    }
    // Every edition of edition_table.
    static constexpr Editions all() noexcept {
        Editions all{};
        for (EditionInfo const& e : edition_table) all.bits_ |= bit(e.edition);
        return all;
    }
    constexpr bool contains(Edition e) const noexcept { return (bits_ & bit(e)) != 0; }
    constexpr bool empty() const noexcept { return bits_ == 0; }
    friend constexpr bool operator==(Editions, Editions) = default;

private:
    static_assert(described_size<Edition>() <= 32, "an edition is a bit of Editions");
    static constexpr std::uint32_t bit(Edition e) noexcept { return std::uint32_t{1} << index_of(e); }
    std::uint32_t bits_ = 0;
};
inline constexpr Editions all_editions = Editions::all();
inline constexpr Editions edition_2019_only{Edition::e2019};
inline constexpr Editions edition_2021_only{Edition::e2021};
// The catalogue's spelling from when there were two editions: every edition.
inline constexpr Editions both_editions = all_editions;

// Message templates name what they quote in braces; validation fills in every placeholder below, each template
// uses those it needs, and braces hold nothing else (placeholders_known checks it at compile time):
//   {cell}      official label path of the first cell of the finding
//   {expected}  the value the identity or comparison asks for
//   {actual}    the value as published
//   {previous}  last year's figure (report-series rules)
//   {detail}    a rule-specific phrase (an edition, a phrase of the narrative, a number of candidate corrections)
inline constexpr std::string_view placeholders[] = {"cell", "expected", "actual", "previous", "detail"};

// Whether every brace of a message template belongs to a known placeholder.
constexpr bool placeholders_known(std::string_view message) noexcept {
    for (std::size_t at = 0; at < message.size(); ++at) {
        if (message[at] == '}') return false;
        if (message[at] != '{') continue;
        std::size_t const close = message.find('}', at);
        if (close == std::string_view::npos) return false;
        std::string_view const name = message.substr(at + 1, close - at - 1);
        bool known = false;
        for (std::string_view p : placeholders) known = known || p == name;
        if (!known) return false;
        at = close;
    }
    return true;
}

struct Rule {
    std::string_view id;  // stable: TABLE-CHECK, quoted by tools and documentation
    Severity severity;
    Text title;
    Text message;
    Editions editions = all_editions;
    bool series = false;  // compares a report with the previous year's report of the same body
    int version = 1;      // raised when what the rule checks changes; findings carry it
};

}  // namespace ogi::rules
