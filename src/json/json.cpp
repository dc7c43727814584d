// The JSON mapping of ogi-report/1 for the layouts of ogi/model/layouts.hpp: which layout a document has, and the
// mapping itself (ogi/detail/json_codec.hpp). Boost.JSON parses and serializes; the mapping is ours because
// Boost 1.81's own conversion stops at the first problem and cannot say where it is.
#include "ogi/json.hpp"

#include "json_document.hpp"
#include "ogi/detail/json_codec.hpp"
#include "ogi/detail/text_position.hpp"

#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>
#include <fmt/format.h>

#include <array>
#include <bit>
#include <functional>
#include <span>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>

namespace ogi {
namespace json = boost::json;

namespace detail {

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

void Decoder::read(json::value const& v, Count& out) {
    if (v.is_null()) return;
    if (auto const* i = v.if_int64(); i && *i >= 0) {
        out = static_cast<std::uint64_t>(*i);
    } else if (auto const* u = v.if_uint64()) {
        out = *u;
    } else {
        fail(fmt::format("expected a non-negative integer, got {}", describe(v)));
    }
}

void Decoder::read(json::value const& v, Change& out) {
    if (v.is_null()) return;
    if (auto const* i = v.if_int64())
        out = *i;
    else
        fail(fmt::format("expected an integer within 64 bits, got {}", describe(v)));
}

void Decoder::read(json::value const& v, Amount& out) {
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

void Decoder::read(json::value const& v, int& year) {
    auto const* i = v.if_int64();
    if (i && *i >= min_year && *i <= max_year)
        year = static_cast<int>(*i);
    else
        fail(fmt::format("expected {}, got {}", expected_of<int>(), describe(v)));
}

void Decoder::read(json::value const& v, std::string& out) {
    if (auto const* s = v.if_string())
        out = *s;
    else
        fail(fmt::format("expected a string, got {}", describe(v)));
}

void Decoder::read(json::value const& v, std::optional<std::string>& out) {
    if (auto const* s = v.if_string())
        out = std::string(*s);
    else
        fail(fmt::format("expected a string (leave the key out when the text is not at hand), got {}", describe(v)));
}

std::optional<Edition> read_head(Decoder& d, json::object const& document) {
    d.read_key(document, "schema", [&](json::value const& v) {
        auto const* s = v.if_string();
        if (!s || *s != report_schema_id) d.fail(fmt::format("expected \"{}\", got {}", report_schema_id, describe(v)));
    });
    std::optional<Edition> declared;
    d.read_key(document, "edition", [&](json::value const& v) {
        auto const* s = v.if_string();
        declared = s ? edition_from_name(*s) : std::nullopt;
        if (declared) return;
        std::string names;  // "2019" or "2021"
        for (std::size_t i = 0; i < edition_table.size(); ++i)
            names += fmt::format("{}\"{}\"", i == 0 ? "" : i + 1 == edition_table.size() ? " or " : ", ", edition_table[i].name);
        d.fail(fmt::format("expected {}, got {}", names, describe(v)));
    });
    return declared;
}

void parse_and_read(std::string_view text, DecodeOptions const& options, std::vector<JsonError>& errors,
                    std::function<void(json::value const&)> const& read) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";  // editors on Windows write one; it says nothing
    std::size_t start = text.starts_with(bom) ? bom.size() : 0;

    // A report's document is about 10 KB as a DOM; the arena holds it without a call to malloc and frees it
    // at once: the document lives only while it is read into the model.
    unsigned char arena_buffer[32 * 1024];
    json::monotonic_resource arena(arena_buffer, sizeof arena_buffer);
    ParsedDocument parsed = parse_document(text.substr(start), options.max_depth, &arena);
    if (parsed.error) {
        TextPosition where = position_of(text, start + parsed.error->offset);
        errors.push_back({"",
                          fmt::format("invalid JSON at line {}, column {}: {}", where.line, where.column, parsed.error->message),
                          where.line, where.column});
        return;
    }
    read(parsed.value);
}

}  // namespace detail

namespace {

using detail::Decoder;
using detail::describe;
using detail::Writer;

// Which layout a document has, from the keys of its tables, whatever "edition" says. Every key path of every
// layout is known; a path that some layouts have and others do not, below one all of them have, tells layouts
// apart (/active_disclosure/procurement, /applications/outcomes/other/unpaid_fee). The shallowest such path a
// document has, among those of one edition's layouts alone, is the evidence of its edition.
constexpr std::size_t layout_count = boost::mp11::mp_size<Layouts>::value;
static_assert(layout_count <= 32, "a layout is a bit of a mask");

enum class Kind : std::uint8_t { none, cell, row, group };  // what a path is in a layout: a cell, a row of cells, a group

struct LayoutPath {
    std::vector<std::string_view> keys;  // views of the model's description
    Label label;
    std::uint32_t layouts = 0;           // a bit for each layout that has the path
    std::array<Kind, layout_count> kind{};
    std::string pointer() const {
        std::string p;
        for (auto k : keys) detail::append_pointer_token(p, k);
        return p;
    }
};

constexpr std::array<Edition, layout_count> layout_editions = [] {
    std::array<Edition, layout_count> editions{};
    std::size_t i = 0;
    for_each_layout([&]<class R>(R*) { editions[i++] = layout_traits<R>::edition; });
    return editions;
}();

std::optional<Edition> only_edition(std::uint32_t layouts) {
    std::optional<Edition> edition;
    for (std::size_t i = 0; i < layout_count; ++i) {
        if (!(layouts >> i & 1)) continue;
        if (edition && *edition != layout_editions[i]) return std::nullopt;
        edition = layout_editions[i];
    }
    return edition;
}

// A path that tells layouts apart, and what it tells.
struct Telling {
    LayoutPath const* path;
    std::optional<Edition> edition;  // the edition of every layout that has it, when they share one
    LayoutPath const* parent;        // nullptr below the root
};

class LayoutPaths {
public:
    static LayoutPaths const& get() {
        static LayoutPaths const paths;
        return paths;
    }

