#include "isolated_import.hpp"

#include <ogi/content_kind.hpp>

#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <fmt/format.h>

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <functional>

namespace ogi::tool {

namespace {

namespace json = boost::json;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool address_sanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool address_sanitizer = true;
#else
constexpr bool address_sanitizer = false;
#endif
#else
constexpr bool address_sanitizer = false;
#endif

void write_all(int fd, std::string_view s) {
    while (!s.empty()) {
        ssize_t n = ::write(fd, s.data(), s.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        s.remove_prefix(static_cast<std::size_t>(n));
    }
}

// What the child's work gave (its JSON), or why it gave nothing: the child's end, in words.
struct ChildResult {
    std::optional<std::string> output;
    std::string failure;
};

// Runs work in a fork()ed child under the limits and returns what it wrote on its pipe.
ChildResult run_in_child(std::function<std::string()> const& work, ChildLimits const& limits) {
    int fds[2];
    if (::pipe(fds) != 0) return {std::nullopt, "cannot make a pipe for the PDF reader"};
    pid_t const pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return {std::nullopt, "cannot start the PDF reader's process"};
    }
    if (pid == 0) {
        ::close(fds[0]);
        rlimit cpu{limits.cpu_seconds, limits.cpu_seconds + 1};
        ::setrlimit(RLIMIT_CPU, &cpu);
        if (!address_sanitizer) {  // ASan reserves terabytes of address space for its shadow
            rlim_t const bytes = static_cast<rlim_t>(limits.memory_mb) << 20;
            rlimit as{bytes, bytes};
            ::setrlimit(RLIMIT_AS, &as);
        }
        int status = 0;
        try {
            write_all(fds[1], work());
        } catch (...) {  // std::bad_alloc at the memory limit
            status = 3;
        }
        ::close(fds[1]);
        ::_exit(status);
    }
    ::close(fds[1]);
    std::string out;
    char buffer[65536];
    auto const deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2 * limits.cpu_seconds + 1);
    bool timed_out = false;
    for (;;) {
        auto const left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        int const ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        ssize_t const n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    if (timed_out) ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (timed_out) return {std::nullopt, fmt::format("the PDF reader took longer than {} s and was stopped", 2 * limits.cpu_seconds + 1)};
    if (WIFSIGNALED(status)) {
        int const sig = WTERMSIG(status);
        if (sig == SIGXCPU || sig == SIGKILL)
            return {std::nullopt, fmt::format("the PDF reader exceeded its CPU limit of {} s and was stopped", limits.cpu_seconds)};
        return {std::nullopt, fmt::format("the PDF reader crashed (signal {})", sig)};
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {std::nullopt, fmt::format("the PDF reader exceeded its memory limit of {} MB (or failed)", limits.memory_mb)};
    return {std::move(out), {}};
}

json::value findings_json(std::vector<Finding> const& findings) {
    json::array a;
    for (Finding const& f : findings) {
        json::object o;
        o["rule"] = f.rule;
        o["severity"] = std::string(severity_name(f.severity));
        o["zh"] = f.message.zh;
        o["en"] = f.message.en;
        json::array paths;
        for (std::string const& p : f.paths) paths.emplace_back(p);
        o["paths"] = std::move(paths);
        if (f.source_line) o["line"] = *f.source_line;
        a.emplace_back(std::move(o));
    }
    return a;
}

std::vector<Finding> findings_of(json::value const& v) {
    std::vector<Finding> out;
    for (json::value const& e : v.as_array()) {
        json::object const& o = e.as_object();
        Finding f;
        f.rule = json::value_to<std::string>(o.at("rule"));
        std::string const severity = json::value_to<std::string>(o.at("severity"));
        f.severity = severity == "error" ? Severity::error : severity == "warning" ? Severity::warning : Severity::notice;
        f.message = {json::value_to<std::string>(o.at("zh")), json::value_to<std::string>(o.at("en"))};
        for (json::value const& p : o.at("paths").as_array()) f.paths.push_back(json::value_to<std::string>(p));
        if (auto const* line = o.if_contains("line")) f.source_line = json::value_to<std::size_t>(*line);
        out.push_back(std::move(f));
    }
    return out;
}

LoadedReport unreadable(std::string const& source, std::string const& why) {
    LoadedReport loaded;
    loaded.errors.push_back(fmt::format("{}: {}; the file was skipped", source, why));
    return loaded;
}

}  // namespace

void add_child_limit_options(CLI::App& cmd, ChildLimits& limits) {
    cmd.add_option("--pdf-cpu-seconds", limits.cpu_seconds,
                   "CPU seconds a PDF may take to read (in a child process; twice this in wall-clock time)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd.add_option("--pdf-memory-mb", limits.memory_mb, "Memory (address space, MB) a PDF's child process may use")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
}

bool reads_in_child(std::string_view bytes) noexcept { return content_kind(bytes) == ContentKind::pdf; }

LoadedReport load_report_isolated(std::string_view bytes, std::string const& source, DecodeOptions const& options,
                                  ChildLimits const& limits) {
    if (!reads_in_child(bytes)) return load_report(bytes, source, options);
    ChildResult child = run_in_child(
        [&] {
            LoadedReport loaded = load_report(bytes, source, options);
            json::object o;
            // A report without a year cannot be JSON (IMP-YEAR-UNREAD says so): it comes back as none.
            o["report"] = loaded.report && loaded.report->year() != 0 ? json::value(encode_json(*loaded.report)) : nullptr;
            o["findings"] = findings_json(loaded.import_findings);
            json::array errors;
            for (std::string const& e : loaded.errors) errors.emplace_back(e);
            o["errors"] = std::move(errors);
            o["encoding"] = loaded.encoding;
            return json::serialize(o);
        },
        limits);
    if (!child.output) return unreadable(source, child.failure);
    LoadedReport loaded;
    try {
        json::object const o = json::parse(*child.output).as_object();
        if (o.at("report").is_string()) {
            DecodeResult decoded = decode_json(o.at("report").as_string(), options);
            if (!decoded.report) return unreadable(source, "the PDF reader's report did not decode");
            loaded.report = std::move(decoded.report);
        }
        loaded.import_findings = findings_of(o.at("findings"));
        for (json::value const& e : o.at("errors").as_array()) loaded.errors.push_back(json::value_to<std::string>(e));
        loaded.encoding = json::value_to<std::string>(o.at("encoding"));
    } catch (std::exception const&) {
        return unreadable(source, "the PDF reader's answer was cut off");
    }
    if (!loaded.report && loaded.errors.empty()) loaded.errors.push_back(fmt::format("{}: no report read from the PDF", source));
    return loaded;
}

std::optional<ReportKey> load_key_isolated(std::string_view bytes, std::string const& source,
                                                     DecodeOptions const& options, ChildLimits const& limits) {
    if (!reads_in_child(bytes)) return load_key(bytes, source, options);
    ChildResult child = run_in_child(
        [&] {
            auto id = load_key(bytes, source, options);
            return id ? json::serialize(json::object{{"agency", id->agency}, {"year", id->year}}) : std::string("null");
        },
        limits);
    if (!child.output) return std::nullopt;  // the report's own reading then says why
    try {
        json::value const v = json::parse(*child.output);
        if (v.is_null()) return std::nullopt;
        return ReportKey{json::value_to<std::string>(v.at("agency")), json::value_to<int>(v.at("year"))};
    } catch (std::exception const&) {
        return std::nullopt;
    }
}

}  // namespace ogi::tool
