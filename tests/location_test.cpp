// JSON pointers and official label paths, derived from the model's description and labels.
#include <ogi/location.hpp>

#include <doctest/doctest.h>

#include <utility>

using namespace ogi;

TEST_CASE("a cell's pointer and label path, with the spanning header named once") {
    Report2021 r;
    auto where = locate(r, r.applications.outcomes.unable_to_provide.not_held[Applicant::total]);
    REQUIRE(where);
    CHECK(where->pointer == "/applications/outcomes/unable_to_provide/not_held/total");
    CHECK(where->label_path == "三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计");

    where = locate(r, r.applications.carried_over[Applicant::legal_service_org]);
    CHECK(where->label_path == "二、上年结转政府信息公开申请数量 › 法人或其他组织 › 法律服务机构");
    where = locate(r, r.review_litigation.litigation_direct[CaseResult::pending]);
    CHECK(where->pointer == "/review_litigation/litigation_direct/pending");
    CHECK(where->label_path == "行政诉讼 › 未经复议直接起诉 › 尚未审结");
    CHECK(locate(r, r.other_matters)->label_path == "六、其他需要报告的事项");
}

TEST_CASE("a row and its first cell share an address but not a location") {
    Report2019 r;
    CHECK(locate(r, r.applications.outcomes.total)->pointer == "/applications/outcomes/total");
    CHECK(locate(r, r.applications.outcomes.total[Applicant::natural_person])->pointer ==
          "/applications/outcomes/total/natural_person");
}

TEST_CASE("a JSON pointer's label path, when the layout has it") {
    Report mixed = Report2021SingleRowOther{};
    CHECK(locate(mixed, "/applications/outcomes/other/natural_person")->label_path ==
          "三、本年度办理结果 ›（六）其他处理 › 自然人");
    CHECK_FALSE(locate(mixed, "/applications/outcomes/other/unpaid_fee/total"));
    Report detailed = Report2021{};
    CHECK(locate(detailed, "/applications/outcomes/other/unpaid_fee/total")->label_path ==
          "三、本年度办理结果 ›（六）其他处理 › "
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 › 总计");
}

TEST_CASE("a cell by its JSON pointer, read and written") {
    Report2021 r;
    r.applications.outcomes.disclosed[Applicant::natural_person] = 10;
    Count* disclosed = cell_at(r, "/applications/outcomes/disclosed/natural_person");
    REQUIRE(disclosed);
    CHECK(disclosed == &r.applications.outcomes.disclosed[Applicant::natural_person]);
    *disclosed = 11;
    CHECK(r.applications.outcomes.disclosed[Applicant::natural_person] == Count{11});

    // Through the variant, and every kind of cell of the layout.
    Report report = r;
    Count const* read = cell_at(std::as_const(report), "/applications/outcomes/disclosed/natural_person");
    REQUIRE(read);
    CHECK(*read == Count{11});
    CHECK(cell_at(report, "/active_disclosure/regulatory_documents/rules/in_force"));
    CHECK(cell_at<Amount>(report, "/active_disclosure/fees/administrative_fees/amount"));
    CHECK(cell_at(report, "/applications/outcomes/other/overdue_correction/total"));
    CHECK(cell_at(report, "/review_litigation/litigation_direct/pending"));
    if (Count* total = cell_at(report, "/applications/outcomes/total/total")) *total = 12;
    CHECK(std::get<Report2021>(report.variant()).applications.outcomes.total[Applicant::total] == Count{12});
}

TEST_CASE("a pointer that names no cell of the kind asked for, in this layout, gives nullptr") {
    Report2021 r;
    for (auto pointer : {"", "/", "/applications", "/applications/outcomes/disclosed",  // rows and sections
                         "/applications/outcomes/disclosed/", "/applications/outcomes/disclosed/natural_person/x",
                         "/applications/outcomes/disclosed/natural", "/overview", "/year", "/nothing/here",
                         "applications/outcomes/disclosed/natural_person"})
        CHECK_MESSAGE(!cell_at(r, pointer), pointer);
    // A cell of another kind: 本年收费金额 is an Amount, 2019's 本年增/减 a Change, 采购总金额 an Amount.
    CHECK_FALSE(cell_at<Count>(r, "/active_disclosure/fees/administrative_fees/amount"));
    Report2019 old;
    CHECK_FALSE(cell_at(old, "/active_disclosure/licensing/administrative_licensing/change"));
    CHECK(cell_at<Change>(old, "/active_disclosure/licensing/administrative_licensing/change"));
    CHECK_FALSE(cell_at(old, "/active_disclosure/procurement/centralized_procurement/total_amount"));
    CHECK(cell_at<Amount>(old, "/active_disclosure/procurement/centralized_procurement/total_amount"));
    // The other edition's cells: 三（六）其他处理 as one row (2019) or three sub-rows (2021).
    CHECK_FALSE(cell_at(r, "/applications/outcomes/other/natural_person"));
    CHECK(cell_at(old, "/applications/outcomes/other/natural_person"));
    CHECK_FALSE(cell_at(old, "/applications/outcomes/other/overdue_correction/total"));
    CHECK_FALSE(cell_at(old, "/active_disclosure/regulatory_documents/rules/in_force"));
}
