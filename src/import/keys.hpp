#pragma once
// The comparison key of label text: what two labels printed differently (spaces, punctuation) share.
#include <string>
#include <string_view>

namespace ogi::import {

// The comparison key of label text: folded, without whitespace and punctuation.
std::string key(std::string_view folded);
void append_key(std::string& out, std::string_view folded);  // key(folded) added to out

// Whether key(folded) starts with prefix, without building the key.
bool key_starts_with(std::string_view folded, std::string_view prefix) noexcept;

// The first character key(folded) keeps, as its bytes; empty when it keeps none. Without building the key.
std::string_view first_key_character(std::string_view folded) noexcept;

}  // namespace ogi::import
