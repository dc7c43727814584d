// Any report the decoder accepts through validation: never a crash, every finding's path names a cell of the
// report, and a correction, applied, leaves no exact identity broken.
#include <ogi/json.hpp>
#include <ogi/location.hpp>
#include <ogi/rules/catalogue.hpp>
#include <ogi/validate.hpp>

#include <boost/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

bool breaks_an_identity(ogi::Validation const& v) {
    namespace rules = ogi::rules;
    for (ogi::Finding const& f : v.findings)
        for (rules::Rule const* identity :
             {&rules::app_balance, &rules::app_outcomes, &rules::app_row, &rules::review_sum, &rules::sum_range})
            if (f.rule == identity->id) return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    ogi::DecodeResult decoded = ogi::decode_json(std::string_view(reinterpret_cast<char const*>(data), size));
    if (!decoded) return 0;
    ogi::Validation v = ogi::validate(*decoded.report);
    for (ogi::Finding const& f : v.findings)
        for (std::string const& path : f.paths)
            if (!ogi::locate(*decoded.report, path)) std::abort();
    if (v.corrections.empty()) return 0;

    boost::json::value document = ogi::to_json_value(*decoded.report);
    for (ogi::Correction const& c : v.corrections) document.at_pointer(c.path) = c.suggested;
    ogi::DecodeResult corrected = ogi::decode_json(boost::json::serialize(document));
    if (!corrected || breaks_an_identity(ogi::validate(*corrected.report))) std::abort();
    return 0;
}
