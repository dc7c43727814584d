#pragma once
// What the bytes of an input are, told by their content (never by the file's name): the one place where a
// reader is chosen, and where a file that no reader takes is named when it is refused ("a PNG image", not a
// generic "not a report").
#include <string_view>

namespace ogi {

enum class ContentKind {
    text,  // anything else: a report's text, its web page (HTML) or Markdown, in any encoding the importer reads
    json,  // first significant character { or [ (looks_like_json)
    pdf,   // %PDF- within the first kilobyte
    zip,   // PK\3\4 (.docx, .xlsx, .odt and plain archives alike)
    ole,   // an OLE2 compound file: .doc, .xls, .ppt of Office 97–2003
    png,
    jpeg,
    gif,
    webp,
    gzip,
    bzip2,
    xz,
    seven_zip,
    rar,
    elf,  // an executable or library
};

ContentKind content_kind(std::string_view bytes) noexcept;

// Whether import_report reads the kind as a document (a PDF, a Word file: a ZIP archive).
constexpr bool is_document(ContentKind kind) noexcept { return kind == ContentKind::pdf || kind == ContentKind::zip; }

// Whether a kind is a binary file format (neither text nor JSON).
constexpr bool is_binary(ContentKind kind) noexcept { return kind != ContentKind::text && kind != ContentKind::json; }

// The kind in a message's words, in Chinese and English: "PDF 文档", "a PDF document".
struct ContentKindName {
    std::string_view zh;
    std::string_view en;
};
ContentKindName describe(ContentKind kind) noexcept;

}  // namespace ogi
