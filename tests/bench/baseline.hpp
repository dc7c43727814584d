#pragma once
// Pairs a benchmark with its baseline, so that the run ends with the ratio of the two measured in the same
// process: ratios survive a slower or busier machine, absolute times do not.
#include <optional>
#include <string>
#include <vector>

namespace ogi::bench {

struct Comparison {
    std::string benchmark;
    std::string baseline;
    std::optional<double> target;  // the ratio the issue asks for at most (benchmark time / baseline time), if any
};

std::vector<Comparison>& comparisons();

// Registers at static initialisation: `static bool _ = compare("BM_x", "BM_floor", 1.5);`. Without a target
// the ratio is printed for information (a floor far below any reachable time).
bool compare(std::string benchmark, std::string baseline, std::optional<double> target = std::nullopt);

// An absolute target ("≥ 100 MB/s per core") has no baseline to divide by: the run ends with the measured
// rate beside it, to be read knowing the machine. Per second of CPU time, as Google Benchmark counts.
enum class Per { byte, item };
struct Rate {
    std::string benchmark;
    Per per;
    double minimum;  // bytes (or items) per second of CPU time
};

std::vector<Rate>& rates();

// Registers at static initialisation: `static bool _ = at_least("BM_x", Per::byte, 100e6);`
bool at_least(std::string benchmark, Per per, double minimum);

}  // namespace ogi::bench
