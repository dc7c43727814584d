// Any bytes through the PDF reader (the PDF signature put first when the input lacks it, so that every input
// reaches poppler and the grid building): never a crash, a hang or a read past the input, and every report it
// returns with a year decodes back from its JSON.
#include <ogi/import.hpp>
#include <ogi/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<char const*>(data), size);
    std::string pdf = bytes.starts_with("%PDF-") ? std::string(bytes) : "%PDF-1.4\n" + std::string(bytes);
    ogi::ImportResult imported = ogi::import_report(pdf);
    if (!imported.report || imported.report->year() == 0) return 0;
    ogi::DecodeResult back = ogi::decode_json(ogi::encode_json(*imported.report));
    if (!back || back.report != imported.report) std::abort();
    return 0;
}
