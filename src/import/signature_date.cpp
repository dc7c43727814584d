#include "signature_date.hpp"

#include <charconv>
#include <cstdio>

namespace ogi::import {

namespace {

// The line without ASCII white space and U+3000.
std::string without_spaces(std::string_view line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line.substr(i).starts_with("\u3000")) {
            i += 2;
            continue;
        }
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') out += line[i];
    }
    return out;
}

// Reads digits then the unit; false when they are not there.
bool number_then(std::string_view& text, std::string_view unit, int& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data()) return false;
    text.remove_prefix(static_cast<std::size_t>(end - text.data()));
    if (!text.starts_with(unit)) return false;
    text.remove_prefix(unit.size());
    return true;
}

std::optional<std::string> date_of(std::string_view line) {
    int year = 0, month = 0, day = 0;
    if (!number_then(line, "年", year) || !number_then(line, "月", month) || !number_then(line, "日", day) ||
        !line.empty() || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return std::string(iso);
}

// A page number as PDF text keeps it at the foot of a page: "-6-", "— 6 —", "6".
bool page_number(std::string_view line) {
    bool digit = false;
    for (char c : line) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c != '-') return false;
    }
    return digit;
}

}  // namespace

std::optional<std::string> signature_date(std::string_view text) {
    while (!text.empty()) {
        std::size_t const start = text.find_last_of('\n', text.size() - 1);
        std::string_view const raw = start == std::string_view::npos ? text : text.substr(start + 1);
        text = start == std::string_view::npos ? std::string_view() : text.substr(0, start);
        std::string const line = without_spaces(raw);
        if (line.empty() || page_number(line)) continue;
        return date_of(line);
    }
    return std::nullopt;
}

}  // namespace ogi::import
