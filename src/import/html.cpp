#include "html.hpp"

#include "grid.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <memory>

namespace ogi::import {

namespace {

// ASCII letters only, without the locale: tags and charset names are ASCII, and every input's head is read.
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

// Tags that end a line of the page's text (outside table cells).
constexpr std::array<std::string_view, 14> block_tags = {"br", "p",  "div", "li", "h1", "h2",      "h3",
                                                         "h4", "h5", "h6",  "ul", "ol", "section", "article"};

// Deeper elements are read as text without their structure: no report nests that deep, and the walk stays
// within the stack.
constexpr int max_depth = 400;

// A table has at most this many columns in its grid: reports' tables have ten, and the bound keeps spans linear.
constexpr std::size_t max_columns = 256;

std::string_view name_of(xmlNode const* n) noexcept {
    return n->name ? std::string_view(reinterpret_cast<char const*>(n->name)) : std::string_view();
}

bool is_element(xmlNode const* n, std::string_view name) noexcept {
    return n->type == XML_ELEMENT_NODE && name_of(n) == name;
}

std::size_t span_of(xmlNode* cell, char const* attribute, std::size_t limit) {
    std::unique_ptr<xmlChar, decltype(xmlFree)> value(xmlGetProp(cell, reinterpret_cast<xmlChar const*>(attribute)),
                                                      xmlFree);
    if (!value) return 1;
    std::size_t n = 0;
    for (char const* p = reinterpret_cast<char const*>(value.get()); *p >= '0' && *p <= '9'; ++p)
        n = std::min(n * 10 + static_cast<std::size_t>(*p - '0'), limit);
    return std::max<std::size_t>(n, 1);
}

std::size_t line_of(xmlNode const* n) noexcept {
    for (; n; n = n->parent)
        if (n->line > 0) return n->line;
    return 1;
}

class PageText {
public:
    MappedText result;

    void new_line() { result.end_line(); }
    void put(std::string_view s, std::size_t line) { result.put(s, line); }

    // The children of n as blocks of lines.
    void block(xmlNode* n, int depth) {
        for (xmlNode* c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                put(flat(c), line_of(c));
                continue;
            }
            if (c->type != XML_ELEMENT_NODE) continue;  // comments, processing instructions
            std::string_view name = name_of(c);
            if (name == "script" || name == "style") continue;  // their content is no text of the page
            if (depth >= max_depth) {
                std::string s;
                cell_text(c, s, depth);
                put(s, line_of(c));
            } else if (name == "table") {
                new_line();
                table(c, depth + 1);
                new_line();
            } else if (std::ranges::find(block_tags, name) != block_tags.end()) {
                new_line();
                block(c, depth + 1);
                new_line();
            } else {
                block(c, depth + 1);
            }
        }
    }

private:
    // A text node's content on one line: the page's own line breaks are spaces.
    static std::string flat(xmlNode const* text) {
        std::string s = text->content ? reinterpret_cast<char const*>(text->content) : "";
        std::ranges::replace(s, '\n', ' ');
        std::ranges::replace(s, '\r', ' ');
        return s;
    }

    // The text of a cell on one line, its blocks spaced; false (and the text so far) when it holds a table.
    static bool cell_text(xmlNode* n, std::string& out, int depth) {
        for (xmlNode* c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                out += flat(c);
            } else if (c->type == XML_ELEMENT_NODE) {
                std::string_view name = name_of(c);
                if (name == "script" || name == "style") continue;
                if (name == "table") return false;
                if (std::ranges::find(block_tags, name) != block_tags.end()) out += ' ';
                if (depth < max_depth && !cell_text(c, out, depth + 1)) return false;
            }
        }
        return true;
    }

    struct Cell {
        xmlNode* node;
        std::string text;
    };

    // One line per row of the table's grid. A cell's rowspan keeps its columns taken in the rows below, so a
    // later cell of those rows lands after it; the merged cell itself is written once, in its first row.
    void table(xmlNode* t, int depth) {
        std::vector<xmlNode*> rows;
        for (xmlNode* c = t->children; c; c = c->next) {
            if (is_element(c, "tr")) rows.push_back(c);
            if (is_element(c, "thead") || is_element(c, "tbody") || is_element(c, "tfoot"))
                for (xmlNode* r = c->children; r; r = r->next)
                    if (is_element(r, "tr")) rows.push_back(r);
        }
        std::vector<std::size_t> taken;  // for each column, the rows below still covered by a rowspan
        for (xmlNode* row : rows) {
            std::vector<Cell> cells;
            bool nested = false;
            std::size_t column = 0;
            for (xmlNode* c = row->children; c; c = c->next) {
                if (!is_element(c, "td") && !is_element(c, "th")) continue;
                while (column < taken.size() && taken[column] > 0) ++column;
                std::size_t colspan = span_of(c, "colspan", max_columns);
                std::size_t rowspan = span_of(c, "rowspan", rows.size());
                for (std::size_t k = column; k < std::min(column + colspan, max_columns); ++k) {
                    if (k >= taken.size()) taken.resize(k + 1, 0);
                    taken[k] = rowspan;  // counted down after this row, this one included
                }
                column += colspan;
                Cell cell{c, {}};
                nested = !cell_text(c, cell.text, depth) || nested;
                cells.push_back(std::move(cell));
            }
            for (std::size_t& k : taken) k -= k > 0;
            new_line();
            if (nested) {  // a layout table: its cells are blocks of the page
                for (Cell const& cell : cells) {
                    block(cell.node, depth + 1);
                    new_line();
                }
                continue;
            }
            std::vector<std::string> texts;
            for (Cell& cell : cells) texts.push_back(std::move(cell.text));
            put_table_row(result, texts, line_of(row));
        }
    }
};

}  // namespace

bool looks_like_html(std::string_view utf8) noexcept {
    if (utf8.substr(0, 4096).find('<') == std::string_view::npos) return false;  // most texts: no tag at all
    std::string head = lower(utf8.substr(0, 4096));
    return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos ||
           head.find("<table") != std::string::npos;
}

std::string declared_charset(std::string_view bytes) {
    if (bytes.substr(0, 4096).find('<') == std::string_view::npos) return {};
    std::string head = lower(bytes.substr(0, 4096));
    std::size_t at = head.find("charset=");
    if (at == std::string::npos || head.rfind("<meta", at) == std::string::npos) return {};
    at += 8;
    while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
    std::size_t end = at;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                 head[end] == '_'))
        ++end;
    return head.substr(at, end - at);
}

MappedText html_to_text(std::string_view html) {
    // libxml2 sets up its globals on first use, which is not safe from two threads at once: once, here.
    static bool const parser_ready = (xmlInitParser(), true);
    PageText page;
    if (!parser_ready || html.size() > INT_MAX) return page.result;
    // The text is UTF-8 already (the page's declared charset was applied before): the parser must not re-read
    // it in the charset of the meta.
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
        xmlFreeDoc);
    if (doc) page.block(reinterpret_cast<xmlNode*>(doc.get()), 0);
    return page.result;
}

}  // namespace ogi::import
