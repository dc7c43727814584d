#include "markdown.hpp"

#include "folding.hpp"
#include "keys.hpp"

#include <md4c.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace ogi::import {

namespace {

// Whether a header cell is a converter's invented column name: 数据 followed by digits, or 类别 over the labels.
bool invented_header(std::string_view cell) noexcept {
    constexpr std::string_view prefix = "数据";
    if (cell == "类别") return true;
    if (!cell.starts_with(prefix) || cell.size() == prefix.size()) return false;
    return std::ranges::all_of(cell.substr(prefix.size()), [](char c) { return c >= '0' && c <= '9'; });
}

struct Reader {
    std::string_view source;
    MappedText out;
    std::size_t line = 1;      // the source line of `seen`
    std::size_t seen = 0;      // how far into source lines were counted: text arrives in order, so linear
    std::size_t start = 1;     // the source line of the current block or row
    std::vector<std::string> cells;
    std::string cell;
    bool in_cell = false, in_head = false;
    // The last heading, while nothing but tables' invented headers follows it: converters repeat a row's label as
    // a heading above the row's own table, and the label printed twice would leave the row unread.
    std::optional<std::size_t> heading_from;  // where its line starts in out.text
    std::size_t heading_start = 0;            // where the heading being read starts

    // Text md4c reports points into the source (entities and the like aside): its line is counted from there.
    void at(char const* p) {
        if (p < source.data() || p > source.data() + source.size()) return;
        auto offset = static_cast<std::size_t>(p - source.data());
        if (offset < seen) return;
        line += static_cast<std::size_t>(std::count(source.begin() + static_cast<std::ptrdiff_t>(seen),
                                                    source.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
        seen = offset;
    }

    void enter(MD_BLOCKTYPE type) {
        if (type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_LI) heading_from.reset();
        if (type == MD_BLOCK_THEAD) in_head = true;
        if (type == MD_BLOCK_TBODY) in_head = false;
        if (type == MD_BLOCK_TR) cells.clear();
        if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
            in_cell = true;
            cell.clear();
        }
        if (type == MD_BLOCK_TR || type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_LI) out.end_line();
        if (type == MD_BLOCK_H) heading_start = out.text.size();
    }

    void leave(MD_BLOCKTYPE type) {
        if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
            in_cell = false;
            cells.emplace_back(trim(fold(cell)));
        } else if (type == MD_BLOCK_TR) {
            bool invented = in_head && std::ranges::all_of(cells, [](std::string const& c) {
                return c.empty() || invented_header(c);
            });
            if (!invented) {
                drop_repeated_heading();
                out.put(row_line(cells, EmptyCells::blank_between_figures), start);
            }
            out.end_line();
        } else if (type == MD_BLOCK_H) {
            out.end_line();
            if (out.text.size() > heading_start) heading_from = heading_start;
        } else if (type == MD_BLOCK_P || type == MD_BLOCK_LI) {
            out.end_line();
        }
    }

    // A heading that is the label of the table row below it is no line of its own.
    void drop_repeated_heading() {
        if (!heading_from) return;
        std::size_t const from = *heading_from;
        heading_from.reset();
        std::string_view heading = std::string_view(out.text).substr(from);
        if (heading.ends_with('\n')) heading.remove_suffix(1);
        std::string const heading_key = key(fold(heading));
        if (heading_key.empty() ||
            std::ranges::none_of(cells, [&](std::string const& c) { return key(c) == heading_key; }))
            return;
        out.text.resize(from);
        out.source_lines.pop_back();
    }

    void text(MD_TEXTTYPE type, char const* p, std::size_t size) {
        at(p);
        if (in_cell && cell.empty()) start = line;
        std::string_view s(p, size);
        if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
            // The importer reads lines: a paragraph's lines stay lines (a report's text is line by line).
            if (!in_cell) {
                out.end_line();
                return;
            }
            s = " ";
        }
        if (type == MD_TEXT_NULLCHAR) s = "\xEF\xBF\xBD";
        if (in_cell)
            cell += s;
        else
            out.put(s, line);
    }
};

}  // namespace

bool looks_like_markdown(std::string_view utf8) noexcept {
    // A delimiter row: | then only -, :, | and spaces, with at least one -. Most texts have no | at all.
    if (utf8.find('|') == std::string_view::npos) return false;
    for (std::size_t at = 0; at < utf8.size();) {
        std::size_t end = std::min(utf8.find('\n', at), utf8.size());
        std::string_view l = trim(utf8.substr(at, end - at));
        if (l.starts_with('|') && l.find('-') != std::string_view::npos &&
            l.find_first_not_of("|-: \r") == std::string_view::npos)
            return true;
        at = end + 1;
    }
    return false;
}

MappedText markdown_to_text(std::string_view markdown) {
    Reader reader;
    reader.source = markdown;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE type, void*, void* r) {
        static_cast<Reader*>(r)->enter(type);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* r) {
        static_cast<Reader*>(r)->leave(type);
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE, void*, void*) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void*, void*) { return 0; };
    parser.text = [](MD_TEXTTYPE type, MD_CHAR const* p, MD_SIZE size, void* r) {
        static_cast<Reader*>(r)->text(type, p, size);
        return 0;
    };
    if (markdown.size() <= 0xFFFFFFFFu) md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &reader);
    return std::move(reader.out);
}

}  // namespace ogi::import
