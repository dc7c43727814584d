#pragma once
// 三、收到和处理政府信息公开申请情况: the application matrix, rows × 申请人 columns.
// The two editions differ only in （六）其他处理: one row (2019) or three sub-rows (2021), so the matrix is
// a template over that part and everything else is shared.
#include "ogi/model/applicant.hpp"
#include "ogi/walk.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <type_traits>
#include <utility>

namespace ogi {

// Every data row of every layout, in table order. A matrix holds the rows of its layout (rows_of): （六）其他处理
// as the one row other_processing, or as the sub-rows overdue_correction / unpaid_fee / other. A row is named as
// the member that holds it (OtherProcessing::other is MatrixRow::other); the one row of （六） is named after its
// label, since its member Outcomes::other is also the name of the group of sub-rows.
enum class MatrixRow {
    new_received,
    carried_over,
    disclosed,
    partially_disclosed,
    state_secret,
    prohibited_by_law,
    security_stability,
    third_party_rights,
    internal_affairs,
    process_information,
    enforcement_files,
    administrative_inquiry,
    not_held,
    requires_creation,
    still_unclear,
    petition_or_complaint,
    repeated_application,
    publication_request,
    excessive_requests,
    confirmation_request,
    other_processing,
    overdue_correction,
    unpaid_fee,
    other,
    // The old name of `other` (JSON /applications/outcomes/other/other): an alias, so code that says it still means
    // the same row. Not described: the enum's description lists each row once.
    other_reasons [[deprecated("say MatrixRow::other, as the member OtherProcessing::other")]] = other,
    total,
    carried_forward,
};
BOOST_DESCRIBE_ENUM(MatrixRow, new_received, carried_over, disclosed, partially_disclosed, state_secret,
                    prohibited_by_law, security_stability, third_party_rights, internal_affairs, process_information,
                    enforcement_files, administrative_inquiry, not_held, requires_creation, still_unclear,
                    petition_or_complaint, repeated_application, publication_request, excessive_requests,
                    confirmation_request, other_processing, overdue_correction, unpaid_fee, other, total,
                    carried_forward)

constexpr Labels<26> official_labels(MatrixRow const*) {
    return {{
        {"一、本年新收政府信息公开申请数量"},
        {"二、上年结转政府信息公开申请数量"},
        {"（一）予以公开"},
        {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
        {"1.属于国家秘密"},
        {"2.其他法律行政法规禁止公开"},
        {"3.危及“三安全一稳定”"},
        {"4.保护第三方合法权益"},
        {"5.属于三类内部事务信息"},
        {"6.属于四类过程性信息"},
        {"7.属于行政执法案卷"},
        {"8.属于行政查询事项"},
        {"1.本机关不掌握相关政府信息"},
        {"2.没有现成信息需要另行制作"},
        {"3.补正后申请内容仍不明确"},
        {"1.信访举报投诉类申请"},
        {"2.重复申请"},
        {"3.要求提供公开出版物"},
        {"4.无正当理由大量反复申请"},
        {"5.要求行政机关确认或重新出具已获取信息"},
        {"（六）其他处理"},
        {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
        {"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
        {"3.其他"},
        {"（七）总计"},
        {"四、结转下年度继续办理"},
    }};
}

inline constexpr std::string_view matrix_balance_note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

struct NotDisclosed {
    ApplicantRow state_secret;
    ApplicantRow prohibited_by_law;
    ApplicantRow security_stability;
    ApplicantRow third_party_rights;
    ApplicantRow internal_affairs;
    ApplicantRow process_information;
    ApplicantRow enforcement_files;
    ApplicantRow administrative_inquiry;
    friend constexpr bool operator==(NotDisclosed const&, NotDisclosed const&) = default;
};
BOOST_DESCRIBE_STRUCT(NotDisclosed, (),
                      (state_secret, prohibited_by_law, security_stability, third_party_rights, internal_affairs,
                       process_information, enforcement_files, administrative_inquiry))
constexpr Labels<8> official_labels(NotDisclosed const*) { return label_range<8>(MatrixRow::state_secret); }

struct UnableToProvide {
    ApplicantRow not_held;
    ApplicantRow requires_creation;
    ApplicantRow still_unclear;
    friend constexpr bool operator==(UnableToProvide const&, UnableToProvide const&) = default;
};
BOOST_DESCRIBE_STRUCT(UnableToProvide, (), (not_held, requires_creation, still_unclear))
constexpr Labels<3> official_labels(UnableToProvide const*) { return label_range<3>(MatrixRow::not_held); }

struct NotProcessed {
    ApplicantRow petition_or_complaint;
    ApplicantRow repeated_application;
    ApplicantRow publication_request;
    ApplicantRow excessive_requests;
    ApplicantRow confirmation_request;
    friend constexpr bool operator==(NotProcessed const&, NotProcessed const&) = default;
};
BOOST_DESCRIBE_STRUCT(NotProcessed, (),
                      (petition_or_complaint, repeated_application, publication_request, excessive_requests,
                       confirmation_request))
constexpr Labels<5> official_labels(NotProcessed const*) { return label_range<5>(MatrixRow::petition_or_complaint); }

// （六）其他处理 as the 2021 edition splits it.
struct OtherProcessing {
    ApplicantRow overdue_correction;
    ApplicantRow unpaid_fee;
    ApplicantRow other;
    friend constexpr bool operator==(OtherProcessing const&, OtherProcessing const&) = default;
};
BOOST_DESCRIBE_STRUCT(OtherProcessing, (), (overdue_correction, unpaid_fee, other))
constexpr Labels<3> official_labels(OtherProcessing const*) { return label_range<3>(MatrixRow::overdue_correction); }

// Other is ApplicantRow (（六） as one row) or OtherProcessing (three sub-rows).
template <class Other>
struct Outcomes {
    ApplicantRow disclosed;
    ApplicantRow partially_disclosed;
    NotDisclosed not_disclosed;
    UnableToProvide unable_to_provide;
    NotProcessed not_processed;
    Other other;
    ApplicantRow total;
    friend constexpr bool operator==(Outcomes const&, Outcomes const&) = default;
    BOOST_DESCRIBE_CLASS(Outcomes, (),
                         (disclosed, partially_disclosed, not_disclosed, unable_to_provide, not_processed, other, total),
                         (), ())
};
template <class Other>
constexpr Labels<7> official_labels(Outcomes<Other> const*) {
    return {{label(MatrixRow::disclosed), label(MatrixRow::partially_disclosed), {"（三）不予公开"}, {"（四）无法提供"},
             {"（五）不予处理"}, label(MatrixRow::other_processing), label(MatrixRow::total)}};
}

template <class Other>
struct ApplicationMatrix {
    ApplicantRow new_received;
    ApplicantRow carried_over;
    Outcomes<Other> outcomes;
    ApplicantRow carried_forward;
    friend constexpr bool operator==(ApplicationMatrix const&, ApplicationMatrix const&) = default;
    BOOST_DESCRIBE_CLASS(ApplicationMatrix, (), (new_received, carried_over, outcomes, carried_forward), (), ())
};
template <class Other>
constexpr Labels<4> official_labels(ApplicationMatrix<Other> const*) {
    return {{label(MatrixRow::new_received), label(MatrixRow::carried_over), {"三、本年度办理结果"},
             label(MatrixRow::carried_forward)}};
}

using ApplicationMatrix2019 = ApplicationMatrix<ApplicantRow>;
using ApplicationMatrix2021 = ApplicationMatrix<OtherProcessing>;

// Whether 三（六） is split into sub-rows in this layout.
template <class Other>
constexpr bool has_other_processing_detail = !std::is_same_v<Other, ApplicantRow>;

// The rows of （六）其他处理 in a layout whose （六） is Other, as data: declared beside each shape of （六）. A new
// shape that names its rows by MatrixRow gets rows_of, for_each_row and find_row; the algorithms that only need
// the matrix's structure (JSON, validation, rendering) do without.
template <class Other>
inline constexpr std::array<MatrixRow, 0> other_processing_rows{};
template <>
inline constexpr std::array other_processing_rows<ApplicantRow>{MatrixRow::other_processing};
template <>
inline constexpr std::array other_processing_rows<OtherProcessing>{MatrixRow::overdue_correction, MatrixRow::unpaid_fee,
                                                                   MatrixRow::other};

// How many rows (ApplicantRow) a part of the matrix holds, from its structure.
template <class T>
constexpr std::size_t row_count() {
    if constexpr (std::is_same_v<T, ApplicantRow>) {
        return 1;
    } else {
        namespace bd = boost::describe;
        std::size_t n = 0;
        boost::mp11::mp_for_each<bd::describe_members<T, bd::mod_public>>(
            [&](auto d) { n += row_count<std::remove_cvref_t<decltype(std::declval<T&>().*d.pointer)>>(); });
        return n;
    }
}

// Whether the rows of （六） in this layout are named by MatrixRow.
template <class Other>
constexpr bool has_named_rows = other_processing_rows<Other>.size() == row_count<Other>();

// The rows a matrix of this layout has, in table order (the order of its leaves when walked): the rows every
// layout has, with those of （六） in their place.
template <class Other>
    requires has_named_rows<Other>
constexpr auto rows_of() {
    constexpr auto other = other_processing_rows<Other>;
    constexpr std::size_t before = index_of(MatrixRow::other_processing);  // the rows above （六）
    constexpr std::size_t after = 2;                                         // （七）总计 and 四、结转下年度继续办理
    std::array<MatrixRow, before + other.size() + after> rows{};
    std::size_t n = 0;
    for (std::size_t i = 0; i < before; ++i) rows[n++] = static_cast<MatrixRow>(i);
    for (MatrixRow r : other) rows[n++] = r;
    rows[n++] = MatrixRow::total;
    rows[n++] = MatrixRow::carried_forward;
    return rows;
}
static_assert(rows_of<ApplicantRow>().size() == row_count<ApplicationMatrix<ApplicantRow>>());
static_assert(rows_of<OtherProcessing>().size() == row_count<ApplicationMatrix<OtherProcessing>>());

// The rows that （七）总计 sums: every outcome row of the layout but the total itself.
template <class Other>
    requires has_named_rows<Other>
constexpr auto outcome_rows_of() {
    constexpr auto all = rows_of<Other>();
    std::array<MatrixRow, all.size() - 4> rows{};
    std::copy(all.begin() + 2, all.end() - 2, rows.begin());
    return rows;
}

// Calls f(MatrixRow, row) for every row of the matrix, in table order.
template <class Matrix, class F>
constexpr void for_each_row(Matrix& m, F&& f) {
    constexpr auto rows = rows_of<std::remove_cvref_t<decltype(m.outcomes.other)>>();
    std::size_t i = 0;
    for_each_leaf<ApplicantRow>(m, [&](auto& row) { f(rows[i++], row); });
}

// The row r of the matrix, or nullptr when this layout has no such row.
template <class Matrix>
constexpr auto find_row(Matrix& m, MatrixRow r) -> decltype(&m.new_received) {
    decltype(&m.new_received) found = nullptr;
    for_each_row(m, [&](MatrixRow row, auto& cells) {
        if (row == r) found = &cells;
    });
    return found;
}

}  // namespace ogi
