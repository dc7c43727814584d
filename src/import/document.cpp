#include "document.hpp"

#include "docx.hpp"

namespace ogi::import {

std::optional<DocumentText> read_document(std::string_view bytes, ImportOptions const& options) {
    if (looks_like_zip(bytes)) return read_docx(bytes, options);
    return std::nullopt;
}

}  // namespace ogi::import
