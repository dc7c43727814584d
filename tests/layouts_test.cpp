// The editions and layouts as data (ogi/model/edition.hpp, ogi/model/layouts.hpp), the rules' edition sets, and
// the Report's conveniences (get_if, holds, blank_report).
#include <ogi/model/report.hpp>
#include <ogi/rules/rule.hpp>
#include <ogi/validate.hpp>
#include <ogi/walk.hpp>

#include "reports.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <variant>

using namespace ogi;

TEST_CASE("each edition's name, document and years come from edition_table") {
    CHECK(edition_name(Edition::e2019) == "2019");
    CHECK(edition_name(Edition::e2021) == "2021");
    CHECK(label(Edition::e2019).text == "国办公开办函〔2019〕60号");
    CHECK(label(Edition::e2021).text == "国办公开办函〔2021〕30号");
    CHECK(edition_from_name("2021") == Edition::e2021);
    CHECK(edition_from_name("2019") == Edition::e2019);
    CHECK_FALSE(edition_from_name("2020").has_value());
    CHECK(edition_for_year(2018) == Edition::e2019);  // before the first edition: the first
    CHECK(edition_for_year(2020) == Edition::e2019);
    CHECK(edition_for_year(2021) == Edition::e2021);
    CHECK(edition_for_year(2035) == Edition::e2021);
}

TEST_CASE("a rule's editions are a set of the editions") {
    CHECK(rules::all_editions.contains(Edition::e2019));
    CHECK(rules::all_editions.contains(Edition::e2021));
    CHECK(rules::edition_2019_only.contains(Edition::e2019));
    CHECK_FALSE(rules::edition_2019_only.contains(Edition::e2021));
    CHECK_FALSE(rules::edition_2021_only.contains(Edition::e2019));
    CHECK(rules::Editions{}.empty());
    CHECK(rules::Editions{Edition::e2019, Edition::e2021} == rules::all_editions);
}

TEST_CASE("the Report variant is the list of layouts, each with its edition and title") {
    static_assert(std::is_same_v<Report::Variant, std::variant<Report2019, Report2021, Report2021SingleRowOther>>);
    static_assert(Report2019::edition == Edition::e2019);
    static_assert(Report2021::edition == Edition::e2021);
    static_assert(Report2021SingleRowOther::edition == Edition::e2021);
    CHECK(layout_title<Report2019>() == "2019 edition (国办公开办函〔2019〕60号)");
    CHECK(layout_title<Report2021>() == "2021 edition (国办公开办函〔2021〕30号)");
    CHECK(layout_title<Report2021SingleRowOther>() == "2021 edition with 三（六）其他处理 kept as one row");
}

TEST_CASE("get_if and holds: the report as its layout, or nothing") {
    Report report = test::real_report("2024_huaian-city");
    CHECK(report.holds<Report2021>());
    CHECK_FALSE(report.holds<Report2019>());
    CHECK(report.get_if<Report2019>() == nullptr);
    REQUIRE(report.get_if<Report2021>() != nullptr);
    report.get_if<Report2021>()->year = 2025;
    Report const& same = report;
    CHECK(same.get_if<Report2021>()->year == 2025);
    CHECK(same.get_if<Report2021SingleRowOther>() == nullptr);
    CHECK(same.year() == 2025);
}

TEST_CASE("blank_report: the edition's layout with every figure absent") {
    CHECK(blank_report(Edition::e2019).holds<Report2019>());
    CHECK(blank_report(Edition::e2021).holds<Report2021>());
    CHECK(blank_report(Edition::e2021, OtherProcessingLayout::sub_rows).holds<Report2021>());
    CHECK(blank_report(Edition::e2021, OtherProcessingLayout::single_row).holds<Report2021SingleRowOther>());
    CHECK(blank_report(Edition::e2019, OtherProcessingLayout::single_row).holds<Report2019>());
    CHECK_THROWS_AS(blank_report(Edition::e2019, OtherProcessingLayout::sub_rows), std::invalid_argument);

    Report const blank = blank_report(Edition::e2021);
    std::size_t cells = 0, present = 0;
    blank.visit([&](auto const& r) {
        auto count = [&](auto const& cell) { ++cells, present += cell.present(); };
        for_each_leaf<Count>(r, count);
        for_each_leaf<Change>(r, count);
        for_each_leaf<Amount>(r, count);
    });
    CHECK(cells == 3 + 3 + 1 + 2 + 1 + 25 * 7 + 15);  // 二 of 2021 (documents, decisions, the fee amount), 三, 四
    CHECK(present == 0);
    // Nothing stated, nothing broken: validation finds the cells absent and the identities undecided.
    Validation const v = validate(blank);
    CHECK_FALSE(v.has_errors());
    CHECK(test::findings_of(v, "CELL-ABSENT").size() == cells);
    CHECK(test::findings_of(v, "ID-UNDECIDED").size() == 1);
}
