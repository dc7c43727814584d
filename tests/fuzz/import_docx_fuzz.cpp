// Any bytes through the Word path of import_report: a ZIP archive as given, or anything else as the
// word/document.xml of an archive built around it (so that the XML walk is reached without a valid CRC to
// guess). Never a crash, a hang or a read past the input, and every report it returns with a year decodes back
// from its JSON.
#include <ogi/import.hpp>
#include <ogi/json.hpp>

#include "../docx_archive.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<char const*>(data), size);
    std::string docx = bytes.starts_with("PK\x03\x04") ? std::string(bytes)
                                                         : ogi::test::docx_of({{"word/document.xml", std::string(bytes)}});
    ogi::ImportResult imported = ogi::import_report(docx);
    if (!imported.report || imported.report->year() == 0) return 0;
    ogi::DecodeResult back = ogi::decode_json(ogi::encode_json(*imported.report));
    if (!back || back.report != imported.report) std::abort();
    return 0;
}
