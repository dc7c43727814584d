#pragma once
// Pairs a benchmark with its baseline, so that the run ends with the ratio of the two measured in the same
// process: ratios survive a slower or busier machine, absolute times do not.
#include <string>
#include <vector>

namespace ogi::bench {

struct Comparison {
    std::string benchmark;
    std::string baseline;
    double target;  // the ratio the issue asks for at most (benchmark time / baseline time)
};

std::vector<Comparison>& comparisons();

// Registers at static initialisation: `static bool _ = compare("BM_x", "BM_floor", 1.5);`
bool compare(std::string benchmark, std::string baseline, double target);

}  // namespace ogi::bench
