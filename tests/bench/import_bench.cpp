// import_text on each real report and on their concatenation, against the floor of reading the same bytes
// once (counting newlines): what any text importer pays at least.
#include "baseline.hpp"
#include "fixtures.hpp"

#include <ogi/import.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <functional>
#include <string>

namespace {

constexpr std::array reports = {"2020_longhua-data-bureau", "2023_hongze-district", "2024_hongze-district",
                                "2024_huaian-city", "2024_huaian-city.plain"};

// Every report's text, one after the other: one input of ~50 KB holding five reports' tables.
std::string const& all_reports() {
    static std::string const text = [] {
        std::string all;
        for (char const* name : reports) all += ogi::bench::read_report_file(std::string(name) + ".txt") + "\n";
        return all;
    }();
    return text;
}

void BM_import_newline_floor(benchmark::State& state, std::string const& text) {
    for (auto _ : state) benchmark::DoNotOptimize(std::count(text.begin(), text.end(), '\n'));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_import_text(benchmark::State& state, std::string const& text) {
    for (auto _ : state) benchmark::DoNotOptimize(ogi::import_text(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

// Agency and year only, as a batch pairs a folder's reports with their previous years.
void BM_import_report_key(benchmark::State& state, std::string const& text) {
    for (auto _ : state) benchmark::DoNotOptimize(ogi::import_report_key(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

// Registered at start-up, one pair per report, so that a filter such as `import_text/2024_huaian` picks one.
[[maybe_unused]] bool const registered = [] {
    static std::array<std::string, reports.size()> texts;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        texts[i] = ogi::bench::read_report_file(std::string(reports[i]) + ".txt");
        benchmark::RegisterBenchmark(("BM_import_text/" + std::string(reports[i])).c_str(), BM_import_text, std::cref(texts[i]));
        benchmark::RegisterBenchmark(("BM_import_report_key/" + std::string(reports[i])).c_str(), BM_import_report_key,
                                     std::cref(texts[i]));
    }
    benchmark::RegisterBenchmark("BM_import_newline_floor/all", BM_import_newline_floor, std::cref(all_reports()));
    benchmark::RegisterBenchmark("BM_import_text/all", BM_import_text, std::cref(all_reports()));
    // ≥ 100 MB/s per core on each report (the concatenation is one report to the importer: its tables are the
    // first report's, the rest is read as narrative); the ratio to the floor says how far from reading the bytes.
    for (char const* name : reports) ogi::bench::at_least("BM_import_text/" + std::string(name), ogi::bench::Per::byte, 100e6);
    return ogi::bench::at_least("BM_import_text/all", ogi::bench::Per::byte, 100e6) &&
           ogi::bench::compare("BM_import_report_key/2024_huaian-city", "BM_import_text/2024_huaian-city") &&
           ogi::bench::compare("BM_import_text/all", "BM_import_newline_floor/all");
}();

}  // namespace
