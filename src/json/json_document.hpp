#pragma once
// Parsing JSON text into a Boost.JSON value, refusing what would silently lose data: Boost.JSON keeps the
// last of duplicate keys, and a report with a key twice would lose one of its figures without a word.
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ogi::detail {

struct JsonSyntaxError {
    std::size_t offset;   // where the parser stopped, in bytes from the start of the text
    std::string message;
};

struct ParsedDocument {
    boost::json::value value;                // allocated from the resource given to parse_document
    std::optional<JsonSyntaxError> error;
};

ParsedDocument parse_document(std::string_view text, std::size_t max_depth, boost::json::storage_ptr storage);

}  // namespace ogi::detail
