#include "ogi/detail/narrative.hpp"

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

// Phrases are long and their bytes common in
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
    static constexpr std::array<std::string_view, 3> separators = {"，", ",", "、"};
    constexpr std::string_view share = "占", unit = "件", fullwidth_percent = "％";
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    std::vector<StatedShare> out;
    // From each percent sign backwards (they are rare: memchr finds them): digits with an optional decimal part,
    // 占, a separator, 件, the count's digits.
    auto read = [&](std::size_t sign, std::size_t sign_size) {
        std::string_view before = flat.substr(0, sign);
        std::size_t start = before.size();
        while (start > 0 && (is_digit(before[start - 1]) || before[start - 1] == '.')) --start;
        std::string_view const figure = before.substr(start);
        before.remove_suffix(figure.size());
        std::size_t const point = figure.find('.');
        std::string_view const whole = figure.substr(0, point);
        std::string_view const decimals = point == std::string_view::npos ? std::string_view() : figure.substr(point + 1);
        if (whole.empty() || (point != std::string_view::npos && decimals.empty()) ||
            decimals.find('.') != std::string_view::npos || whole.size() + decimals.size() > 15)
            return;
        std::uint64_t percent = 0, scale = 1;
        for (char c : whole) percent = percent * 10 + static_cast<std::uint64_t>(c - '0');
        for (char c : decimals) {
            percent = percent * 10 + static_cast<std::uint64_t>(c - '0');
            scale *= 10;
        }
        if (!before.ends_with(share)) return;
        before.remove_suffix(share.size());
        auto const separator = std::ranges::find_if(separators, [&](std::string_view s) { return before.ends_with(s); });
        if (separator == separators.end()) return;
        before.remove_suffix(separator->size());
        if (!before.ends_with(unit)) return;
        before.remove_suffix(unit.size());
        std::size_t from = before.size();
        while (from > 0 && is_digit(before[from - 1])) --from;
        std::uint64_t count = 0;
        if (from == before.size() || std::from_chars(before.data() + from, before.data() + before.size(), count).ec != std::errc())
            return;
        out.push_back({flat.substr(from, sign + sign_size - from), count, percent, scale});
    };
    for (std::size_t at = flat.find('%'); at != std::string_view::npos; at = flat.find('%', at + 1)) read(at, 1);
    for (std::size_t at = find_phrase(flat, fullwidth_percent); at != std::string_view::npos;
         at = find_phrase(flat, fullwidth_percent, at + fullwidth_percent.size()))
        read(at, fullwidth_percent.size());
    return out;
}

}  // namespace ogi::detail
