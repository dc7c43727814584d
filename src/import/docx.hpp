#pragma once
// A Word document (.docx, Office Open XML) read into the report reader's text: word/document.xml, its paragraphs
// as lines in reading order and each table row as one line of its cells (grid.hpp). The archive is read with
// libzip and the XML with libxml2, with limits that a hostile file cannot get past: the part's inflated size is
// checked against the import limit before it is inflated, and again while it is; no DTD, no entity, no network.
#include "document.hpp"

#include <string_view>

namespace ogi::import {

// The text of the .docx in bytes; no text, and a finding saying why, when the archive or its document.xml
// cannot be read or is larger than options.max_bytes once inflated.
DocumentText read_docx(std::string_view bytes, ImportOptions const& options);

}  // namespace ogi::import
