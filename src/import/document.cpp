#include "document.hpp"

#include "docx.hpp"
#include "pdf.hpp"

#include "ogi/content_kind.hpp"

namespace ogi::import {

std::optional<DocumentText> read_document(std::string_view bytes, ImportOptions const& options) {
    switch (content_kind(bytes)) {
    case ContentKind::pdf: return pdf_to_text(bytes);
    case ContentKind::zip: return read_docx(bytes, options);
    default: return std::nullopt;
    }
}

}  // namespace ogi::import
