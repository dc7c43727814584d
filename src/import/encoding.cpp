#include "encoding.hpp"

#include "ogi/detail/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <iconv.h>
#include <optional>

namespace ogi::import {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";

// Copies valid UTF-8 through and replaces every invalid byte by U+FFFD.
std::string repair_utf8(std::string_view s, bool& replaced) {
    std::string out;
    out.reserve(s.size());
    while (!s.empty()) {
        std::size_t valid = first_invalid_utf8(s);
        out.append(s.substr(0, valid));
        if (valid == s.size()) break;
        out += replacement;
        replaced = true;
        s.remove_prefix(valid + 1);
    }
    return out;
}

bool valid_utf8(std::string_view s) noexcept { return first_invalid_utf8(s) == s.size(); }

// Converts with iconv. Strict: nullopt at the first byte that does not decode. Lenient: such bytes
// become U+FFFD (one per undecodable unit) and replaced is set.
std::optional<std::string> convert(std::string_view bytes, char const* from, bool lenient, bool& replaced) {
    iconv_t cd = ::iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());  // iconv's signature; the input is not written
    std::size_t in_left = bytes.size();
    std::size_t used = 0;
    std::optional<std::string> result;
    while (true) {
        char* dst = out.data() + used;
        std::size_t dst_left = out.size() - used;
        std::size_t rc = ::iconv(cd, in_left ? &in : nullptr, &in_left, &dst, &dst_left);
        used = out.size() - dst_left;
        if (rc != static_cast<std::size_t>(-1) && in_left == 0) {
            out.resize(used);
            result = std::move(out);
            break;
        }
        if (rc != static_cast<std::size_t>(-1)) continue;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        // EILSEQ or EINVAL (a truncated sequence at the end): skip one unit.
        if (!lenient) break;
        replaced = true;
        std::size_t unit = std::string_view(from).starts_with("UTF-16") ? 2 : 1;
        unit = std::min(unit, in_left);
        in += unit;
        in_left -= unit;
        if (out.size() - used < replacement.size()) out.resize(out.size() * 2 + replacement.size());
        out.replace(used, replacement.size(), replacement);
        used += replacement.size();
        if (in_left == 0) {
            out.resize(used);
            result = std::move(out);
            break;
        }
    }
    ::iconv_close(cd);
    return result;
}

// UTF-16 without a BOM: text that is mostly ASCII or CJK has a zero byte in most code units on one side.
char const* utf16_without_bom(std::string_view b) noexcept {
    if (b.size() < 4 || b.size() % 2 != 0) return nullptr;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < b.size(); i += 2) {
        even += b[i] == '\0';
        odd += b[i + 1] == '\0';
    }
    std::size_t units = b.size() / 2;
    if (odd * 10 > units * 3 && even * 50 < units) return "UTF-16LE";
    if (even * 10 > units * 3 && odd * 50 < units) return "UTF-16BE";
    return nullptr;
}

bool gbk_family(std::string_view charset) noexcept {
    return charset == "gbk" || charset == "gb2312" || charset == "gb18030" || charset == "x-gbk";
}

// Charsets a page names that say nothing of its bytes: UTF-8 (the bytes are not, or they would be read as such)
// and the Western single-byte ones, named by templates and tools on pages written in GBK.
bool says_nothing(std::string_view charset) noexcept {
    return charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii" ||
           charset.starts_with("iso-8859") || charset.starts_with("windows-125") || charset == "latin1";
}

bool iconv_converts(std::string_view charset) {
    iconv_t cd = ::iconv_open("UTF-8", std::string(charset).c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    ::iconv_close(cd);
    return true;
}

}  // namespace

bool refused_charset(std::string_view declared, std::string_view bytes) {
    if (declared.find("utf-7") != std::string_view::npos || declared.find("utf7") != std::string_view::npos)
        return true;
    return !says_nothing(declared) && !gbk_family(declared) && !iconv_converts(declared) && !valid_utf8(bytes);
}

Utf8Text to_utf8(std::string_view bytes, std::string_view declared) {
    Utf8Text t;
    auto from = [&](char const* encoding, std::string_view body, std::string name) {
        auto converted = convert(body, encoding, true, t.replaced);
        if (converted) {
            t.converted = std::move(*converted);
            t.encoding = std::move(name);
        } else {  // iconv cannot open the conversion: keep what is valid
            t.converted = repair_utf8(body, t.replaced);
            t.encoding = "UTF-8";
        }
        return t;
    };
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        t.converted = repair_utf8(bytes.substr(3), t.replaced);
        t.encoding = "UTF-8 (BOM)";
        return t;
    }
    if (bytes.starts_with("\xFF\xFE")) return from("UTF-16LE", bytes.substr(2), "UTF-16LE (BOM)");
    if (bytes.starts_with("\xFE\xFF")) return from("UTF-16BE", bytes.substr(2), "UTF-16BE (BOM)");
    if (valid_utf8(bytes)) {
        t.input = bytes;
        t.encoding = "UTF-8";
        return t;
    }
    if (gbk_family(declared)) return from("GB18030", bytes, "GB18030");
    if (!says_nothing(declared) && !refused_charset(declared, bytes)) {
        std::string name(declared);
        std::ranges::transform(name, name.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        return from(name.c_str(), bytes, name);
    }
    if (char const* utf16 = utf16_without_bom(bytes)) return from(utf16, bytes, utf16);
    bool unused = false;
    if (auto gb = convert(bytes, "GB18030", false, unused)) {
        t.converted = std::move(*gb);
        t.encoding = "GB18030";
        return t;
    }
    t.converted = repair_utf8(bytes, t.replaced);
    t.encoding = "UTF-8";
    return t;
}

}  // namespace ogi::import
