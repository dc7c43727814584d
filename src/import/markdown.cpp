#include "markdown.hpp"

#include <md4c.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ogi::import {

namespace {

// Whether a header cell is a converter's invented column name: 数据 followed by digits.
bool invented_header(std::string_view cell) noexcept {
    constexpr std::string_view prefix = "数据";
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
        if (type == MD_BLOCK_THEAD) in_head = true;
        if (type == MD_BLOCK_TBODY) in_head = false;
        if (type == MD_BLOCK_TR) cells.clear();
        if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
            in_cell = true;
            cell.clear();
        }
        if (type == MD_BLOCK_TR || type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_LI) out.end_line();
    }

    void leave(MD_BLOCKTYPE type) {
        if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
            in_cell = false;
            cells.emplace_back(trim(fold(cell)));
        } else if (type == MD_BLOCK_TR) {
            bool invented = in_head && std::ranges::all_of(cells, [](std::string const& c) {
                return c.empty() || invented_header(c);
            });
            if (!invented) out.put(row_line(cells, EmptyCells::blank_between_figures), start);
            out.end_line();
        } else if (type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_LI) {
            out.end_line();
        }
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
