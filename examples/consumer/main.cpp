// Builds a small 2021-edition report in code, computes its totals, checks it and prints its JSON (the README's
// example; the build runs that copy as the test guide.readme_example).
#include <ogi/ogi.hpp>

#include <iostream>

int main() {
    ogi::Report2021 r;
    r.year = 2024;
    r.agency = "某某县人民政府办公室";
    r.overview = "本机关依法做好政府信息公开工作。本年度新收政府信息公开申请15件，均已按时答复。";
    r.problems_and_improvements = "主动公开的及时性有待提高。下一步将完善发布流程。";
    r.other_matters = "本机关未收取信息处理费。";
    r.applications.new_received[ogi::Applicant::natural_person] = 12;
    r.applications.new_received[ogi::Applicant::commercial_enterprise] = 3;
    r.applications.outcomes.disclosed[ogi::Applicant::natural_person] = 10;
    r.applications.outcomes.unable_to_provide.not_held[ogi::Applicant::natural_person] = 2;
    r.applications.outcomes.disclosed[ogi::Applicant::commercial_enterprise] = 3;

    ogi::fill_zeros(r);
    ogi::compute_totals(r);
    ogi::Report report = r;
    std::cout << ogi::encode_json(report);
    return ogi::validate(report).findings.empty() ? 0 : 1;
}
