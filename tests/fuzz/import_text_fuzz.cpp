// Any bytes through the text importer: never a crash, a hang or a read past the input, and every report it
// returns is a valid model (its JSON decodes back to the same report).
#include <ogi/import.hpp>
#include <ogi/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view text(reinterpret_cast<char const*>(data), size);
    ogi::ImportResult imported = ogi::import_text(text);
    if (!imported.report) return 0;
    ogi::DecodeResult back = ogi::decode_json(ogi::encode_json(*imported.report));
    if (!back || back.report != imported.report) std::abort();
    return 0;
}
