#include "narrative.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string.h>  // memmem
#include <vector>

namespace ogi::detail {

namespace {

constexpr std::string_view ideographic_space = "\u3000";

// Consumes the first of words that text starts with; false when none does.
bool consume_any(std::string_view& text, std::span<std::string_view const> words) {
    for (std::string_view w : words)
        if (text.starts_with(w)) {
            text.remove_prefix(w.size());
            return true;
        }
    return false;
}

// The length of the white space at text[i] (0 when anything else is there): ASCII white space, or U+3000
// (E3 80 80). Inline, told by the first byte: a narrative is scanned byte by byte.
inline std::size_t space_at(std::string_view text, std::size_t i) {
    auto const c = static_cast<unsigned char>(text[i]);
    if (c > ' ' && c != 0xE3) return 0;
    if (c == 0xE3) return text.substr(i).starts_with(ideographic_space) ? ideographic_space.size() : 0;
    return c == ' ' || (c >= '\t' && c <= '\r') ? 1 : 0;
}

// Where phrase occurs in text from `from` on; npos when it does not. Phrases are long and their bytes common in
// Chinese text, where find's first-byte matching compares at every character: glibc's memmem (a skip search on
// pairs of bytes) reads a fraction of them.
std::size_t find_phrase(std::string_view text, std::string_view phrase, std::size_t from) noexcept {
#if defined(__GLIBC__)
    if (from > text.size()) return std::string_view::npos;
    void const* found = ::memmem(text.data() + from, text.size() - from, phrase.data(), phrase.size());
    return found ? static_cast<std::size_t>(static_cast<char const*>(found) - text.data()) : std::string_view::npos;
#else
    return text.find(phrase, from);
#endif
}

// Whether any of the eight bytes of w may start white space: is below 0x21, or is E3 (the lead of U+3000).
// Exact for "any" (the usual bit tricks for a byte below n, and for a zero byte after xor).
constexpr bool may_hold_space(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    std::uint64_t const below_21 = (w - ones * 0x21) & ~w & highs;
    std::uint64_t const x = w ^ (ones * 0xE3);
    std::uint64_t const e3 = (x - ones) & ~x & highs;
    return (below_21 | e3) != 0;
}

}  // namespace

// Copies the runs between white space whole rather than byte by byte, and passes over eight bytes at a time
// where none can be white space.
std::string compact(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t run = 0;  // where the bytes not yet copied begin
    for (std::size_t i = 0; i < text.size();) {
        if (std::uint64_t w; i + 8 <= text.size() && (std::memcpy(&w, text.data() + i, 8), !may_hold_space(w))) {
            i += 8;
            continue;
        }
        std::size_t const space = space_at(text, i);
        if (space == 0) {
            ++i;
            continue;
        }
        out.append(text.substr(run, i - run));
        i += space;
        run = i;
    }
    out.append(text.substr(run));
    return out;
}

bool blank(std::optional<std::string> const& section) {
    if (!section) return true;
    std::string_view const text = *section;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t const space = space_at(text, i);
        if (space == 0) return false;
        i += space;
    }
    return true;
}

std::optional<StatedCount> stated_count(std::string_view flat, std::span<std::string_view const> phrases,
                                        std::span<std::string_view const> units) {
    static constexpr std::array<std::string_view, 6> connectives = {"共计", "合计", "总计", "共", "计", "为"};
    // Each phrase's next occurrence is kept and searched again only once passed: the text is read once per phrase.
    std::vector<std::size_t> next(phrases.size());
    auto search = [&](std::size_t k, std::size_t from) { next[k] = find_phrase(flat, phrases[k], from); };
    for (std::size_t k = 0; k < phrases.size(); ++k) search(k, 0);
    for (;;) {
        auto const first = static_cast<std::size_t>(std::ranges::min_element(next) - next.begin());
        if (next.empty() || next[first] == std::string_view::npos) return std::nullopt;
        std::size_t const from = next[first] + phrases[first].size();
        for (std::size_t k = 0; k < phrases.size(); ++k)
            if (next[k] != std::string_view::npos && next[k] < from) search(k, from);
        std::string_view figure = flat.substr(from);
        while (consume_any(figure, connectives)) {
        }
        std::uint64_t value = 0;
        auto [end, error] = std::from_chars(figure.data(), figure.data() + figure.size(), value);
        if (error != std::errc() || end == figure.data()) continue;
        figure.remove_prefix(static_cast<std::size_t>(end - figure.data()));
        if (consume_any(figure, units)) return StatedCount{phrases[first], value};
    }
}

std::vector<StatedShare> stated_shares(std::string_view flat) {
    static constexpr std::array<std::string_view, 2> percent_signs = {"%", "％"};
    static constexpr std::array<std::string_view, 3> separators = {"，", ",", "、"};
    constexpr std::string_view share = "占", unit = "件";
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    std::vector<StatedShare> out;
    for (std::size_t at = find_phrase(flat, share, 0); at != std::string_view::npos;
         at = find_phrase(flat, share, at + share.size())) {
        // Backwards: 件, a separator, digits.
        std::string_view before = flat.substr(0, at);
        bool separated = false;
        for (std::string_view s : separators)
            if (!separated && before.ends_with(s)) {
                before.remove_suffix(s.size());
                separated = true;
            }
        if (!separated || !before.ends_with(unit)) continue;
        before.remove_suffix(unit.size());
        std::size_t start = before.size();
        while (start > 0 && is_digit(before[start - 1])) --start;
        std::uint64_t count = 0;
        if (start == before.size() ||
            std::from_chars(before.data() + start, before.data() + before.size(), count).ec != std::errc())
            continue;
        // Forwards: digits, an optional decimal part, a percent sign.
        std::string_view after = flat.substr(at + share.size());
        std::uint64_t percent = 0, scale = 1;
        std::size_t i = 0;
        auto digits = [&](bool decimals) {
            std::size_t const from = i;
            for (; i < after.size() && is_digit(after[i]) && percent < UINT64_MAX / 1000; ++i) {
                percent = percent * 10 + static_cast<std::uint64_t>(after[i] - '0');
                if (decimals) scale *= 10;
            }
            return i > from;
        };
        if (!digits(false)) continue;
        if (i < after.size() && after[i] == '.') {
            ++i;
            if (!digits(true)) continue;
        }
        after.remove_prefix(i);
        bool const percent_sign = std::ranges::any_of(percent_signs, [&](std::string_view p) { return after.starts_with(p); });
        if (!percent_sign) continue;
        std::size_t const end = static_cast<std::size_t>(after.data() - flat.data()) + (after.starts_with("%") ? 1 : 3);
        out.push_back({flat.substr(start, end - start), count, percent, scale});
    }
    return out;
}

}  // namespace ogi::detail
