#include "docx.hpp"

#include "findings.hpp"
#include "grid.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ogi::import {

namespace {

constexpr std::string_view document_part = "word/document.xml";

// WordprocessingML, as Word writes it (transitional) and as strict Office Open XML names it.
constexpr std::string_view word_namespaces[] = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                                "http://purl.oclc.org/ooxml/wordprocessingml/main"};

// Deeper elements are not walked: no document nests that deep, and the walk stays within the stack.
constexpr int max_depth = 256;

struct Unreadable {
    std::string zh, en;
};

DocumentText refused(Unreadable why) {
    return {std::nullopt,
            {finding(import_rule::docx_unreadable, "Word 文档无法读取：" + why.zh, "the Word document cannot be read: " + why.en)}};
}

// ---- The archive --------------------------------------------------------------------------------------------

struct ZipCloser {
    void operator()(zip_t* z) const noexcept { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const noexcept { zip_fclose(f); }
};

// word/document.xml inflated, or why not. Its size as the central directory states it is checked before
// anything is inflated; the inflating stops one byte past that size, so an archive that lies about it is
// caught too.
std::variant<std::string, Unreadable> document_xml(std::string_view bytes, std::size_t limit) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) return Unreadable{"内存不足", "out of memory"};
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!archive) {
        zip_source_free(source);
        std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        return Unreadable{"不是有效的 ZIP 压缩包（" + why + "）", "not a valid ZIP archive (" + why + ")"};
    }
    zip_error_fini(&error);
    zip_int64_t index = zip_name_locate(archive.get(), std::string(document_part).c_str(), 0);
    if (index < 0)
        return Unreadable{"压缩包中没有 word/document.xml（不是 Word 文档）",
                          "the archive has no word/document.xml (not a Word document)"};
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE))
        return Unreadable{"word/document.xml 的大小未知", "the size of word/document.xml is not stated"};
    if (stat.size > limit)
        return Unreadable{"word/document.xml 解压后有 " + std::to_string(stat.size) + " 字节，超过上限 " +
                              std::to_string(limit),
                          "word/document.xml would inflate to " + std::to_string(stat.size) +
                              " bytes, more than the limit of " + std::to_string(limit)};
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) {
        std::string why = zip_strerror(archive.get());
        return Unreadable{"word/document.xml 无法解压（" + why + "）", "word/document.xml cannot be inflated (" + why + ")"};
    }
    std::string xml(static_cast<std::size_t>(stat.size) + 1, '\0');  // one byte more: a part larger than stated
    std::size_t read = 0;
    while (read < xml.size()) {
        zip_int64_t n = zip_fread(file.get(), xml.data() + read, xml.size() - read);
        if (n < 0) {
            std::string why = zip_file_strerror(file.get());
            return Unreadable{"word/document.xml 无法解压（" + why + "）",
                              "word/document.xml cannot be inflated (" + why + ")"};
        }
        if (n == 0) break;
        read += static_cast<std::size_t>(n);
    }
    if (read != stat.size)
        return Unreadable{"word/document.xml 的实际大小与压缩包目录所写不符",
                          "word/document.xml does not have the size the archive's directory states"};
    xml.resize(read);
    return xml;
}

// ---- The document -------------------------------------------------------------------------------------------

std::string_view name_of(xmlNode const* n) noexcept {
    return n->name ? std::string_view(reinterpret_cast<char const*>(n->name)) : std::string_view();
}

// Whether n is the element w:name of WordprocessingML.
bool is_w(xmlNode const* n, std::string_view name) noexcept {
    if (n->type != XML_ELEMENT_NODE || name_of(n) != name || !n->ns || !n->ns->href) return false;
    std::string_view ns(reinterpret_cast<char const*>(n->ns->href));
    return std::ranges::find(word_namespaces, ns) != std::end(word_namespaces);
}

xmlNode* child_w(xmlNode const* n, std::string_view name) noexcept {
    for (xmlNode* c = n->children; c; c = c->next)
        if (is_w(c, name)) return c;
    return nullptr;
}

