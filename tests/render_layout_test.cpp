// The official layout: captions, header rows and merged cells as docs/format.md prints them.
#include <ogi/render/layout.hpp>

#include "render_reports.hpp"

#include <doctest/doctest.h>

using namespace ogi;
using namespace ogi::render;

namespace {

LayoutTable const& table(ReportLayout const& layout, std::string_view key) {
    for (auto const& s : layout.sections)
        if (s.key == key) return *s.table;
    throw std::runtime_error("no table " + std::string(key));
}

LayoutCell const& cell(LayoutTable const& t, std::string_view text) {
    for (auto const& row : t.rows)
        for (auto const& c : row)
            if (c.text == text) return c;
    throw std::runtime_error("no cell " + std::string(text));
}

// Every position of the grid is covered by exactly one cell.
void check_grid(LayoutTable const& t) {
    auto grid = place(t);
    std::size_t cells = 0, origins = 0;
    for (auto const& row : t.rows) cells += row.size();
    for (auto const& row : grid) {
        REQUIRE(row.size() == static_cast<std::size_t>(t.width));
        for (auto const& p : row) {
            CHECK(p.cell != nullptr);
            origins += p.origin;
        }
    }
    CHECK(origins == cells);
    int area = 0;
    for (auto const& row : t.rows)
        for (auto const& c : row) area += c.row_span * c.column_span;
    CHECK(area == t.width * static_cast<int>(t.rows.size()));
}

}  // namespace

TEST_CASE("the six sections in the official order, headings from the model") {
    Report r = test::longhua();
    auto layout = layout_of(r);
    REQUIRE(layout.sections.size() == 6);
    char const* headings[] = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                              "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
    for (std::size_t i = 0; i < 6; ++i) CHECK(layout.sections[i].heading == headings[i]);
    CHECK(layout.sections[0].key == "overview");
    CHECK_FALSE(layout.sections[0].table);
    CHECK_FALSE(layout.sections[0].narrative);  // the fixture has the tables only
    CHECK(layout.agency == "深圳市龙华区政务服务数据管理局");
    CHECK(layout.year_title() == "2020年政府信息公开工作年度报告");
    for (auto const& s : layout.sections)
        if (s.table) check_grid(*s.table);
}

TEST_CASE("三: 申请人情况 over the seven columns, 法人或其他组织 over five, 三、本年度办理结果 spanning its rows") {
    for (auto [report, outcome_rows] : {std::pair{test::longhua(), 20}, std::pair{test::huaian(), 22}}) {
        auto layout = layout_of(report);
        auto const& t = table(layout, "applications");
        CHECK(t.width == 10);
        REQUIRE(t.rows[0].size() == 2);
        CHECK(t.rows[0][0].text == matrix_balance_note);
        CHECK(t.rows[0][0].row_span == 3);
        CHECK(t.rows[0][0].column_span == 3);
        CHECK(t.rows[0][1].text == "申请人情况");
        CHECK(t.rows[0][1].column_span == 7);
        REQUIRE(t.rows[1].size() == 3);
        CHECK(t.rows[1][0].text == "自然人");
        CHECK(t.rows[1][0].row_span == 2);
        CHECK(t.rows[1][1].text == "法人或其他组织");
        CHECK(t.rows[1][1].column_span == 5);
        CHECK(t.rows[1][2].text == "总计");
        CHECK(t.rows[1][2].row_span == 2);
        REQUIRE(t.rows[2].size() == 5);
        CHECK(t.rows[2][0].text == "商业企业");
        CHECK(t.rows[2][4].text == "其他");

        CHECK(cell(t, "一、本年新收政府信息公开申请数量").column_span == 3);
        CHECK(cell(t, "三、本年度办理结果").row_span == outcome_rows);
        CHECK(cell(t, "（一）予以公开").column_span == 2);
        CHECK(cell(t, "（三）不予公开").row_span == 8);
        CHECK(cell(t, "（四）无法提供").row_span == 3);
        CHECK(cell(t, "（五）不予处理").row_span == 5);
        CHECK(cell(t, "1.属于国家秘密").column_span == 1);
        CHECK(cell(t, "（七）总计").column_span == 2);
        CHECK(cell(t, "四、结转下年度继续办理").column_span == 3);
    }
    auto huaian = layout_of(test::huaian());
    CHECK(cell(table(huaian, "applications"), "（六）其他处理").row_span == 3);
    auto mixed = layout_of(test::hongze_2023());
    CHECK(cell(table(mixed, "applications"), "（六）其他处理").column_span == 2);
}

