// ogi::run_in_order against a plain loop doing the same work in the same process: what the ordered pipeline costs
// with one worker (its locks, chunks and result slots), and what a second worker gives. Two kinds of work per
// input: validating a report (about a microsecond: the pipeline's cost shows most) and importing a published
// report's text (about a millisecond, as the tool's inputs are). The process's CPU time (every worker's), which a
// busy machine disturbs little; and for 1 against 2 workers the wall clock too, which means something only on two
// free cores (not under tests/bench/run's pinning to one).
#include "baseline.hpp"
#include "fixtures.hpp"

#include <ogi/batch.hpp>
#include <ogi/import.hpp>
#include <ogi/json.hpp>
#include <ogi/validate.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>

namespace {

ogi::Report const& huaian_report() {
    static ogi::Report const report =
        ogi::decode_json_or_throw(ogi::bench::read_report_file("2024_huaian-city.expected.json"));
    return report;
}

std::string const& huaian_text() {
    static std::string const text = ogi::bench::read_report_file("2024_huaian-city.txt");
    return text;
}

std::size_t validate_one(std::size_t) { return ogi::validate(huaian_report()).findings.size(); }
std::size_t import_one(std::size_t) { return ogi::import_text(huaian_text()).findings.size(); }

// The baseline: the same work, one input after the other, each result consumed as it comes.
template <std::size_t (*Work)(std::size_t)>
void plain_loop(benchmark::State& state) {
    std::size_t const inputs = static_cast<std::size_t>(state.range(0));
    for (auto _ : state) {
        std::size_t total = 0;
        for (std::size_t i = 0; i < inputs; ++i) total += Work(i);
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}

template <std::size_t (*Work)(std::size_t), unsigned Workers>
void in_order(benchmark::State& state) {
    std::size_t const inputs = static_cast<std::size_t>(state.range(0));
    for (auto _ : state) {
        std::size_t total = 0;
        ogi::run_in_order(
            inputs, Work, [&](std::size_t, ogi::ItemResult<std::size_t> r) { total += *r; }, {.workers = Workers});
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}

void BM_batch_validate_plain_loop(benchmark::State& state) { plain_loop<validate_one>(state); }
void BM_batch_validate_in_order_1(benchmark::State& state) { in_order<validate_one, 1>(state); }
void BM_batch_validate_in_order_2(benchmark::State& state) { in_order<validate_one, 2>(state); }
void BM_batch_import_plain_loop(benchmark::State& state) { plain_loop<import_one>(state); }
void BM_batch_import_in_order_1(benchmark::State& state) { in_order<import_one, 1>(state); }
void BM_batch_import_in_order_2(benchmark::State& state) { in_order<import_one, 2>(state); }
// CPU time of the whole process (every worker's), and for the pipeline the wall clock too.
BENCHMARK(BM_batch_validate_plain_loop)->Arg(2000)->MeasureProcessCPUTime();
BENCHMARK(BM_batch_validate_in_order_1)->Arg(2000)->MeasureProcessCPUTime();
BENCHMARK(BM_batch_validate_in_order_2)->Arg(2000)->MeasureProcessCPUTime();
BENCHMARK(BM_batch_validate_in_order_1)->Arg(2000)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_batch_validate_in_order_2)->Arg(2000)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_batch_import_plain_loop)->Arg(50)->MeasureProcessCPUTime();
BENCHMARK(BM_batch_import_in_order_1)->Arg(50)->MeasureProcessCPUTime();
BENCHMARK(BM_batch_import_in_order_2)->Arg(50)->MeasureProcessCPUTime();
BENCHMARK(BM_batch_import_in_order_1)->Arg(50)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_batch_import_in_order_2)->Arg(50)->MeasureProcessCPUTime()->UseRealTime();

// With one worker the pipeline costs at most 5 % of CPU over the loop, even on microsecond inputs. Two workers:
// the CPU they spend together against one's (their locks and wake-ups), and the wall-clock time (≈ 0.5 on two
// free cores), for information.
bool compare_pipeline(std::string const& work, std::string const& arg) {
    std::string const one = "BM_batch_" + work + "_in_order_1/" + arg + "/process_time";
    std::string const two = "BM_batch_" + work + "_in_order_2/" + arg + "/process_time";
    return ogi::bench::compare(one, "BM_batch_" + work + "_plain_loop/" + arg + "/process_time", 1.05) &&
           ogi::bench::compare(two, one) && ogi::bench::compare(two + "/real_time", one + "/real_time");
}
[[maybe_unused]] bool const registered = compare_pipeline("validate", "2000") && compare_pipeline("import", "50");

}  // namespace
