#pragma once
// The bytes of a report's text as UTF-8: published texts come as UTF-8 (with or without BOM), GB18030/GBK
// (government sites and Windows tools) or UTF-16 with a BOM.
#include <optional>
#include <string>
#include <string_view>

namespace ogi::import {

struct Utf8Text {
    std::string_view input;                // the bytes, when they are valid UTF-8 already: not copied
    std::optional<std::string> converted;  // else the text converted or repaired
    std::string encoding;                  // what the bytes were read as
    bool replaced = false;                 // some bytes decoded in no supported encoding and became U+FFFD

    // Valid UTF-8; a view of the input or of converted.
    std::string_view text() const noexcept { return converted ? std::string_view(*converted) : input; }
};

// Whether to_utf8 reads the charset a page names (lower case, as declared_charset gives it): none named, UTF-8,
// the GBK family and every other charset iconv converts (Big5, Shift_JIS, EUC-KR, …), except UTF-7, refused: its
// text hides markup from a reader of the bytes.
bool readable_charset(std::string_view declared);

// The text views bytes where they need no conversion: bytes must outlive it.
// declared: the charset the input names for itself (a web page's meta), lower case, readable_charset: bytes that
// are not UTF-8 are read in it even where some of them are invalid (replaced, not given up); a GBK family name
// reads them as GB18030, a single-byte Western charset (ISO-8859-*, windows-125x), which Chinese pages name by
// mistake, is not taken at its word.
Utf8Text to_utf8(std::string_view bytes, std::string_view declared = {});

}  // namespace ogi::import
