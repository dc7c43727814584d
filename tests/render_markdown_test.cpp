// Markdown: the official layout as GFM tables, merged cells written once, findings numbered on their cells.
#include <ogi/render/markdown.hpp>
#include <ogi/validate.hpp>

#include "render_reports.hpp"

#include <doctest/doctest.h>

using namespace ogi;
using namespace ogi::render;

TEST_CASE("Longhua 2020 as Markdown, its findings marked") {
    auto findings = test::longhua_findings();
    std::string md = render_markdown(test::longhua(), findings);
    CHECK(md.starts_with("# 深圳市龙华区政务服务数据管理局2020年政府信息公开工作年度报告\n"));
    CHECK(md.find("1. **错误** `/applications/outcomes/unable_to_provide/not_held/total` 总计应为 1（各列之和），报告为 0\n") !=
          std::string::npos);
    CHECK(md.find("\n## 三、收到和处理政府信息公开申请情况\n") != std::string::npos);
    // the header: the balance note over the three label columns, 申请人情况 over the seven
    CHECK(md.find("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |\n"
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
                  "|  |  |  | **自然人** | **法人或其他组织** |  |  |  |  | **总计** |\n") != std::string::npos);
    CHECK(md.find("| （四）无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 0 ⚠1 |\n") != std::string::npos);
    CHECK(md.find("|  | （七）总计 |  | 1 | 0 | 0 | 0 | 0 | 0 | 0 ⚠2 |\n") != std::string::npos);
    CHECK(md.find("| 政府集中采购 | 9 | 456880 元 |  |\n") != std::string::npos);
}

TEST_CASE("the report's own text cannot become Markdown or HTML") {
    Report2021 r;
    r.year = 2024;
    r.agency = "某局";
    r.overview = "# 不是标题\n1. 不是列表\n<b>x</b> | [链接](http://x)\n        不是代码";
    std::string md = render_markdown(Report(r));
    CHECK(md.find("\n\\# 不是标题\n") != std::string::npos);
    CHECK(md.find("\n1\\. 不是列表\n") != std::string::npos);
    CHECK(md.find("\n\\<b\\>x\\</b\\> \\| \\[链接\\](http://x)\n") != std::string::npos);
    CHECK(md.find("\n不是代码\n") != std::string::npos);
}

TEST_CASE("Markdown: the cells the correction changes (→ 应为 N), the corrections listed, a blank inferred in italics") {
    Report longhua = test::longhua();
    std::get<Report2019>(longhua.variant()).applications.carried_over[Applicant::total] = Count();  // inferred: 0
    Validation const v = validate(longhua);
    REQUIRE(v.inferred == std::vector<Inferred>{{"/applications/carried_over/total", 0}});
    std::string md = render_markdown(longhua, v.findings, {.corrections = v.corrections, .inferred = v.inferred});
    CHECK(md.find("| （四）无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 0 ⚠1 → **应为 1** |\n") != std::string::npos);
    CHECK(md.find("- `/applications/outcomes/total/total` 0 → 应为 1\n") != std::string::npos);
    CHECK(md.find("| *0*（推算值） ⚠") != std::string::npos);  // and CELL-ABSENT: blank as published
    std::string en = render_markdown(longhua, v.findings,
                                     {.language = Language::en, .corrections = v.corrections, .inferred = v.inferred});
    CHECK(en.find("→ **should be 1** |") != std::string::npos);
    CHECK(en.find("| *0*（inferred） ⚠") != std::string::npos);
}
