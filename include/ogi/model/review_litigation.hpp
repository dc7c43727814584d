#pragma once
// 四、政府信息公开行政复议、行政诉讼情况: one data row of 15 cells, three groups of five.
#include "ogi/cell.hpp"
#include "ogi/enum_map.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

namespace ogi {

enum class CaseResult { upheld, corrected, other, pending, total };
BOOST_DESCRIBE_ENUM(CaseResult, upheld, corrected, other, pending, total)

constexpr Labels<5> official_labels(CaseResult const*) {
    return {{{"结果维持"}, {"结果纠正"}, {"其他结果"}, {"尚未审结"}, {"总计"}}};
}

// The four results that 总计 sums.
inline constexpr std::array<CaseResult, 4> case_result_details = {CaseResult::upheld, CaseResult::corrected,
                                                                  CaseResult::other, CaseResult::pending};

using CaseRow = EnumMap<CaseResult, Count>;

struct ReviewLitigation {
    CaseRow administrative_review;
    CaseRow litigation_direct;
    CaseRow litigation_after_review;
    friend constexpr bool operator==(ReviewLitigation const&, ReviewLitigation const&) = default;
};
BOOST_DESCRIBE_STRUCT(ReviewLitigation, (), (administrative_review, litigation_direct, litigation_after_review))

constexpr Labels<3> official_labels(ReviewLitigation const*) {
    return {{{"行政复议"}, {"未经复议直接起诉", "行政诉讼"}, {"复议后起诉", "行政诉讼"}}};
}

}  // namespace ogi
