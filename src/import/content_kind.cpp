#include "ogi/content_kind.hpp"

#include "ogi/import.hpp"

#include <array>
#include <utility>

namespace ogi {

namespace {

using namespace std::string_view_literals;

// The first bytes of each binary format (its magic number); WebP is RIFF….WEBP and is checked apart.
constexpr std::array<std::pair<std::string_view, ContentKind>, 11> signatures{{
    {"PK\x03\x04"sv, ContentKind::zip},
    {"PK\x05\x06"sv, ContentKind::zip},  // an empty archive
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, ContentKind::ole},
    {"\x89PNG\r\n\x1A\n"sv, ContentKind::png},
    {"\xFF\xD8\xFF"sv, ContentKind::jpeg},
    {"GIF8"sv, ContentKind::gif},
    {"\x1F\x8B"sv, ContentKind::gzip},
    {"BZh"sv, ContentKind::bzip2},
    {"\xFD" "7zXZ\x00"sv, ContentKind::xz},
    {"7z\xBC\xAF\x27\x1C"sv, ContentKind::seven_zip},
    {"Rar!\x1A\x07"sv, ContentKind::rar},
}};

}  // namespace

bool looks_like_json(std::string_view bytes) noexcept {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        return c == '{' || c == '[';
    }
    return false;
}

ContentKind content_kind(std::string_view bytes) noexcept {
    for (auto const& [signature, kind] : signatures)
        if (bytes.starts_with(signature)) return kind;
    if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") return ContentKind::webp;
    if (bytes.starts_with("\x7F" "ELF")) return ContentKind::elf;
    // A PDF's signature may follow other bytes within its first kilobyte, where PDF readers look for it.
    if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return ContentKind::pdf;
    return looks_like_json(bytes) ? ContentKind::json : ContentKind::text;
}

ContentKindName describe(ContentKind kind) noexcept {
    switch (kind) {
        case ContentKind::text: return {"文本", "text"};
        case ContentKind::json: return {"JSON", "JSON"};
        case ContentKind::pdf: return {"PDF 文档", "a PDF document"};
        case ContentKind::zip:
            return {"ZIP 压缩包（.docx、.xlsx、.odt 等）", "a ZIP archive (.docx, .xlsx, .odt or other)"};
        case ContentKind::ole:
            return {"Office 97–2003 文件（.doc、.xls、.ppt）", "an Office 97–2003 file (.doc, .xls, .ppt)"};
        case ContentKind::png: return {"PNG 图片", "a PNG image"};
        case ContentKind::jpeg: return {"JPEG 图片", "a JPEG image"};
        case ContentKind::gif: return {"GIF 图片", "a GIF image"};
        case ContentKind::webp: return {"WebP 图片", "a WebP image"};
        case ContentKind::gzip: return {"gzip 压缩文件", "a gzip archive"};
        case ContentKind::bzip2: return {"bzip2 压缩文件", "a bzip2 archive"};
        case ContentKind::xz: return {"xz 压缩文件", "an xz archive"};
        case ContentKind::seven_zip: return {"7z 压缩包", "a 7z archive"};
        case ContentKind::rar: return {"RAR 压缩包", "a RAR archive"};
        case ContentKind::elf: return {"可执行文件（ELF）", "an executable (ELF)"};
    }
    return {"二进制数据", "binary data"};
}

}  // namespace ogi
