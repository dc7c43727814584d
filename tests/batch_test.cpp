// ogi::run_in_order: every input's result consumed once, in input order, whatever the workers; memory bounded by
// the window; an input's exception is its result.
#include <ogi/batch.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

// Spins for about `microseconds`, so that inputs finish out of order across workers.
void work_for(std::size_t microseconds) {
    auto const until = std::chrono::steady_clock::now() + std::chrono::microseconds(microseconds);
    while (std::chrono::steady_clock::now() < until) {
    }
}

}  // namespace

TEST_CASE("run_in_order: results are consumed in input order, on the calling thread, whatever the workers") {
    std::size_t const count = 500;
    for (unsigned workers : {1u, 2u, 3u, 8u}) {
        CAPTURE(workers);
        std::vector<std::size_t> indices;
        std::vector<std::size_t> values;
        bool on_caller = true;
        auto const caller = std::this_thread::get_id();
        ogi::run_in_order(
            count,
            [](std::size_t i) {
                work_for((i * 7919) % 50);  // uneven: later inputs often finish first
                return i * i;
            },
            [&](std::size_t i, ogi::ItemResult<std::size_t> r) {
                on_caller = on_caller && std::this_thread::get_id() == caller;
                indices.push_back(i);
                values.push_back(*r);
            },
            {.workers = workers});
        REQUIRE(indices.size() == count);
        CHECK(on_caller);
        for (std::size_t i = 0; i < count; ++i) {
            CHECK(indices[i] == i);
            CHECK(values[i] == i * i);
        }
    }
}

TEST_CASE("run_in_order: N workers run the function at the same time; one worker is the calling thread alone") {
    auto const caller = std::this_thread::get_id();
    SUBCASE("four workers: four calls at once, on four threads") {
        std::mutex mutex;
        std::condition_variable all_in;
        int running = 0;
        int most_at_once = 0;
        std::set<std::thread::id> threads;
        ogi::run_in_order(
            8,
            [&](std::size_t i) {
                std::unique_lock lock(mutex);
                threads.insert(std::this_thread::get_id());
                most_at_once = std::max(most_at_once, ++running);
                // The first four wait for each other: they meet only if four threads call at once.
                if (i < 4) all_in.wait_for(lock, std::chrono::seconds(10), [&] { return most_at_once >= 4; });
                all_in.notify_all();
                --running;
                return i;
            },
            [](std::size_t, ogi::ItemResult<std::size_t>) {}, {.workers = 4});
        CHECK(most_at_once == 4);
        CHECK(threads.size() == 4);
        CHECK(threads.contains(caller));
    }
    SUBCASE("one worker") {
        std::set<std::thread::id> threads;
        ogi::run_in_order(
            100, [&](std::size_t i) { return threads.insert(std::this_thread::get_id()), i; },
            [](std::size_t, ogi::ItemResult<std::size_t>) {}, {.workers = 1});
        CHECK(threads == std::set{caller});
    }
    SUBCASE("workers out of range are clamped") {
        for (unsigned workers : {0u, 100000u}) {
            std::size_t consumed = 0;
            ogi::run_in_order(
                50, [](std::size_t i) { return i; }, [&](std::size_t, ogi::ItemResult<std::size_t>) { ++consumed; },
                {.workers = workers});
            CHECK(consumed == 50);
        }
        CHECK(ogi::default_workers() >= 1);
        CHECK(ogi::default_workers() <= ogi::max_workers);
    }
}

TEST_CASE("run_in_order: at most `window` results are made and not yet consumed, however slow the consumer") {
    for (std::size_t window : {1u, 5u, 8u, 64u}) {
        CAPTURE(window);
        std::atomic<std::size_t> started{0};
        std::atomic<std::size_t> consumed{0};
        std::atomic<std::size_t> most_in_flight{0};
        ogi::run_in_order(
            2000,
            [&](std::size_t i) {
                std::size_t const in_flight = ++started - consumed.load();
                std::size_t seen = most_in_flight.load();
                while (in_flight > seen && !most_in_flight.compare_exchange_weak(seen, in_flight)) {
                }
                return i;
            },
            [&](std::size_t i, ogi::ItemResult<std::size_t>) {
                if (i % 16 == 0) work_for(200);  // the workers run ahead meanwhile, as far as the window lets them
                ++consumed;
            },
            {.workers = 4, .window = window});
        CHECK(consumed == 2000);
        CHECK(most_in_flight.load() <= window);
        if (window >= 8) CHECK(most_in_flight.load() > 1);  // the window is used, not one at a time
    }
}

