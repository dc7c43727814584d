#include "html.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace ogi::import {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Tags after which the page's text starts a new line.
constexpr std::array<std::string_view, 14> line_tags = {"tr", "br", "p",  "div", "li",    "h1",      "h2",
                                                        "h3", "h4", "h5", "h6",  "table", "section", "article"};

// Decodes the entity at s (which starts with '&'); returns the bytes it takes, 0 when it is none.
std::size_t decode_entity(std::string_view s, std::string& out) {
    std::size_t semi = s.substr(0, 12).find(';');  // entities are short: a bounded look keeps the work linear
    if (semi == std::string_view::npos) return 0;
    std::string_view name = s.substr(1, semi - 1);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> named = {
        {{"nbsp", " "}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"ensp", " "}}};
    for (auto [n, text] : named) {
        if (name == n) {
            out += text;
            return semi + 1;
        }
    }
    if (name.size() < 2 || name[0] != '#') return 0;
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    unsigned long c = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), c, hex ? 16 : 10);
    if (ec != std::errc{} || end != digits.data() + digits.size()) return 0;
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;  // &#0; and the like
    append_utf8(out, static_cast<char32_t>(c));
    return semi + 1;
}

// Where the ASCII needle (lower case) starts in s at or after from, in any case; npos when it does not.
std::size_t find_any_case(std::string_view s, std::string_view needle, std::size_t from) noexcept {
    for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && std::tolower(static_cast<unsigned char>(s[i + k])) == needle[k]) ++k;
        if (k == needle.size()) return i;
    }
    return std::string_view::npos;
}

}  // namespace

bool looks_like_html(std::string_view utf8) noexcept {
    std::string head = lower(utf8.substr(0, 4096));
    return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos ||
           head.find("<table") != std::string::npos;
}

HtmlText html_to_text(std::string_view html) {
    HtmlText t;
    std::size_t source_line = 1;
    t.source_lines.push_back(1);
    auto new_line = [&] {
        if (!t.text.empty() && t.text.back() != '\n') {
            t.text += '\n';
            t.source_lines.push_back(source_line);
        } else {
            t.source_lines.back() = source_line;  // an empty line so far: it starts here
        }
    };
    auto count_lines = [&](std::string_view skipped) {
        source_line += static_cast<std::size_t>(std::ranges::count(skipped, '\n'));
    };
    for (std::size_t i = 0; i < html.size();) {
        char c = html[i];
        if (c == '<') {
            if (html.substr(i).starts_with("<!--")) {
                std::size_t end = html.find("-->", i + 4);
                end = end == std::string_view::npos ? html.size() : end + 3;
                count_lines(html.substr(i, end - i));
                i = end;
                continue;
            }
            std::size_t end = html.find('>', i + 1);
            if (end == std::string_view::npos) end = html.size() - 1;
            std::string_view tag = html.substr(i + 1, end - i - 1);
            count_lines(tag);
            bool closing = tag.starts_with('/');
            std::size_t name_end = closing ? 1 : 0;
            while (name_end < tag.size() && std::isalnum(static_cast<unsigned char>(tag[name_end]))) ++name_end;
            std::string name = lower(tag.substr(closing ? 1 : 0, name_end - (closing ? 1 : 0)));
            i = end + 1;
            if (!closing && (name == "script" || name == "style")) {  // their content is no text of the page
                std::size_t stop = find_any_case(html, "</" + name, i);
                if (stop == std::string_view::npos) stop = html.size();
                count_lines(html.substr(i, stop - i));
                i = stop;
                continue;
            }
            if (std::ranges::find(line_tags, name) != line_tags.end())
                new_line();
            else if (name == "td" || name == "th")
                t.text += ' ';
            continue;
        }
        if (c == '&') {
            if (std::size_t n = decode_entity(html.substr(i), t.text)) {
                i += n;
                continue;
            }
        }
        if (c == '\n') {  // a page's own line breaks are spaces; its blocks make the lines
            ++source_line;
            t.text += ' ';
        } else if (c != '\r') {
            t.text += c;
        }
        ++i;
    }
    return t;
}

}  // namespace ogi::import
