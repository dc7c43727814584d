#include "text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace ogi::import {

namespace {

// Traditional forms of the characters that occur in labels, headings and titles, with their simplified
// forms: reports from some bodies, and some converters, print traditional characters.
constexpr std::pair<char32_t, char32_t> traditional[] = {
    {0x4E26, 0x5E76}, {0x4F86, 0x6765}, {0x500B, 0x4E2A}, {0x5011, 0x4EEC}, {0x5104, 0x4EBF}, {0x512A, 0x4F18},
    {0x5167, 0x5185}, {0x5247, 0x5219}, {0x5283, 0x5212}, {0x52D5, 0x52A8}, {0x52D9, 0x52A1}, {0x52DE, 0x52B3},
    {0x5340, 0x533A}, {0x53C3, 0x53C2}, {0x54E1, 0x5458}, {0x554F, 0x95EE}, {0x55AE, 0x5355}, {0x570B, 0x56FD},
    {0x5716, 0x56FE}, {0x57F7, 0x6267}, {0x5831, 0x62A5}, {0x5834, 0x573A}, {0x5B78, 0x5B66}, {0x5BE6, 0x5B9E},
    {0x5BE7, 0x5B81}, {0x5BE9, 0x5BA1}, {0x5BEB, 0x5199}, {0x5C0D, 0x5BF9}, {0x5C0E, 0x5BFC}, {0x5C46, 0x5C4A},
    {0x5C64, 0x5C42}, {0x5C6C, 0x5C5E}, {0x5E2B, 0x5E08}, {0x5EE2, 0x5E9F}, {0x5EE3, 0x5E7F}, {0x5EF3, 0x5385},
    {0x5F37, 0x5F3A}, {0x5F8C, 0x540E}, {0x5F91, 0x5F84}, {0x5FA9, 0x590D}, {0x61C9, 0x5E94}, {0x63A1, 0x91C7},
    {0x63DA, 0x626C}, {0x64CA, 0x51FB}, {0x64DA, 0x636E}, {0x6578, 0x6570}, {0x65B7, 0x65AD}, {0x65BC, 0x4E8E},
    {0x6642, 0x65F6}, {0x66F8, 0x4E66}, {0x6703, 0x4F1A}, {0x6771, 0x4E1C}, {0x689D, 0x6761}, {0x696D, 0x4E1A},
    {0x69CB, 0x6784}, {0x6A02, 0x4E50}, {0x6A19, 0x6807}, {0x6A5F, 0x673A}, {0x6A6B, 0x6A2A}, {0x6A94, 0x6863},
    {0x6AA2, 0x68C0}, {0x6B0A, 0x6743}, {0x6B78, 0x5F52}, {0x6C7A, 0x51B3}, {0x6CC1, 0x51B5}, {0x6E96, 0x51C6},
    {0x6FA4, 0x6CFD}, {0x6FDF, 0x6D4E}, {0x7063, 0x6E7E}, {0x7121, 0x65E0}, {0x71DF, 0x8425}, {0x7368, 0x72EC},
    {0x7372, 0x83B7}, {0x73FE, 0x73B0}, {0x74B0, 0x73AF}, {0x7522, 0x4EA7}, {0x7576, 0x5F53}, {0x7642, 0x7597},
    {0x767C, 0x53D1}, {0x76E1, 0x5C3D}, {0x76E3, 0x76D1}, {0x773E, 0x4F17}, {0x78BA, 0x786E}, {0x78BC, 0x7801},
    {0x7A05, 0x7A0E}, {0x7A2E, 0x79CD}, {0x7A31, 0x79F0}, {0x7A69, 0x7A33}, {0x7BC0, 0x8282}, {0x7BC4, 0x8303},
    {0x7CFE, 0x7EA0}, {0x7D0D, 0x7EB3}, {0x7D1A, 0x7EA7}, {0x7D44, 0x7EC4}, {0x7D50, 0x7ED3}, {0x7D61, 0x7EDC},
    {0x7D66, 0x7ED9}, {0x7D71, 0x7EDF}, {0x7D93, 0x7ECF}, {0x7DAD, 0x7EF4}, {0x7DB2, 0x7F51}, {0x7E23, 0x53BF},
    {0x7E31, 0x7EB5}, {0x7E3D, 0x603B}, {0x7E54, 0x7EC7}, {0x7E73, 0x7F34}, {0x7E8C, 0x7EED}, {0x7F70, 0x7F5A},
    {0x7FA3, 0x7FA4}, {0x7FA9, 0x4E49}, {0x806F, 0x8054}, {0x807D, 0x542C}, {0x81FA, 0x53F0}, {0x8207, 0x4E0E},
    {0x8209, 0x4E3E}, {0x820A, 0x65E7}, {0x83EF, 0x534E}, {0x842C, 0x4E07}, {0x85DD, 0x827A}, {0x85E5, 0x836F},
    {0x8607, 0x82CF}, {0x8655, 0x5904}, {0x865F, 0x53F7}, {0x8853, 0x672F}, {0x885B, 0x536B}, {0x88CF, 0x91CC},
    {0x88DC, 0x8865}, {0x88E1, 0x91CC}, {0x88FD, 0x5236}, {0x8907, 0x590D}, {0x898B, 0x89C1}, {0x898F, 0x89C4},
    {0x8996, 0x89C6}, {0x8A08, 0x8BA1}, {0x8A0A, 0x8BAF}, {0x8A1F, 0x8BBC}, {0x8A2A, 0x8BBF}, {0x8A31, 0x8BB8},
    {0x8A34, 0x8BC9}, {0x8A62, 0x8BE2}, {0x8A71, 0x8BDD}, {0x8A72, 0x8BE5}, {0x8A8C, 0x5FD7}, {0x8A8D, 0x8BA4},
    {0x8AAA, 0x8BF4}, {0x8ABF, 0x8C03}, {0x8ACB, 0x8BF7}, {0x8B49, 0x8BC1}, {0x8B70, 0x8BAE}, {0x8B77, 0x62A4},
    {0x8B80, 0x8BFB}, {0x8B93, 0x8BA9}, {0x8CA0, 0x8D1F}, {0x8CA1, 0x8D22}, {0x8CAC, 0x8D23}, {0x8CB4, 0x8D35},
    {0x8CBB, 0x8D39}, {0x8CC7, 0x8D44}, {0x8CFC, 0x8D2D}, {0x8ECA, 0x8F66}, {0x8ECD, 0x519B}, {0x8F14, 0x8F85},
    {0x8F38, 0x8F93}, {0x8F49, 0x8F6C}, {0x8FA6, 0x529E}, {0x8FB2, 0x519C}, {0x9019, 0x8FD9}, {0x9032, 0x8FDB},
    {0x904B, 0x8FD0}, {0x904E, 0x8FC7}, {0x9054, 0x8FBE}, {0x9055, 0x8FDD}, {0x9060, 0x8FDC}, {0x907C, 0x8FBD},
    {0x9084, 0x8FD8}, {0x908A, 0x8FB9}, {0x9109, 0x4E61}, {0x91AB, 0x533B}, {0x9304, 0x5F55}, {0x932B, 0x9521},
    {0x93AE, 0x9547}, {0x9577, 0x957F}, {0x9580, 0x95E8}, {0x958B, 0x5F00}, {0x9593, 0x95F4}, {0x95B1, 0x9605},
    {0x95DC, 0x5173}, {0x965D, 0x9655}, {0x9670, 0x9634}, {0x967D, 0x9633}, {0x969B, 0x9645}, {0x96AA, 0x9669},
    {0x96B1, 0x9690}, {0x96DC, 0x6742}, {0x96F2, 0x4E91}, {0x96FB, 0x7535}, {0x97FF, 0x54CD}, {0x9801, 0x9875},
    {0x9805, 0x9879}, {0x9810, 0x9884}, {0x982D, 0x5934}, {0x984C, 0x9898}, {0x984D, 0x989D}, {0x985E, 0x7C7B},
    {0x990A, 0x517B}, {0x9928, 0x9986}, {0x99AC, 0x9A6C}, {0x9AD4, 0x4F53}, {0x9EDE, 0x70B9}, {0x9F8D, 0x9F99},
};
static_assert(std::ranges::is_sorted(traditional, {}, &std::pair<char32_t, char32_t>::first));

// Code points folded one by one to another; 0: dropped.
constexpr std::pair<char32_t, char32_t> single_foldings[] = {
    {'\0', 0},      {'\t', ' '},    {'\v', ' '},    {'\f', ' '},
    {'|', ' '},      // cell borders of text tables (Markdown, grid tables)
    {0x00A0, ' '},   {0x2002, ' '},   {0x2003, ' '},   {0x2009, ' '},   {0x202F, ' '},   {0x3000, ' '},
    // dashes and minus signs: a blank-cell marker, or the sign of 本年增/减
    {0x2010, '-'},   {0x2011, '-'},   {0x2012, '-'},   {0x2013, '-'},   {0x2014, '-'},   {0x2015, '-'},
    {0x2212, '-'},   {0xFE58, '-'},   {0xFE63, '-'},
    {0xFF64, 0x3001},  // half-width ideographic comma
    {0x200B, 0},     {0xFEFF, 0},     // zero-width space, BOM
};

// Ranges folded as a whole: full-width ASCII to ASCII, box drawing (text table borders) to spaces.
constexpr char32_t full_width_first = 0xFF01, full_width_last = 0xFF5E;
constexpr char32_t box_first = 0x2500, box_last = 0x257F;

// What c folds to; 0: dropped.
constexpr char32_t folded_code_point(char32_t c) noexcept {
    if (c >= full_width_first && c <= full_width_last) return c - (full_width_first - '!');
    if (c >= box_first && c <= box_last) return ' ';
    for (auto [from, to] : single_foldings)
        if (from == c) return to;
    auto it = std::ranges::lower_bound(traditional, c, {}, &std::pair<char32_t, char32_t>::first);
    if (it != std::end(traditional) && it->first == c) return it->second;
    return c;
}

// A bit per BMP code point that folds: most characters of a report fold to themselves, and one look-up says
// so before any comparison.
constexpr auto folding_bits = [] {
    std::array<std::uint64_t, 0x10000 / 64> bits{};
    auto set = [&](char32_t c) { bits[c >> 6] |= std::uint64_t{1} << (c & 63); };
    for (char32_t c = full_width_first; c <= full_width_last; ++c) set(c);
    for (char32_t c = box_first; c <= box_last; ++c) set(c);
    for (auto [from, to] : single_foldings) set(from);
    for (auto [from, to] : traditional) set(from);
    return bits;
}();

constexpr bool folds(char32_t c) noexcept { return c <= 0xFFFF && (folding_bits[c >> 6] >> (c & 63) & 1); }

// Decodes the code point at s[i] and advances i. Text reaching here is valid UTF-8 (to_utf8 repairs it);
// a malformed or cut sequence still costs one byte and reads as U+FFFD, so that no loop can stall or overrun.
char32_t next_code_point_slow(std::string_view s, std::size_t& i) noexcept {
    auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    char32_t lead = b(0);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    bool whole = n > 0 && i + n <= s.size();
    for (std::size_t k = 1; whole && k < n; ++k) whole = (b(k) & 0xC0) == 0x80;
    if (!whole) {
        ++i;
        return 0xFFFD;
    }
    char32_t c = n == 1   ? lead
                 : n == 2 ? ((lead & 0x1F) << 6) | (b(1) & 0x3F)
                 : n == 3 ? ((lead & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F)
                          : ((lead & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    i += n;
    return c;
}

// The same, with ASCII and three bytes (the CJK) decoded in the caller's loop: every character of a report
// passes here.
inline char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    unsigned char const lead = b(0);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    if ((lead & 0xF0) == 0xE0 && i + 3 <= s.size() && (b(1) & 0xC0) == 0x80 && (b(2) & 0xC0) == 0x80) {
        char32_t const c = (char32_t{lead} & 0x0F) << 12 | (char32_t{b(1)} & 0x3F) << 6 | (char32_t{b(2)} & 0x3F);
        i += 3;
        return c;
    }
    return next_code_point_slow(s, i);
}

bool is_punctuation(char32_t c) noexcept {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE6F) ||
           (c >= 0xFF00 && c <= 0xFFEF) || c == 0x00B7 || c == 0xFEFF || c == 0xFFFD;
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// The value of a Chinese numeral 一 … 十 at the start of s, with its length in bytes. Tried at every character
// of a table's labels: told by the code point, not by ten comparisons.
std::pair<int, std::size_t> chinese_numeral(std::string_view s) noexcept {
    static constexpr std::array<char32_t, 10> digits = {U'一', U'二', U'三', U'四', U'五',
                                                        U'六', U'七', U'八', U'九', U'十'};
    if (s.size() < 3 || (static_cast<unsigned char>(s[0]) & 0xF0) != 0xE0) return {0, 0};
    std::size_t i = 0;
    char32_t const c = next_code_point(s, i);
    for (std::size_t d = 0; d < digits.size(); ++d)
        if (digits[d] == c) return {static_cast<int>(d) + 1, i};
    return {0, 0};
}

}  // namespace

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

namespace {

// Appends utf8 folded to out. control(c, offset, folded_offset) is called for each CR, LF (kept as they are),
// form feed (a space) and cell delimiter (tab, |, ｜, │), with its offsets in utf8 and in out: the folding visits
// every byte, so the lines and their delimiters are found in the same pass.
template <class Control>
void fold_onto(std::string& out, std::string_view utf8, Control control) {
    // Most characters are kept as they are: they are copied a run at a time, when a folded one ends the run.
    std::size_t run = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t const start = i;
        char32_t const c = next_code_point(utf8, i);
        if (c == '\n' || c == '\r' || c == '\f') control(c, start, out.size() + (start - run));
        if (!folds(c)) continue;
        if (c < 0x80 ? c == '\t' || c == '|' : c == 0xFF5C || c == 0x2502) control(c, start, out.size() + (start - run));
        out.append(utf8.substr(run, start - run));
        run = i;
        if (char32_t f = folded_code_point(c)) append_utf8(out, f);  // 0: dropped
    }
    out.append(utf8.substr(run));
}

}  // namespace

std::string fold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    fold_onto(out, utf8, [](char32_t, std::size_t, std::size_t) {});
    return out;
}