TEST_CASE("run_in_order: an exception from the function is that input's result; the run goes on") {
    std::vector<std::string> seen;
    ogi::run_in_order(
        10,
        [](std::size_t i) -> int {
            if (i == 3) throw std::runtime_error("input 3 is damaged");
            if (i == 7) throw 42;  // not a std::exception
            return static_cast<int>(i);
        },
        [&](std::size_t i, ogi::ItemResult<int> r) {
            if (r) seen.push_back(std::to_string(*r));
            else seen.push_back(std::to_string(i) + ": " + r.error_message());
            if (i == 3) {
                CHECK(r.error() != nullptr);
                CHECK_THROWS_WITH_AS(r.value(), "input 3 is damaged", std::runtime_error);
            }
            if (i == 4) CHECK(r.error() == nullptr);
        },
        {.workers = 3});
    CHECK(seen == std::vector<std::string>{"0", "1", "2", "3: input 3 is damaged", "4", "5", "6",
                                           "7: unknown exception", "8", "9"});
}

TEST_CASE("run_in_order: an exception from the consumer stops the run and propagates, the workers joined") {
    std::atomic<std::size_t> made{0};
    std::vector<std::size_t> consumed;
    CHECK_THROWS_WITH_AS(ogi::run_in_order(
                             10000, [&](std::size_t i) { return ++made, i; },
                             [&](std::size_t i, ogi::ItemResult<std::size_t>) {
                                 if (i == 20) throw std::runtime_error("disk full");
                                 consumed.push_back(i);
                             },
                             {.workers = 4, .window = 16}),
                         "disk full", std::runtime_error);
    CHECK(consumed.size() == 20);
    std::size_t const after = made.load();
    CHECK(after <= 20 + 1 + 16);  // no further than the window past the input that failed
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(made.load() == after);  // no worker left running
}

TEST_CASE("run_in_order: progress is told after each input consumed, on the calling thread") {
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    std::size_t consumed = 0;
    bool in_order = true;
    ogi::run_in_order(
        37, [](std::size_t i) { return i; }, [&](std::size_t, ogi::ItemResult<std::size_t>) { ++consumed; },
        {.workers = 2, .progress = [&](std::size_t done, std::size_t total) {
             in_order = in_order && done == consumed;  // after the consumer, never before
             calls.emplace_back(done, total);
         }});
    REQUIRE(calls.size() == 37);
    CHECK(in_order);
    CHECK(calls.front() == std::pair<std::size_t, std::size_t>(1, 37));
    CHECK(calls.back() == std::pair<std::size_t, std::size_t>(37, 37));
}

TEST_CASE("run_in_order: no inputs, no calls") {
    int calls = 0;
    ogi::run_in_order(
        0, [&](std::size_t i) { return ++calls, i; }, [&](std::size_t, ogi::ItemResult<std::size_t>) { ++calls; },
        {.workers = 4, .progress = [&](std::size_t, std::size_t) { ++calls; }});
    CHECK(calls == 0);
}

TEST_CASE("run_in_order over a range: the function takes each input, results moved to the consumer") {
    std::vector<std::string> const paths{"a.json", "b.txt", "c.pdf"};
    std::vector<std::string> out;
    ogi::run_in_order(
        paths, [](std::string const& path) { return std::make_unique<std::string>(path + "!"); },
        [&](std::size_t i, ogi::ItemResult<std::unique_ptr<std::string>> r) {
            std::unique_ptr<std::string> owned = std::move(r).value();  // a move-only result is handed over
            out.push_back(std::to_string(i) + *owned);
        });
    CHECK(out == std::vector<std::string>{"0a.json!", "1b.txt!", "2c.pdf!"});
}
