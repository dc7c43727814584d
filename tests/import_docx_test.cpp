// The Word importer: .docx files as LibreOffice and Word write them import to the published figures; what Word
// keeps beside the text (deleted text, field instructions, spell-check marks) is no text; hostile archives are
// refused with a finding that says why, before anything large is inflated or parsed.
#include <ogi/import.hpp>
#include <ogi/import_rules.hpp>
#include <ogi/json.hpp>
#include <ogi/render/docx.hpp>

#include "docx_archive.hpp"
#include "render_reports.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace ogi;

namespace {

bool has_rule(ImportResult const& r, rules::Rule const& rule) {
    return std::ranges::any_of(r.findings, [&](Finding const& f) { return f.rule == rule.id; });
}

bool has_error(ImportResult const& r) {
    return std::ranges::any_of(r.findings, [](Finding const& f) { return f.severity == Severity::error; });
}

// The reason a refused document gives (in English), or "" when it was not refused.
std::string refusal(ImportResult const& r) {
    for (Finding const& f : r.findings)
        if (f.rule == import_rule::docx_unreadable.id) return f.message.en;
    return {};
}

// A .docx of ogi's own for Huai'an 2024 whose document.xml is changed: old (once) replaced by new.
std::string edited(std::string_view old, std::string_view replacement) {
    std::string docx = render::render_docx(test::huaian());
    std::string xml = test::parts_of(docx)["word/document.xml"];
    std::size_t at = xml.find(old);
    REQUIRE(at != std::string::npos);
    xml.replace(at, old.size(), replacement);
    return test::with_document(docx, xml);
}

std::string figure_run(std::string_view figure) {
    return "<w:r><w:t xml:space=\"preserve\">" + std::string(figure) + "</w:t></w:r>";
}

}  // namespace

TEST_CASE("Word files saved by LibreOffice import to the published figures, both editions") {
    for (auto [file, report] : {std::pair{"longhua.libreoffice.docx", "2020_longhua-data-bureau"},
                                std::pair{"hongze-2023.libreoffice.docx", "2023_hongze-district"},
                                std::pair{"huaian.libreoffice.docx", "2024_huaian-city"}}) {
        CAPTURE(file);
        ImportResult r = import_report(test::read_fixture(std::string("word/") + file));
        REQUIRE(r.report);
        // The pages print the headings of 一、五、六 with nothing under them: published empty narratives.
        Report want = test::report(report);
        want.visit([](auto& w) { w.overview = w.problems_and_improvements = w.other_matters = ""; });
        CHECK(*r.report == want);
        CHECK(has_rule(r, import_rule::docx));
        CHECK_FALSE(has_error(r));
    }
}

TEST_CASE("an edited Word file: runs split by spell-check marks, tracked changes, a field, content controls, "
          "nested tables") {
    ImportResult r = import_report(test::read_fixture("word/huaian.hand-made.docx"));
    REQUIRE(r.report);
    CHECK(*r.report == test::huaian());  // 447228 as inserted, not 447227 as deleted; the year 2024, not 2023
    CHECK_FALSE(has_error(r));
}

TEST_CASE("docx text: deleted text and field instructions dropped, inserted text and field results kept, "
          "a line break a new line, a tab a space") {
    Report report = test::huaian();
    report.visit([](auto& r) { r.overview = "原文"; });
    std::string docx = render::render_docx(report);
    std::string xml = test::parts_of(docx)["word/document.xml"];
    std::string const paragraph = "<w:r><w:t xml:space=\"preserve\">原文</w:t></w:r>";
    REQUIRE(xml.find(paragraph) != std::string::npos);
    xml.replace(xml.find(paragraph), paragraph.size(),
                "<w:r><w:t>本年度</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>，本机关</w:t></w:r>"
                "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>不</w:delText></w:r></w:del>"
                "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>坚持</w:t></w:r></w:ins>"
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE 99 </w:instrText></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>公开</w:t></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:br/><w:t>第二行</w:t><w:tab/><w:t>完</w:t></w:r>"
                "<w:fldSimple w:instr=\" DATE \"><w:r><w:t>。</w:t></w:r></w:fldSimple>");
    ImportResult r = import_report(test::with_document(docx, xml));
    REQUIRE(r.report);
    CHECK(r.report->visit([](auto const& x) { return x.overview; }) ==
          std::optional<std::string>("本年度，本机关坚持公开\n第二行 完。"));
}

