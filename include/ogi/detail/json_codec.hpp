#pragma once
// The JSON mapping of ogi-report/1 for one layout: the decoder that reports every problem at its pointer, and the
// writer that writes JSON text straight from the model. Templates over the model's description, so that a
// layout the library does not know is read and written the same way (ogi/json_layout.hpp).
#include "ogi/json.hpp"
#include "ogi/walk.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ogi::detail {

inline constexpr int min_year = 1900;
inline constexpr int max_year = 2999;

// What a value is, for messages: `the string "1"`, `the number -3`, `an object`.
std::string describe(boost::json::value const& v);

template <class T>
std::string expected_of() {
    if constexpr (std::is_same_v<T, Count>)
        return "a non-negative integer or null";
    else if constexpr (std::is_same_v<T, Change>)
        return "an integer or null";
    else if constexpr (std::is_same_v<T, Amount>)
        return R"(an amount {"value": "<decimal>", "unit": "元" or "万元"} or null)";
    else if constexpr (std::is_same_v<T, int>)
        return "a year (an integer from " + std::to_string(min_year) + " to " + std::to_string(max_year) + ")";
    else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::optional<std::string>>)
        return "a string";
    else
        return "an object";
}

void append_pointer_token(std::string& pointer, std::string_view key);

class Decoder {
public:
    Decoder(DecodeOptions const& options, std::vector<JsonError>& errors) : options_(options), errors_(errors) {
        path_.reserve(8);
    }

    void fail(std::string message) {
        std::string pointer;
        for (auto key : path_) append_pointer_token(pointer, key);
        errors_.push_back({std::move(pointer), std::move(message), {}, {}});
    }

    // Runs f with the path extended by key. The pointer text is only built for an error: keys are views
    // into the description or the document, both alive for the whole decode.
    template <class F>
    void at(std::string_view key, F&& f) {
        path_.push_back(key);
        f();
        path_.pop_back();
    }

    // The leaves of the model (defined in src/json/json.cpp).
    void read(boost::json::value const& v, Count& out);
    void read(boost::json::value const& v, Change& out);
    void read(boost::json::value const& v, Amount& out);
    void read(boost::json::value const& v, int& year);
    void read(boost::json::value const& v, std::string& out);
    // A narrative: present as a string, or absent as a key (null would not round-trip).
    void read(boost::json::value const& v, std::optional<std::string>& out);

    template <Walkable T>
    void read(boost::json::value const& v, T& out) {
        auto const* obj = v.if_object();
        if (!obj) return fail("expected an object, got " + describe(v));
        read_members(*obj, out);
    }

    // Reads every field of out from obj; extra_keys are known keys the caller reads itself.
    template <Walkable T>
    void read_members(boost::json::object const& obj, T& out, std::initializer_list<std::string_view> extra_keys = {}) {
        std::size_t found = 0;
        for (auto k : extra_keys) found += obj.contains(k);
        boost::json::key_value_pair const* next = obj.begin() + found;  // documents usually keep the contract's order
        for_each_field(out, [&](Field field, auto& member) {
            using M = std::remove_cvref_t<decltype(member)>;
            boost::json::key_value_pair const* kv = next < obj.end() && next->key() == field.key ? next : obj.find(field.key);
            if (kv != obj.end()) {
                ++found;
                next = kv + 1;
                at(field.key, [&] { read(kv->value(), member); });
            } else if constexpr (!is_optional<M>) {
                at(field.key, [&] { fail("missing (" + std::string(field.label.text) + "); expected " + expected_of<M>()); });
            }
        });
        if (found == obj.size()) return;  // every key is known (keys are unique in a parsed object)
        reject_unknown(obj, [&](std::string_view k) {
            bool known = std::find(extra_keys.begin(), extra_keys.end(), k) != extra_keys.end();
            for_each_field(out, [&](Field field, auto&) { known = known || field.key == k; });
            return known;
        });
    }

    template <class F>
    void read_key(boost::json::object const& obj, std::string_view key, F&& f) {
        at(key, [&] {
            if (auto const* value = obj.if_contains(key))
                f(*value);
            else
                fail("missing");
        });
    }

