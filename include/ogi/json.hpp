#pragma once
// The JSON form of a report (ogi-report/1, see docs/json-contract.md): lossless in both directions, and
// decoding reports every problem of a document, each at its JSON pointer, in one pass.
#include "ogi/model/report.hpp"

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace boost::json {
class value;
}

namespace ogi {

inline constexpr std::string_view report_schema_id = "ogi-report/1";

struct DecodeOptions {
    bool allow_unknown_keys = false;  // unknown keys are errors unless the caller accepts them
    std::size_t max_depth = 64;       // deeper nesting is refused before it is walked
};

// One problem of a document: where (RFC 6901 pointer; empty for the whole document) and what.
struct JsonError {
    std::string pointer;
    std::string message;
    std::optional<std::size_t> line;    // for syntax errors: where the parser stopped, from 1
    std::optional<std::size_t> column;  // in bytes, from 1
    std::string to_string() const;      // "/applications/new_received/natural_person: expected …"
    friend bool operator==(JsonError const&, JsonError const&) = default;
};

struct DecodeResult {
    std::optional<Report> report;  // set exactly when errors is empty
    std::vector<JsonError> errors;
    explicit operator bool() const noexcept { return report.has_value(); }
};

// Never throws for bad input (only std::bad_alloc).
DecodeResult decode_json(std::string_view text, DecodeOptions const& options = {});
DecodeResult decode_json_value(boost::json::value const& document, DecodeOptions const& options = {});

// For callers who prefer exceptions.
class JsonDecodeError : public std::runtime_error {
public:
    explicit JsonDecodeError(std::vector<JsonError> errors);
    std::vector<JsonError> const& errors() const noexcept { return errors_; }

private:
    std::vector<JsonError> errors_;
};
Report decode_json_or_throw(std::string_view text, DecodeOptions const& options = {});

struct EncodeOptions {
    bool pretty = true;  // two-space indentation, one key per line, as the contract shows it
};

boost::json::value to_json_value(Report const& report);

// Any JSON value as ogi writes it: two-space indentation, one key per line, a final newline.
std::string pretty_json(boost::json::value const& value);
std::string encode_json(Report const& report, EncodeOptions const& options = {});

// The JSON pointer of a member path, e.g. json_pointer({"applications", "new_received", "total"}).
std::string json_pointer(std::initializer_list<std::string_view> keys);

}  // namespace ogi
