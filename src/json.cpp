// The Describe-driven JSON mapping of ogi-report/1. Boost.JSON parses and serializes; the mapping is ours
// because Boost 1.81's own conversion stops at the first problem and cannot say where it is.
#include "ogi/json.hpp"

#include "ogi/text_position.hpp"
#include "ogi/walk.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ogi {
namespace json = boost::json;

namespace {

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

template <class T>
concept Node = Described<T> || is_enum_map<T>;

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
    Decoder(DecodeOptions const& options, std::vector<JsonError>& errors) : options_(options), errors_(errors) {}

    void fail(std::string message) { errors_.push_back({pointer_, std::move(message), {}, {}}); }

    // Runs f with the pointer extended by key.
    template <class F>
    void at(std::string_view key, F&& f) {
        auto size = pointer_.size();
        append_pointer_token(pointer_, key);
        f();
        pointer_.resize(size);
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

    template <Node T>
    void read(json::value const& v, T& out) {
        auto const* obj = v.if_object();
        if (!obj) return fail(fmt::format("expected an object, got {}", describe(v)));
        read_members(*obj, out);
    }

    // Reads every field of out from obj; extra_keys are known keys the caller reads itself.
    template <Node T>
    void read_members(json::object const& obj, T& out, std::initializer_list<std::string_view> extra_keys = {}) {
        for_each_field(out, [&](Field field, auto& member) {
            using M = std::remove_cvref_t<decltype(member)>;
            if (auto const* value = obj.if_contains(field.key))
                at(field.key, [&] { read(*value, member); });
            else if constexpr (!is_optional<M>)
                at(field.key, [&] { fail(fmt::format("missing ({}); expected {}", field.label.text, expected_of<M>())); });
        });
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
    std::string pointer_;
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

json::value to_value(Count const& c) {
    if (!c.present()) return nullptr;
    if (c.value() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return static_cast<std::int64_t>(c.value());  // as the parser reads it back
    return c.value();
}
json::value to_value(Change const& c) { return c.present() ? json::value(c.value()) : json::value(nullptr); }
json::value to_value(Amount const& a) {
    if (!a.present()) return nullptr;
    return json::object{{"value", a.value().value.to_string()}, {"unit", label(a.value().unit).text}};
}
json::value to_value(int year) { return year; }
json::value to_value(std::string const& s) { return json::string(s); }

template <Node T>
json::value to_value(T const& node) {
    json::object obj;
    obj.reserve(16);
    for_each_field(node, [&](Field field, auto const& member) {
        if constexpr (is_optional<std::remove_cvref_t<decltype(member)>>) {
            if (member) obj.emplace(field.key, json::string(*member));
        } else {
            obj.emplace(field.key, to_value(member));
        }
    });
    return obj;
}

void append_pretty(std::string& out, json::value const& v, int indent) {
    auto newline = [&](int level) {
        out += '\n';
        out.append(static_cast<std::size_t>(level) * 2, ' ');
    };
    if (auto const* obj = v.if_object(); obj && !obj->empty()) {
        out += '{';
        bool first = true;
        for (auto const& kv : *obj) {
            if (!first) out += ',';
            first = false;
            newline(indent + 1);
            out += json::serialize(kv.key());
            out += ": ";
            append_pretty(out, kv.value(), indent + 1);
        }
        newline(indent);
        out += '}';
    } else if (auto const* arr = v.if_array(); arr && !arr->empty()) {
        out += '[';
        bool first = true;
        for (auto const& item : *arr) {
            if (!first) out += ',';
            first = false;
            newline(indent + 1);
            append_pretty(out, item, indent + 1);
        }
        newline(indent);
        out += ']';
    } else {
        out += json::serialize(v);
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
                                             : read_report<Report2021Mixed>(d, *obj);
    if (result.errors.empty()) result.report = std::move(report);
    return result;
}

DecodeResult decode_json(std::string_view text, DecodeOptions const& options) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";  // editors on Windows write one; it says nothing
    std::size_t start = text.starts_with(bom) ? bom.size() : 0;

    json::parse_options po;
    po.max_depth = options.max_depth;
    json::parser parser({}, po);
    json::error_code ec;
    std::size_t consumed = parser.write(text.data() + start, text.size() - start, ec);
    if (ec) {
        TextPosition where = position_of(text, start + consumed);
        DecodeResult result;
        result.errors.push_back({"",
                                 fmt::format("invalid JSON at line {}, column {}: {}", where.line, where.column, ec.message()),
                                 where.line, where.column});
        return result;
    }
    return decode_json_value(parser.release(), options);
}

Report decode_json_or_throw(std::string_view text, DecodeOptions const& options) {
    DecodeResult result = decode_json(text, options);
    if (!result) throw JsonDecodeError(std::move(result.errors));
    return std::move(*result.report);
}

json::value to_json_value(Report const& report) {
    return report.visit([](auto const& r) {
        json::value v = to_value(r);
        json::object& fields = v.get_object();
        json::object obj;
        obj.reserve(fields.size() + 2);
        obj.emplace("schema", report_schema_id);
        obj.emplace("edition", edition_name(r.edition));
        for (auto& kv : fields) obj.emplace(kv.key(), std::move(kv.value()));
        return json::value(std::move(obj));
    });
}

std::string pretty_json(json::value const& value) {
    std::string out;
    append_pretty(out, value, 0);
    out += '\n';
    return out;
}

std::string encode_json(Report const& report, EncodeOptions const& options) {
    json::value v = to_json_value(report);
    return options.pretty ? pretty_json(v) : json::serialize(v);
}

std::string json_pointer(std::initializer_list<std::string_view> keys) {
    std::string pointer;
    for (auto key : keys) append_pointer_token(pointer, key);
    return pointer;
}

}  // namespace ogi
