// Builds a small 2021-edition report in code, computes its totals and prints its JSON.
#include <ogi/ogi.hpp>

#include <iostream>

int main() {
    ogi::Report2021 r;
    r.year = 2024;
    r.agency = "某某县人民政府办公室";
    r.applications.new_received[ogi::Applicant::natural_person] = 12;
    r.applications.new_received[ogi::Applicant::commercial_enterprise] = 3;
    r.applications.outcomes.disclosed[ogi::Applicant::natural_person] = 10;
    r.applications.outcomes.unable_to_provide.not_held[ogi::Applicant::natural_person] = 2;
    r.applications.outcomes.disclosed[ogi::Applicant::commercial_enterprise] = 3;

    ogi::Report report = r;
    ogi::compute_totals(report);
    std::cout << ogi::encode_json(report);
    return ogi::decode_json(ogi::encode_json(report)) ? 0 : 1;
}
