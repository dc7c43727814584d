#pragma once
// Line and column of a byte offset, for messages that point into a source text.
#include <algorithm>
#include <cstddef>
#include <string_view>

namespace ogi {

struct TextPosition {
    std::size_t line = 1;    // from 1
    std::size_t column = 1;  // in bytes, from 1
};

constexpr TextPosition position_of(std::string_view text, std::size_t offset) noexcept {
    offset = std::min(offset, text.size());
    TextPosition p;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

}  // namespace ogi
