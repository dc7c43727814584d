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

// Whether the charset a page names (lower case, as declared_charset gives it) keeps its bytes from being read:
// UTF-7 always (its text hides markup from a reader of the bytes); a name iconv does not know when the bytes are
// not UTF-8 either. to_utf8 reads every other: none named, UTF-8, the GBK family, Big5, Shift_JIS, EUC-KR, ….
bool refused_charset(std::string_view declared, std::string_view bytes);

// The text views bytes where they need no conversion: bytes must outlive it.
// declared: the charset the input names for itself (a web page's meta), lower case, readable_charset: bytes that
// are not UTF-8 are read in it even where some of them are invalid (replaced, not given up); a GBK family name
// reads them as GB18030, a single-byte Western charset (ISO-8859-*, windows-125x), which Chinese pages name by
// mistake, is not taken at its word.
Utf8Text to_utf8(std::string_view bytes, std::string_view declared = {});

}  // namespace ogi::import
