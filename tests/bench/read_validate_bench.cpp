// import_report + validate of each real report's text: what ogi.read(bytes).validate() does from Python, called
// from C++. tests/bench/python_bench.py runs these beside the same calls from Python and prints the ratios.
#include "fixtures.hpp"

#include <ogi/import.hpp>
#include <ogi/validate.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <functional>
#include <string>

namespace {

constexpr std::array reports = {"2020_longhua-data-bureau", "2023_hongze-district", "2024_hongze-district",
                                "2024_huaian-city", "2024_huaian-city.plain"};

void BM_read_validate(benchmark::State& state, std::string const& text) {
    for (auto _ : state) {
        ogi::ImportResult imported = ogi::import_report(text);
        benchmark::DoNotOptimize(ogi::validate(*imported.report));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

[[maybe_unused]] bool const registered = [] {
    static std::array<std::string, reports.size()> texts;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        texts[i] = ogi::bench::read_report_file(std::string(reports[i]) + ".txt");
        benchmark::RegisterBenchmark(("BM_read_validate/" + std::string(reports[i])).c_str(), BM_read_validate,
                                     std::cref(texts[i]));
    }
    return true;
}();

}  // namespace
