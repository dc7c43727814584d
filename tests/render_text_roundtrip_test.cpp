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

}  // namespace

TEST_CASE("text round trip: 2019 edition (Longhua 2020)") {
    check_round_trip(test::longhua());
    check_round_trip(test::with_narratives(test::longhua()));
}

TEST_CASE("text round trip: 2021 edition (Huaian 2024) and the mixed layout (Hongze 2023)") {
    check_round_trip(test::huaian());
    check_round_trip(test::with_narratives(test::huaian()));
    check_round_trip(test::hongze_2023());
}
