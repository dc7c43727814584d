// The text importer, as a specification: real published reports import to their hand-checked values,
// derived variants (encodings, full-width digits, traditional characters, blank markers, damaged tables)
// import to the same values or leave exactly the damaged cells absent with a finding at the right line.
#include <ogi/import.hpp>
#include <ogi/import_rules.hpp>
#include <ogi/json.hpp>

#include "expected_report.hpp"
#include "fixture.hpp"
#include "hostile_inputs.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace ogi;
namespace json = boost::json;
using test::check_imports_to;
using test::expected;
using test::with_null;
using test::with_rule;
using test::has_error;
using test::tables_of;

namespace {

ImportResult import_fixture(std::string const& path) { return import_text(test::read_fixture(path)); }


// text with its one occurrence of `old` replaced by `now` (required to be there).
void replace_once(std::string& text, std::string_view old, std::string_view now) {
    std::size_t at = text.find(old);
    REQUIRE_MESSAGE(at != std::string::npos, std::string(old));
    text.replace(at, old.size(), now);
}

// Every figure present in `got` (a cell of 二, 三 or 四) that is not the same figure at the same place in
// `want`: what an import invented.
void invented(json::value const& want, json::value const& got, std::string const& at, std::vector<std::string>& out) {
    if (got.is_object() && !(got.as_object().contains("value") && got.as_object().contains("unit"))) {
        for (auto const& [k, v] : got.as_object()) {
            std::string p = at + "/" + std::string(k);
            json::value const* w = want.is_object() ? want.as_object().if_contains(k) : nullptr;
            invented(w ? *w : json::value(), v, p, out);  // a figure where the report has no such cell is invented
        }
    } else if (!got.is_null() && got != want) {
        out.push_back(at + ": " + json::serialize(got) + " where the report has " + json::serialize(want));
    }
}

}  // namespace

TEST_CASE("each real report imports to exactly its hand-checked values") {
    for (std::string name :
         {"2020_longhua-data-bureau", "2023_hongze-district", "2024_hongze-district", "2024_huaian-city"}) {
        CAPTURE(name);
        ImportResult r = import_fixture("reports/" + name + ".txt");
        check_imports_to(r, expected("reports/" + name + ".expected.json"));
        CHECK_FALSE(has_error(r));
        CHECK(r.encoding == "UTF-8");
    }
}

TEST_CASE("the edition is read from the tables, the layout of （六） from the matrix") {
    ImportResult longhua = import_fixture("reports/2020_longhua-data-bureau.txt");
    REQUIRE(longhua.report);
    CHECK(longhua.report->edition() == Edition::e2019);
    CHECK(longhua.report->other_processing_layout() == OtherProcessingLayout::single_row);
    CHECK(with_rule(longhua, import_rule::layout_mixed).empty());

    ImportResult huaian = import_fixture("reports/2024_huaian-city.txt");
    REQUIRE(huaian.report);
    CHECK(huaian.report->edition() == Edition::e2021);
    CHECK(huaian.report->other_processing_layout() == OtherProcessingLayout::sub_rows);

    for (char const* mixed : {"reports/2023_hongze-district.txt", "reports/2024_hongze-district.txt"}) {
        CAPTURE(mixed);
        ImportResult r = import_fixture(mixed);
        REQUIRE(r.report);
        CHECK(std::holds_alternative<Report2021SingleRowOther>(r.report->variant()));
        auto layout = with_rule(r, import_rule::layout_mixed);
        REQUIRE(layout.size() == 1);
        CHECK(layout[0].paths == std::vector<std::string>{"/applications/outcomes/other"});
        CHECK(layout[0].source_line == (std::string(mixed).find("2023") != std::string::npos ? 130u : 128u));
    }
}

TEST_CASE("the title gives agency and year; the body the agency's full name") {
    ImportResult r = import_fixture("reports/2023_hongze-district.txt");  // title: 洪泽区人民政府 2023 年…
    REQUIRE(r.report);
    CHECK(r.report->agency() == "淮安市洪泽区人民政府");
    CHECK(r.report->year() == 2023);
}

TEST_CASE("import_report_key: the agency and year import_text gives, for every form of text") {
    CHECK(import_report_key(test::read_fixture("reports/2023_hongze-district.txt")) ==
          ReportKey{"淮安市洪泽区人民政府", 2023});
    std::vector<std::string> inputs;
    for (auto const& dir : {"reports", "import", "pages", "messy"})
        for (auto const& entry : std::filesystem::directory_iterator(std::filesystem::path(OGI_FIXTURES_DIR) / dir))
            if (auto ext = entry.path().extension(); ext == ".txt" || ext == ".html" || ext == ".md")
                inputs.push_back(std::string(dir) + "/" + entry.path().filename().string());
    REQUIRE(inputs.size() > 25);
    for (std::string const& input : inputs) {
        CAPTURE(input);
        std::string const bytes = test::read_fixture(input);
        ImportResult const imported = import_text(bytes);
        std::optional<ReportKey> const identity = import_report_key(bytes);
        REQUIRE(identity.has_value() == imported.report.has_value());
        if (identity) CHECK(*identity == ReportKey{imported.report->agency(), imported.report->year()});
    }
    CHECK_FALSE(import_report_key("hello\nworld\n"));
    ImportOptions small;
    small.max_bytes = 100;
    CHECK_FALSE(import_report_key(test::read_fixture("reports/2024_huaian-city.txt"), small));
}

TEST_CASE("the narratives of 一, 五 and 六 are kept as published, without page numbers") {
    ImportResult r = import_fixture("reports/2024_huaian-city.txt");
    REQUIRE(r.report);
    auto const& report = std::get<Report2021>(r.report->variant());
    REQUIRE(report.overview);
    CHECK(report.overview->starts_with("2024 年，我市坚持以习近平新时代中国特色社会主义思想为"));
    REQUIRE(report.problems_and_improvements);
    CHECK(report.problems_and_improvements->find("-5-") == std::string::npos);
    CHECK(report.problems_and_improvements->find("地方。主要表现在") != std::string::npos);
    REQUIRE(report.other_matters);
    CHECK(report.other_matters->find("全年收取政府信息公开信息处理费 3940 元。") != std::string::npos);
}

