#pragma once
// Reading and writing the code points of UTF-8 text, inline: every character of a report passes here.
#include <cstddef>
#include <string>
#include <string_view>

namespace ogi::import {

// Decodes the code point at s[i] and advances i. Text reaching here is valid UTF-8 (to_utf8 repairs it);
// a malformed or cut sequence still costs one byte and reads as U+FFFD, so that no loop can stall or overrun.
inline char32_t next_code_point_slow(std::string_view s, std::size_t& i) noexcept {
    auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    char32_t lead = b(0);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    bool whole = n > 0 && i + n <= s.size();
    for (std::size_t k = 1; whole && k < n; ++k) whole = (b(k) & 0xC0) == 0x80;
    if (!whole) {
        ++i;
        return 0xFFFD;
    }
    char32_t c = n == 1   ? lead
                 : n == 2 ? ((lead & 0x1F) << 6) | (b(1) & 0x3F)
                 : n == 3 ? ((lead & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F)
                          : ((lead & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    i += n;
    return c;
}

// The same, with ASCII and three bytes (the CJK) decoded in the caller's loop: every character of a report
// passes here.
inline char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    unsigned char const lead = b(0);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    if ((lead & 0xF0) == 0xE0 && i + 3 <= s.size() && (b(1) & 0xC0) == 0x80 && (b(2) & 0xC0) == 0x80) {
        char32_t const c = (char32_t{lead} & 0x0F) << 12 | (char32_t{b(1)} & 0x3F) << 6 | (char32_t{b(2)} & 0x3F);
        i += 3;
        return c;
    }
    return next_code_point_slow(s, i);
}

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Appends the code point c (at most U+10FFFF, no surrogate) in UTF-8.
inline void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Characters of s: the length in code points of a UTF-8 string.
inline std::size_t code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

}  // namespace ogi::import
