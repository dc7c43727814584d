#pragma once
// Inputs refused before any reading: too large, or no text (a binary file's kind, a charset that is not read).
#include "ogi/finding.hpp"
#include "ogi/import.hpp"

#include <optional>
#include <string_view>

namespace ogi::import {

// The finding for bytes larger than options allow; nullopt when they are not.
std::optional<Finding> too_large(std::string_view bytes, ImportOptions const& options);

// too_large as an import's result.
std::optional<ImportResult> refuse_too_large(std::string_view bytes, ImportOptions const& options);

// Bytes that are no text to read, named: a binary file's kind (a PNG, a ZIP archive, …), or a page whose meta
// names a charset that is not read. nullopt for text.
std::optional<Finding> not_text(std::string_view bytes);

}  // namespace ogi::import