TEST_CASE("plain pdftotext: labels printed apart from the figures give the layout text's matrix and 二") {
    ImportResult layout = import_fixture("reports/2024_huaian-city.txt");
    ImportResult plain = import_fixture("reports/2024_huaian-city.plain.txt");
    REQUIRE(layout.report);
    REQUIRE(plain.report);
    auto const& l = std::get<Report2021>(layout.report->variant());
    auto const& p = std::get<Report2021>(plain.report->variant());
    CHECK(p.active_disclosure == l.active_disclosure);
    CHECK(p.applications == l.applications);
    CHECK(p.agency == l.agency);
    CHECK(p.year == l.year);
    // The matrix's figures come in table order while some labels come later: assigned by position, which
    // is said, and checked against every row whose label sits beside its figures.
    CHECK(with_rule(plain, import_rule::row_by_position).size() == 1);
}

TEST_CASE("plain pdftotext: figures printed before their labels are read as theirs") {
    ImportResult layout = import_fixture("reports/2024_huaian-city.txt");
    ImportResult first = import_fixture("import/huaian.plain.figures-first.txt");
    REQUIRE(first.report);
    auto const& l = std::get<Report2021>(layout.report->variant());
    auto const& f = std::get<Report2021>(first.report->variant());
    CHECK(f.active_disclosure == l.active_disclosure);
    CHECK(f.applications == l.applications);
}

TEST_CASE("plain pdftotext: figures before some labels and after others are not placed") {
    // Read either way, 行政处罚 would get 88283 or 行政强制 3985758: nothing of 二 is certain.
    ImportResult r = import_fixture("import/huaian.plain.figures-mixed-order.txt");
    REQUIRE(r.report);
    auto const& report = std::get<Report2021>(r.report->variant());
    CHECK(report.active_disclosure == v2021::ActiveDisclosure{});
    CHECK(with_rule(r, import_rule::row_unread).size() == 7);  // six rows of 二, and 四
    ImportResult layout = import_fixture("reports/2024_huaian-city.txt");
    CHECK(report.applications == std::get<Report2021>(layout.report->variant()).applications);
}

TEST_CASE("plain pdftotext: 四 with header words between its figures is not guessed") {
    // The 15 figures of 四 come as 72 64 178 37 | 12 1 1 6 | 351 | 13 4 8 1 26 | 20 with header words between:
    // their columns follow from no structure of the text (only from the totals, which validation checks).
    ImportResult plain = import_fixture("reports/2024_huaian-city.plain.txt");
    REQUIRE(plain.report);
    auto const& p = std::get<Report2021>(plain.report->variant());
    CHECK(p.review_litigation == ReviewLitigation{});
    auto unread = with_rule(plain, import_rule::row_unread);
    REQUIRE(unread.size() == 1);
    CHECK(unread[0].paths == std::vector<std::string>{"/review_litigation"});
    CHECK(unread[0].source_line == 602);
    // Everything else is the hand-checked document.
    json::value want = expected("reports/2024_huaian-city.plain.expected.json");
    for (auto& group : want.as_object()["review_litigation"].as_object())
        for (auto& cell : group.value().as_object()) cell.value() = nullptr;
    check_imports_to(plain, want);
}

TEST_CASE("encodings: detected, converted and named") {
    ImportResult gb = import_fixture("import/longhua.gb18030.txt");
    CHECK(gb.encoding == "GB18030");
    check_imports_to(gb, expected("reports/2020_longhua-data-bureau.expected.json"));
    CHECK(with_rule(gb, import_rule::encoding).size() == 1);

    ImportResult utf16 = import_fixture("import/hongze-2024.utf16le-bom.txt");
    CHECK(utf16.encoding == "UTF-16LE (BOM)");
    check_imports_to(utf16, expected("reports/2024_hongze-district.expected.json"));

    ImportResult bom = import_fixture("import/huaian.bom-crlf-fullwidth.txt");
    CHECK(bom.encoding == "UTF-8 (BOM)");
    check_imports_to(bom, expected("reports/2024_huaian-city.expected.json"));
}

TEST_CASE("UTF-16 without a BOM is told by its zero bytes") {
    // The report's UTF-8 re-encoded as UTF-16LE code units (its characters are all in the BMP).
    std::string utf8 = test::read_fixture("reports/2024_hongze-district.txt"), utf16;
    for (std::size_t i = 0; i < utf8.size();) {
        auto b = [&](std::size_t k) { return static_cast<unsigned char>(utf8[i + k]); };
        unsigned c = b(0) < 0x80   ? b(0)
                     : b(0) < 0xE0 ? ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu)
                                   : ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
        i += b(0) < 0x80 ? 1 : b(0) < 0xE0 ? 2 : 3;
        utf16 += static_cast<char>(c & 0xFF);
        utf16 += static_cast<char>(c >> 8);
    }
    ImportResult r = import_text(utf16);
    CHECK(r.encoding == "UTF-16LE");
    check_imports_to(r, expected("reports/2024_hongze-district.expected.json"));
}

TEST_CASE("full-width digits, CRLF, thousands separators and traditional characters read as the original") {
    check_imports_to(import_fixture("import/huaian.bom-crlf-fullwidth.txt"),
                     expected("reports/2024_huaian-city.expected.json"));
    check_imports_to(import_fixture("import/huaian.thousands.txt"), expected("reports/2024_huaian-city.expected.json"));
    check_imports_to(import_fixture("import/longhua.traditional.txt"),
                     expected("reports/2020_longhua-data-bureau.expected.json"));
}

