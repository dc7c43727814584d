#pragma once
// Page numbers printed among a report's lines, which are neither figures nor narrative.
#include "folding.hpp"

#include <span>
#include <string_view>

namespace ogi::import {

// A page number line such as "-3-", "— 3 —", "第3页", "第 3 页 共 5 页".
bool is_page_number(std::string_view line) noexcept;

// A bare page number as the last line of a page: the page's own number, the next text on the next page.
bool is_page_footer(Line const& line, std::span<Line const> after) noexcept;

}  // namespace ogi::import
