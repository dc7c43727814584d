#include "keys.hpp"

#include "code_points.hpp"

namespace ogi::import {

namespace {

bool is_punctuation(char32_t c) noexcept {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE6F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || c == 0x00B7 || c == 0xFEFF || c == 0xFFFD;
}

}  // namespace

void append_key(std::string& out, std::string_view folded) {
    // Kept characters are copied a run at a time. The CJK ideographs (lead bytes E4 to E9: U+4000 to U+9FFF)
    // are most of a report and never punctuation: kept without decoding.
    std::size_t run = 0;
    for (std::size_t i = 0; i < folded.size();) {
        auto const lead = static_cast<unsigned char>(folded[i]);
        if (lead < 0x80 && !is_punctuation(lead)) {  // an ASCII letter or digit
            ++i;
            continue;
        }
        if (lead >= 0xE4 && lead <= 0xE9 && i + 2 < folded.size() && (folded[i + 1] & 0xC0) == 0x80 &&
            (folded[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        std::size_t const start = i;
        if (char32_t c = next_code_point(folded, i); c != ' ' && !is_punctuation(c)) continue;
        out.append(folded.substr(run, start - run));
        run = i;
    }
    out.append(folded.substr(run));
}

std::string key(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    append_key(out, folded);
    return out;
}

bool key_starts_with(std::string_view folded, std::string_view prefix) noexcept {
    for (std::size_t i = 0; i < folded.size() && !prefix.empty();) {
        std::size_t start = i;
        char32_t c = next_code_point(folded, i);
        if (c == ' ' || is_punctuation(c)) continue;
        std::string_view character = folded.substr(start, i - start);
        if (!prefix.starts_with(character)) return false;
        prefix.remove_prefix(character.size());
    }
    return prefix.empty();
}

std::string_view first_key_character(std::string_view folded) noexcept {
    for (std::size_t i = 0; i < folded.size();) {
        std::size_t start = i;
        char32_t c = next_code_point(folded, i);
        if (c != ' ' && !is_punctuation(c)) return folded.substr(start, i - start);
    }
    return {};
}

}  // namespace ogi::import