TEST_CASE("二 of the 2019 edition: signed changes, thousands separators, blanks, an amount in 万元 from its header") {
    ImportResult r = import_text(
        "某某区某某局 2020 年政府信息公开工作年度报告\n"
        "二、主动公开政府信息情况\n"
        "第二十条第（一）项\n"
        "信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n"
        "规章 1 2 3\n"
        "规范性文件 / — 无\n"
        "第二十条第（五）项\n"
        "信息内容 上一年项目数量 本年增 / 减 处理决定数量\n"  // the header's slash apart: no blank cell
        "行政许可 10 -3 1,234\n"
        "其他对外管理服务事项 5 +2 0\n"
        "第二十条第（六）项\n"
        "信息内容 上一年项目数量 本年增/减 处理决定数量\n"
        "行政处罚 4 0 1.5\n"
        "行政强制 0 0 0\n"
        "第二十条第（八）项\n"
        "信息内容 上一年项目数量 本年增/减\n"
        "行政事业性收费 3 －1\n"
        "第二十条第（九）项\n"
        "信息内容 采购项目数量 采购总金额（万元）\n"
        "政府集中采购 2 12.50\n"
        "三、收到和处理政府信息公开申请情况\n");
    REQUIRE(r.report);
    auto const& ad = std::get<Report2019>(r.report->variant()).active_disclosure;
    CHECK(r.report->agency() == "某某区某某局");
    CHECK(r.report->year() == 2020);
    CHECK(ad.regulatory_documents.rules == v2019::DocumentRow{1, 2, 3});
    CHECK(ad.regulatory_documents.normative_documents == v2019::DocumentRow{});
    CHECK(ad.licensing.administrative_licensing == v2019::ItemRow{10, -3, 1234});
    CHECK(ad.licensing.other_external_services == v2019::ItemRow{5, 2, 0});
    CHECK(ad.penalties_and_coercion.administrative_penalty == v2019::ItemRow{});  // 1.5 is no count
    CHECK(ad.fees.administrative_fees == v2019::FeeItemRow{3, -1});
    CHECK(ad.procurement.centralized_procurement.total_amount ==
          Amount(Money{*Decimal::parse("12.50"), MoneyUnit::wan_yuan}));
    auto unread = with_rule(r, import_rule::row_unread);
    REQUIRE(unread.size() == 1);
    CHECK(unread[0].source_line == 13);
    CHECK(unread[0].paths ==
          std::vector<std::string>{"/active_disclosure/penalties_and_coercion/administrative_penalty"});
}

TEST_CASE("an amount is imported in the unit its cell states; without one it is left absent") {
    auto procurement = [](std::string cell) {
        // The columns of （八） tell the 2019 edition.
        ImportResult r = import_text(
            "二、主动公开政府信息情况\n第二十条第（八）项\n信息内容 上一年项目数量 本年增/减\n"
            "行政事业性收费 0 0\n第二十条第（九）项\n信息内容 采购项目数量 采购总金额\n政府集中采购 2 " +
            cell + "\n三、收到和处理政府信息公开申请情况\n");
        REQUIRE(r.report);
        return std::pair(
            std::get<Report2019>(r.report->variant()).active_disclosure.procurement.centralized_procurement,
            with_rule(r, import_rule::unit_unknown).size());
    };
    CHECK(procurement("3940元").first.total_amount == Amount(Money{*Decimal::parse("3940"), MoneyUnit::yuan}));
    CHECK(procurement("12 万元").first.total_amount == Amount(Money{*Decimal::parse("12"), MoneyUnit::wan_yuan}));
    auto [row, findings] = procurement("456880");
    CHECK(row == v2019::ProcurementRow{});
    CHECK(findings == 1);
}

TEST_CASE("text tables (Markdown, grid, box drawing) read like the layout text") {
    ImportResult r = import_text(
        "2022年某某县人民政府政府信息公开年度报告\n"
        "二、主动公开政府信息情况\n"
        "+------------------+--------------+--------------+--------------+\n"
        "| 第二十条第（一）项                                               |\n"
        "| 信息内容         | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        "|------------------|--------------|--------------|--------------|\n"
        "| 规章             | 0            | 0            | 0            |\n"
        "| 行政规范性文件   | 3            | 1            | 12           |\n"
        "+------------------+--------------+--------------+--------------+\n"
        "三、收到和处理政府信息公开申请情况\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "┌────┬────┐\n"
        "│ 行政复议 │ 行政诉讼 │\n"
        "├────┼────┤\n"
        "│ 1 │ 0 │ 0 │ 0 │ 1 │ 0 │ 0 │ 0 │ 0 │ 0 │ 0 │ 0 │ 0 │ 0 │ 0 │\n"
        "└────┴────┘\n"
        "五、存在的主要问题及改进情况\n");
    REQUIRE(r.report);
    CHECK(r.report->agency() == "某某县人民政府");
    CHECK(r.report->year() == 2022);
    auto const& report = std::get<Report2021>(r.report->variant());
    CHECK(report.active_disclosure.regulatory_documents.normative_documents == v2021::DocumentRow{3, 1, 12});
    CHECK(report.review_litigation.administrative_review[CaseResult::total] == Count{1});
    CHECK(report.review_litigation.litigation_after_review[CaseResult::total] == Count{0});
}

TEST_CASE("matrix rows printed without their numbering are found at the start of a cell") {
    std::string text = test::read_fixture("reports/2024_hongze-district.txt");
    // （四）无法提供   1.本机关不掌握相关政府信息: the label then starts the line's second chunk.
    for (std::string numbered : {"1.属于国家秘密", "（一）予以公开", "2.重复申请", "1.本机关不掌握相关政府信息"}) {
        std::size_t at = text.find(numbered);
        REQUIRE(at != std::string::npos);
        std::size_t label = numbered.find(numbered.starts_with("（") ? "）" : ".");
        text.erase(at, label + (numbered.starts_with("（") ? std::string_view("）").size() : 1));
    }
    REQUIRE(text.find("（四）无法提供   本机关不掌握") != std::string::npos);
    check_imports_to(import_text(text), expected("reports/2024_hongze-district.expected.json"));
}