TEST_CASE("三: figures carry their pointer, keys and labels") {
    Report r = test::longhua();
    auto layout = layout_of(r);
    auto const& t = table(layout, "applications");
    auto const& not_held = t.rows[3 + 2 + 2 + 8];  // three header rows, 一 二, （一）（二）, the eight of （三）, then （四）1
    REQUIRE(not_held.back().figure);
    auto const& total = *not_held.back().figure;
    CHECK(total.pointer == test::not_held_total);
    CHECK(total.row_key == "outcomes/unable_to_provide/not_held");
    CHECK(total.row.text == "1.本机关不掌握相关政府信息");
    CHECK(total.column_key == "total");
    CHECK(total.value == "0");
    CHECK(not_held[not_held.size() - 7].figure->value == "1");  // 自然人
    CHECK(not_held[not_held.size() - 6].figure->column.group == "法人或其他组织");
}

TEST_CASE("四: the two-level 行政复议 / 行政诉讼 header over one row of fifteen figures") {
    auto layout = layout_of(test::huaian());
    auto const& t = table(layout, "review_litigation");
    CHECK(t.width == 15);
    REQUIRE(t.rows.size() == 4);
    REQUIRE(t.rows[0].size() == 2);
    CHECK(t.rows[0][0].text == "行政复议");
    CHECK(t.rows[0][0].row_span == 2);
    CHECK(t.rows[0][0].column_span == 5);
    CHECK(t.rows[0][1].text == "行政诉讼");
    CHECK(t.rows[0][1].column_span == 10);
    REQUIRE(t.rows[1].size() == 2);
    CHECK(t.rows[1][0].text == "未经复议直接起诉");
    CHECK(t.rows[1][0].column_span == 5);
    CHECK(t.rows[1][1].text == "复议后起诉");
    CHECK(t.rows[2].size() == 15);
    CHECK(t.rows[2][0].text == "结果维持");
    CHECK(t.rows[2][14].text == "总计");
    REQUIRE(t.rows[3].size() == 15);
    CHECK(t.rows[3][4].figure->value == "351");
    CHECK(t.rows[3][4].figure->pointer == "/review_litigation/administrative_review/total");
    CHECK(t.rows[3][9].figure->row.group == "行政诉讼");
}

TEST_CASE("二: blocks under their 第二十条 captions, each with its 信息内容 header row") {
    auto y2019 = layout_of(test::longhua());
    auto const& t = table(y2019, "active_disclosure");
    CHECK(t.width == 4);
    CHECK(t.rows[0][0].role == CellRole::caption);
    CHECK(t.rows[0][0].text == "第二十条第（一）项");
    CHECK(t.rows[0][0].column_span == 4);
    CHECK(t.rows[1][0].text == "信息内容");
    CHECK(t.rows[1][1].text == "本年新制作数量");
    CHECK(t.rows.size() == 5 * 2 + 2 + 2 + 2 + 1 + 1);
    auto const& procurement = t.rows.back();
    CHECK(procurement[0].text == "政府集中采购");
    CHECK(procurement[2].figure->display() == "456880 元");
    CHECK(procurement[2].column_span == 2);  // the shorter block ends in a merged cell

    auto y2021 = layout_of(test::huaian());
    auto const& u = table(y2021, "active_disclosure");
    CHECK(u.width == 4);
    CHECK(u.rows[0][0].text == "第二十条第（一）项");
    CHECK(u.rows[1][1].text == "本年制发件数");
    CHECK(cell(u, "本年收费金额（单位：万元）").column_span == 3);
    CHECK(u.rows.back()[1].figure->display() == "96171.6 万元");
}

TEST_CASE("a blank cell is absent, not 0") {
    Report2021 r;
    r.agency = "某局";
    r.year = 2024;
    r.applications.new_received[Applicant::natural_person] = 3;
    auto layout = layout_of(Report(r));
    auto const& row = table(layout, "applications").rows[3];
    CHECK(row[1].figure->value == "3");
    CHECK_FALSE(row[2].figure->value);
    CHECK(row[2].figure->display() == "—");
}
