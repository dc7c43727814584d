// JSON pointers and official label paths, derived from the model's description and labels.
#include <ogi/location.hpp>

#include <doctest/doctest.h>

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
