#pragma once
// The layouts of the tables the library knows, as one list: the Report variant, JSON decoding and encoding, the
// schema's oneOf, the importer's and validation's dispatch and blank_report are all derived from it. A layout is a
// report type BasicReport<二, 三（六）> with its layout_traits (ogi/model/basic_report.hpp); a new edition adds its
// tables, its row of edition_table and its entry here.
#include "ogi/model/active_disclosure_2019.hpp"
#include "ogi/model/active_disclosure_2021.hpp"
#include "ogi/model/basic_report.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <optional>
#include <type_traits>

namespace ogi {

using Report2019 = BasicReport<v2019::ActiveDisclosure, ApplicantRow>;
template <>
struct layout_traits<Report2019> : edition_layout<Edition::e2019> {};

using Report2021 = BasicReport<v2021::ActiveDisclosure, OtherProcessing>;
template <>
struct layout_traits<Report2021> : edition_layout<Edition::e2021> {};

// 2021 tables in 二 but 三（六） kept as one row: a layout real reports use. Its figures are kept as
// published; validation flags the layout.
using Report2021SingleRowOther = BasicReport<v2021::ActiveDisclosure, ApplicantRow>;
using Report2021Mixed [[deprecated("say Report2021SingleRowOther")]] = Report2021SingleRowOther;
template <>
struct layout_traits<Report2021SingleRowOther> {
    static constexpr Edition edition = Edition::e2021;
    static constexpr std::string_view variant = "with 三（六）其他处理 kept as one row";
    static constexpr bool departs_from_edition = true;
};

// In the order a document's layout is chosen when nothing tells two apart (the edition's own layout first).
using Layouts = boost::mp11::mp_list<Report2019, Report2021, Report2021SingleRowOther>;

template <class R>
using is_layout = std::bool_constant<Layout<R>>;
static_assert(boost::mp11::mp_all_of<Layouts, is_layout>::value, "every entry of Layouts has its layout_traits");

// Calls f(R*) (a null pointer of each layout type) for every layout of List, in order.
template <class List = Layouts, class F>
constexpr void for_each_layout(F&& f) {
    boost::mp11::mp_for_each<boost::mp11::mp_transform<std::add_pointer_t, List>>(f);
}

// Calls f(R*) for the layout of Layouts with this edition and （六） as given, by default the edition's own (the
// first that does not depart from it): how a reader that has told the edition and （六） apart picks the type to
// fill. False when the edition has no such layout (2019 with sub-rows).
template <class F>
bool visit_layout(Edition edition, std::optional<OtherProcessingLayout> other, F&& f) {
    bool found = false;
    for_each_layout([&]<class R>(R* layout) {
        using T = layout_traits<R>;
        bool const fits = other ? other_processing_layout_of<R>() == *other : !T::departs_from_edition;
        if (found || T::edition != edition || !fits) return;
        found = true;
        f(layout);
    });
    return found;
}

}  // namespace ogi
