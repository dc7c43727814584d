#pragma once
// A validation rule as data: a stable ID that tools and people quote, how serious a violation is, what it
// checks and what it says, in both languages, and the table editions it applies to.
#include "ogi/finding.hpp"
#include "ogi/model/edition.hpp"

#include <cstddef>
#include <string_view>

namespace ogi::rules {

struct Text {
    std::string_view zh;
    std::string_view en;
};

// Which editions a rule applies to; a report-series rule applies when both reports use them.
struct Editions {
    bool e2019 = true;
    bool e2021 = true;
    constexpr bool contains(Edition e) const noexcept { return e == Edition::e2019 ? e2019 : e2021; }
};
inline constexpr Editions both_editions{};
inline constexpr Editions edition_2019_only{true, false};
inline constexpr Editions edition_2021_only{false, true};

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
    Editions editions = both_editions;
    bool series = false;  // compares a report with the previous year's report of the same body
    int version = 1;      // raised when what the rule checks changes; findings carry it
};

}  // namespace ogi::rules
