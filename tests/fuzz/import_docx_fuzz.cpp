// Any bytes through the Word path of import_report: a ZIP archive as given, or anything else as the
// word/document.xml of an archive built around it (so that the XML walk is reached without a valid CRC to
// guess). Never a crash, a hang or a read past the input, and every report it returns with a year decodes back
// from its JSON.
#include <ogi/import.hpp>
#include <ogi/json.hpp>

#include <zip.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

std::string archive_around(std::string_view document_xml) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    zip_source_keep(source);
    zip_file_add(archive, "word/document.xml",
                 zip_source_buffer(archive, document_xml.data(), document_xml.size(), 0), 0);
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<char const*>(data), size);
    std::string docx = bytes.starts_with("PK\x03\x04") ? std::string(bytes) : archive_around(bytes);
    ogi::ImportResult imported = ogi::import_report(docx);
    if (!imported.report || imported.report->year() == 0) return 0;
    ogi::DecodeResult back = ogi::decode_json(ogi::encode_json(*imported.report));
    if (!back || back.report != imported.report) std::abort();
    return 0;
}
