#pragma once
// UTF-8 validity, per RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace ogi {

// The offset of the first byte that does not start a valid UTF-8 sequence, or text.size() if all is valid.
constexpr std::size_t first_invalid_utf8(std::string_view text) noexcept {
    std::size_t i = 0;
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    auto continuation = [&](std::size_t k) { return k < text.size() && (byte(k) & 0xC0) == 0x80; };
    while (i < text.size()) {
        unsigned char b = byte(i);
        // Tested in the order of their frequency in reports: ASCII, then the three bytes of CJK.
        if (b < 0x80) {
            ++i;
            // Runs of ASCII (the padding of laid-out text, figures) eight bytes at a time.
            if (!std::is_constant_evaluated()) {
                for (std::uint64_t w; i + 8 <= text.size(); i += 8) {
                    std::memcpy(&w, text.data() + i, 8);
                    if (w & 0x8080808080808080u) break;
                }
            }
        } else if (b >= 0xE0 && b <= 0xEF && continuation(i + 1) && continuation(i + 2) &&
                   !(b == 0xE0 && byte(i + 1) < 0xA0) && !(b == 0xED && byte(i + 1) > 0x9F)) {
            i += 3;
        } else if (b >= 0xC2 && b <= 0xDF && continuation(i + 1)) {
            i += 2;
        } else if (b >= 0xF0 && b <= 0xF4 && continuation(i + 1) && continuation(i + 2) && continuation(i + 3) &&
                   !(b == 0xF0 && byte(i + 1) < 0x90) && !(b == 0xF4 && byte(i + 1) > 0x8F)) {
            i += 4;
        } else {
            return i;
        }
    }
    return i;
}

}  // namespace ogi
