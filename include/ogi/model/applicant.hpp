#pragma once
// The columns of the application matrix (申请人情况) and one row of it.
#include "ogi/cell.hpp"
#include "ogi/enum_map.hpp"

#include <boost/describe/enum.hpp>

namespace ogi {

enum class Applicant {
    natural_person,
    commercial_enterprise,
    research_institution,
    social_welfare_org,
    legal_service_org,
    other_org,
    total,
};
BOOST_DESCRIBE_ENUM(Applicant, natural_person, commercial_enterprise, research_institution, social_welfare_org,
                    legal_service_org, other_org, total)

inline constexpr std::string_view applicant_header = "申请人情况";

constexpr Labels<7> official_labels(Applicant const*) {
    constexpr std::string_view org = "法人或其他组织";
    return {{{"自然人"},
             {"商业企业", org},
             {"科研机构", org},
             {"社会公益组织", org},
             {"法律服务机构", org},
             {"其他", org},
             {"总计"}}};
}

// The six applicant columns that 总计 sums.
inline constexpr std::array<Applicant, 6> applicant_details = {
    Applicant::natural_person,    Applicant::commercial_enterprise, Applicant::research_institution,
    Applicant::social_welfare_org, Applicant::legal_service_org,    Applicant::other_org};

// A row of the matrix, figures as published (总计 included).
using ApplicantRow = EnumMap<Applicant, Count>;

}  // namespace ogi
