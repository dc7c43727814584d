#include "document.hpp"

#include "pdf.hpp"

namespace ogi::import {

std::optional<DocumentText> read_document(std::string_view bytes, ImportOptions const&) {
    if (looks_like_pdf(bytes)) return pdf_to_text(bytes);
    return std::nullopt;
}

}  // namespace ogi::import