TEST_CASE("docx tables: an empty cell is a blank cell (absent, never 0); a vMerge continuation is not repeated") {
    ImportResult blank = import_report(edited(figure_run("3001"), ""));
    REQUIRE(blank.report);
    Report want = test::huaian();
    std::get<Report2021>(want.variant()).applications.new_received[Applicant::natural_person] = {};
    CHECK(*blank.report == want);

    // A figure cell merged down into the row below (vMerge) gives that row one figure fewer: its row is not
    // read rather than read shifted.
    std::string docx = render::render_docx(test::huaian());
    std::string xml = test::parts_of(docx)["word/document.xml"];
    std::size_t row = xml.rfind("<w:tr>", xml.find("二、上年结转政府信息公开申请数量"));
    std::size_t cell = xml.find("<w:tc><w:tcPr>", xml.find("</w:tc>", row) + 1);  // the row's first figure cell
    REQUIRE(cell != std::string::npos);
    xml.insert(xml.find("</w:tcPr>", cell), "<w:vMerge/>");
    ImportResult merged = import_report(test::with_document(docx, xml));
    REQUIRE(merged.report);
    CHECK(has_rule(merged, import_rule::row_unread));
    CHECK_FALSE(std::get<Report2021>(merged.report->variant()).applications.carried_over[Applicant::natural_person].present());
}

TEST_CASE("hostile and damaged Word files are refused with the reason, nothing large inflated or parsed") {
    ImportResult bomb = import_report(test::read_fixture("bad/zip-bomb.docx"));
    CHECK_FALSE(bomb.report);
    CHECK(refusal(bomb) == "the Word document cannot be read: word/document.xml would inflate to 209715200 bytes, "
                           "more than the limit of 67108864");

    ImportResult lying = import_report(test::read_fixture("bad/zip-bomb-lying.docx"));
    CHECK_FALSE(lying.report);
    CHECK(refusal(lying).ends_with("word/document.xml does not have the size the archive's directory states"));

    // The limit is the import's: a real report's document.xml is refused under a smaller one.
    std::string docx = test::read_fixture("word/huaian.libreoffice.docx");
    ImportResult small = import_report(docx, {.max_bytes = 100'000});
    CHECK_FALSE(small.report);
    CHECK(refusal(small).find("would inflate to 132") != std::string::npos);

    ImportResult entities = import_report(test::read_fixture("bad/entity-expansion.docx"));
    CHECK_FALSE(entities.report);
    CHECK(refusal(entities).find("document type definition (DTD)") != std::string::npos);

    ImportResult no_document = import_report(test::read_fixture("bad/no-document-xml.docx"));
    CHECK_FALSE(no_document.report);
    CHECK(refusal(no_document).ends_with("the archive has no word/document.xml (not a Word document)"));

    ImportResult truncated = import_report(docx.substr(0, docx.size() / 2));
    CHECK_FALSE(truncated.report);
    CHECK(refusal(truncated).find("not a valid ZIP archive") != std::string::npos);

    ImportResult not_xml = import_report(test::with_document(docx, "<w:document"));
    CHECK_FALSE(not_xml.report);
    CHECK(refusal(not_xml).ends_with("word/document.xml is not well-formed XML"));

    ImportResult no_body = import_report(test::with_document(docx, "<a/>"));
    CHECK(refusal(no_body).ends_with("word/document.xml has no w:body"));

    // A well-formed document that is no report: read, and the report reader says so.
    ImportResult letter = import_report(test::with_document(
        docx, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
              "<w:r><w:t>致函</w:t></w:r></w:p></w:body></w:document>"));
    CHECK_FALSE(letter.report);
    CHECK(refusal(letter).empty());
    CHECK(has_rule(letter, import_rule::docx));
}
