// HTML: the official layout with merged cells, findings marked on their cells, everything from the report escaped.
#include <ogi/render/html.hpp>
#include <ogi/validate.hpp>

#include "render_reports.hpp"

#include <doctest/doctest.h>

using namespace ogi;
using namespace ogi::render;

namespace {

std::size_t count(std::string const& text, std::string_view what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("Longhua 2020 with its findings: exactly the two wrong 总计 cells are marked as errors") {
    auto findings = test::longhua_findings();
    std::string html = render_html(test::longhua(), findings);
    CHECK(count(html, "class=\"finding error\"") == 2);
    CHECK(count(html, "finding warning") == 0);  // the warning names a section, not a cell
    CHECK(html.find("<td id=\"/applications/outcomes/unable_to_provide/not_held/total\" class=\"finding error\" "
                    "title=\"总计应为 1（各列之和），报告为 0\">0<a class=\"ref\" href=\"#finding-1\">1</a></td>") != std::string::npos);
    CHECK(html.find("<td id=\"/applications/outcomes/total/total\" class=\"finding error\"") != std::string::npos);
    // the list at the top links to the cells and to the section
    CHECK(html.find("<li id=\"finding-1\" class=\"error\"><a href=\"#/applications/outcomes/unable_to_provide/not_held/total\">") !=
          std::string::npos);
    CHECK(html.find("<li id=\"finding-3\" class=\"warning\"><a href=\"#/overview\">") != std::string::npos);
    CHECK(html.find("<section id=\"/overview\">") != std::string::npos);
    CHECK(html.find("检查发现的问题") < html.find("一、总体情况"));
}

TEST_CASE("--lang en: the messages in English") {
    auto findings = test::longhua_findings();
    std::string html = render_html(test::longhua(), findings, {.language = Language::en});
    CHECK(html.find("title=\"总计 should be 1 (the sum of the columns), the report says 0\"") != std::string::npos);
    CHECK(html.find("<h2>Findings</h2>") != std::string::npos);
    CHECK(html.find("报告为 0") == std::string::npos);
}

TEST_CASE("no findings, no marks") {
    std::string html = render_html(test::huaian());
    CHECK(html.find("class=\"finding") == std::string::npos);
    CHECK(html.find("<section class=\"findings\">") == std::string::npos);
}

TEST_CASE("merged header cells as the format merges them") {
    std::string html = render_html(test::huaian());
    CHECK(html.find("<th class=\"header\" scope=\"col\" colspan=\"7\">申请人情况</th>") != std::string::npos);
    CHECK(html.find("<th class=\"header\" scope=\"col\" colspan=\"5\">法人或其他组织</th>") != std::string::npos);
    CHECK(html.find("<th class=\"header\" scope=\"col\" rowspan=\"2\">自然人</th>") != std::string::npos);
    CHECK(html.find("<th class=\"label\" scope=\"row\" rowspan=\"22\">三、本年度办理结果</th>") != std::string::npos);
    CHECK(html.find("<th class=\"label\" scope=\"row\" rowspan=\"3\">（六）其他处理</th>") != std::string::npos);
    CHECK(html.find("<th class=\"header\" scope=\"col\" rowspan=\"2\" colspan=\"5\">行政复议</th>") != std::string::npos);
    CHECK(html.find("<th class=\"header\" scope=\"col\" colspan=\"10\">行政诉讼</th>") != std::string::npos);
    CHECK(html.find("<th class=\"caption\" scope=\"col\" colspan=\"4\">第二十条第（八）项</th>") != std::string::npos);
    CHECK(html.find("<td id=\"/active_disclosure/fees/administrative_fees/amount\" colspan=\"3\">96171.6 万元</td>") !=
          std::string::npos);
}

TEST_CASE("one self-contained page; the report's own text is escaped") {
    Report2019 r;
    r.year = 2020;
    r.agency = "<script>alert(1)</script>局";
    r.overview = "第一段 <b>加粗</b> & \"引号\"\n\n第二段";
    Finding f{"x", Severity::notice, {"/applications/new_received/total"}, {}, {}, {"<img src=x onerror=alert(1)>", "e"}, {}};
    std::string html = render_html(Report(r), std::span(&f, 1));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;局") != std::string::npos);
    CHECK(html.find("<p>第一段 &lt;b&gt;加粗&lt;/b&gt; &amp; &quot;引号&quot;</p>\n<p>第二段</p>") != std::string::npos);
    CHECK(html.find("class=\"absent finding notice\"") != std::string::npos);
    CHECK(html.find("http://") == std::string::npos);
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.ends_with("</html>\n"));
}

TEST_CASE("a correction marks the cell it changes (应为 N); a blank validation infers is shown as inferred") {
    Report huaian = test::huaian();
    auto& report = std::get<Report2021>(huaian.variant());
    report.applications.outcomes.disclosed[Applicant::natural_person] = 1293;  // published 1288
    report.applications.carried_over[Applicant::total] = Count();              // inferred: 34
    Validation const v = validate(huaian);
    REQUIRE(v.corrections.size() == 1);
    REQUIRE(v.inferred.size() == 1);
    std::string html = render_html(huaian, v.findings, {.corrections = v.corrections, .inferred = v.inferred});
    // The cell to change, besides the two totals its error breaks.
    CHECK(html.find("<td id=\"/applications/outcomes/disclosed/natural_person\" class=\"finding correction\">1293"
                    "<span class=\"should-be\">应为 1288</span></td>") != std::string::npos);
    CHECK(count(html, "class=\"finding error\"") == 2);
    CHECK(count(html, "class=\"finding correction") == 1);
    // Inferred, and still marked by CELL-ABSENT: the published table leaves it blank.
    CHECK(html.find("<td id=\"/applications/carried_over/total\" class=\"inferred finding warning\" title=\"推算值\n") !=
          std::string::npos);
    CHECK(html.find("1293 → 应为 1288</p>") != std::string::npos);  // listed with the findings

    std::string en = render_html(huaian, v.findings,
                                 {.language = Language::en, .corrections = v.corrections, .inferred = v.inferred});
    CHECK(en.find("<span class=\"should-be\">should be 1288</span>") != std::string::npos);
    CHECK(en.find("class=\"inferred finding warning\" title=\"inferred\n") != std::string::npos);
    // Without the validation, the blank is a blank.
    CHECK(render_html(huaian).find("<td id=\"/applications/carried_over/total\" class=\"absent\">—</td>") != std::string::npos);
}
