// The Describe-driven JSON mapping of ogi-report/1. Boost.JSON parses and serializes; the mapping is ours
// because Boost 1.81's own conversion stops at the first problem and cannot say where it is.
#include "ogi/json.hpp"

#include "ogi/detail/text_position.hpp"
#include "json_document.hpp"
#include "ogi/walk.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace ogi {
namespace json = boost::json;

namespace {

constexpr int min_year = 1900;
constexpr int max_year = 2999;

// What a value is, for messages: `the string "1"`, `the number -3`, `an object`.
std::string describe(json::value const& v) {
    switch (v.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return v.get_bool() ? "true" : "false";
    case json::kind::int64: return fmt::format("the number {}", v.get_int64());
    case json::kind::uint64: return fmt::format("the number {}", v.get_uint64());
    case json::kind::double_: {
        double d = v.get_double();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) >= 9.2e18)
            return fmt::format("a number beyond the 64-bit integer range ({})", d);
        return fmt::format("the number {} (written with a fraction or exponent)", d);
    }
    case json::kind::string: {
        auto s = v.get_string();
        constexpr std::size_t shown = 60;
        if (s.size() <= shown) return fmt::format("the string {}", json::serialize(s));
        // Cut on a UTF-8 character boundary.
        std::size_t cut = shown;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        return fmt::format("the string {}… ({} bytes)", json::serialize(json::string_view(s.data(), cut)), s.size());
    }
    case json::kind::array: return "an array";
    case json::kind::object: return "an object";
    }
    return "a value";
}

template <class T>
std::string expected_of() {
    if constexpr (std::is_same_v<T, Count>)
        return "a non-negative integer or null";
    else if constexpr (std::is_same_v<T, Change>)
        return "an integer or null";
    else if constexpr (std::is_same_v<T, Amount>)
        return R"(an amount {"value": "<decimal>", "unit": "元" or "万元"} or null)";
    else if constexpr (std::is_same_v<T, int>)
        return fmt::format("a year (an integer from {} to {})", min_year, max_year);
    else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::optional<std::string>>)
        return "a string";
    else
        return "an object";
}