// The w:val attribute of a property element (in its namespace, as Word writes it, or without one).
std::optional<std::string> value_of(xmlNode* property) {
    for (xmlAttr* a = property->properties; a; a = a->next) {
        if (!a->name || std::string_view(reinterpret_cast<char const*>(a->name)) != "val") continue;
        std::unique_ptr<xmlChar, decltype(xmlFree)> v(xmlNodeGetContent(reinterpret_cast<xmlNode*>(a)), xmlFree);
        return v ? std::string(reinterpret_cast<char const*>(v.get())) : std::string();
    }
    return std::nullopt;
}

// What is no text of the document as it now reads: deleted and moved-away text (tracked changes), field
// instructions (their results are the text), properties, and the fallback copy of alternate content.
bool is_dropped(xmlNode const* n) noexcept {
    for (std::string_view name : {"del", "delText", "moveFrom", "instrText", "delInstrText", "pPr", "rPr", "tblPr",
                                  "trPr", "tcPr", "sectPr", "tblGrid"})
        if (is_w(n, name)) return true;
    return n->type == XML_ELEMENT_NODE && name_of(n) == "Fallback";  // mc:Fallback repeats mc:Choice
}

// A table row deleted as a tracked change: its w:trPr holds a w:del.
bool is_deleted_row(xmlNode const* row) noexcept {
    xmlNode const* properties = child_w(row, "trPr");
    return properties && child_w(properties, "del");
}

// The children of n that are name, looking through the wrappers that may stand between (content controls,
// custom XML, inserted rows and cells).
void collect(xmlNode* n, std::string_view name, std::vector<xmlNode*>& out, int depth) {
    for (xmlNode* c = n->children; c && depth < max_depth; c = c->next) {
        if (is_w(c, name))
            out.push_back(c);
        else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml") || is_w(c, "ins"))
            collect(c, name, out, depth + 1);
    }
}

class DocxText {
public:
    MappedText result;

    // Paragraphs and tables, in reading order; anything else (content controls, inserted text) is looked into.
    void blocks(xmlNode* n, int depth) {
        for (xmlNode* c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || is_dropped(c) || depth >= max_depth) continue;
            if (is_w(c, "p")) {
                paragraph(c, depth + 1);
            } else if (is_w(c, "tbl")) {
                table(c, depth + 1);
            } else {
                blocks(c, depth + 1);
            }
        }
    }

