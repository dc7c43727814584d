#pragma once
// The annual report (政府信息公开工作年度报告) of one body for one year, in any of the layouts of
// ogi/model/layouts.hpp.
#include "ogi/model/layouts.hpp"

#include <boost/mp11/utility.hpp>

#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace ogi {

// A report of any layout. Code for every layout is written once, generically, inside visit().
class Report {
public:
    using Variant = boost::mp11::mp_rename<Layouts, std::variant>;

    Report() = default;
    template <class R>
        requires std::is_constructible_v<Variant, R&&>
    Report(R&& r) : data_(std::forward<R>(r)) {}

    template <class F>
    decltype(auto) visit(F&& f) {
        return std::visit(std::forward<F>(f), data_);
    }
    template <class F>
    decltype(auto) visit(F&& f) const {
        return std::visit(std::forward<F>(f), data_);
    }

    // The report as layout R, or nullptr when it has another layout.
    template <class R>
    R* get_if() noexcept {
        return std::get_if<R>(&data_);
    }
    template <class R>
    R const* get_if() const noexcept {
        return std::get_if<R>(&data_);
    }
    template <class R>
    bool holds() const noexcept {
        return std::holds_alternative<R>(data_);
    }

    Edition edition() const {
        return visit([](auto const& r) { return r.edition; });
    }
    OtherProcessingLayout other_processing_layout() const {
        return visit([](auto const& r) { return other_processing_layout_of<std::remove_cvref_t<decltype(r)>>(); });
    }
    std::string const& agency() const {
        return visit([](auto const& r) -> std::string const& { return r.agency; });
    }
    int year() const {
        return visit([](auto const& r) { return r.year; });
    }

    Variant& variant() noexcept { return data_; }
    Variant const& variant() const noexcept { return data_; }

    friend bool operator==(Report const&, Report const&) = default;

private:
    Variant data_;
};

// A report of the edition's layout with （六） as given (by default the edition's own: the first of Layouts that
// does not depart from it), every figure absent, no narrative, no agency and year 0: what a report generator
// fills in. Throws std::invalid_argument for a layout the edition does not have (2019 with sub-rows).
inline Report blank_report(Edition edition, std::optional<OtherProcessingLayout> other = std::nullopt) {
    Report report;
    if (!visit_layout(edition, other, [&]<class R>(R*) { report = R{}; }))
        throw std::invalid_argument("ogi: the " + std::string(edition_name(edition)) +
                                    " edition has no layout with 三（六）其他处理 " +
                                    (other == OtherProcessingLayout::sub_rows ? "as sub-rows" : "as one row"));
    return report;
}

// The report as its JSON (ogi::encode_json): what a failed CHECK(report == expected) prints.
std::ostream& operator<<(std::ostream& out, Report const& report);

}  // namespace ogi
