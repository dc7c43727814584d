#include "narrative.hpp"

#include <array>
#include <charconv>

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

// The length of the white space text starts with (0 when it starts with anything else). Switched on the
// first byte: a narrative is scanned byte by byte, and only U+3000 needs more than one to tell.
std::size_t space_at(std::string_view text) {
    if (text.empty()) return 0;
    switch (text.front()) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v': return 1;
    case ideographic_space.front(): return text.starts_with(ideographic_space) ? ideographic_space.size() : 0;
    default: return 0;
    }
}

}  // namespace

// Copies the runs between white space whole rather than byte by byte.
std::string compact(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t run = 0;  // where the bytes not yet copied begin
    for (std::size_t i = 0; i < text.size();) {
        std::size_t const space = space_at(text.substr(i));
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
    for (std::string_view rest = *section; !rest.empty();) {
        std::size_t const space = space_at(rest);
        if (space == 0) return false;
        rest.remove_prefix(space);
    }
    return true;
}

std::optional<StatedCount> stated_count(std::string_view flat, std::span<std::string_view const> phrases) {
    static constexpr std::array<std::string_view, 6> connectives = {"共计", "合计", "总计", "共", "计", "为"};
    static constexpr std::array<std::string_view, 3> units = {"件", "宗", "起"};
    std::string_view rest = flat;
    while (!rest.empty()) {
        std::size_t best = std::string_view::npos;
        std::string_view phrase;
        for (std::string_view p : phrases)
            if (auto at = rest.find(p); at < best) best = at, phrase = p;
        if (best == std::string_view::npos) return std::nullopt;
        rest.remove_prefix(best + phrase.size());
        std::string_view figure = rest;
        while (consume_any(figure, connectives)) {
        }
        std::uint64_t value = 0;
        auto [end, error] = std::from_chars(figure.data(), figure.data() + figure.size(), value);
        if (error != std::errc() || end == figure.data()) continue;
        figure.remove_prefix(static_cast<std::size_t>(end - figure.data()));
        if (consume_any(figure, units)) return StatedCount{phrase, value};
    }
    return std::nullopt;
}

}  // namespace ogi::detail