private:
    std::size_t block_number_ = 0;  // the source line of findings: paragraphs and table rows, from 1

    // A paragraph's lines: a line break in it starts a new one. Text boxes anchored in it are their own blocks,
    // after it.
    void paragraph(xmlNode* p, int depth) {
        ++block_number_;
        std::string text;
        std::vector<xmlNode*> boxes;
        runs(p, text, boxes, depth);
        std::size_t from = 0;
        while (from <= text.size()) {
            std::size_t end = std::min(text.find('\n', from), text.size());
            result.end_line();
            result.put(std::string_view(text).substr(from, end - from), block_number_);
            result.end_line();
            from = end + 1;
        }
        for (xmlNode* box : boxes) blocks(box, depth + 1);
    }

    // The text of the runs below n: w:t split across any number of runs, spell-check marks, hyperlinks, fields'
    // results and inserted text; a w:tab is a space, a w:br a new line.
    void runs(xmlNode* n, std::string& out, std::vector<xmlNode*>& boxes, int depth) {
        for (xmlNode* c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || is_dropped(c) || depth >= max_depth) continue;
            if (is_w(c, "t")) {
                std::unique_ptr<xmlChar, decltype(xmlFree)> t(xmlNodeGetContent(c), xmlFree);
                if (t) out += reinterpret_cast<char const*>(t.get());
            } else if (is_w(c, "tab") || is_w(c, "ptab")) {
                out += ' ';
            } else if (is_w(c, "br") || is_w(c, "cr")) {
                out += '\n';
            } else if (is_w(c, "noBreakHyphen")) {
                out += '-';
            } else if (is_w(c, "txbxContent")) {
                boxes.push_back(c);
            } else {
                runs(c, out, boxes, depth + 1);
            }
        }
    }

    // A cell's text on one line, its paragraphs spaced; false when it holds a table.
    bool cell_text(xmlNode* cell, std::string& out, int depth) {
        std::vector<xmlNode*> tables;
        collect(cell, "tbl", tables, depth);
        if (!tables.empty()) return false;
        std::vector<xmlNode*> paragraphs, boxes;
        collect(cell, "p", paragraphs, depth);
        for (xmlNode* p : paragraphs) {
            if (!out.empty()) out += ' ';
            runs(p, out, boxes, depth + 1);
        }
        std::ranges::replace(out, '\n', ' ');
        return true;
    }

    // One line per row of the table's grid. A cell merged from the row above (w:vMerge without "restart") is
    // not repeated; one spanning columns (w:gridSpan) is one cell, as in a web page. A row whose cells hold
    // tables is layout: its cells are blocks of the document.
    void table(xmlNode* t, int depth) {
        std::vector<xmlNode*> rows;
        collect(t, "tr", rows, depth);
        for (xmlNode* row : rows) {
            if (is_deleted_row(row)) continue;
            ++block_number_;
            std::size_t const line = block_number_;
            std::vector<xmlNode*> cells;
            collect(row, "tc", cells, depth + 1);
            std::vector<std::string> texts;
            bool nested = false;
            for (xmlNode* cell : cells) {
                if (continues_above(cell)) continue;
                std::string text;
                nested = !cell_text(cell, text, depth + 2) || nested;
                texts.push_back(std::move(text));
            }
            result.end_line();
            if (!nested) {
                put_table_row(result, texts, line);
                continue;
            }
            for (xmlNode* cell : cells) {
                blocks(cell, depth + 2);
                result.end_line();
            }
        }
    }

    static bool continues_above(xmlNode* cell) {
        xmlNode* properties = child_w(cell, "tcPr");
        xmlNode* merge = properties ? child_w(properties, "vMerge") : nullptr;
        if (!merge) return false;
        std::optional<std::string> value = value_of(merge);
        return !value || *value != "restart";
    }
};

// A DTD has no place in a Word document: one declaring entities is an attack (entity expansion), so any is
// refused before the parser sees it. Markup is the only place the text "<!DOCTYPE" can stand unescaped.
bool has_dtd(std::string_view xml) noexcept { return xml.find("<!DOCTYPE") != std::string_view::npos; }

}  // namespace

DocumentText read_docx(std::string_view bytes, ImportOptions const& options) {
    auto xml = document_xml(bytes, options.max_bytes);
    if (auto const* why = std::get_if<Unreadable>(&xml)) return refused(*why);
    std::string const& text = std::get<std::string>(xml);
    static bool const parser_ready = (xmlInitParser(), true);  // once: libxml2's setup is not thread-safe
    if (has_dtd(text))
        return refused({"word/document.xml 含有文档类型定义（DTD），可能用于实体扩展攻击，未解析",
                        "word/document.xml has a document type definition (DTD), as entity-expansion attacks do; "
                        "not parsed"});
    if (!parser_ready || text.size() > INT_MAX) return refused({"word/document.xml 过大", "word/document.xml is too large"});
    // No entity substitution, no DTD loading, no network; libxml2's own limits on depth and sizes stay on.
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(text.data(), static_cast<int>(text.size()), "word/document.xml", nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
        xmlFreeDoc);
    if (!doc) return refused({"word/document.xml 不是格式正确的 XML", "word/document.xml is not well-formed XML"});
    xmlNode* root = xmlDocGetRootElement(doc.get());
    xmlNode* body = root && is_w(root, "document") ? child_w(root, "body") : nullptr;
    if (!body)
        return refused({"word/document.xml 中没有 w:body", "word/document.xml has no w:body"});
    DocxText reader;
    reader.blocks(body, 0);
    return {std::move(reader.result), {finding(import_rule::docx)}};
}

}  // namespace ogi::import
