#pragma once
// Many reports in one run: folders expanded to the files in them, work spread over threads with the results
// taken in input order, and a progress bar. Files, folders, threads and the terminal only: no domain logic here.
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace ogi::tool {

// An input of a run: a path given, or found in a folder; or what kept part of a folder from being read (a
// symbolic link loop, a folder it may not open, a file that vanished, a FIFO or other special file named like a
// report), which the run reports and counts as an unreadable input.
struct FoundInput {
    std::string path;
    std::string problem;  // the message, naming the path; empty for an input to read
};

// The paths given, each folder replaced by the files below it that may hold a report (.json, .txt, .htm, .html,
// .md, .docx, .doc, .wps, any case; what a file is, is told by its content when read) and by the problems met on the way (with
// such names, or folders), in name order. Symbolic links are followed, except back into a folder being walked. A folder with neither stays, to be
// reported as no report. Never throws for what it finds on disk.
std::vector<FoundInput> expand_folders(std::vector<std::string> const& paths);

// The default of --jobs: every core.
unsigned default_jobs();

// The most threads --jobs may ask for: far more than the cores of any machine it runs on.
inline constexpr unsigned max_jobs = 256;

// Calls produce(i) for i in [0, count) on `jobs` threads (the calling one among them) and consume(i, result) on
// the calling thread in the order of i, as soon as each is ready. At most a few results per thread wait to be
// consumed, so memory stays bounded however many items there are. produce must not throw.
template <class Produce, class Consume>
void for_each_in_order(std::size_t count, unsigned jobs, Produce produce, Consume consume) {
    using Result = decltype(produce(std::size_t{}));
    // Items go out and come back in chunks of consecutive ones: one lock and at most one wake-up (a system call,
    // dear on a virtual machine) per chunk, not per item; small runs still spread over every thread.
    std::size_t const chunk = std::clamp<std::size_t>(count / (std::size_t{jobs} * 32), 1, 16);
    std::size_t const chunks = (count + chunk - 1) / chunk;
    std::size_t const window = std::size_t{jobs} * 4;  // chunks produced ahead of the one consumed
    std::mutex mutex;
    std::condition_variable ready;  // a chunk has been produced
    std::condition_variable room;   // a chunk has been consumed
    std::map<std::size_t, std::vector<Result>> done;
    std::size_t next_task = 0;
    std::size_t next_result = 0;
    auto has_room = [&] { return next_task < chunks && next_task < next_result + window; };
    // Produces chunk c, the lock released meanwhile; true when it is the one awaited.
    auto produce_chunk = [&](std::unique_lock<std::mutex>& lock, std::size_t c) {
        lock.unlock();
        std::vector<Result> results;
        results.reserve(chunk);
        for (std::size_t i = c * chunk; i < std::min(count, (c + 1) * chunk); ++i) results.push_back(produce(i));
        lock.lock();
        done.emplace(c, std::move(results));
        return c == next_result;
    };
    auto work = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            room.wait(lock, [&] { return next_task >= chunks || has_room(); });
            if (next_task >= chunks) return;
            if (produce_chunk(lock, next_task++)) ready.notify_one();
        }
    };
    // The calling thread is one of the jobs: it consumes what is ready in order and, while the next chunk is not,
    // produces one itself, so that jobs threads share jobs cores.
    std::vector<std::jthread> threads;
    try {
        for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
    } catch (std::system_error const&) {  // no more threads to be had: those started do the work
    }
    std::unique_lock lock(mutex);
    while (next_result < chunks) {
        if (auto node = done.extract(next_result)) {
            ++next_result;
            lock.unlock();
            room.notify_all();
            std::size_t i = node.key() * chunk;
            for (Result& result : node.mapped()) consume(i++, std::move(result));
            lock.lock();
        } else if (has_room()) {
            produce_chunk(lock, next_task++);
        } else {
            ready.wait(lock, [&] { return done.contains(next_result); });
        }
    }
}

// A progress bar on stderr, drawn only when stderr is a terminal; never on stdout. total counts the steps of the
// whole run (a run may pass over its inputs twice).
class Progress {
public:
    explicit Progress(std::size_t total);
    ~Progress();
    void advance();
    // Clears the bar so that a message can be written to stderr; the next advance draws it again.
    void clear();

private:
    std::size_t total_;
    std::size_t done_ = 0;
    std::size_t drawn_percent_ = 101;
    bool shown_ = false;
    bool enabled_;
};

}  // namespace ogi::tool
