#pragma once
// Word files the library does not read itself: a Word 97–2003 (.doc), WPS (.wps) or RTF file is converted to .docx by
// LibreOffice when it is installed (the library never runs programs; the tool may), in a private temporary
// profile and folder, killed after a time limit; without LibreOffice it is refused, naming the package. A file
// named .docx that is no ZIP archive is refused here too, where its name is known.
#include <optional>
#include <string>
#include <string_view>

namespace ogi::tool {

// The longest a conversion may take before soffice is killed.
inline constexpr int office_conversion_seconds = 120;

struct OfficeInput {
    std::optional<std::string> docx;  // the converted document
    std::string error;                // else why there is none, naming the source
};

// What --help says of Word inputs and their limits.
std::string word_inputs_help();

// nullopt when bytes need no conversion (JSON, text, web pages, .docx); else the .docx, or why there is none.
std::optional<OfficeInput> prepare_office_input(std::string_view bytes, std::string const& source);

}  // namespace ogi::tool
