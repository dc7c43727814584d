// The Word writer: the official layout as a valid .docx (A4 portrait, CJK faces, merged cells, borders), the
// findings as shaded cells with comments, and the promise that importing the document gives the report back.
#include <ogi/import.hpp>
#include <ogi/render/docx.hpp>

#include "docx_archive.hpp"
#include "render_reports.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace ogi;

namespace {

std::size_t count(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

void check_round_trip(Report const& report) {
    ImportResult imported = import_report(render::render_docx(report));
    for (auto const& f : imported.findings) CHECK_MESSAGE(f.severity != Severity::error, f.message.en);
    REQUIRE(imported.report);
    CHECK(*imported.report == report);
}

}  // namespace

TEST_CASE("docx round trip: every fixture report, with and without narratives") {
    std::size_t reports = 0;
    for (auto const& entry : std::filesystem::directory_iterator(test::fixture_path("reports"))) {
        std::string name = entry.path().filename().string();
        if (!name.ends_with(".expected.json")) continue;
        CAPTURE(name);
        Report report = test::report(name.substr(0, name.size() - std::string_view(".expected.json").size()).c_str());
        check_round_trip(report);
        check_round_trip(test::with_narratives(report));
        ++reports;
    }
    CHECK(reports == 5);  // both editions, the mixed layout, the plain-text figures
}

TEST_CASE("docx: an Office Open XML package in the official layout, A4 portrait, CJK faces") {
    std::string docx = render::render_docx(test::huaian());
    CHECK(docx.starts_with("PK\x03\x04"));
    CHECK(docx == render::render_docx(test::huaian()));  // the same report, the same bytes
    test::Parts parts = test::parts_of(docx);
    for (char const* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                             "word/styles.xml", "word/fontTable.xml"})
        CHECK_MESSAGE(parts.contains(part), part);
    CHECK_FALSE(parts.contains("word/comments.xml"));  // no findings, no comments

    std::string const& document = parts["word/document.xml"];
    CHECK(document.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);  // A4, no w:orient
    for (char const* heading : {"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"})
        CHECK_MESSAGE(document.find(heading) != std::string::npos, heading);
    CHECK(document.find("第二十条第（一）项") != std::string::npos);
    CHECK(count(document, "<w:tbl>") == 3);
    CHECK(count(document, "<w:tblBorders>") == 3);
    // The matrix's merged headers: 申请人情况 across seven columns, the balance note down three rows.
    CHECK(count(document, "<w:vMerge w:val=\"restart\"/>") > 0);
    CHECK(count(document, "<w:vMerge/>") > 0);
    CHECK(document.find("<w:gridSpan w:val=\"7\"/>") != std::string::npos);
    std::string const& styles = parts["word/styles.xml"];
    for (char const* face : {"w:eastAsia=\"宋体\"", "w:eastAsia=\"仿宋\"", "w:eastAsia=\"黑体\""})
        CHECK_MESSAGE(styles.find(face) != std::string::npos, face);
    CHECK(parts["word/fontTable.xml"].find("<w:altName w:val=\"FangSong\"/>") != std::string::npos);
}

TEST_CASE("docx: findings shade their cells and carry a comment with the message and the correction") {
    auto findings = test::longhua_findings();
    std::vector<Correction> corrections{{test::not_held_total, 0, 1}};
    std::string docx = render::render_docx(test::longhua(), findings, {.corrections = corrections});
    test::Parts parts = test::parts_of(docx);
    REQUIRE(parts.contains("word/comments.xml"));
    std::string const& document = parts["word/document.xml"];
    std::string const& comments = parts["word/comments.xml"];
    // Two cells are named first by a finding (the overview's finding names a section, not a cell).
    CHECK(count(document, "w:fill=\"FDE0DC\"") == 2);
    CHECK(count(document, "<w:commentReference ") == 2);
    CHECK(count(document, "<w:commentRangeStart ") == 2);
    CHECK(count(comments, "<w:comment ") == 2);
    CHECK(comments.find(findings[0].message.zh) != std::string::npos);
    CHECK(comments.find(findings[1].message.zh) != std::string::npos);
    CHECK(comments.find("建议更正：0 → 1") != std::string::npos);
    CHECK(count(comments, "建议更正") == 1);  // only the corrected cell
    CHECK(parts["[Content_Types].xml"].find("/word/comments.xml") != std::string::npos);
    CHECK(parts["word/_rels/document.xml.rels"].find("comments.xml") != std::string::npos);

    std::string english = test::parts_of(render::render_docx(test::longhua(), findings,
                                                             {.language = render::Language::en, .corrections = corrections}))["word/comments.xml"];
    CHECK(english.find(findings[0].message.en) != std::string::npos);
    CHECK(english.find("suggested correction: 0 → 1") != std::string::npos);

    // The marked document still imports to the report: comments are no text of the cells.
    ImportResult imported = import_report(docx);
    REQUIRE(imported.report);
    CHECK(*imported.report == test::longhua());
}

TEST_CASE("docx: text the report holds is escaped, and control characters XML cannot hold are left out") {
    Report report = test::huaian();
    report.visit([](auto& r) {
        r.agency = "A&B<市>\"人民政府\"";
        r.overview = std::string("第一段\x01结束");
    });
    test::Parts parts = test::parts_of(render::render_docx(report));
    CHECK(parts["word/document.xml"].find("A&amp;B&lt;市&gt;&quot;人民政府&quot;") != std::string::npos);
    ImportResult imported = import_report(render::render_docx(report));
    REQUIRE(imported.report);
    CHECK(imported.report->visit([](auto const& r) { return r.overview; }) == std::optional<std::string>("第一段结束"));
}
