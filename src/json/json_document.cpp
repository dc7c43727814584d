#include "json_document.hpp"

#include "ogi/detail/utf8.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>
#include <fmt/format.h>

#include <utility>
#include <vector>

namespace ogi::detail {
namespace json = boost::json;

namespace {

// Boost.JSON's own DOM-building handler, plus a check that no object repeats a key.
class DocumentBuilder {
public:
    static constexpr std::size_t max_object_size = json::object::max_size();
    static constexpr std::size_t max_array_size = json::array::max_size();
    static constexpr std::size_t max_key_size = json::string::max_size();
    static constexpr std::size_t max_string_size = json::string::max_size();

    DocumentBuilder(unsigned char* temp_buffer, std::size_t temp_size) : stack({}, temp_buffer, temp_size) {}

    json::value_stack stack;
    std::optional<std::string> duplicate_key;

    bool on_document_begin(json::error_code&) { return true; }
    bool on_document_end(json::error_code&) { return true; }
    bool on_object_begin(json::error_code&) {
        object_starts_.push_back(key_ends_.size());
        return true;
    }
    bool on_object_end(std::size_t n, json::error_code&) {
        key_ends_.resize(object_starts_.back());
        key_text_.resize(key_ends_.empty() ? 0 : key_ends_.back());
        object_starts_.pop_back();
        stack.push_object(n);
        return true;
    }
    bool on_array_begin(json::error_code&) { return true; }
    bool on_array_end(std::size_t n, json::error_code&) {
        stack.push_array(n);
        return true;
    }
    bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
        partial_key_.append(s.data(), s.size());
        stack.push_chars(s);
        return true;
    }
    bool on_key(json::string_view s, std::size_t, json::error_code& ec) {
        std::string_view key(s.data(), s.size());
        if (!partial_key_.empty()) key = partial_key_.append(key);
        std::size_t begin = object_starts_.back() == 0 ? 0 : key_ends_[object_starts_.back() - 1];
        for (std::size_t i = object_starts_.back(); i < key_ends_.size(); begin = key_ends_[i++]) {
            if (std::string_view(key_text_).substr(begin, key_ends_[i] - begin) == key) {
                duplicate_key = std::string(key);
                ec = json::error::syntax;
                return false;
            }
        }
        key_text_ += key;
        key_ends_.push_back(key_text_.size());
        partial_key_.clear();
        stack.push_key(s);
        return true;
    }
    bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
        stack.push_chars(s);
        return true;
    }
    bool on_string(json::string_view s, std::size_t, json::error_code&) {
        stack.push_string(s);
        return true;
    }
    bool on_number_part(json::string_view, json::error_code&) { return true; }
    bool on_int64(std::int64_t i, json::string_view, json::error_code&) {
        stack.push_int64(i);
        return true;
    }
    bool on_uint64(std::uint64_t u, json::string_view, json::error_code&) {
        stack.push_uint64(u);
        return true;
    }
    bool on_double(double d, json::string_view, json::error_code&) {
        stack.push_double(d);
        return true;
    }
    bool on_bool(bool b, json::error_code&) {
        stack.push_bool(b);
        return true;
    }
    bool on_null(json::error_code&) {
        stack.push_null();
        return true;
    }
    bool on_comment_part(json::string_view, json::error_code&) { return true; }
    bool on_comment(json::string_view, json::error_code&) { return true; }

private:
    // The keys of every open object, innermost last, end to end in one buffer: no allocation per key.
    std::string key_text_;
    std::vector<std::size_t> key_ends_;        // where each key ends in key_text_
    std::vector<std::size_t> object_starts_;   // each open object's first key, as an index into key_ends_
    std::string partial_key_;
};

// Boost.JSON says "syntax error" for bad UTF-8 and "too deep" without the limit: say what a user can act on.
JsonSyntaxError describe_error(std::string_view text, std::size_t offset, std::size_t max_depth, json::error_code ec,
                               std::optional<std::string> const& duplicate_key) {
    if (duplicate_key) return {offset, fmt::format("duplicate key \"{}\": one of its values would be lost", *duplicate_key)};
    if (ec == json::error::extra_data) return {offset, "text after the end of the JSON document"};
    if (ec == json::error::too_deep) return {offset, fmt::format("nested deeper than {} levels (the depth limit)", max_depth)};
    // The parser stops at (or just after the start of) a bad sequence: only one there is the cause.
    std::size_t bad = first_invalid_utf8(text);
    if (bad < text.size() && bad <= offset + 3) return {bad, "invalid UTF-8: the JSON text must be UTF-8"};
    return {offset, ec.message()};
}

}  // namespace

ParsedDocument parse_document(std::string_view text, std::size_t max_depth, json::storage_ptr storage) {
    json::parse_options options;
    options.max_depth = max_depth;
    unsigned char temp[4096];  // the parser's working stack, for a document of ordinary depth
    json::basic_parser<DocumentBuilder> parser(options, temp, sizeof temp);
    parser.handler().stack.reset(std::move(storage));
    json::error_code ec;
    std::size_t consumed = parser.write_some(false, text.data(), text.size(), ec);
    if (!ec && consumed < text.size()) ec = json::error::extra_data;  // write_some stops after one value
    if (ec) return {nullptr, describe_error(text, consumed, max_depth, ec, parser.handler().duplicate_key)};
    // Constructed in place: assigning would copy the document out of its arena.
    return {parser.handler().stack.release(), std::nullopt};
}

}  // namespace ogi::detail
