// An agency's own software writes its annual report from its case records: each application received, who
// applied and how it was answered, plus the year's review and litigation cases. ogi computes the totals,
// validates, and writes the report's JSON and its HTML page.
// Usage: generate_report OUT_DIR
#include <ogi/ogi.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <vector>

namespace {

// One application as the agency's case system records it.
struct Application {
    ogi::Applicant applicant;
    ogi::MatrixRow outcome;  // how it was answered, or carried_forward while still being handled
};

// The cell one more application adds to.
void count(ogi::Count& cell) { cell = cell.value_or(0) + 1; }

ogi::Report2021 report_of(std::vector<Application> const& applications) {
    ogi::Report2021 r;
    r.year = 2024;
    r.agency = "某某县自然资源局";
    r.overview = "本机关依法做好政府信息公开工作。";
    r.problems_and_improvements = "个别答复不够及时，已建立办理时限提醒。";
    r.other_matters = "本年度未收取信息处理费。";
    // Every count starts at 0, which the agency states: a blank cell would say "not reported", not "none".
    ogi::for_each_leaf<ogi::Count>(r, [](ogi::Count& cell) { cell = 0; });
    r.active_disclosure.regulatory_documents.normative_documents = {.issued = 2, .repealed = 1, .in_force = 14};
    r.active_disclosure.licensing.administrative_licensing.decisions = 318;
    r.active_disclosure.fees.administrative_fees.amount = ogi::Money{*ogi::Decimal::parse("12.5"), ogi::MoneyUnit::wan_yuan};
    for (Application const& a : applications) {
        count(r.applications.new_received[a.applicant]);
        count((*ogi::find_row(r.applications, a.outcome))[a.applicant]);
    }
    // One review this year, upheld.
    r.review_litigation.administrative_review[ogi::CaseResult::upheld] = 1;
    return r;
}

void write(std::filesystem::path const& path, std::string const& text) {
    std::ofstream(path, std::ios::binary) << text;
    std::cout << "wrote " << path.filename().string() << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: generate_report OUT_DIR\n";
        return 2;
    }
    using ogi::Applicant, ogi::MatrixRow;
    std::vector<Application> const applications{
        {Applicant::natural_person, MatrixRow::disclosed},
        {Applicant::natural_person, MatrixRow::disclosed},
        {Applicant::natural_person, MatrixRow::not_held},
        {Applicant::commercial_enterprise, MatrixRow::partially_disclosed},
        {Applicant::legal_service_org, MatrixRow::repeated_application},
        {Applicant::natural_person, MatrixRow::carried_forward},
    };

    ogi::Report report = report_of(applications);
    ogi::compute_totals(report);  // 总计 column, （七）总计, 四's 总计: never typed by hand

    ogi::Validation const validation = ogi::validate(report);
    for (ogi::Finding const& f : validation.findings)
        std::cout << ogi::severity_name(f.severity) << ' ' << f.rule << ": " << f.message.zh << '\n';
    std::cout << validation.findings.size() << " findings\n";
    if (validation.has_errors()) return 1;  // never publish a report whose figures do not add up

    std::filesystem::path const out = argv[1];
    write(out / "report.json", ogi::encode_json(report));
    write(out / "report.html", ogi::render::render_html(report));
    return 0;
}
