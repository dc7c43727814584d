// Runs every benchmark, then prints each registered comparison as a ratio against its baseline.
#include "baseline.hpp"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <set>

namespace ogi::bench {

std::vector<Comparison>& comparisons() {
    static std::vector<Comparison> all;
    return all;
}

bool compare(std::string benchmark, std::string baseline, double target) {
    comparisons().push_back({std::move(benchmark), std::move(baseline), target});
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
            if (run.run_type == Run::RT_Iteration && !medians.contains(run.run_name.str()))
                times[run.run_name.str()] = run.GetAdjustedCPUTime();
            else if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median")
                medians.insert(run.run_name.str()), times[run.run_name.str()] = run.GetAdjustedCPUTime();
        }
        ConsoleReporter::ReportRuns(runs);
    }
    std::map<std::string, double> times;
    std::set<std::string> medians;
};

}  // namespace
}  // namespace ogi::bench

int main(int argc, char** argv) {
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
        bool met = ratio <= c.target;
        missed += !met;
        std::printf("%-44s %-40s %7.2fx %7.2fx%s\n", c.benchmark.c_str(), c.baseline.c_str(), ratio, c.target, met ? "" : "  MISSED");
    }
    if (missed) std::printf("%d target(s) missed\n", missed);
    return 0;
}