    // Shallowest first, in the order of Layouts and of their members: each edition's evidence.
    std::vector<Telling> evidence;
    // For each edition, the paths that tell its layouts apart; for each layout, the paths of another layout's
    // sub-rows where it has one row.
    std::array<std::vector<Telling>, described_size<Edition>()> within_edition;
    std::array<std::vector<Telling>, layout_count> sub_rows_of_others;

private:
    LayoutPaths() {
        std::size_t layout = 0;
        for_each_layout([&]<class R>(R*) {
            std::vector<std::string_view> keys;
            collect(R{}, keys, layout++);
        });
        std::uint32_t const all = (layout_count == 32 ? 0 : std::uint32_t{1} << layout_count) - 1;
        for (LayoutPath const& p : paths_) {
            if (p.layouts == all) continue;
            LayoutPath const* parent = p.keys.size() > 1 ? find(std::span(p.keys).first(p.keys.size() - 1)) : nullptr;
            if (parent && parent->layouts != all) continue;
            Telling const t{&p, only_edition(p.layouts), parent};
            if (t.edition) evidence.push_back(t);
            for (EditionInfo const& e : edition_table) {
                std::uint32_t const of_edition = layouts_of(e.edition);
                if ((p.layouts & of_edition) != 0 && (p.layouts & of_edition) != of_edition)
                    within_edition[index_of(e.edition)].push_back(t);
            }
            std::size_t const first = static_cast<std::size_t>(std::countr_zero(p.layouts));
            for (std::size_t l = 0; l < layout_count; ++l)
                if (parent && !(p.layouts >> l & 1) && parent->kind[l] == Kind::row && parent->kind[first] == Kind::group)
                    sub_rows_of_others[l].push_back(t);
        }
        std::ranges::stable_sort(evidence, {}, [](Telling const& t) { return t.path->keys.size(); });
    }

    static std::uint32_t layouts_of(Edition edition) {
        std::uint32_t mask = 0;
        for (std::size_t i = 0; i < layout_count; ++i)
            if (layout_editions[i] == edition) mask |= std::uint32_t{1} << i;
        return mask;
    }

    LayoutPath const* find(std::span<std::string_view const> keys) const {
        auto it = index_.find(std::vector<std::string_view>(keys.begin(), keys.end()));
        return it == index_.end() ? nullptr : &paths_[it->second];
    }

    template <class Node>
    void collect(Node const& node, std::vector<std::string_view>& keys, std::size_t layout) {
        for_each_field(node, [&](Field field, auto const& member) {
            using M = std::remove_cvref_t<decltype(member)>;
            keys.push_back(field.key);
            auto [it, added] = index_.emplace(keys, paths_.size());
            if (added) paths_.push_back({keys, field.label, 0, {}});
            LayoutPath& p = paths_[it->second];
            p.layouts |= std::uint32_t{1} << layout;
            p.kind[layout] = is_enum_map<M> ? Kind::row : Walkable<M> ? Kind::group : Kind::cell;
            if constexpr (Walkable<M>) collect(member, keys, layout);
            keys.pop_back();
        });
    }

    std::vector<LayoutPath> paths_;  // complete before any Telling points into it
    std::map<std::vector<std::string_view>, std::size_t> index_;
};

// Which telling paths a document has. Paths come grouped by parent (siblings are listed together): the parent's
// object is looked up once for them all.
class PathLookup {
public:
    explicit PathLookup(json::object const& document) : document_(document) {}