std::vector<std::size_t> unfolded_offsets(std::string_view utf8, std::span<std::size_t const> folded_offsets) {
    std::vector<std::size_t> out;
    out.reserve(folded_offsets.size());
    std::size_t i = 0, folded_at = 0;
    for (std::size_t wanted : folded_offsets) {
        while (i < utf8.size() && folded_at < wanted) {
            char32_t c = next_code_point(utf8, i);
            char32_t f = folds(c) ? folded_code_point(c) : c;
            folded_at += f == 0 ? 0 : f < 0x80 ? 1 : f < 0x800 ? 2 : f < 0x10000 ? 3 : 4;
        }
        out.push_back(i);
    }
    return out;
}

std::vector<Line> fold_lines(std::string_view utf8, std::string& folded) {
    // Folded at once, in one buffer; CRLF, CR and LF end lines, found while folding.
    folded.clear();
    folded.reserve(utf8.size());  // folding never lengthens
    std::vector<Line> lines;
    std::vector<std::pair<std::size_t, std::size_t>> folded_spans;  // each line's, made views at the end
    std::size_t from = 0, folded_from = 0, page = 1, next_page = 0;
    bool delimited = false;  // the line being read has a cell delimiter
    auto end_line = [&](std::size_t end, std::size_t folded_end) {
        lines.push_back({lines.size() + 1, {}, utf8.substr(from, end - from), page, delimited});
        folded_spans.emplace_back(folded_from, folded_end);
        page += next_page;
        next_page = 0;
        delimited = false;
    };
    fold_onto(folded, utf8, [&](char32_t b, std::size_t at, std::size_t folded_at) {
        if (b != '\n' && b != '\r' && b != '\f') {
            delimited = true;
            return;
        }
        if (b == '\f') {
            // A form feed before a line's text puts the line on the next page; one after it, the lines that follow.
            bool before_text = utf8.substr(from, at - from).find_first_not_of(" \f\t") == std::string_view::npos;
            (before_text ? page : next_page) += 1;
            return;
        }
        if (!(b == '\n' && at > 0 && utf8[at - 1] == '\r')) end_line(at, folded_at);  // the LF of CRLF ends none
        from = at + 1;
        folded_from = folded_at + 1;
    });
    end_line(utf8.size(), folded.size());
    for (std::size_t k = 0; k < lines.size(); ++k)
        lines[k].text = std::string_view(folded).substr(folded_spans[k].first, folded_spans[k].second - folded_spans[k].first);
    return lines;
}

