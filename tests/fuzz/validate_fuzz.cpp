// Any report the decoder accepts through validation: never a crash, every finding's path names a cell of the
// report, and the corrections, applied, leave no identity broken but in the parts of the tables that had none
// (each independent part is corrected on its own, or not at all).
#include <ogi/json.hpp>
#include <ogi/location.hpp>
#include <ogi/rules/catalogue.hpp>
#include <ogi/validate.hpp>

#include <boost/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

namespace {

bool breaks_an_identity(ogi::Finding const& f) {
    namespace rules = ogi::rules;
    for (rules::Rule const* identity :
         {&rules::app_balance, &rules::app_outcomes, &rules::app_row, &rules::review_sum, &rules::sum_range})
        if (f.rule == identity->id) return true;
    return false;
}

// The summarizing cells of the broken identities that no correction resolves.
std::set<std::string> left_broken(ogi::Validation const& v) {
    std::set<std::string> cells;
    for (ogi::Finding const& f : v.findings)
        if (breaks_an_identity(f) && f.resolved_by.empty() && !f.paths.empty()) cells.insert(f.paths.front());
    return cells;
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
    if (!corrected) std::abort();
    std::set<std::string> const uncorrected = left_broken(v);
    for (ogi::Finding const& f : ogi::validate(*corrected.report).findings)
        if (breaks_an_identity(f) && (f.paths.empty() || !uncorrected.contains(f.paths.front()))) std::abort();
    return 0;
}
