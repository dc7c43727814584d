#pragma once
// The JSON form (ogi-report/1) and its schema for a report of any layout, including one the library does not
// know: a report type BasicReport<二, 三（六）> with its layout_traits (ogi/model/basic_report.hpp). The functions
// of ogi/json.hpp and ogi/schema.hpp cover the layouts of ogi/model/layouts.hpp without this header, which
// compiles the mapping into the caller.
#include "ogi/detail/json_codec.hpp"
#include "ogi/detail/json_schema.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

template <Layout R>
struct LayoutDecodeResult {
    std::optional<R> report;  // set exactly when errors is empty
    std::vector<JsonError> errors;
    explicit operator bool() const noexcept { return report.has_value(); }
};

// The document of a report of layout R; as encode_json.
template <Layout R>
std::string encode_json_layout(R const& report, EncodeOptions const& options = {}) {
    return detail::encode_layout(report, options);
}

// A document read as layout R, every problem reported as decode_json does; "edition" must name R's edition.
template <Layout R>
LayoutDecodeResult<R> decode_json_layout(std::string_view text, DecodeOptions const& options = {}) {
    LayoutDecodeResult<R> result;
    detail::parse_and_read(text, options, result.errors, [&](boost::json::value const& document) {
        detail::Decoder d(options, result.errors);
        auto const* obj = document.if_object();
        if (!obj) return d.fail("expected an " + std::string(report_schema_id) + " document (a JSON object), got " +
                                detail::describe(document));
        std::optional<Edition> declared = detail::read_head(d, *obj);
        constexpr Edition edition = layout_traits<R>::edition;
        if (declared && *declared != edition)
            d.at("edition", [&] { d.fail("expected \"" + std::string(edition_name(edition)) + "\" for this layout"); });
        R report = detail::read_layout<R>(d, *obj);
        if (result.errors.empty()) result.report = std::move(report);
    });
    return result;
}

// The JSON Schema of the documents of the layouts of List (a boost::mp11::mp_list of report types), as
// json_schema() writes it for Layouts: one branch of oneOf for each.
template <class List>
std::string json_schema_of() {
    return pretty_json(detail::schema_document<List>());
}

}  // namespace ogi
