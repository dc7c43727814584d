// The text renderer's promise: importing the rendered text gives back the same model, for both editions.
#include <ogi/import.hpp>
#include <ogi/render/text.hpp>

#include "render_reports.hpp"

#include <doctest/doctest.h>

using namespace ogi;

namespace {

void check_round_trip(Report const& report) {
    std::string text = render::render_text(report);
    ImportResult imported = import_text(text);
    for (auto const& f : imported.findings) CHECK_MESSAGE(f.severity != Severity::error, f.message.en);
    REQUIRE(imported.report);
    CHECK(*imported.report == report);
}

// The narratives: the fixtures have the tables only.
Report with_narratives(Report report) {
    report.visit([](auto& r) {
        r.overview = "本年度，本机关坚持以公开为常态。\n（一）主动公开\n全年主动公开政府信息 120 条。\n（二）依申请公开\n共受理申请 3 件。";
        r.problems_and_improvements = "一是公开质量有待提高。\n二是平台建设仍需加强。";
        r.other_matters = "本年度未收取信息处理费。";
    });
    return report;
}

}  // namespace

TEST_CASE("text round trip: 2019 edition (Longhua 2020)") {
    check_round_trip(test::longhua());
    check_round_trip(with_narratives(test::longhua()));
}

TEST_CASE("text round trip: 2021 edition (Huaian 2024) and the mixed layout (Hongze 2023)") {
    check_round_trip(test::huaian());
    check_round_trip(with_narratives(test::huaian()));
    check_round_trip(test::hongze_2023());
}
