// Runs every benchmark, then prints each registered comparison as a ratio against its baseline.
#include "baseline.hpp"

#include <ogi/detail/heap.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace ogi::bench {

std::vector<Comparison>& comparisons() {
    static std::vector<Comparison> all;
    return all;
}

bool compare(std::string benchmark, std::string baseline, std::optional<double> target) {
    comparisons().push_back({std::move(benchmark), std::move(baseline), target});
    return true;
}

std::vector<Rate>& rates() {
    static std::vector<Rate> all;
    return all;
}

bool at_least(std::string benchmark, Per per, double minimum) {
    rates().push_back({std::move(benchmark), per, minimum});
    return true;
}

namespace {

// Keeps the console output and remembers each benchmark's time per iteration.
class RecordingReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(std::vector<Run> const& runs) override {
        // With --benchmark_repetitions the median stands for the benchmark: a busy machine disturbs single runs.
        for (auto const& run : runs) {
            if (run.error_occurred) continue;
            bool const median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (!median && (run.run_type != Run::RT_Iteration || medians.contains(run.run_name.str()))) continue;
            if (median) medians.insert(run.run_name.str());
            // UseRealTime() benchmarks (named ".../real_time": several threads work) by the wall clock.
            bool const wall = run.run_name.str().ends_with("/real_time");
            times[run.run_name.str()] = wall ? run.GetAdjustedRealTime() : run.GetAdjustedCPUTime();
            for (auto const& [name, counter] : run.counters) counters[run.run_name.str()][name] = counter.value;
        }
        ConsoleReporter::ReportRuns(runs);
    }
    std::map<std::string, double> times;
    std::map<std::string, std::map<std::string, double>> counters;  // already per second where a rate
    std::set<std::string> medians;
};

}  // namespace
}  // namespace ogi::bench

int main(int argc, char** argv) {
    // Measured as a batch runs, with the heap kept between reports (ogi::keep_heap, as the tool does), unless
    // --default_heap asks for glibc's default, which gives memory back after each report.
    auto const default_heap = std::find(argv + 1, argv + argc, std::string_view("--default_heap"));
    if (default_heap != argv + argc)
        std::rotate(default_heap, default_heap + 1, argv + argc--);
    else
        ogi::keep_heap();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    ogi::bench::RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    std::printf("\n%-44s %-40s %8s %8s\n", "benchmark", "baseline", "ratio", "target");
    int missed = 0;
    for (auto const& c : ogi::bench::comparisons()) {
        auto b = reporter.times.find(c.benchmark), base = reporter.times.find(c.baseline);
        if (b == reporter.times.end() || base == reporter.times.end()) continue;  // filtered out
        double ratio = b->second / base->second;
        bool met = !c.target || ratio <= *c.target;
        missed += !met;
        std::string const target = c.target ? std::to_string(*c.target).substr(0, 4) + "x" : "-";
        std::printf("%-44s %-40s %7.2fx %8s%s\n", c.benchmark.c_str(), c.baseline.c_str(), ratio, target.c_str(), met ? "" : "  MISSED");
    }

    std::printf("\n%-44s %-40s %8s %8s\n", "benchmark", "", "rate", "target");
    for (auto const& r : ogi::bench::rates()) {
        auto b = reporter.counters.find(r.benchmark);
        if (b == reporter.counters.end()) continue;  // filtered out
        bool const bytes = r.per == ogi::bench::Per::byte;
        auto counter = b->second.find(bytes ? "bytes_per_second" : "items_per_second");
        if (counter == b->second.end()) continue;
        bool const met = counter->second >= r.minimum;
        missed += !met;
        double const scale = bytes ? 1e6 : 1.0;  // MB/s (10^6 bytes), reports/s
        char const* unit = bytes ? "MB/s" : "/s";
        std::printf("%-44s %-40s %8.0f %8.0f %s%s\n", r.benchmark.c_str(), "", counter->second / scale, r.minimum / scale,
                    unit, met ? "" : "  MISSED");
    }
    if (missed) std::printf("%d target(s) missed\n", missed);
    return 0;
}