void append_pointer_token(std::string& pointer, std::string_view key) {
    pointer += '/';
    for (char c : key) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

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

    void read(json::value const& v, Count& out) {
        if (v.is_null()) return;
        if (auto const* i = v.if_int64(); i && *i >= 0) {
            out = static_cast<std::uint64_t>(*i);
        } else if (auto const* u = v.if_uint64()) {
            out = *u;
        } else {
            fail(fmt::format("expected a non-negative integer, got {}", describe(v)));
        }
    }

    void read(json::value const& v, Change& out) {
        if (v.is_null()) return;
        if (auto const* i = v.if_int64())
            out = *i;
        else
            fail(fmt::format("expected an integer within 64 bits, got {}", describe(v)));
    }

    void read(json::value const& v, Amount& out) {
        if (v.is_null()) return;
        auto const* obj = v.if_object();
        if (!obj) return fail(fmt::format("expected {}, got {}", expected_of<Amount>(), describe(v)));
        Money money;
        bool ok = true;
        read_key(*obj, "value", [&](json::value const& value) {
            auto const* s = value.if_string();
            auto d = s ? Decimal::parse(*s) : std::nullopt;
            if (d)
                money.value = *d;
            else
                ok = false, fail(fmt::format("expected a decimal string of at most {} digits such as \"96171.6\", got {}",
                                             Decimal::max_digits, describe(value)));
        });
        read_key(*obj, "unit", [&](json::value const& value) {
            auto const* s = value.if_string();
            if (s && *s == label(MoneyUnit::yuan).text)
                money.unit = MoneyUnit::yuan;
            else if (s && *s == label(MoneyUnit::wan_yuan).text)
                money.unit = MoneyUnit::wan_yuan;
            else
                ok = false, fail(fmt::format("expected the unit \"元\" or \"万元\", got {}", describe(value)));
        });
        reject_unknown(*obj, [](std::string_view k) { return k == "value" || k == "unit"; });
        if (ok && obj->contains("value") && obj->contains("unit")) out = money;
    }

    void read(json::value const& v, int& year) {
        auto const* i = v.if_int64();
        if (i && *i >= min_year && *i <= max_year)
            year = static_cast<int>(*i);
        else
            fail(fmt::format("expected {}, got {}", expected_of<int>(), describe(v)));
    }

    void read(json::value const& v, std::string& out) {
        if (auto const* s = v.if_string())
            out = *s;
        else
            fail(fmt::format("expected a string, got {}", describe(v)));
    }

    // A narrative: present as a string, or absent as a key (null would not round-trip).
    void read(json::value const& v, std::optional<std::string>& out) {
        if (auto const* s = v.if_string())
            out = std::string(*s);
        else
            fail(fmt::format("expected a string (leave the key out when the text is not at hand), got {}", describe(v)));
    }

    template <Walkable T>
    void read(json::value const& v, T& out) {
        auto const* obj = v.if_object();
        if (!obj) return fail(fmt::format("expected an object, got {}", describe(v)));
        read_members(*obj, out);
    }

    // Reads every field of out from obj; extra_keys are known keys the caller reads itself.
    template <Walkable T>
    void read_members(json::object const& obj, T& out, std::initializer_list<std::string_view> extra_keys = {}) {
        std::size_t found = 0;
        for (auto k : extra_keys) found += obj.contains(k);
        json::key_value_pair const* next = obj.begin() + found;  // documents usually keep the contract's order
        for_each_field(out, [&](Field field, auto& member) {
            using M = std::remove_cvref_t<decltype(member)>;
            json::key_value_pair const* kv = next < obj.end() && next->key() == field.key ? next : obj.find(field.key);
            if (kv != obj.end()) {
                ++found;
                next = kv + 1;
                at(field.key, [&] { read(kv->value(), member); });
            } else if constexpr (!is_optional<M>) {
                at(field.key, [&] { fail(fmt::format("missing ({}); expected {}", field.label.text, expected_of<M>())); });
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
    void read_key(json::object const& obj, std::string_view key, F&& f) {
        at(key, [&] {
            if (auto const* value = obj.if_contains(key))
                f(*value);
            else
                fail("missing");
        });
    }

    template <class IsKnown>
    void reject_unknown(json::object const& obj, IsKnown&& is_known) {
        if (options_.allow_unknown_keys) return;
        for (auto const& kv : obj)
            if (!is_known(kv.key())) at(kv.key(), [&] { fail("unknown key"); });
    }

private:
    DecodeOptions const& options_;
    std::vector<JsonError>& errors_;
    std::vector<std::string_view> path_;
};

// The edition and （六） layout the tables themselves have, whatever "edition" says; with the pointer
// that shows it. Only keys that exist in one shape alone count as evidence.
struct Shape {
    std::optional<Edition> edition;
    std::string edition_evidence;
    std::optional<OtherProcessingLayout> other;
};

Shape shape_of(json::object const& report) {
    Shape shape;
    auto const* active = report.if_contains("active_disclosure");
    auto const* disclosure = active ? active->if_object() : nullptr;
    if (disclosure) {
        auto const* regulatory = disclosure->if_contains("regulatory_documents");
        auto const* rules_value = regulatory && regulatory->is_object() ? regulatory->get_object().if_contains("rules") : nullptr;
        auto const* rules = rules_value ? rules_value->if_object() : nullptr;
        if (disclosure->contains("procurement")) {
            shape.edition = Edition::e2019;
            shape.edition_evidence = "/active_disclosure has \"procurement\" (第二十条第（九）项)";
        } else if (rules && rules->contains("newly_made")) {
            shape.edition = Edition::e2019;
            shape.edition_evidence = "/active_disclosure/regulatory_documents/rules has \"newly_made\"";
        } else if (rules && rules->contains("issued")) {
            shape.edition = Edition::e2021;
            shape.edition_evidence = "/active_disclosure/regulatory_documents/rules has \"issued\"";
        }
    }
    auto const* applications = report.if_contains("applications");
    auto const* outcomes = applications && applications->is_object() ? applications->get_object().if_contains("outcomes") : nullptr;
    auto const* other = outcomes && outcomes->is_object() ? outcomes->get_object().if_contains("other") : nullptr;
    if (other && other->is_object()) {
        auto const& o = other->get_object();
        bool sub_rows = o.contains("overdue_correction") || o.contains("unpaid_fee") || o.contains("other");
        shape.other = sub_rows ? OtherProcessingLayout::sub_rows : OtherProcessingLayout::single_row;
    }
    return shape;
}

template <class R>
Report read_report(Decoder& d, json::object const& obj) {
    R r;
    d.read_members(obj, r, {"schema", "edition"});
    return r;
}

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
    void string(std::string_view s) { out_ += json::serialize(json::string_view(s.data(), s.size())); }

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

void write(Writer& w, Count const& c) { c.present() ? w.integer(c.value()) : w.raw("null"); }
void write(Writer& w, Change const& c) { c.present() ? w.integer(c.value()) : w.raw("null"); }
void write(Writer& w, Amount const& a) {
    if (!a.present()) return w.raw("null");
    w.open('{');
    w.member("value");
    w.string(a.value().value.to_string());
    w.member("unit");
    w.string(label(a.value().unit).text);
    w.close('}');
}
void write(Writer& w, int year) { w.integer(year); }
void write(Writer& w, std::string const& s) { w.string(s); }

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

void write(Writer& w, json::value const& v) {
    if (auto const* obj = v.if_object()) {
        w.open('{');
        for (auto const& kv : *obj) {
            w.member_quoted(json::serialize(kv.key()));
            write(w, kv.value());
        }
        w.close('}');
    } else if (auto const* arr = v.if_array()) {
        w.open('[');
        for (auto const& item : *arr) {
            w.element();
            write(w, item);
        }
        w.close(']');
    } else {
        w.raw(json::serialize(v));
    }
}

}  // namespace

std::string JsonError::to_string() const { return pointer.empty() ? message : pointer + ": " + message; }

JsonDecodeError::JsonDecodeError(std::vector<JsonError> errors)
    : std::runtime_error(errors.empty() ? std::string("invalid ogi-report/1 document")
                                        : errors.front().to_string() +
                                              (errors.size() > 1 ? fmt::format(" (and {} more)", errors.size() - 1) : "")),
      errors_(std::move(errors)) {}

DecodeResult decode_json_value(json::value const& document, DecodeOptions const& options) {
    DecodeResult result;
    Decoder d(options, result.errors);
    auto const* obj = document.if_object();
    if (!obj) {
        d.fail(fmt::format("expected an {} document (a JSON object), got {}", report_schema_id, describe(document)));
        return result;
    }
    d.read_key(*obj, "schema", [&](json::value const& v) {
        auto const* s = v.if_string();
        if (!s || *s != report_schema_id) d.fail(fmt::format("expected \"{}\", got {}", report_schema_id, describe(v)));
    });
    std::optional<Edition> declared;
    d.read_key(*obj, "edition", [&](json::value const& v) {
        auto const* s = v.if_string();
        declared = s ? edition_from_name(*s) : std::nullopt;
        if (!declared) d.fail(fmt::format("expected \"2019\" or \"2021\", got {}", describe(v)));
    });

    Shape shape = shape_of(*obj);
    if (declared && shape.edition && *shape.edition != *declared) {
        d.at("edition", [&] {
            d.fail(fmt::format("\"{}\" does not match the tables, which have the {} edition's shape: {}",
                               edition_name(*declared), edition_name(*shape.edition), shape.edition_evidence));
        });
    }
    // Decode by the tables' own shape, so that a wrong "edition" is one error, not one per key.
    Edition edition = shape.edition.value_or(declared.value_or(Edition::e2021));
    bool sub_rows = shape.other == OtherProcessingLayout::sub_rows;
    if (edition == Edition::e2019 && sub_rows) {
        d.at("applications", [&] {
            d.at("outcomes", [&] {
                d.at("other", [&] {
                    d.fail("the 2019 edition has （六）其他处理 as one row; these are the 2021 edition's sub-rows");
                });
            });
        });
    }
    Report report = edition == Edition::e2019 ? read_report<Report2019>(d, *obj)
                    : sub_rows               ? read_report<Report2021>(d, *obj)
                                             : read_report<Report2021SingleRowOther>(d, *obj);
    if (result.errors.empty()) result.report = std::move(report);
    return result;
}

DecodeResult decode_json(std::string_view text, DecodeOptions const& options) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";  // editors on Windows write one; it says nothing
    std::size_t start = text.starts_with(bom) ? bom.size() : 0;

    // A report's document is about 10 KB as a DOM; the arena holds it without a call to malloc and frees it
    // at once: the document lives only while it is read into the model.
    unsigned char arena_buffer[32 * 1024];
    json::monotonic_resource arena(arena_buffer, sizeof arena_buffer);
    detail::ParsedDocument parsed = detail::parse_document(text.substr(start), options.max_depth, &arena);
    if (parsed.error) {
        TextPosition where = position_of(text, start + parsed.error->offset);
        DecodeResult result;
        result.errors.push_back({"",
                                 fmt::format("invalid JSON at line {}, column {}: {}", where.line, where.column, parsed.error->message),
                                 where.line, where.column});
        return result;
    }
    return decode_json_value(parsed.value, options);
}

Report decode_json_or_throw(std::string_view text, DecodeOptions const& options) {
    DecodeResult result = decode_json(text, options);
    if (!result) throw JsonDecodeError(std::move(result.errors));
    return std::move(*result.report);
}

std::string encode_json(Report const& report, EncodeOptions const& options) {
    Writer w(options.pretty);
    w.open('{');
    w.member("schema");
    w.string(report_schema_id);
    report.visit([&](auto const& r) {
        w.member("edition");
        w.string(edition_name(r.edition));
        write_members(w, r);
    });
    w.close('}');
    if (options.pretty) w.raw("\n");
    return std::move(w).take();
}

json::value to_json_value(Report const& report) { return json::parse(encode_json(report, {.pretty = false})); }

std::string pretty_json(json::value const& value) {
    Writer w(true);
    write(w, value);
    w.raw("\n");
    return std::move(w).take();
}

std::string json_pointer(std::initializer_list<std::string_view> keys) {
    std::string pointer;
    for (auto key : keys) append_pointer_token(pointer, key);
    return pointer;
}

}  // namespace ogi
