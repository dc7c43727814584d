#pragma once
// The date a report is signed: the line "2025年1月20日" (spaces as text extraction leaves them) that ends the
// published text, after the body's name.
#include <optional>
#include <string>
#include <string_view>

namespace ogi::import {

// The last line of text that holds only a date, as ISO 8601 ("2025-01-20"); nullopt when the text does not end
// in one (blank lines and page numbers such as "-6-" after it allowed).
std::optional<std::string> signature_date(std::string_view text);

}  // namespace ogi::import
