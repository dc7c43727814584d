#pragma once
// The annual report (政府信息公开工作年度报告) of one body for one year in the tables of one layout, and what a
// layout is. The layouts the library knows are listed in ogi/model/layouts.hpp.
#include "ogi/model/application_matrix.hpp"
#include "ogi/model/edition.hpp"
#include "ogi/model/review_litigation.hpp"

#include <boost/describe/class.hpp>

#include <concepts>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace ogi {

// What a layout says about itself, beyond its tables; specialized for each report type R = BasicReport<…>:
//     static constexpr Edition edition;              // the edition whose tables it has
//     static constexpr std::string_view variant;     // empty for the edition's own layout, else how it departs
//     static constexpr bool departs_from_edition;    // a layout reports use that the edition does not define
//                                                    // (validation flags it: LAYOUT-MIXED)
template <class R>
struct layout_traits;

// The traits of an edition's own layout.
template <Edition E>
struct edition_layout {
    static constexpr Edition edition = E;
    static constexpr std::string_view variant = "";
    static constexpr bool departs_from_edition = false;
};

template <class R>
concept Layout = requires {
    { layout_traits<R>::edition } -> std::convertible_to<Edition>;
    { layout_traits<R>::variant } -> std::convertible_to<std::string_view>;
    { layout_traits<R>::departs_from_edition } -> std::convertible_to<bool>;
};

// The report with the tables of one layout: ActiveDisclosure is section 二 (v2019:: or v2021::ActiveDisclosure
// for the built-in layouts), Other the shape of 三（六）. Narratives are optional because a report built from table
// figures alone has none; validation, not the type, says that a section is missing.
template <class ActiveDisclosure, class Other>
struct BasicReport {
    static constexpr Edition edition = layout_traits<BasicReport>::edition;

    int year = 0;
    std::string agency;
    std::optional<std::string> overview;
    ActiveDisclosure active_disclosure;
    ApplicationMatrix<Other> applications;
    ReviewLitigation review_litigation;
    std::optional<std::string> problems_and_improvements;
    std::optional<std::string> other_matters;
    // The date the report is signed (落款日期, "2025年1月20日" after 六) as ISO 8601, "2025-01-20"; optional in
    // JSON, so documents written before it remain valid.
    std::optional<std::string> signed_on;

    friend bool operator==(BasicReport const&, BasicReport const&) = default;
    BOOST_DESCRIBE_CLASS(BasicReport, (),
                         (year, agency, overview, active_disclosure, applications, review_litigation,
                          problems_and_improvements, other_matters, signed_on),
                         (), ())
};
template <class A, class O>
constexpr Labels<9> official_labels(BasicReport<A, O> const*) {
    return {{{"报告年度"},
             {"机关名称"},
             {"一、总体情况"},
             {"二、主动公开政府信息情况"},
             {"三、收到和处理政府信息公开申请情况"},
             {"四、政府信息公开行政复议、行政诉讼情况"},
             {"五、存在的主要问题及改进情况"},
             {"六、其他需要报告的事项"},
             {"落款日期"}}};
}

// The layout of 三（六）其他处理.
enum class OtherProcessingLayout { single_row, sub_rows };

template <class R>
constexpr OtherProcessingLayout other_processing_layout_of() {
    return has_other_processing_detail<std::remove_cvref_t<decltype(std::declval<R&>().applications.outcomes.other)>>
               ? OtherProcessingLayout::sub_rows
               : OtherProcessingLayout::single_row;
}

// The title of a layout: "2019 edition (国办公开办函〔2019〕60号)", "2021 edition with 三（六）其他处理 kept as one row".
template <Layout R>
std::string layout_title() {
    using T = layout_traits<R>;
    EditionInfo const& e = edition_info(T::edition);
    std::string title = std::string(e.name) + " edition ";
    if (T::variant.empty()) return title + "(" + std::string(e.document.text) + ")";
    return title + std::string(T::variant);
}

}  // namespace ogi
