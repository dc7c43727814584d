#include "ogi/batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>

namespace ogi {

unsigned default_workers() noexcept { return std::clamp(std::thread::hardware_concurrency(), 1u, max_workers); }

namespace detail {

std::string message_of(std::exception_ptr const& error) {
    try {
        std::rethrow_exception(error);
    } catch (std::exception const& e) {
        return e.what();
    } catch (...) {
        return "unknown exception";
    }
}

ChunkPlan plan_chunks(std::size_t count, BatchOptions const& options) noexcept {
    unsigned const workers = std::clamp(options.workers, 1u, max_workers);
    std::size_t const window = options.window > 0 ? options.window : std::size_t{64} * workers;
    // Inputs go out and come back in chunks of consecutive ones: one lock and at most one wake-up (a system call,
    // dear on a virtual machine) per chunk, not per input; small runs still spread over every worker, and the
    // window holds at least four chunks per worker when it can.
    std::size_t chunk = std::clamp<std::size_t>(count / (std::size_t{workers} * 32), 1, 16);
    chunk = std::min(chunk, std::max<std::size_t>(1, window / (std::size_t{workers} * 4)));
    std::size_t const chunks = (count + chunk - 1) / chunk;
    return {chunk, chunks, std::clamp<std::size_t>(window / chunk, 1, std::max<std::size_t>(chunks, 1)), workers};
}

void run_chunks_in_order(std::size_t chunks, unsigned workers, std::size_t window,
                         std::function<void(std::size_t)> const& produce, std::function<void(std::size_t)> const& consume) {
    if (chunks == 0) return;
    std::mutex mutex;
    std::condition_variable ready;  // the chunk awaited has been produced, or a worker failed
    std::condition_variable room;   // a chunk has been consumed, or the run stops
    std::vector<char> produced(window, 0);  // by chunk % window: produced and not yet consumed
    std::size_t next_task = 0;
    std::size_t consumed = 0;  // chunks whose consume has returned
    bool stop = false;
    std::exception_ptr failure;  // what stopped the run: produce or consume threw (an input's exception is its result)
    auto has_room = [&] { return next_task < chunks && next_task < consumed + window; };
    // Produces chunk c, the lock released meanwhile; true when it is the one awaited.
    auto produce_chunk = [&](std::unique_lock<std::mutex>& lock, std::size_t c) {
        lock.unlock();
        produce(c);
        lock.lock();
        produced[c % window] = 1;
        return c == consumed;
    };
    // Called in a catch block: the run stops on the first exception, which the caller then rethrows.
    auto stop_on_exception = [&](std::unique_lock<std::mutex>& lock) {
        if (!lock.owns_lock()) lock.lock();
        if (!failure) failure = std::current_exception();
        stop = true;
        ready.notify_one();
        room.notify_all();
    };
    auto work = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            room.wait(lock, [&] { return stop || next_task >= chunks || has_room(); });
            if (stop || next_task >= chunks) return;
            try {
                if (produce_chunk(lock, next_task++)) ready.notify_one();
            } catch (...) {
                return stop_on_exception(lock);
            }
        }
    };
    // The calling thread is one of the workers: it consumes what is ready in order and, while the next chunk is
    // not, produces one itself, so that `workers` threads share `workers` cores.
    std::vector<std::jthread> threads;
    try {
        for (unsigned t = 1; t < std::min<std::size_t>(workers, chunks); ++t) threads.emplace_back(work);
    } catch (std::system_error const&) {  // no more threads to be had: those started do the work
    }
    std::unique_lock lock(mutex);
    try {
        while (consumed < chunks && !failure) {
            if (produced[consumed % window]) {
                produced[consumed % window] = 0;
                lock.unlock();
                consume(consumed);
                lock.lock();
                ++consumed;  // only now may its slot take another chunk
                room.notify_all();
            } else if (has_room()) {
                produce_chunk(lock, next_task++);
            } else {
                ready.wait(lock, [&] { return produced[consumed % window] || failure; });
            }
        }
    } catch (...) {
        stop_on_exception(lock);
    }
    stop = true;
    lock.unlock();
    room.notify_all();
    threads.clear();  // joined: nothing touches the caller's state after this returns
    if (failure) std::rethrow_exception(failure);
}

}  // namespace detail
}  // namespace ogi