    template <class IsKnown>
    void reject_unknown(boost::json::object const& obj, IsKnown&& is_known) {
        if (options_.allow_unknown_keys) return;
        for (auto const& kv : obj)
            if (!is_known(kv.key())) at(kv.key(), [&] { fail("unknown key"); });
    }

private:
    DecodeOptions const& options_;
    std::vector<JsonError>& errors_;
    std::vector<std::string_view> path_;
};

// Writes JSON text straight from the model: building a DOM first would cost more than serializing it.
// Pretty output puts one key per line with two-space indentation, as the contract shows it.
class Writer {
public:
    explicit Writer(bool pretty) : pretty_(pretty) { out_.reserve(pretty ? 16384 : 8192); }

    void open(char bracket) {
        out_ += bracket;
        ++depth_;
        first_ = true;
    }
    void close(char bracket) {
        --depth_;
        if (!first_) newline();  // an empty object or array stays {} or []
        out_ += bracket;
        first_ = false;
    }
    // Starts an array element, or an object member whose key is already quoted JSON text.
    void element() {
        if (!first_) out_ += ',';
        first_ = false;
        newline();
    }
    void member_quoted(std::string_view quoted_key) {
        element();
        out_ += quoted_key;
        out_ += pretty_ ? ": " : ":";
    }
    // Keys of the model are plain ASCII identifiers: nothing to escape.
    void member(std::string_view key) {
        element();
        out_ += '"';
        out_ += key;
        out_ += pretty_ ? "\": " : "\":";
    }
    template <class Integer>
    void integer(Integer i) {
        char buffer[24];
        auto end = std::to_chars(buffer, buffer + sizeof buffer, i).ptr;
        out_.append(buffer, end);
    }
    void raw(std::string_view json_text) { out_ += json_text; }
    void string(std::string_view s) { out_ += boost::json::serialize(boost::json::string_view(s.data(), s.size())); }

    std::string take() && { return std::move(out_); }

private:
    void newline() {
        if (!pretty_) return;
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
    }

    std::string out_;
    bool pretty_;
    bool first_ = true;
    int depth_ = 0;
};

inline void write(Writer& w, Count const& c) { c.present() ? w.integer(c.value()) : w.raw("null"); }
inline void write(Writer& w, Change const& c) { c.present() ? w.integer(c.value()) : w.raw("null"); }
inline void write(Writer& w, Amount const& a) {
    if (!a.present()) return w.raw("null");
    w.open('{');
    w.member("value");
    w.string(a.value().value.to_string());
    w.member("unit");
    w.string(label(a.value().unit).text);
    w.close('}');
}
inline void write(Writer& w, int year) { w.integer(year); }
inline void write(Writer& w, std::string const& s) { w.string(s); }

template <Walkable T>
void write(Writer& w, T const& node);

template <Walkable T>
void write_members(Writer& w, T const& node) {
    for_each_field(node, [&](Field field, auto const& member) {
        if constexpr (is_optional<std::remove_cvref_t<decltype(member)>>) {
            if (!member) return;
            w.member(field.key);
            w.string(*member);
        } else {
            w.member(field.key);
            write(w, member);
        }
    });
}

template <Walkable T>
void write(Writer& w, T const& node) {
    w.open('{');
    write_members(w, node);
    w.close('}');
}

// Reads the head of a document (schema, edition): the edition it declares, when it names one.
std::optional<Edition> read_head(Decoder& d, boost::json::object const& document);

// Decodes a layout's members from a document whose head is read.
template <class R>
R read_layout(Decoder& d, boost::json::object const& document) {
    R r;
    d.read_members(document, r, {"schema", "edition"});
    return r;
}

// Parses text as decode_json does (a leading BOM ignored, depth limited, duplicate keys refused) and calls
// read(document) with it; a syntax error is added to errors instead.
void parse_and_read(std::string_view text, DecodeOptions const& options, std::vector<JsonError>& errors,
                    std::function<void(boost::json::value const&)> const& read);

// The document of a report of one layout, as JSON text.
template <class R>
std::string encode_layout(R const& report, EncodeOptions const& options) {
    Writer w(options.pretty);
    w.open('{');
    w.member("schema");
    w.string(report_schema_id);
    w.member("edition");
    w.string(edition_name(R::edition));
    write_members(w, report);
    w.close('}');
    if (options.pretty) w.raw("\n");
    return std::move(w).take();
}

}  // namespace ogi::detail
