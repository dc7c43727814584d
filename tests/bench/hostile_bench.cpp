// import_text on inputs made to make its work grow faster than the input (tests/hostile_inputs.hpp), at sizes
// doubling from 5,000 to 80,000 repeats: Google Benchmark fits the times to a complexity and prints it
// (BM_import_hostile/NAME_BigO, _RMS): linear is "N" with a small RMS.
#include "../hostile_inputs.hpp"

#include <ogi/import.hpp>

#include <benchmark/benchmark.h>

#include <functional>
#include <string>

namespace {

void BM_import_hostile(benchmark::State& state, ogi::test::HostileInput const& input) {
    std::string const text = input.make(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(ogi::import_text(text));
    state.SetComplexityN(state.range(0));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

[[maybe_unused]] bool const registered = [] {
    for (ogi::test::HostileInput const& input : ogi::test::hostile_inputs)
        benchmark::RegisterBenchmark(("BM_import_hostile/" + std::string(input.name)).c_str(), BM_import_hostile,
                                     std::cref(input))
            ->RangeMultiplier(2)
            ->Range(5000, 80000)
            ->Complexity(benchmark::oAuto);
    return true;
}();

}  // namespace
