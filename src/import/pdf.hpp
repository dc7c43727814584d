#pragma once
// A PDF's text layer read into the report reader's text: the narratives as lines in reading order, and every
// table rebuilt as a grid from where its text stands (rows by the figures' vertical bands, columns by the
// figures' and the header cells' horizontal extents), each row given to put_table_row like a web page's.
#include "document.hpp"

#include <string_view>

namespace ogi::import {

// The text of a PDF, or (text nullopt) why it has none: damaged, encrypted, or without a text layer.
DocumentText pdf_to_text(std::string_view bytes);

}  // namespace ogi::import
