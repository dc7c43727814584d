// The PDF reader, as a specification: the real published PDFs import to their hand-checked values; the fixture
// pages printed to PDF (Chromium with its print header, LibreOffice through a Word file) import to the pages'
// own values, a blank cell absent and never shifting its neighbours; what cannot be read is refused, saying why.
#include <ogi/import.hpp>
#include <ogi/import_rules.hpp>

#include "expected_report.hpp"
#include "fixture.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace ogi;
using test::check_imports_to;
using test::expected;
using test::with_null;
using test::with_rule;
using test::has_error;

namespace {

ImportResult import_pdf(std::string const& path) { return import_report(test::read_fixture(path)); }

}  // namespace

TEST_CASE("the published Hongze PDFs (WPS) import to their hand-checked values") {
    for (std::string name : {"2023_hongze-district", "2024_hongze-district"}) {
        CAPTURE(name);
        ImportResult r = import_pdf("reports/" + name + ".pdf");
        check_imports_to(r, expected("reports/" + name + ".expected.json"));
        CHECK(with_rule(r, import_rule::pdf).size() == 1);
        CHECK_FALSE(has_error(r));
        // The narratives come out in reading order, as published.
        REQUIRE(r.report.has_value());
        r.report->visit([&](auto const& report) {
            std::string const overview = report.overview.value_or(""), other = report.other_matters.value_or("");
            CHECK(overview.find("（一）主动公开情况") != std::string::npos);
            CHECK(overview.find("（一）主动公开情况") < overview.find("（二）依申请公开情况"));
            CHECK(other.find("信息处理费") != std::string::npos);
        });
    }
}

TEST_CASE("the fixture pages printed to PDF import to the pages' own values") {
    struct Case {
        char const* pdf;
        char const* report;
    };
    for (Case c : {Case{"pdf/hongze-2023.chromium.pdf", "reports/2023_hongze-district.expected.json"},
                   Case{"pdf/hongze-2023.word.pdf", "reports/2023_hongze-district.expected.json"},
                   Case{"pdf/longhua.chromium.pdf", "reports/2020_longhua-data-bureau.expected.json"},
                   Case{"pdf/longhua.word.pdf", "reports/2020_longhua-data-bureau.expected.json"},
                   Case{"pdf/huaian.chromium.pdf", "reports/2024_huaian-city.expected.json"},
                   Case{"pdf/huaian.word.pdf", "reports/2024_huaian-city.expected.json"}}) {
        CAPTURE(c.pdf);
        ImportResult r = import_pdf(c.pdf);
        check_imports_to(r, expected(c.report));
        CHECK_FALSE(has_error(r));
    }
}

TEST_CASE("a blank cell of a PDF stays absent, its neighbours in their columns") {
    // The first column of 四 is blank: a table without labels, its column known from its header only.
    for (char const* pdf : {"pdf/hongze-2023.empty-cells.chromium.pdf", "pdf/hongze-2023.empty-cells.word.pdf"}) {
        CAPTURE(pdf);
        ImportResult r = import_pdf(pdf);
        check_imports_to(r, with_null(expected("reports/2023_hongze-district.expected.json"),
                                      {"/applications/new_received/natural_person",
                                       "/applications/outcomes/not_disclosed/internal_affairs/total",
                                       "/review_litigation/administrative_review/upheld"}));
        CHECK_FALSE(has_error(r));
    }
}

TEST_CASE("a PDF without text, encrypted or damaged is refused with the reason") {
    struct Case {
        char const* pdf;
        rules::Rule const& rule;
    };
    for (Case c : {Case{"bad/scan.pdf", import_rule::pdf_no_text}, Case{"bad/zero-pages.pdf", import_rule::pdf_no_text},
                   Case{"bad/encrypted.pdf", import_rule::pdf_encrypted},
                   Case{"bad/truncated.pdf", import_rule::pdf_damaged}}) {
        CAPTURE(c.pdf);
        ImportResult r = import_pdf(c.pdf);
        CHECK_FALSE(r.report.has_value());
        REQUIRE(with_rule(r, c.rule).size() == 1);
        CHECK(with_rule(r, c.rule)[0].severity == Severity::error);
    }
    // A real report is none of these.
    ImportResult r = import_pdf("reports/2023_hongze-district.pdf");
    for (rules::Rule const* rule : {&import_rule::pdf_no_text, &import_rule::pdf_encrypted, &import_rule::pdf_damaged})
        CHECK(with_rule(r, *rule).empty());
}

TEST_CASE("a PDF is told by its bytes, text by its own") {
    std::string pdf = test::read_fixture("reports/2024_hongze-district.pdf");
    CHECK(import_report_key(pdf) == ReportKey{"淮安市洪泽区人民政府", 2024});
    // Bytes before the signature (a mail gateway's prefix) are allowed within the first kilobyte.
    CHECK(import_report(std::string(100, '\n') + pdf).report.has_value());
    ImportResult text = import_report(test::read_fixture("reports/2024_hongze-district.txt"));
    CHECK(with_rule(text, import_rule::pdf).empty());
}

TEST_CASE("Kangxi radicals and compatibility ideographs read as the characters they stand for") {
    // 二、主动公开政府信息情况 written with ⼆ (U+2F06) and ⽂-family radicals, as some PDF fonts emit them: the
    // reader finds the heading exactly as with the unified ideographs.
    std::string text = test::read_fixture("reports/2024_hongze-district.txt");
    std::string const plain = "二、主动公开政府信息情况", radical = "\u2F06、主动公开政府信息情况";
    auto at = text.find(plain);
    REQUIRE(at != std::string::npos);
    text.replace(at, plain.size(), radical);
    check_imports_to(import_text(text), expected("reports/2024_hongze-district.expected.json"));
}
