// CSV: one line per cell (or per matrix row with wide), RFC 4180 quoting, one header for many reports.
#include <ogi/render/csv.hpp>

#include "render_reports.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <sstream>

using namespace ogi;
using namespace ogi::render;

namespace {

std::vector<std::string> lines(std::string const& csv) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2)
        out.push_back(csv.substr(start, end - start));
    CHECK(start == csv.size());  // every line ends in CRLF
    return out;
}

bool has(std::vector<std::string> const& v, std::string const& line) { return std::find(v.begin(), v.end(), line) != v.end(); }

}  // namespace

TEST_CASE("tidy CSV of Longhua 2020: one line per cell, the wrong 总计 as published") {
    Report r = test::longhua();
    auto l = lines(render_csv(std::span(&r, 1)));
    CHECK(l.front() == "agency,year,edition,section,row_key,column_key,row_label,column_label,value,unit");
    CHECK(l.size() == 1 + 22 + 23 * 7 + 15);  // 二 (2019), the matrix, 四
    CHECK(has(l, "深圳市龙华区政务服务数据管理局,2020,2019,applications,outcomes/unable_to_provide/not_held,total,"
                 "1.本机关不掌握相关政府信息,总计,0,"));
    CHECK(has(l, "深圳市龙华区政务服务数据管理局,2020,2019,applications,outcomes/unable_to_provide/not_held,natural_person,"
                 "1.本机关不掌握相关政府信息,自然人,1,"));
    CHECK(has(l, "深圳市龙华区政务服务数据管理局,2020,2019,applications,new_received,commercial_enterprise,"
                 "一、本年新收政府信息公开申请数量,法人或其他组织 · 商业企业,0,"));
    CHECK(has(l, "深圳市龙华区政务服务数据管理局,2020,2019,active_disclosure,procurement/centralized_procurement,total_amount,"
                 "政府集中采购,采购总金额,456880,元"));
    CHECK(has(l, "深圳市龙华区政务服务数据管理局,2020,2019,review_litigation,litigation_direct,upheld,"
                 "行政诉讼 · 未经复议直接起诉,结果维持,0,"));
}

TEST_CASE("many reports, one header, each report's lines in turn") {
    std::vector<Report> reports{test::longhua(), test::huaian()};
    auto l = lines(render_csv(reports));
    CHECK(std::count_if(l.begin(), l.end(), [](auto const& s) { return s.starts_with("agency,"); }) == 1);
    CHECK(l.size() == 1 + (22 + 23 * 7 + 15) + (10 + 25 * 7 + 15));
    CHECK(has(l, "淮安市人民政府,2024,2021,active_disclosure,fees/administrative_fees,amount,行政事业性收费,"
                 "本年收费金额（单位：万元）,96171.6,万元"));
    CHECK(has(l, "淮安市人民政府,2024,2021,review_litigation,administrative_review,total,行政复议,总计,351,"));
    CHECK(has(l, "淮安市人民政府,2024,2021,applications,outcomes/other/unpaid_fee,total,"
                 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请,总计,6,"));
}

TEST_CASE("a blank cell is an empty value; fields with comma, quote or line break are quoted") {
    Report2021 r;
    r.year = 2024;
    r.agency = "某局,\"试点\"\n办公室";
    r.applications.new_received[Applicant::natural_person] = 2;
    Report report = r;
    auto l = lines(render_csv(std::span(&report, 1)));
    CHECK(has(l, "\"某局,\"\"试点\"\"\n办公室\",2024,2021,applications,new_received,natural_person,"
                 "一、本年新收政府信息公开申请数量,自然人,2,"));
    CHECK(has(l, "\"某局,\"\"试点\"\"\n办公室\",2024,2021,applications,new_received,total,"
                 "一、本年新收政府信息公开申请数量,总计,,"));
}

TEST_CASE("wide CSV: one line per row of the application matrix") {
    std::vector<Report> reports{test::longhua(), test::huaian()};
    auto l = lines(render_csv(reports, {.wide = true}));
    CHECK(l.front() == "agency,year,edition,row_key,row_label,natural_person,commercial_enterprise,research_institution,"
                       "social_welfare_org,legal_service_org,other_org,total");
    CHECK(l.size() == 1 + 23 + 25);
    CHECK(has(l, "深圳市龙华区政务服务数据管理局,2020,2019,outcomes/unable_to_provide/not_held,1.本机关不掌握相关政府信息,1,0,0,0,0,0,0"));
    CHECK(has(l, "深圳市龙华区政务服务数据管理局,2020,2019,outcomes/total,（七）总计,1,0,0,0,0,0,0"));
}

TEST_CASE("with the UTF-8 BOM for Excel: three bytes before the header, once for many reports") {
    Report2021 r;
    r.year = 2024;
    r.agency = "某局";
    r.applications.new_received[Applicant::natural_person] = 2;
    std::array<Report, 2> reports{r, r};
    std::string const plain = render_csv(reports);
    for (bool wide : {false, true}) {
        std::string const with_bom = render_csv(reports, {.wide = wide, .bom = true});
        CHECK(with_bom.starts_with("\xEF\xBB\xBF" "agency,year,"));
        CHECK(with_bom.substr(3) == render_csv(reports, {.wide = wide}));
        CHECK(with_bom.find("\xEF\xBB\xBF", 3) == std::string::npos);
        CHECK(csv_header({.wide = wide, .bom = true}) == std::string(utf8_bom) + csv_header({.wide = wide}));
    }
    CHECK_FALSE(plain.starts_with(utf8_bom));
}

TEST_CASE("the field quoting of RFC 4180, for CSV of your own") {
    auto field = [](std::string_view text) {
        std::string out;
        append_csv_field(out, text);
        return out;
    };
    CHECK(field("总计") == "总计");
    CHECK(field("") == "");
    CHECK(field("a,b") == "\"a,b\"");
    CHECK(field("say \"无\"") == "\"say \"\"无\"\"\"");
    CHECK(field("two\nlines") == "\"two\nlines\"");
    CHECK(field("cr\r") == "\"cr\r\"");
    std::string out = "x,";
    append_csv_field(out, "y");
    CHECK(out == "x,y");  // appends
}
