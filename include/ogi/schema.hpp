#pragma once
// The JSON Schema (draft 2020-12) of ogi-report/1, generated from the same description as the decoder.
#include <string>

namespace ogi {

// The schema as pretty-printed JSON text.
std::string json_schema();

}  // namespace ogi
