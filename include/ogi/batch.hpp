#pragma once
// Many reports in one run: a function applied to every input on several threads, its results handed over in input
// order on the calling thread, with memory bounded however many inputs there are. Made for checking a folder of
// thousands of reports (the ogi tool's validate, convert and sum; an agency's own audit), but knows nothing of
// reports: the function and the consumer do the work.
//
//     ogi::run_in_order(paths.size(), [&](std::size_t i) { return check(paths[i]); },
//                       [&](std::size_t i, ogi::ItemResult<Checked> r) {
//                           if (r) print(paths[i], *r); else log(paths[i], r.error_message());
//                       });
//
// A program that imports or validates report after report keeps its heap between them: ogi::keep_heap() once at
// start-up (ogi/detail/heap.hpp, included here), as the ogi tool does: glibc would give the memory back after each
// report and fault it in again for the next, up to half the time of an import.
#include "ogi/detail/heap.hpp"

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <exception>
#include <functional>
#include <ranges>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace ogi {

// The most workers a run may have: far more than the cores of any machine it runs on.
inline constexpr unsigned max_workers = 256;

// One worker per core (1 to max_workers).
unsigned default_workers() noexcept;

// How a run goes.
struct BatchOptions {
    // Threads that call the function, the calling thread among them, 1 to max_workers (clamped). Fewer are used when
    // the system gives no more threads.
    unsigned workers = default_workers();
    // The most results made and not yet consumed (the memory of the run); 0: 64 per worker. Bounds how far the
    // workers run ahead of the consumer: a slow consumer makes them wait.
    std::size_t window = 0;
    // Called on the calling thread after each input's result has been consumed, with the number consumed so far
    // and the number of inputs (a progress bar).
    std::function<void(std::size_t done, std::size_t total)> progress = {};
};

// What the function gave for one input: its value, or the exception it threw (an error of that input alone; the
// run goes on).
template <class T>
class ItemResult {
public:
    explicit ItemResult(T value) : outcome_(std::in_place_index<0>, std::move(value)) {}
    explicit ItemResult(std::exception_ptr error) : outcome_(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const noexcept { return outcome_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }
    // The value; rethrows the input's exception when there is none.
    T& value() & {
        rethrow_if_error();
        return std::get<0>(outcome_);
    }
    T&& value() && {
        rethrow_if_error();
        return std::get<0>(std::move(outcome_));
    }
    T const& value() const& {
        rethrow_if_error();
        return std::get<0>(outcome_);
    }
    T& operator*() & { return value(); }
    T const& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    T const* operator->() const { return &value(); }
    // The exception, or nullptr.
    std::exception_ptr error() const noexcept { return has_value() ? nullptr : std::get<1>(outcome_); }
    // The exception's what(), "unknown exception" for one not derived from std::exception; empty with a value.
    std::string error_message() const;

private:
    void rethrow_if_error() const {
        if (!has_value()) std::rethrow_exception(std::get<1>(outcome_));
    }
    std::variant<T, std::exception_ptr> outcome_;
};

namespace detail {

// The scheduling of run_in_order, compiled once (src/batch/in_order.cpp): the inputs in `chunks` chunks of
// consecutive ones; produce(c) is called on any worker, consume(c) on the calling thread in the order of c, at most
// `window` chunks produced and not yet consumed. An exception from consume (or the progress callback it calls)
// stops the run: the workers finish the chunk in hand, are joined, and it propagates.
void run_chunks_in_order(std::size_t chunks, unsigned workers, std::size_t window,
                         std::function<void(std::size_t)> const& produce, std::function<void(std::size_t)> const& consume);

// The chunk size and window (in chunks) of a run of count inputs.
struct ChunkPlan {
    std::size_t chunk;    // inputs per chunk
    std::size_t chunks;   // chunks in the run
    std::size_t window;   // chunks produced ahead of the one consumed, at most
    unsigned workers;
};
ChunkPlan plan_chunks(std::size_t count, BatchOptions const& options) noexcept;

std::string message_of(std::exception_ptr const& error);

}  // namespace detail

template <class T>
std::string ItemResult<T>::error_message() const {
    return has_value() ? std::string() : detail::message_of(std::get<1>(outcome_));
}

// Calls function(i) for every i in [0, count) on options.workers threads (the calling one among them), and
// consume(i, ItemResult) on the calling thread in the order of i, as soon as each is ready: the output of a run is
// the same whatever the number of workers. An exception thrown by function is that input's result; one thrown by
// consume or by options.progress stops the run and propagates, after the workers are joined. The function runs
// concurrently with itself and with consume: what it shares must be read-only or locked. Results are destroyed on
// the calling thread after consume (consume may move them away).
template <class Function, class Consume>
    requires std::invocable<Function&, std::size_t>
void run_in_order(std::size_t count, Function function, Consume consume, BatchOptions const& options = {}) {
    using Value = std::invoke_result_t<Function&, std::size_t>;
    static_assert(!std::is_void_v<Value>, "the function gives each input's result");
    detail::ChunkPlan const plan = detail::plan_chunks(count, options);
    // A slot per chunk of the window: chunk c is produced into slot c % window, whose previous chunk
    // (c - window) has been consumed by then.
    std::vector<std::vector<ItemResult<Value>>> slots(plan.window);
    std::size_t done = 0;
    detail::run_chunks_in_order(
        plan.chunks, plan.workers, plan.window,
        [&](std::size_t c) {
            std::vector<ItemResult<Value>>& slot = slots[c % plan.window];
            slot.clear();
            slot.reserve(plan.chunk);
            for (std::size_t i = c * plan.chunk; i < std::min(count, (c + 1) * plan.chunk); ++i) {
                try {
                    slot.emplace_back(function(i));
                } catch (...) {
                    slot.emplace_back(std::current_exception());
                }
            }
        },
        [&](std::size_t c) {
            std::vector<ItemResult<Value>>& slot = slots[c % plan.window];
            std::size_t i = c * plan.chunk;
            for (ItemResult<Value>& result : slot) {
                consume(i++, std::move(result));
                ++done;
                if (options.progress) options.progress(done, count);
            }
            slot.clear();
        });
}

// The same over a range of inputs: function(input) for each, consume(index, ItemResult).
template <std::ranges::random_access_range Inputs, class Function, class Consume>
    requires std::invocable<Function&, std::ranges::range_reference_t<Inputs const>>
void run_in_order(Inputs const& inputs, Function function, Consume consume, BatchOptions const& options = {}) {
    auto const first = std::ranges::begin(inputs);
    run_in_order(
        static_cast<std::size_t>(std::ranges::size(inputs)),
        [&](std::size_t i) { return function(first[static_cast<std::ranges::range_difference_t<Inputs const>>(i)]); },
        std::move(consume), options);
}

}  // namespace ogi
