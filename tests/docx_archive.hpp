#pragma once
// The parts of a .docx, for the Word tests: read one, or make a copy of the archive with parts replaced, added
// or left out (libzip, as the library itself uses).
#include <zip.h>

#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::test {

using Parts = std::map<std::string, std::string>;

// Every part of the archive by name; throws when bytes are no ZIP archive.
inline Parts parts_of(std::string_view docx) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(docx.data(), docx.size(), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        if (source) zip_source_free(source);
        throw std::runtime_error("not a ZIP archive");
    }
    Parts parts;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
        std::string content(static_cast<std::size_t>(stat.size), '\0');
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        zip_fread(file, content.data(), content.size());
        zip_fclose(file);
        parts[stat.name] = std::move(content);
    }
    zip_discard(archive);
    return parts;
}

// An archive of these parts, deflated.
inline std::string docx_of(Parts const& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    zip_source_keep(source);
    for (auto const& [name, content] : parts)
        zip_file_add(archive, name.c_str(), zip_source_buffer(archive, content.data(), content.size(), 0), 0);
    zip_close(archive);
    zip_stat_t stat;
    zip_source_stat(source, &stat);
    std::string out(static_cast<std::size_t>(stat.size), '\0');
    zip_source_open(source);
    zip_source_read(source, out.data(), out.size());
    zip_source_close(source);
    zip_source_free(source);
    return out;
}

// The archive with its word/document.xml replaced.
inline std::string with_document(std::string_view docx, std::string document_xml) {
    Parts parts = parts_of(docx);
    parts["word/document.xml"] = std::move(document_xml);
    return docx_of(parts);
}

}  // namespace ogi::test