TEST_CASE("a web page (HTML) is read through its text, findings at the page's lines") {
    ImportResult r = import_fixture("import/huaian.page.html");
    check_imports_to(r, expected("reports/2024_huaian-city.expected.json"));
    CHECK(with_rule(r, import_rule::html_page).size() == 1);
    CHECK_FALSE(has_error(r));

    // One cell of 行政强制's row lost: the finding points at that row of the page.
    std::string page = test::read_fixture("import/huaian.page.html");
    std::size_t at = page.find("<tr><td>行政强制</td><td colspan=\"3\">88283</td></tr>");
    REQUIRE(at != std::string::npos);
    page.replace(page.find("88283", at), 5, "");
    ImportResult damaged = import_text(page);
    auto unread = with_rule(damaged, import_rule::row_unread);
    REQUIRE(unread.size() == 1);
    CHECK(unread[0].source_line ==
          static_cast<std::size_t>(std::count(page.begin(), page.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1));
}

TEST_CASE("web pages with the official merged cells import to the published figures, both editions") {
    for (auto [page, report] : {std::pair{"longhua", "2020_longhua-data-bureau"},
                                std::pair{"hongze-2023", "2023_hongze-district"},
                                std::pair{"huaian", "2024_huaian-city"}}) {
        CAPTURE(page);
        ImportResult r = import_fixture("pages/" + std::string(page) + ".rendered.html");
        check_imports_to(r, expected("reports/" + std::string(report) + ".expected.json"));
        CHECK(with_rule(r, import_rule::row_unread).empty());
    }
}

TEST_CASE("web pages as published: GBK by their meta, split tables, <p><span> and &nbsp;, layout tables") {
    ImportResult gbk = import_fixture("pages/huaian.gbk.html");
    CHECK(gbk.encoding == "GB18030");
    check_imports_to(gbk, expected("reports/2024_huaian-city.expected.json"));
    check_imports_to(import_fixture("pages/huaian.split-table.html"), expected("reports/2024_huaian-city.expected.json"));
    check_imports_to(import_fixture("pages/longhua.p-span-nbsp.html"),
                     expected("reports/2020_longhua-data-bureau.expected.json"));

    // The whole report inside a layout table's cell, as site templates put it: that cell is a block of lines.
    std::string framed = test::read_fixture("pages/huaian.rendered.html");
    framed.replace(framed.find("<body>"), 6, "<body><table><tr><td>菜单</td><td>");
    framed.replace(framed.find("</body>"), 7, "</td></tr></table></body>");
    check_imports_to(import_text(framed), expected("reports/2024_huaian-city.expected.json"));

    // A GBK page with a byte that is no GBK: read as its meta says, that byte replaced, the figures kept.
    std::string page = test::read_fixture("pages/huaian.gbk.html");
    page.insert(page.find("<body"), "\x80\xFF");
    ImportResult damaged = import_text(page);
    CHECK(damaged.encoding == "GB18030");
    CHECK(with_rule(damaged, import_rule::invalid_bytes).size() == 1);
    check_imports_to(damaged, expected("reports/2024_huaian-city.expected.json"));
}

TEST_CASE("Markdown as converters give it: a table per row, invented headers 数据1 …, labels apart, both editions") {
    for (auto [md, report] : {std::pair{"longhua.converter", "2020_longhua-data-bureau"},
                              std::pair{"huaian.converter", "2024_huaian-city"},
                              std::pair{"huaian.converter-detached", "2024_huaian-city"}}) {
        CAPTURE(md);
        ImportResult r = import_fixture("pages/" + std::string(md) + ".md");
        check_imports_to(r, expected("reports/" + std::string(report) + ".expected.json"));
        CHECK(with_rule(r, import_rule::markdown).size() == 1);
        CHECK_FALSE(has_error(r));
    }
}

TEST_CASE("Markdown: an empty cell between figures is blank; an empty last cell leaves its row absent, located") {
    std::string md = test::read_fixture("pages/huaian.converter.md");
    auto line_of = [&](std::size_t at) {
        return static_cast<std::size_t>(std::count(md.begin(), md.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1);
    };
    std::string const middle = "| 3.危及“三安全一稳定” | 5 | 0 | 0 |";
    std::size_t at = md.find(middle);
    REQUIRE(at != std::string::npos);
    md.replace(at, middle.size(), "| 3.危及“三安全一稳定” | 5 |  | 0 |");
    std::string const total = "| 四、结转下年度继续办理 |  |  | 103 | 0 | 0 | 0 | 0 | 0 | 103 |";
    std::size_t last = md.find(total);
    REQUIRE(last != std::string::npos);
    md.replace(last, total.size(), "| 四、结转下年度继续办理 |  |  | 103 | 0 | 0 | 0 | 0 | 0 |  |");

    ImportResult r = import_text(md);
    auto unread = with_rule(r, import_rule::row_unread);
    REQUIRE(unread.size() == 1);  // the carried-forward row: whether its total is blank or padding is not certain
    CHECK(unread[0].source_line == line_of(last));
    json::value want = with_null(expected("reports/2024_huaian-city.expected.json"),
                                 {"/applications/outcomes/not_disclosed/security_stability/commercial_enterprise"});
    for (auto cell : {"natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
                      "legal_service_org", "other_org", "total"})
        want.as_object()["applications"].as_object()["carried_forward"].as_object()[cell] = nullptr;
    check_imports_to(r, want);
}

TEST_CASE("the group label （六）其他处理 printed between its sub-rows opens no row") {
    ImportResult r = import_fixture("import/huaian.group-label-centred.txt");
    check_imports_to(r, expected("reports/2024_huaian-city.expected.json"));
    CHECK(with_rule(r, import_rule::row_by_position).empty());
}

TEST_CASE("a running page header inside a table adds no figure") {
    check_imports_to(import_fixture("import/hongze-2024.running-header.txt"),
                     expected("reports/2024_hongze-district.expected.json"));
}

TEST_CASE("a bare page number at the foot of its page is no figure") {
    check_imports_to(import_fixture("import/hongze-2024.bare-page-numbers.txt"),
                     expected("reports/2024_hongze-district.expected.json"));
}

TEST_CASE("a block of the other edition's tables decides nothing and is reported") {
    ImportResult r = import_fixture("import/hongze-2024.foreign-block.txt");
    check_imports_to(r, expected("reports/2024_hongze-district.expected.json"));
    auto foreign = with_rule(r, import_rule::row_foreign);
    REQUIRE(foreign.size() == 1);
    CHECK(foreign[0].source_line == 86);
    CHECK(foreign[0].message.zh.starts_with("政府集中采购"));
}

TEST_CASE("/, — and 无, and a web page's empty cells, are absent cells, never 0") {
    struct Case {
        char const* fixture;
        char const* report;
        std::initializer_list<char const*> blank;
    };
    for (Case const& c : {Case{"import/hongze-2024.blank-cells.txt", "reports/2024_hongze-district.expected.json",
                               {"/active_disclosure/penalties_and_coercion/administrative_coercion/decisions",
                                "/applications/outcomes/not_processed/repeated_application/commercial_enterprise",
                                "/applications/outcomes/not_processed/repeated_application/research_institution"}},
                          Case{"pages/hongze-2023.empty-cells.html", "reports/2023_hongze-district.expected.json",
                               {"/applications/new_received/natural_person",
                                "/applications/outcomes/not_disclosed/internal_affairs/total",
                                "/review_litigation/administrative_review/upheld"}}}) {
        CAPTURE(c.fixture);
        ImportResult r = import_fixture(c.fixture);
        check_imports_to(r, with_null(expected(c.report), c.blank));
        CHECK_FALSE(has_error(r));
    }
}

TEST_CASE("a row with a figure too few is left absent, with its line") {
    ImportResult r = import_fixture("import/hongze-2023.short-row.txt");
    json::value want = expected("reports/2023_hongze-district.expected.json");
    for (auto& cell : want.at_pointer("/applications/outcomes/not_disclosed/security_stability").as_object())
        cell.value() = nullptr;
    check_imports_to(r, want);
    auto unread = with_rule(r, import_rule::row_unread);
    REQUIRE(unread.size() == 1);
    CHECK(unread[0].paths == std::vector<std::string>{"/applications/outcomes/not_disclosed/security_stability"});
    CHECK(unread[0].source_line == 109);
    CHECK(unread[0].severity == Severity::error);
}

TEST_CASE("a table cut off mid-row: the rows before are read, the cut row and the rest are absent") {
    ImportResult r = import_fixture("import/huaian.cut-mid-table.txt");
    REQUIRE(r.report);
    auto const& report = std::get<Report2021>(r.report->variant());
    CHECK(report.applications.outcomes.not_disclosed.administrative_inquiry[Applicant::total] == Count{105});
    CHECK(report.applications.outcomes.unable_to_provide.not_held == ApplicantRow{});
    CHECK(report.applications.carried_forward == ApplicantRow{});
    CHECK(report.review_litigation == ReviewLitigation{});
    auto unread = with_rule(r, import_rule::row_unread);
    REQUIRE(unread.size() == 1);
    CHECK(unread[0].source_line == 156);
    // 2 of （四）, 5 of （五）, 3 of （六）, （七）总计, 四、结转下年度继续办理, and section 四.
    CHECK(with_rule(r, import_rule::row_missing).size() == 13);
    CHECK(with_rule(r, import_rule::layout_mixed).empty());  // the cut says nothing about （六）
}

TEST_CASE("plain text with a figure lost: no figure of the matrix is placed") {
    ImportResult r = import_fixture("import/huaian.plain.figure-lost.txt");
    REQUIRE(r.report);
    auto const& report = std::get<Report2021>(r.report->variant());
    decltype(report.applications) none{};
    CHECK(report.applications == none);
    CHECK(with_rule(r, import_rule::row_by_position).empty());
    // 二 does not depend on the matrix.
    CHECK(report.active_disclosure.licensing.administrative_licensing.decisions == Count{447228});
}

TEST_CASE("no input crashes, hangs or invents a figure") {
    CHECK_FALSE(import_text("").report);
    CHECK_FALSE(import_text("\xFF\xFE").report);
    CHECK_FALSE(import_text("hello\nworld\n").report);
    CHECK_FALSE(import_text(std::string("\0\0\0\0", 4)).report);

    std::mt19937 random(42);
    std::string bytes(1 << 16, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    CHECK_NOTHROW(import_text(bytes));

    // Every prefix of a real report: never throws, and every figure it reads is the report's.
    std::string text = test::read_fixture("reports/2024_hongze-district.txt");
    for (std::size_t n = 0; n <= text.size(); n += 97) CHECK_NOTHROW(import_text(text.substr(0, n)));

    ImportOptions small;
    small.max_bytes = 100;
    ImportResult refused = import_text(text, small);
    CHECK_FALSE(refused.report);
    CHECK(with_rule(refused, import_rule::too_large).size() == 1);
}

TEST_CASE("a report with any one line lost never gets a figure that is not the report's") {
    // Every figure the importer still reads must be the hand-checked one, in its own cell.
    for (std::string name :
         {"2020_longhua-data-bureau", "2023_hongze-district", "2024_huaian-city", "2024_huaian-city.plain"}) {
        CAPTURE(name);
        std::string text = test::read_fixture("reports/" + name + ".txt");
        json::value want = expected("reports/" + name + ".expected.json");
        std::vector<std::size_t> starts{0};
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts.push_back(i + 1);
        for (std::size_t l = 0; l + 1 < starts.size(); ++l) {
            std::string damaged = text.substr(0, starts[l]) + text.substr(starts[l + 1]);
            ImportResult r = import_text(damaged);
            if (!r.report) continue;
            json::value got = tables_of(*r.report);
            std::vector<std::string> wrong;
            for (auto k : {"active_disclosure", "applications", "review_litigation"})
                invented(want.at(k), got.at(k), "/" + std::string(k), wrong);
            std::string listed;
            for (auto const& w : wrong) listed += w + "\n";
            CHECK_MESSAGE(wrong.empty(), "line ", l + 1, " lost:\n", listed);
        }
    }
}

TEST_CASE("hostile inputs are read without a throw: long numbering lines, unclosed markup, nesting, spans, wide rows") {
    // That the work grows linearly with them is measured in tests/bench/hostile_bench.cpp (Big-O fitted).
    for (test::HostileInput const& input : test::hostile_inputs) {
        CAPTURE(input.name);
        ImportResult r;
        CHECK_NOTHROW(r = import_text(input.make(40000)));
        CHECK(r.report.has_value() == input.holds_report);
    }
}

TEST_CASE("the year: from the title, else from the reporting period before 二, else 0 with an error") {
    ImportResult from_text = import_text(
        "某某局年度报告\n根据 2019 年修订的《条例》，统计期限自 2022 年 1 月 1 日起\n二、主动公开政府信息情况\n"
        "三、收到和处理政府信息公开申请情况\n");
    REQUIRE(from_text.report);
    CHECK(from_text.report->year() == 2022);
    CHECK(with_rule(from_text, import_rule::title_unread).size() == 1);
    CHECK(with_rule(from_text, import_rule::year_unread).empty());

    ImportResult none = import_text("三、收到和处理政府信息公开申请情况\n");
    REQUIRE(none.report);
    CHECK(none.report->year() == 0);
    CHECK(with_rule(none, import_rule::year_unread).size() == 1);
}

TEST_CASE("content tells JSON from text") {
    CHECK(looks_like_json("  {\"schema\": \"ogi-report/1\"}"));
    CHECK(looks_like_json("\xEF\xBB\xBF\n["));
    CHECK_FALSE(looks_like_json("淮安市人民政府\n2024 年政府信息公开工作年度报告"));
    CHECK_FALSE(looks_like_json(""));
}

TEST_CASE("bytes of another kind are refused by name, never imported as text") {
    // A stored ZIP holds the report's text as it is: read as text, it gave a report of agency "PK…".
    for (auto [path, name] : {std::pair{"bad/stored-report.zip", "a ZIP archive"}, {"bad/image.png", "a PNG image"},
                              {"bad/document.pdf", "a PDF document"}}) {
        CAPTURE(path);
        std::string const bytes = test::read_fixture(path);
        ImportResult r = import_text(bytes);
        CHECK_FALSE(r.report);
        REQUIRE(with_rule(r, import_rule::not_a_report).size() == 1);
        CHECK(r.findings.front().message.en.find(name) != std::string::npos);
        CHECK_FALSE(import_report_key(bytes));
    }
}

TEST_CASE("a page's meta charset: Big5 and Shift_JIS read through iconv, UTF-7 refused by name") {
    ImportResult big5 = import_fixture("bad/longhua.big5.html");
    CHECK(big5.encoding == "BIG5");
    check_imports_to(big5, expected("reports/2020_longhua-data-bureau.expected.json"));
    CHECK(with_rule(big5, import_rule::invalid_bytes).empty());

    ImportResult sjis = import_fixture("bad/longhua.shift_jis.html");
    CHECK(sjis.encoding == "SHIFT_JIS");
    REQUIRE(sjis.report);
    CHECK(tables_of(*sjis.report).at("applications") ==
          expected("reports/2020_longhua-data-bureau.expected.json").at("applications"));

    std::string const utf7 = test::read_fixture("bad/longhua.utf-7.html");
    ImportResult refused = import_text(utf7);
    CHECK_FALSE(refused.report);
    REQUIRE(refused.findings.size() == 1);
    CHECK(refused.findings.front().message.en == "the page names the charset utf-7, which is not read");
    CHECK_FALSE(import_report_key(utf7));

    // A charset iconv does not know: refused by name when the bytes are not UTF-8, else it says nothing.
    std::string gbk = test::read_fixture("pages/huaian.gbk.html");
    gbk.replace(gbk.find("charset=\"gbk\""), 13, "charset=\"x-none\"");
    ImportResult unknown = import_text(gbk);
    CHECK_FALSE(unknown.report);
    CHECK(unknown.findings.front().message.en == "the page names the charset x-none, which is not read");
    std::string utf8 = test::read_fixture("pages/huaian.rendered.html");
    REQUIRE(utf8.find("<meta charset=\"utf-8\">") != std::string::npos);
    utf8.replace(utf8.find("<meta charset=\"utf-8\">"), 22, "<meta charset=\"x-none\">");
    check_imports_to(import_text(utf8), expected("reports/2024_huaian-city.expected.json"));
}

TEST_CASE("a character of the agency's name that does not decode is reported with the name left") {
    ImportResult cut = import_fixture("bad/hongze-2024.agency-cut-character.txt");
    REQUIRE(cut.report);
    CHECK(cut.report->agency() == "淮安市泽区人民政府");  // 洪 is lost: said, not silent
    auto said = with_rule(cut, import_rule::invalid_bytes);
    REQUIRE(said.size() == 2);  // the input's bytes, then the name
    CHECK(said[1].paths == std::vector<std::string>{"/agency"});
    CHECK(said[1].message.en.ends_with("may lack characters: 淮安市泽区人民政府"));
    // A byte that does not decode after the title takes nothing from the name, and is not said of it.
    std::string text = test::read_fixture("reports/2024_hongze-district.txt");
    text.insert(text.find("二、主动公开"), "\xFF");
    ImportResult later = import_text(text);
    CHECK(with_rule(later, import_rule::invalid_bytes).size() == 1);
    CHECK(later.report->agency() == "淮安市洪泽区人民政府");
}

TEST_CASE("a report printed twice: its second set of tables is an error at its line, not part of 六") {
    ImportResult once = import_fixture("reports/2024_hongze-district.txt");
    ImportResult twice = import_fixture("bad/hongze-2024.printed-twice.txt");
    check_imports_to(twice, expected("reports/2024_hongze-district.expected.json"));
    auto repeated = with_rule(twice, import_rule::tables_repeated);
    REQUIRE(repeated.size() == 1);
    CHECK(repeated[0].severity == Severity::error);
    CHECK(repeated[0].source_line == 171 + 2);  // the second copy's title: the file has 171 lines
    // 六 ends where the second copy starts: at most the first line of its title is left in it.
    auto other_matters = [](Report const& r) { return r.visit([](auto const& v) { return v.other_matters; }); };
    std::optional<std::string> const one = other_matters(*once.report), two = other_matters(*twice.report);
    REQUIRE((one && two));
    CHECK(two->starts_with(*one));
    CHECK(two->size() <= one->size() + std::string_view("\n淮安市洪泽区人民政府").size());
    CHECK(with_rule(once, import_rule::tables_repeated).empty());
}

TEST_CASE("import rule IDs are unique and stable") {
    for (std::size_t i = 0; i < import_rule::all.size(); ++i) {
        CHECK(import_rule::all[i]->id.starts_with("IMP-"));
        for (std::size_t j = i + 1; j < import_rule::all.size(); ++j)
            CHECK(import_rule::all[i]->id != import_rule::all[j]->id);
    }
}

TEST_CASE("delimited rows: a browser's copy (tabs) and pipe-separated copies import to the published figures") {
    for (auto [text, report] : {std::pair{"longhua.tabs", "2020_longhua-data-bureau"},
                                std::pair{"hongze-2023.tabs", "2023_hongze-district"},
                                std::pair{"huaian.tabs", "2024_huaian-city"},
                                std::pair{"longhua.pipes", "2020_longhua-data-bureau"},
                                std::pair{"huaian.fullwidth-bars", "2024_huaian-city"}}) {
        CAPTURE(text);
        ImportResult r = import_fixture("messy/" + std::string(text) + ".txt");
        check_imports_to(r, expected("reports/" + std::string(report) + ".expected.json"));
        CHECK_FALSE(has_error(r));
    }
}

TEST_CASE("delimited rows keep their blank cells by position") {
    // 一、本年新收… | 3001 | 53 |  |  | 61 | 4 | 3119: seven cells, two of them blank.
    ImportResult pipes = import_fixture("messy/huaian.pipes-blank-cells.txt");
    check_imports_to(pipes, with_null(expected("reports/2024_huaian-city.expected.json"),
                                      {"/applications/new_received/research_institution",
                                       "/applications/new_received/social_welfare_org"}));
    CHECK_FALSE(has_error(pipes));
    ImportResult tabs = import_fixture("messy/hongze-2023.tabs-blank-cells.txt");
    check_imports_to(tabs, with_null(expected("reports/2023_hongze-district.expected.json"),
                                     {"/applications/new_received/research_institution",
                                      "/applications/new_received/social_welfare_org",
                                      "/applications/outcomes/not_disclosed/state_secret/total",
                                      "/review_litigation/litigation_direct/upheld"}));
    CHECK_FALSE(has_error(tabs));

    // Empty cells at the edges of a row's figures are padding only where the row has more cells than columns.
    auto matrix_row = [](std::string row) {
        ImportResult r = import_text("2024年某某县人民政府政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" +
                                     row + "\n四、政府信息公开行政复议、行政诉讼情况\n");
        REQUIRE(r.report);
        return std::get<Report2021>(r.report->variant()).applications.new_received;
    };
    ApplicantRow seven = matrix_row("一、本年新收政府信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t21");  // a merged label's padding
    CHECK(seven[Applicant::natural_person] == Count{1});
    CHECK(seven[Applicant::total] == Count{21});
    ApplicantRow blank_first = matrix_row("| 一、本年新收政府信息公开申请数量 |  | 2 | 3 | 4 | 5 | 6 | 20 |");
    CHECK_FALSE(blank_first[Applicant::natural_person].present());
    CHECK(blank_first[Applicant::commercial_enterprise] == Count{2});
    ApplicantRow blank_last = matrix_row("一、本年新收政府信息公开申请数量 | 1 | 2 | 3 | 4 | 5 | 6 |  |");
    CHECK(blank_last[Applicant::other_org] == Count{6});
    CHECK_FALSE(blank_last[Applicant::total].present());
    // Padding on both sides, one cell too many: which one is padding is not certain.
    ApplicantRow unsure = matrix_row("一、本年新收政府信息公开申请数量 |  | 1 | 2 | 3 | 4 | 5 | 6 |  |");
    CHECK_FALSE(unsure[Applicant::natural_person].present());
    CHECK_FALSE(unsure[Applicant::other_org].present());
}

TEST_CASE("pdftotext -layout: a cell left blank between two figures is read by the columns of the full rows") {
    ImportResult r = import_fixture("messy/hongze-2024.layout-blank-cells.txt");
    check_imports_to(r, with_null(expected("reports/2024_hongze-district.expected.json"),
                                  {"/applications/outcomes/disclosed/commercial_enterprise",
                                   "/applications/outcomes/disclosed/legal_service_org",
                                   "/applications/outcomes/not_processed/publication_request/research_institution"}));
    CHECK_FALSE(has_error(r));
}

TEST_CASE("converter Markdown: 类别 and 数据N headers, labels repeated as headings, group labels in rows of their own") {
    for (auto [md, report, row] :
         {std::tuple{"longhua.converter-headings", "2020_longhua-data-bureau",
                     "/applications/outcomes/unable_to_provide/requires_creation"},
          std::tuple{"huaian.converter-headings", "2024_huaian-city", "/applications/carried_over"}}) {
        CAPTURE(md);
        ImportResult r = import_fixture("messy/" + std::string(md) + ".md");
        check_imports_to(r, expected("reports/" + std::string(report) + ".expected.json"));
        CHECK_FALSE(has_error(r));
        // The row printed without its label is placed by the official order alone, and says so.
        auto by_order = with_rule(r, import_rule::row_by_order);
        REQUIRE(by_order.size() == 1);
        CHECK(by_order[0].paths == std::vector<std::string>{row});
        CHECK(by_order[0].source_line.has_value());
    }
}

TEST_CASE("label-less rows are placed by order only when the order leaves one possibility") {
    std::string md = test::read_fixture("messy/huaian.converter-headings.md");
    // 一、本年新收 printed without its label too: before 二 and the first label found, nothing says which row
    // the first figures are.
    replace_once(md, "| 一、本年新收政府信息公开申请数量 |", "|  |");
    replace_once(md, "#### 一、本年新收政府信息公开申请数量", "");
    ImportResult r = import_text(md);
    CHECK(with_rule(r, import_rule::row_by_order).empty());
    auto const& report = std::get<Report2021>(r.report->variant());
    CHECK_FALSE(report.applications.new_received[Applicant::total].present());
    CHECK_FALSE(report.applications.carried_over[Applicant::total].present());

    // Two rows without labels between two found rows, but figures for one: neither is placed.
    std::string two = test::read_fixture("messy/huaian.converter-headings.md");
    replace_once(two, "| 三、本年度办理结果 | （一）予以公开 |", "|  |  |");
    replace_once(two, "#### （一）予以公开", "");
    std::size_t carried = two.find("|  |  |  | 34 | 0 | 0 | 0 | 0 | 0 | 34 |");
    REQUIRE(carried != std::string::npos);
    two.erase(two.rfind("| 类别", carried), two.find('\n', carried) - two.rfind("| 类别", carried));
    ImportResult r2 = import_text(two);
    CHECK(with_rule(r2, import_rule::row_by_order).empty());
    auto const& report2 = std::get<Report2021>(r2.report->variant());
    CHECK_FALSE(report2.applications.carried_over[Applicant::total].present());
    CHECK_FALSE(report2.applications.outcomes.disclosed[Applicant::total].present());
    CHECK(report2.applications.outcomes.partially_disclosed[Applicant::total] == Count{454});
}

namespace {

// The cells of a section's rows, as JSON pointers: /applications/new_received/natural_person …
std::vector<std::string> cells_under(json::value const& doc, std::string const& pointer) {
    std::vector<std::string> out;
    std::error_code ec;
    json::value const* v = doc.find_pointer(pointer, ec);
    REQUIRE_MESSAGE(v, pointer);
    if (!v->is_object() || (v->as_object().contains("value") && v->as_object().contains("unit"))) return {pointer};
    for (auto const& [k, child] : v->as_object())
        for (std::string const& c : cells_under(doc, pointer + "/" + std::string(k))) out.push_back(c);
    return out;
}

json::value with_null_under(json::value doc, std::initializer_list<char const*> pointers) {
    for (char const* p : pointers) {
        for (std::string const& c : cells_under(doc, p)) {
            std::error_code ec;
            *doc.find_pointer(c, ec) = nullptr;
        }
    }
    return doc;
}

std::vector<std::string> paths_of(std::vector<Finding> const& findings) {
    std::vector<std::string> out;
    for (Finding const& f : findings) out.insert(out.end(), f.paths.begin(), f.paths.end());
    std::ranges::sort(out);
    return out;
}

}  // namespace

TEST_CASE("run-together: a consistent report flattened to one line imports fully, its structure and narratives too") {
    ImportResult r = import_fixture("messy/hongze-2024.one-line.txt");
    check_imports_to(r, expected("reports/2024_hongze-district.expected.json"));
    CHECK_FALSE(has_error(r));
    CHECK(with_rule(r, import_rule::run_together).size() == 1);
    CHECK_FALSE(with_rule(r, import_rule::split_unique).empty());
    REQUIRE(r.report);
    auto const& report = std::get<Report2021SingleRowOther>(r.report->variant());
    REQUIRE(report.overview);
    CHECK(report.overview->find("淮安市洪泽区人民政府") != std::string::npos);
    CHECK(report.problems_and_improvements.has_value());
}

TEST_CASE("run-together: splits are taken only where one alone is possible or satisfies the identities") {
    // The page of Huai'an 2024 (2021 edition): the matrix has one consistent split; 四 has three (its groups
    // add up whichever way 72 64 178 37 … are cut), 规章 1011 two and 行政规范性文件 82666 six (二 has no identity).
    ImportResult huaian = import_fixture("messy/huaian.page-one-line.txt");
    check_imports_to(huaian, with_null_under(expected("reports/2024_huaian-city.expected.json"),
                                             {"/review_litigation", "/active_disclosure/regulatory_documents"}));
    auto unresolved = with_rule(huaian, import_rule::split_unresolved);
    CHECK(paths_of(unresolved) == std::vector<std::string>{"/active_disclosure/regulatory_documents/normative_documents",
                                                           "/active_disclosure/regulatory_documents/rules",
                                                           "/review_litigation"});
    for (Finding const& f : unresolved) CHECK(f.message.en.find("splits remain") != std::string::npos);

    // Hongze 2023: 四 as published contradicts itself (行政复议 总计 0 where 10 + 1): no split of it satisfies the
    // identities, and the import says so; the matrix is read.
    ImportResult hongze = import_fixture("messy/hongze-2023.one-line.txt");
    check_imports_to(hongze, with_null_under(expected("reports/2023_hongze-district.expected.json"), {"/review_litigation"}));
    auto none = with_rule(hongze, import_rule::split_unresolved);
    REQUIRE(none.size() == 1);
    CHECK(none[0].paths == std::vector<std::string>{"/review_litigation"});
    CHECK(none[0].message.en.find("no split satisfies") != std::string::npos);

    // Longhua 2020: its 1.本机关不掌握 and （七）总计 rows (1 0 0 0 0 0 0: their 总计 left 0) split one way only,
    // which breaks their own identity: said, never forced; 政府集中采购 9456880元 splits six ways.
    for (char const* text : {"messy/longhua.one-line.txt", "messy/longhua.page-one-line.txt"}) {
        CAPTURE(text);
        ImportResult longhua = import_fixture(text);
        check_imports_to(longhua, with_null_under(expected("reports/2020_longhua-data-bureau.expected.json"),
                                                  {"/applications/outcomes/unable_to_provide/not_held",
                                                   "/applications/outcomes/total",
                                                   "/active_disclosure/procurement/centralized_procurement"}));
        CHECK(paths_of(with_rule(longhua, import_rule::split_unresolved)) ==
              std::vector<std::string>{"/active_disclosure/procurement/centralized_procurement",
                                       "/applications/outcomes/total",
                                       "/applications/outcomes/unable_to_provide/not_held"});
    }
}

TEST_CASE("run-together: pdftotext -layout flattened keeps its stray characters; nothing read is invented") {
    // Huai'an's layout text prints the group label 三、本年度办理结果 one character per line between rows: flattened,
    // those characters end some rows' runs (…2000002年), which are then not read.
    ImportResult r = import_fixture("messy/huaian.one-line.txt");
    REQUIRE(r.report);
    std::vector<std::string> wrong;
    invented(expected("reports/2024_huaian-city.expected.json"), tables_of(*r.report), "", wrong);
    CHECK_MESSAGE(wrong.empty(), wrong.front());
    CHECK(std::get<Report2021>(r.report->variant()).applications.new_received[Applicant::total] == Count{3119});
}

TEST_CASE("run-together: the splits of a digit run, and hostile runs, stay bounded") {
    ImportResult r = import_text("2024年某某县人民政府政府信息公开工作年度报告一、总体情况无。二、主动公开政府信息情况三、收到和处理"
                                 "政府信息公开申请情况一、本年新收政府信息公开申请数量" +
                                 std::string(5000, '1') + "二、上年结转政府信息公开申请数量" + std::string(3000, '0') +
                                 "四、政府信息公开行政复议、行政诉讼情况" + std::string(100000, '7') + "五、存在的主要问题及改进情况无");
    REQUIRE(r.report);
    CHECK(with_rule(r, import_rule::run_together).size() == 1);
    auto const& report = std::get<Report2021>(r.report->variant());
    CHECK_FALSE(report.applications.new_received[Applicant::total].present());
    CHECK_FALSE(report.review_litigation.administrative_review[CaseResult::total].present());
}

TEST_CASE("pdftotext -layout: a short row whose figures stand between the full rows' columns is not read") {
    std::string text = test::read_fixture("reports/2024_hongze-district.txt");
    // （一）予以公开 with its second figure gone and the ones after it two characters to the left: they stand
    // between columns, and which cell is blank is not certain.
    replace_once(text, "（一）予以公开                    50    0         0     0   0   0     50",
                 "（一）予以公开                    50            0     0   0   0   50");
    ImportResult r = import_text(text);
    auto unread = with_rule(r, import_rule::row_unread);
    REQUIRE(unread.size() == 1);
    CHECK(unread[0].paths == std::vector<std::string>{"/applications/outcomes/disclosed"});
}