    bool has(Telling const& t) {
        if (!t.parent) return document_.contains(t.path->keys.back());
        if (t.parent != parent_) {
            parent_ = t.parent;
            parent_object_ = &document_;
            for (std::string_view key : t.parent->keys) {
                auto const* value = parent_object_->if_contains(key);
                parent_object_ = value ? value->if_object() : nullptr;
                if (!parent_object_) break;
            }
        }
        return parent_object_ && parent_object_->contains(t.path->keys.back());
    }

private:
    json::object const& document_;
    LayoutPath const* parent_ = nullptr;
    json::object const* parent_object_ = nullptr;
};

struct Shape {
    std::size_t layout = 0;                   // index in Layouts
    std::optional<Edition> evidence_edition;  // the edition the tables show, with the path that shows it
    std::string evidence;
    std::optional<JsonError> mixed;           // another layout's sub-rows where this one has a row
};

// Only the paths that can change the answer are looked up: a document is read for every report decoded.
Shape shape_of(json::object const& document, std::optional<Edition> declared) {
    LayoutPaths const& paths = LayoutPaths::get();
    PathLookup lookup(document);
    Shape shape;
    for (Telling const& t : paths.evidence) {
        if (!lookup.has(t)) continue;
        shape.evidence_edition = t.edition;
        std::string_view const key = t.path->keys.back();
        shape.evidence = fmt::format("{} has \"{}\"", t.parent ? t.parent->pointer() : "", key);
        // A cell's column label says little alone; a row's or block's says what it is.
        if (t.path->kind[std::countr_zero(t.path->layouts)] != Kind::cell) shape.evidence += fmt::format(" ({})", t.path->label.text);
        break;
    }
    // The edition's layout whose own paths the document has most of (the first on a tie).
    Edition const edition = shape.evidence_edition.value_or(declared.value_or(edition_table.back().edition));
    std::array<std::size_t, layout_count> score{};
    for (Telling const& t : paths.within_edition[index_of(edition)])
        if (lookup.has(t))
            for (std::size_t i = 0; i < layout_count; ++i) score[i] += t.path->layouts >> i & 1;
    bool found = false;
    for (std::size_t i = 0; i < layout_count; ++i) {
        if (layout_editions[i] != edition || (found && score[i] <= score[shape.layout])) continue;
        shape.layout = i;
        found = true;
    }
    for (Telling const& t : paths.sub_rows_of_others[shape.layout]) {
        if (!lookup.has(t)) continue;
        Edition const other = layout_editions[static_cast<std::size_t>(std::countr_zero(t.path->layouts))];
        shape.mixed = JsonError{t.parent->pointer(),
                                fmt::format("the {} edition has {} as one row; these are the {} edition's sub-rows",
                                            edition_name(edition), t.parent->label.text, edition_name(other)),
                                {}, {}};
        break;
    }
    return shape;
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
    std::optional<Edition> declared = detail::read_head(d, *obj);
    Shape shape = shape_of(*obj, declared);
    if (declared && shape.evidence_edition && *shape.evidence_edition != *declared) {
        d.at("edition", [&] {
            d.fail(fmt::format("\"{}\" does not match the tables, which have the {} edition's shape: {}",
                               edition_name(*declared), edition_name(*shape.evidence_edition), shape.evidence));
        });
    }
    if (shape.mixed) result.errors.push_back(std::move(*shape.mixed));
    // Decoded by the tables' own shape, so that a wrong "edition" is one error, not one per key.
    Report report = boost::mp11::mp_with_index<layout_count>(
        shape.layout, [&](auto i) -> Report { return detail::read_layout<boost::mp11::mp_at_c<Layouts, i>>(d, *obj); });
    if (result.errors.empty()) result.report = std::move(report);
    return result;
}

DecodeResult decode_json(std::string_view text, DecodeOptions const& options) {
    DecodeResult result;
    detail::parse_and_read(text, options, result.errors,
                           [&](json::value const& document) { result = decode_json_value(document, options); });
    return result;
}

Report decode_json_or_throw(std::string_view text, DecodeOptions const& options) {
    DecodeResult result = decode_json(text, options);
    if (!result) throw JsonDecodeError(std::move(result.errors));
    return std::move(*result.report);
}

std::string encode_json(Report const& report, EncodeOptions const& options) {
    return report.visit([&](auto const& r) { return detail::encode_layout(r, options); });
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
    for (auto key : keys) detail::append_pointer_token(pointer, key);
    return pointer;
}

}  // namespace ogi
