// Plain text in the official order: one table row per line, label then figures, blank cells as —.
#include <ogi/render/text.hpp>
#include <ogi/validate.hpp>

#include "render_reports.hpp"

#include <doctest/doctest.h>

using namespace ogi;
using namespace ogi::render;

namespace {

bool has_line(std::string const& text, std::string const& line) {
    return text.starts_with(line + "\n") || text.find("\n" + line + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("Longhua 2020 (2019 edition) as text") {
    std::string text = render_text(test::longhua());
    CHECK(text.starts_with("深圳市龙华区政务服务数据管理局\n2020年政府信息公开工作年度报告\n"));
    for (char const* line : {"二、主动公开政府信息情况", "第二十条第（九）项", "信息内容 采购项目数量 采购总金额",
                             "政府集中采购 9 456880 元", "信息内容 上一年项目数量 本年增/减", "行政事业性收费 0 0",
                             "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况",
                             "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他",
                             "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1", "三、本年度办理结果", "（四）无法提供",
                             "1.本机关不掌握相关政府信息 1 0 0 0 0 0 0", "（六）其他处理 0 0 0 0 0 0 0", "（七）总计 1 0 0 0 0 0 0",
                             "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
                             "四、政府信息公开行政复议、行政诉讼情况"})
        CHECK_MESSAGE(has_line(text, line), line);
    // the fixture has the tables only: the narratives are not at hand, so their sections are left out
    CHECK_FALSE(has_line(text, "一、总体情况"));
    CHECK_FALSE(has_line(text, "六、其他需要报告的事项"));
    CHECK(text.find("三、本年度办理结果\n（一）予以公开 0 0 0 0 0 0 0\n") != std::string::npos);
    CHECK(text.find("（三）不予公开\n1.属于国家秘密 0 0 0 0 0 0 0\n") != std::string::npos);
}

TEST_CASE("Huaian 2024 (2021 edition) as text") {
    std::string text = render_text(test::huaian());
    for (char const* line : {"信息内容 本年制发件数 本年废止件数 现行有效件数", "信息内容 本年收费金额（单位：万元）",
                             "行政事业性收费 96171.6 万元", "（六）其他处理", "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20"})
        CHECK_MESSAGE(has_line(text, line), line);
}

TEST_CASE("blank cells as —, narratives under their headings") {
    Report2021 r;
    r.year = 2024;
    r.agency = "某局";
    r.overview = "第一段。\n第二段。";
    r.applications.new_received[Applicant::natural_person] = 2;
    std::string text = render_text(Report(r));
    CHECK(text.find("\n一、总体情况\n第一段。\n第二段。\n\n二、主动公开政府信息情况\n") != std::string::npos);
    CHECK(has_line(text, "一、本年新收政府信息公开申请数量 2 — — — — — —"));
    CHECK(has_line(text, "规章 — — —"));
}

TEST_CASE("text with its validation: the tables as published, then the findings, corrections and inferred blanks") {
    Report longhua = test::longhua();
    std::get<Report2019>(longhua.variant()).applications.carried_over[Applicant::total] = Count();  // inferred: 0
    Validation const v = validate(longhua);
    std::string text = render_text(longhua, v.findings, {.corrections = v.corrections, .inferred = v.inferred});
    CHECK(text.starts_with(render_text(longhua)));
    CHECK(has_line(text, "检查发现的问题"));
    CHECK(has_line(text, "1. 错误 APP-ROW: 三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计：各类申请人之和为 1，填报为 0"));
    CHECK(has_line(text, "三、本年度办理结果 ›（七）总计 › 总计: 0 → 应为 1"));
    CHECK(has_line(text, "二、上年结转政府信息公开申请数量 › 总计: — (推算值 0)"));
    CHECK(render_text(longhua, {}, {}) == render_text(longhua));
    std::string en = render_text(longhua, v.findings, {.language = Language::en, .corrections = v.corrections});
    CHECK(has_line(en, "Findings"));
    CHECK(has_line(en, "三、本年度办理结果 ›（七）总计 › 总计: 0 → should be 1"));
}
