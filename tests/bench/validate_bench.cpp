// validate on the real reports, in reports per second: a consistent report (tables alone, and with its
// narratives as imported from the published text), Longhua's broken tables, and one wrong cell, where
// the correction search finds the single smallest fix.
#include "baseline.hpp"
#include "fixtures.hpp"

#include <ogi/import.hpp>
#include <ogi/json.hpp>
#include <ogi/validate.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <variant>

namespace {

ogi::Report expected_report(std::string const& name) {
    return ogi::decode_json_or_throw(ogi::bench::read_report_file(name + ".expected.json"));
}

void run_validate(benchmark::State& state, ogi::Report const& report) {
    for (auto _ : state) benchmark::DoNotOptimize(ogi::validate(report));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void BM_validate_consistent_tables(benchmark::State& state) { run_validate(state, expected_report("2024_huaian-city")); }
BENCHMARK(BM_validate_consistent_tables);

ogi::Report const& imported_huaian() {
    static ogi::Report const report = *ogi::import_text(ogi::bench::read_report_file("2024_huaian-city.txt")).report;
    return report;
}

// The whole published report: its tables and its narratives (the narrative rules read every character).
void BM_validate_consistent_imported(benchmark::State& state) { run_validate(state, imported_huaian()); }
BENCHMARK(BM_validate_consistent_imported);

// The floor of any rule about the narratives: reading their bytes once (counting line breaks), per report.
void BM_validate_narrative_floor(benchmark::State& state) {
    std::string_view const overview = *std::get<ogi::Report2021>(imported_huaian().variant()).overview;
    for (auto _ : state) benchmark::DoNotOptimize(std::count(overview.begin(), overview.end(), '\n'));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * overview.size()));
}
BENCHMARK(BM_validate_narrative_floor);

// Broken in several places, with no single smallest correction: the search runs to its end.
void BM_validate_broken_longhua(benchmark::State& state) { run_validate(state, expected_report("2020_longhua-data-bureau")); }
BENCHMARK(BM_validate_broken_longhua);

// One wrong cell (Huai'an's 予以公开 › 自然人 1288 printed as 1293): found and corrected.
void BM_validate_one_wrong_cell(benchmark::State& state) {
    ogi::Report report = expected_report("2024_huaian-city");
    std::get<ogi::Report2021>(report.variant()).applications.outcomes.disclosed[ogi::Applicant::natural_person] = 1293;
    run_validate(state, report);
}
BENCHMARK(BM_validate_one_wrong_cell);

// ≥ 1,000,000 consistent reports/s per core; the correction search ≤ 1 ms per broken report.
[[maybe_unused]] bool const registered =
    ogi::bench::at_least("BM_validate_consistent_tables", ogi::bench::Per::item, 1e6) &&
    ogi::bench::at_least("BM_validate_consistent_imported", ogi::bench::Per::item, 1e6) &&
    ogi::bench::compare("BM_validate_consistent_imported", "BM_validate_narrative_floor") &&
    ogi::bench::at_least("BM_validate_broken_longhua", ogi::bench::Per::item, 1e3) &&
    ogi::bench::at_least("BM_validate_one_wrong_cell", ogi::bench::Per::item, 1e3);

}  // namespace
