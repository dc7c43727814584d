#pragma once
// The annual report (政府信息公开工作年度报告) of one body for one year, in either edition.
#include "ogi/model/active_disclosure_2019.hpp"
#include "ogi/model/active_disclosure_2021.hpp"
#include "ogi/model/application_matrix.hpp"
#include "ogi/model/edition.hpp"
#include "ogi/model/review_litigation.hpp"

#include <boost/describe/class.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace ogi {

// The report with the tables of one layout: ActiveDisclosure is v2019:: or v2021::ActiveDisclosure (section 二),
// Other the shape of 三（六）. Narratives are optional because a report built from table figures alone has none;
// validation, not the type, says that a section is missing.
template <class ActiveDisclosure, class Other>
struct BasicReport {
    static constexpr Edition edition = ActiveDisclosure::edition;

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

using Report2019 = BasicReport<v2019::ActiveDisclosure, ApplicantRow>;
using Report2021 = BasicReport<v2021::ActiveDisclosure, OtherProcessing>;
// 2021 tables in 二 but 三（六） kept as one row: a layout real reports use. Its figures are kept as
// published; validation flags the layout.
using Report2021SingleRowOther = BasicReport<v2021::ActiveDisclosure, ApplicantRow>;
using Report2021Mixed [[deprecated("say Report2021SingleRowOther")]] = Report2021SingleRowOther;

// The layout of 三（六）其他处理.
enum class OtherProcessingLayout { single_row, sub_rows };

// A report of any layout. Code for both editions is written once, generically, inside visit().
class Report {
public:
    using Variant = std::variant<Report2019, Report2021, Report2021SingleRowOther>;

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

    Edition edition() const {
        return visit([](auto const& r) { return r.edition; });
    }
    OtherProcessingLayout other_processing_layout() const {
        return visit([](auto const& r) {
            return has_other_processing_detail<std::remove_cvref_t<decltype(r.applications.outcomes.other)>>
                       ? OtherProcessingLayout::sub_rows
                       : OtherProcessingLayout::single_row;
        });
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

// The report as its JSON (ogi::encode_json): what a failed CHECK(report == expected) prints.
std::ostream& operator<<(std::ostream& out, Report const& report);

}  // namespace ogi