bool is_page_footer(Line const& line, std::span<Line const> after) noexcept {
    std::string_view s = trim(line.text);
    std::size_t value = 0;
    if (s.empty() || s.size() > 4 || !std::ranges::all_of(s, is_digit)) return false;
    for (char c : s) value = value * 10 + static_cast<std::size_t>(c - '0');
    if (value != line.page) return false;
    for (Line const& next : after)
        if (!trim(next.text).empty()) return next.page > line.page;
    return false;
}

bool is_page_number(std::string_view line) noexcept {
    std::string_view s = trim(line);
    // Every line of a table and a narrative is asked: most start with none of -, 第, 共.
    if (!(s.starts_with('-') || s.starts_with("第") || s.starts_with("共"))) return false;
    auto digits_then = [](std::string_view& t) {
        t = trim(t);
        std::size_t n = 0;
        while (n < t.size() && is_digit(t[n])) ++n;
        t.remove_prefix(n);
        t = trim(t);
        return n > 0 && n <= 4;
    };
    if (s.starts_with('-')) {  // -3-, - 3 -
        while (s.starts_with('-')) s.remove_prefix(1);
        if (!digits_then(s) || !s.starts_with('-')) return false;
        while (s.starts_with('-')) s.remove_prefix(1);
        return s.empty();
    }
    auto page = [&](std::string_view& t, std::string_view open, std::string_view close) {
        if (!t.starts_with(open)) return false;
        t.remove_prefix(open.size());
        if (!digits_then(t) || !t.starts_with(close)) return false;
        t.remove_prefix(close.size());
        t = trim(t);
        return true;
    };
    if (page(s, "第", "页")) return s.empty() || (page(s, "共", "页") && s.empty());
    if (page(s, "共", "页")) return page(s, "第", "页") && s.empty();
    return false;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::size_t find_title_phrase(std::string_view k) noexcept {
    for (std::string_view phrase : title_phrases)
        if (std::size_t at = k.find(phrase); at != std::string_view::npos) return at;
    return std::string_view::npos;
}

void append_key(std::string& out, std::string_view folded) {
    // Kept characters are copied a run at a time. The CJK ideographs (lead bytes E4 to E9: U+4000 to U+9FFF)
    // are most of a report and never punctuation: kept without decoding.
    std::size_t run = 0;
    for (std::size_t i = 0; i < folded.size();) {
        auto const lead = static_cast<unsigned char>(folded[i]);
        if (lead < 0x80 && !is_punctuation(lead)) {  // an ASCII letter or digit
            ++i;
            continue;
        }
        if (lead >= 0xE4 && lead <= 0xE9 && i + 2 < folded.size() && (folded[i + 1] & 0xC0) == 0x80 &&
            (folded[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        std::size_t const start = i;
        if (char32_t c = next_code_point(folded, i); c != ' ' && !is_punctuation(c)) continue;
        out.append(folded.substr(run, start - run));
        run = i;
    }
    out.append(folded.substr(run));
}

std::string key(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    append_key(out, folded);
    return out;
}

bool key_starts_with(std::string_view folded, std::string_view prefix) noexcept {
    for (std::size_t i = 0; i < folded.size() && !prefix.empty();) {
        std::size_t start = i;
        char32_t c = next_code_point(folded, i);
        if (c == ' ' || is_punctuation(c)) continue;
        std::string_view character = folded.substr(start, i - start);
        if (!prefix.starts_with(character)) return false;
        prefix.remove_prefix(character.size());
    }
    return prefix.empty();
}

std::string_view first_key_character(std::string_view folded) noexcept {
    for (std::size_t i = 0; i < folded.size();) {
        std::size_t start = i;
        char32_t c = next_code_point(folded, i);
        if (c != ' ' && !is_punctuation(c)) return folded.substr(start, i - start);
    }
    return {};
}

int chinese_numeral_value(std::string_view s) noexcept { return chinese_numeral(s).first; }

std::optional<Numbering> numbering_at(std::string_view s) noexcept {
    using Style = Numbering::Style;
    if (s.starts_with('(')) {
        std::string_view t = s.substr(1);
        int n = 0;
        std::size_t len = 0;
        Style style = Style::paren;
        if (auto [v, l] = chinese_numeral(t); v) {
            n = v;
            len = l;
        } else {
            while (len < t.size() && len < 2 && is_digit(t[len])) n = n * 10 + (t[len++] - '0');
            style = Style::arabic;
        }
        if (len == 0 || t.size() <= len || t[len] != ')') return std::nullopt;
        return Numbering{style, n, len + 2};
    }
    if (auto [v, l] = chinese_numeral(s); v) {
        if (s.substr(l).starts_with("、")) return Numbering{Style::top, v, l + std::string_view("、").size()};
        if (s.substr(l).starts_with(".")) return Numbering{Style::top, v, l + 1};
        return std::nullopt;
    }
    std::size_t len = 0;
    int n = 0;
    while (len < s.size() && len < 2 && is_digit(s[len])) n = n * 10 + (s[len++] - '0');
    if (len == 0) return std::nullopt;
    std::string_view rest = s.substr(len);
    if (rest.starts_with('.') || rest.starts_with(')')) return Numbering{Style::arabic, n, len + 1};
    if (rest.starts_with("、")) return Numbering{Style::arabic, n, len + std::string_view("、").size()};
    return std::nullopt;
}

std::optional<MoneyUnit> parse_unit(std::string_view chunk) noexcept {
    if (chunk == "元") return MoneyUnit::yuan;
    if (chunk == "万元") return MoneyUnit::wan_yuan;
    return std::nullopt;
}

std::optional<PrintedFigure> parse_figure(std::string_view chunk) {
    // Every chunk of a table is tried, and most are words: a figure starts with a digit, a sign or a blank mark.
    if (chunk.empty() || !(is_digit(chunk[0]) || chunk[0] == '-' || chunk[0] == '+' || chunk[0] == '/' ||
                           chunk[0] == '\\' || chunk == "无"))
        return std::nullopt;
    PrintedFigure f;
    if (chunk == "/" || chunk == "\\" || chunk == "无" || chunk.find_first_not_of('-') == std::string_view::npos) {
        if (chunk.empty()) return std::nullopt;
        f.blank = true;
        return f;
    }
    for (std::string_view suffix : {"万元", "元", "件", "个", "项", "条"}) {
        if (chunk.size() > suffix.size() && chunk.ends_with(suffix)) {
            f.unit = parse_unit(suffix);
            chunk.remove_suffix(suffix.size());
            break;
        }
    }
    if (chunk.starts_with('-') || chunk.starts_with('+')) {
        f.negative = chunk.front() == '-';
        chunk.remove_prefix(1);
    }
    // Digits, thousands separators only between groups of three, at most one decimal point.
    std::size_t group = 0;
    bool separators = false, point = false;
    for (std::size_t i = 0; i < chunk.size(); ++i) {
        char c = chunk[i];
        if (is_digit(c)) {
            f.digits += c;
            ++group;
        } else if (c == ',' && !point && group >= 1 && (separators ? group == 3 : group <= 3)) {
            separators = true;
            group = 0;
        } else if (c == '.' && !point && group > 0 && (!separators || group == 3)) {
            point = true;
            f.digits += c;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (f.digits.empty() || f.digits.back() == '.' || (separators && !point && group != 3)) return std::nullopt;
    return f;
}

namespace {

// Cuts folded text into the pieces of one line: runs of label text and figures.
class LineCutter {
public:
    LineCutter(Line const& line, std::vector<Piece>& out)
        : line_(line.number), page_(static_cast<std::uint32_t>(line.page)), out_(out) {}

    // The space-separated chunks of s. columns: s is the whole line of layout text, whose figures' places are
    // kept.
    void chunks(std::string_view s, bool columns) {
        for (std::size_t i = 0; i < s.size();) {
            while (i < s.size() && s[i] == ' ') ++i;
            std::size_t j = i;
            while (j < s.size() && s[j] != ' ') ++j;
            if (i == j) break;
            std::string_view chunk = s.substr(i, j - i);
            std::size_t const at = i;
            i = j;
            // A rule of a text table (------, +----+----+, ====): neither a figure nor a label.
            if (chunk.size() >= 3 && chunk.find_first_not_of("-=+_:") == std::string_view::npos) continue;
            if (auto unit = parse_unit(chunk); unit && !out_.empty() && out_.back().figure && !run_open_ &&
                                               out_.back().line == line_ && !out_.back().figure->unit) {
                out_.back().figure->unit = unit;  // "456880 元": the unit printed apart from its figure
                continue;
            }
            if (auto f = parse_figure(chunk)) {
                // A slash or dash between words is part of them (本年增 / 减), not a blank cell.
                std::size_t k = i;
                while (k < s.size() && s[k] == ' ') ++k;
                std::string_view next = s.substr(k, s.find(' ', k) - k);
                if (f->blank && run_open_ && !next.empty() && !parse_figure(next) && !parse_unit(next)) {
                    text(chunk);
                    continue;
                }
                figure(chunk, std::move(*f));
                if (columns && at < Piece::no_column) out_.back().column = static_cast<std::uint32_t>(at);
                continue;
            }
            // Label text with a figure glued to its end ("规章0", "政府集中采购9元"): labels hold no digits after
            // their numbering, so text that has some (a date: 2025年1月) keeps its digits.
            std::size_t d = chunk.size();
            constexpr std::string_view yuan = "元";
            if (chunk.back() == yuan.back() && chunk.ends_with(yuan)) {  // told by its last byte: most chunks end otherwise
                std::size_t unit = chunk.ends_with("万元") ? std::string_view("万元").size() : yuan.size();
                if (chunk.size() > unit && is_digit(chunk[chunk.size() - unit - 1])) d -= unit;
            }
            while (d > 0 && (is_digit(chunk[d - 1]) || chunk[d - 1] == '.' || chunk[d - 1] == ',')) --d;
            auto numbering = numbering_at(chunk);
            std::string_view label = chunk.substr(0, d).substr(numbering && numbering->length <= d ? numbering->length : 0);
            bool label_has_digits = std::ranges::any_of(label, is_digit);
            // After a character of the label, or its closing bracket (…不计其他情形）9).
            if (d > 0 && d < chunk.size() && (static_cast<unsigned char>(chunk[d - 1]) >= 0x80 || chunk[d - 1] == ')') &&
                !label_has_digits) {
                if (auto f = parse_figure(chunk.substr(d))) {
                    text(chunk.substr(0, d));
                    figure(chunk.substr(d), std::move(*f));
                    continue;
                }
            }
            text(chunk);
        }
    }

    // An empty cell of a delimited row: a blank cell, or padding where it may be a merged label's.
    void empty_cell(bool padding) {
        PrintedFigure blank;
        blank.blank = true;
        figure("", std::move(blank));
        out_.back().padding = padding;
    }

    // Whether the line's last piece is label text.
    bool in_text() const noexcept { return run_open_; }

private:
    void text(std::string_view t) {
        if (!run_open_) out_.push_back({line_, page_, {}, std::nullopt, {}});
        out_.back().chunks.push_back(out_.back().text.size());
        out_.back().text.append(t);
        run_open_ = true;
    }
    void figure(std::string_view chunk, PrintedFigure f) {
        out_.push_back({line_, page_, std::string(chunk), std::move(f), {}});
        run_open_ = false;
    }

    std::size_t line_;
    std::uint32_t page_;
    std::vector<Piece>& out_;
    bool run_open_ = false;  // the last piece is this line's text run, still growing
};

// The delimiters of text tables' cells: |, ｜ (full-width), │ (box drawing), tab.
constexpr std::string_view full_width_bar = "\xEF\xBD\x9C", box_bar = "\xE2\x94\x82";

// The length of the delimiter at s[i], or 0.
std::size_t delimiter_at(std::string_view s, std::size_t i) noexcept {
    char const c = s[i];
    if (c == '|' || c == '\t') return 1;
    if (c == '\xEF' && s.substr(i, 3) == full_width_bar) return 3;
    if (c == '\xE2' && s.substr(i, 3) == box_bar) return 3;
    return 0;
}

// The cells of a delimited line, folded and trimmed; a delimiter that opens or closes the line is a border,
// not the edge of an empty cell.
std::vector<std::string> delimited_cells(std::string_view raw) {
    std::vector<std::string> cells;
    std::size_t from = 0;
    bool opened = false;
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t n = delimiter_at(raw, i);
        if (!n) {
            ++i;
            continue;
        }
        std::string cell(trim(fold(raw.substr(from, i - from))));
        if (!(cells.empty() && !opened && cell.empty() && raw[i] != '\t')) cells.push_back(std::move(cell));  // a border
        opened = true;
        i += n;
        from = i;
    }
    std::string last(trim(fold(raw.substr(from))));
    if (!last.empty() || (from > 0 && raw[from - 1] == '\t'))  // a tab before an empty end: an empty cell
        cells.push_back(std::move(last));
    return cells;
}

}  // namespace

void cut_line(Line const& line, std::vector<Piece>& out) {
    LineCutter cutter(line, out);
    if (!line.delimited) return cutter.chunks(line.text, true);
    std::vector<std::string> cells = delimited_cells(line.raw);
    auto starts_with_figure = [](std::string const& c) {
        return !c.empty() && parse_figure(std::string_view(c).substr(0, c.find(' '))).has_value();
    };
    // Empty cells are cells of figures only on a line that holds a figure (a header's or a group label's are
    // not), after the row's label or first figure, and not before more label text (（三）不予公开 |  | 1.属于…).
    if (std::ranges::none_of(cells, starts_with_figure)) {
        for (std::string const& cell : cells) cutter.chunks(cell, false);
        return;
    }
    std::vector<bool> text_follows(cells.size() + 1, false);  // the next cell that is not empty is label text
    for (std::size_t c = cells.size(); c-- > 0;)
        text_follows[c] = cells[c].empty() ? text_follows[c + 1] : !starts_with_figure(cells[c]);
    bool started = false, figured = false;  // a label or a figure seen; a figure seen
    std::vector<std::size_t> since_figure;  // empty cells after the last figure: padding unless a figure follows
    for (std::size_t c = 0; c < cells.size(); ++c) {
        std::string const& cell = cells[c];
        if (cell.empty()) {
            if (!started || text_follows[c]) continue;
            cutter.empty_cell(true);
            if (figured) since_figure.push_back(out.size() - 1);
            continue;
        }
        started = true;
        bool figure = starts_with_figure(cell);
        cutter.chunks(cell, false);
        if (!figure) continue;
        figured = true;
        // Empty cells between two figures are blank cells, certainly.
        for (std::size_t p : since_figure) out[p].padding = false;
        since_figure.clear();
    }
}

std::size_t code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

void MappedText::end_line() {
    if (!text.empty() && text.back() != '\n') {
        text += '\n';
        source_lines.push_back(1);
    }
}

void MappedText::put(std::string_view s, std::size_t source_line) {
    if (s.empty()) return;
    if (text.empty() || text.back() == '\n') source_lines.back() = source_line;
    text += s;
}

std::string row_line(std::span<std::string const> cells, EmptyCells empty) {
    auto is_figure = [](std::string const& cell) {
        auto f = parse_figure(cell);
        return f && !f->blank;
    };
    auto first = std::ranges::find_if(cells, is_figure);
    auto last = std::ranges::find_if(cells.rbegin(), cells.rend(), is_figure).base();
    std::string line;
    for (auto c = cells.begin(); c != cells.end(); ++c) {
        std::string const& cell = *c;
        bool blank = first != cells.end() && (empty == EmptyCells::blank || (c > first && c < last));
        if (cell.empty() && !blank) continue;
        if (!line.empty()) line += "  ";
        line += cell.empty() ? std::string_view("/") : std::string_view(cell);
    }
    return line;
}

}  // namespace ogi::import
