#pragma once
// The numbering labels and headings are printed with: 一、, （一）, 1., 1、, （1）.
#include <cstddef>
#include <optional>
#include <string_view>

namespace ogi::import {

// The numbering a label starts with: 一、 (top), （一） (paren), 1. 1、 （1） (arabic).
struct Numbering {
    enum class Style { top, paren, arabic } style = Style::top;
    int n = 0;
    std::size_t length = 0;  // bytes of the folded text it takes
    friend bool operator==(Numbering const& a, Numbering const& b) { return a.style == b.style && a.n == b.n; }
};
std::optional<Numbering> numbering_at(std::string_view folded) noexcept;

// The value of the Chinese numeral 一 … 十 that s starts with, or 0.
int chinese_numeral_value(std::string_view s) noexcept;

}  // namespace ogi::import
