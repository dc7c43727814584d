// Any bytes through the text importer: never a crash, a hang or a read past the input, and every report it
// returns with a year (without one, IMP-YEAR-UNREAD says it cannot be JSON) decodes back from its JSON.
#include <ogi/import.hpp>
#include <ogi/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view text(reinterpret_cast<char const*>(data), size);
    ogi::ImportResult imported = ogi::import_text(text);
    if (!imported.report || imported.report->year() == 0) return 0;
    ogi::DecodeResult back = ogi::decode_json(ogi::encode_json(*imported.report));
    if (!back || back.report != imported.report) std::abort();
    return 0;
}
