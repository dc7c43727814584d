// JSON decode and encode of a real report against their floors (Boost.JSON alone) and against the mapping
// a user would write with nlohmann::json.
#include "baseline.hpp"
#include "fixtures.hpp"

#include <ogi/json.hpp>
#include <ogi/walk.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include <nlohmann/json.hpp>

namespace {

std::string const& huaian() {
    static std::string const text = ogi::bench::read_report_file("2024_huaian-city.expected.json");
    return text;
}

// The straightforward nlohmann mapping of the same contract: walk the model, read each key with at(),
// let exceptions report the first problem.
void from_nlohmann(nlohmann::json const& j, ogi::Count& c) {
    if (!j.is_null()) c = j.get<std::uint64_t>();
}
void from_nlohmann(nlohmann::json const& j, ogi::Change& c) {
    if (!j.is_null()) c = j.get<std::int64_t>();
}
void from_nlohmann(nlohmann::json const& j, ogi::Amount& a) {
    if (j.is_null()) return;
    a = ogi::Money{ogi::Decimal::parse(j.at("value").get<std::string>()).value(),
                   j.at("unit").get<std::string>() == "元" ? ogi::MoneyUnit::yuan : ogi::MoneyUnit::wan_yuan};
}
void from_nlohmann(nlohmann::json const& j, int& year) { year = j.get<int>(); }
void from_nlohmann(nlohmann::json const& j, std::string& s) { s = j.get<std::string>(); }
void from_nlohmann(nlohmann::json const& j, std::optional<std::string>& s) { s = j.get<std::string>(); }
template <class T>
    requires ogi::Walkable<T>
void from_nlohmann(nlohmann::json const& j, T& node) {
    ogi::for_each_field(node, [&](ogi::Field f, auto& member) {
        auto it = j.find(f.key);
        if (it != j.end()) from_nlohmann(*it, member);
    });
}

template <class R>
ogi::Report read_as(nlohmann::json const& j) {
    R r;
    from_nlohmann(j, r);
    return r;
}

ogi::Report decode_with_nlohmann(std::string const& text) {
    nlohmann::json j = nlohmann::json::parse(text);
    if (j.at("edition") == "2019") return read_as<ogi::Report2019>(j);
    return j.at("applications").at("outcomes").at("other").contains("unpaid_fee") ? read_as<ogi::Report2021>(j)
                                                                                 : read_as<ogi::Report2021SingleRowOther>(j);
}

void BM_json_parse_boost_floor(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(boost::json::parse(huaian()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * huaian().size()));
}
BENCHMARK(BM_json_parse_boost_floor);

void BM_json_decode(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(ogi::decode_json(huaian()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * huaian().size()));
}
BENCHMARK(BM_json_decode);

void BM_json_decode_nlohmann_mapping(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(decode_with_nlohmann(huaian()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * huaian().size()));
}
BENCHMARK(BM_json_decode_nlohmann_mapping);

void BM_json_serialize_boost_floor(benchmark::State& state) {
    boost::json::value v = boost::json::parse(huaian());
    for (auto _ : state) benchmark::DoNotOptimize(boost::json::serialize(v));
}
BENCHMARK(BM_json_serialize_boost_floor);

void BM_json_encode(benchmark::State& state) {
    ogi::Report r = ogi::decode_json_or_throw(huaian());
    for (auto _ : state) benchmark::DoNotOptimize(ogi::encode_json(r, {.pretty = false}));
}
BENCHMARK(BM_json_encode);

void BM_json_encode_pretty(benchmark::State& state) {
    ogi::Report r = ogi::decode_json_or_throw(huaian());
    for (auto _ : state) benchmark::DoNotOptimize(ogi::encode_json(r));
}
BENCHMARK(BM_json_encode_pretty);

// decode ≤ 1.5× parse alone; ≥ 2× faster than nlohmann (ratio ≤ 0.5); encode ≤ 1.5× serialize alone.
[[maybe_unused]] bool const registered = ogi::bench::compare("BM_json_decode", "BM_json_parse_boost_floor", 1.5) &&
                                         ogi::bench::compare("BM_json_decode", "BM_json_decode_nlohmann_mapping", 0.5) &&
                                         ogi::bench::compare("BM_json_encode", "BM_json_serialize_boost_floor", 1.5);

}  // namespace
