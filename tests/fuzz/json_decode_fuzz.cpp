// Any bytes through the JSON decoder: never a crash, and every document it accepts round-trips exactly.
#include <ogi/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view text(reinterpret_cast<char const*>(data), size);
    ogi::DecodeResult first = ogi::decode_json(text);
    if (!first) return 0;
    ogi::DecodeResult second = ogi::decode_json(ogi::encode_json(*first.report));
    if (!second || second.report != first.report) std::abort();
    return 0;
}
