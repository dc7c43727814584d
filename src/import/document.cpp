#include "document.hpp"

namespace ogi::import {

std::optional<DocumentText> read_document(std::string_view, ImportOptions const&) { return std::nullopt; }

}  // namespace ogi::import
