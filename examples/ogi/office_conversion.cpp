#include "office_conversion.hpp"

#include <ogi/content_kind.hpp>
#include <ogi/import.hpp>
#include <ogi/report_files.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace ogi::tool {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view libreoffice_package = "libreoffice-writer-nogui";

// soffice in the PATH, as a shell would find it.
std::optional<fs::path> find_soffice() {
    char const* path = std::getenv("PATH");
    std::string_view dirs = path ? path : "";
    while (!dirs.empty()) {
        std::string_view dir = dirs.substr(0, dirs.find(':'));
        dirs.remove_prefix(std::min(dirs.size(), dir.size() + 1));
        if (dir.empty()) continue;
        fs::path candidate = fs::path(dir) / "soffice";
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return std::nullopt;
}

// A temporary folder removed with everything in it when done.
class TemporaryFolder {
public:
    TemporaryFolder() {
        std::string pattern = (fs::temp_directory_path() / "ogi-office-XXXXXX").string();
        if (::mkdtemp(pattern.data())) path_ = pattern;
    }
    TemporaryFolder(TemporaryFolder const&) = delete;
    TemporaryFolder& operator=(TemporaryFolder const&) = delete;
    ~TemporaryFolder() {
        std::error_code ec;
        if (!path_.empty()) fs::remove_all(path_, ec);
    }
    fs::path const& path() const noexcept { return path_; }

private:
    fs::path path_;
};

// Runs argv in its own process group, its output discarded; kills the group when it outlives the limit. The
// exit status, or nullopt when it could not start or was killed.
std::optional<int> run_with_limit(std::vector<std::string> const& argv, std::chrono::seconds limit) {
    std::vector<char*> args;
    for (std::string const& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);  // soffice starts helpers: all killed together
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = 0;
    int started = posix_spawn(&pid, args[0], &actions, &attributes, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (started != 0) return std::nullopt;
    auto const deadline = std::chrono::steady_clock::now() + limit;
    while (true) {
        int status = 0;
        pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) return WIFEXITED(status) ? std::optional(WEXITSTATUS(status)) : std::nullopt;
        if (done < 0) return std::nullopt;
        if (std::chrono::steady_clock::now() >= deadline) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

OfficeInput convert_with_libreoffice(std::string_view bytes, std::string const& source, std::string const& ext) {
    std::optional<fs::path> soffice = find_soffice();
    if (!soffice)
        return {std::nullopt, fmt::format("{}: a Word 97–2003 or WPS file, which ogi reads after LibreOffice converts it "
                                          "to .docx; soffice is not installed (Debian package {})",
                                          source, libreoffice_package)};
    TemporaryFolder folder;
    if (folder.path().empty()) return {std::nullopt, fmt::format("{}: cannot make a temporary folder to convert it", source)};
    fs::path input = folder.path() / ("input" + ext);
    {
        std::ofstream out(input, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) return {std::nullopt, fmt::format("{}: cannot write a temporary copy to convert", source)};
    }
    fs::path output = folder.path() / "out";
    // A profile of its own: no lock on, or change to, the user's LibreOffice, and conversions may run at once.
    std::vector<std::string> argv{soffice->string(),
                                  "-env:UserInstallation=file://" + (folder.path() / "profile").string(),
                                  "--headless",
                                  "--norestore",
                                  "--convert-to",
                                  "docx",
                                  "--outdir",
                                  output.string(),
                                  input.string()};
    std::optional<int> status = run_with_limit(argv, std::chrono::seconds(office_conversion_seconds));
    std::ifstream converted(output / "input.docx", std::ios::binary);
    if (!status || *status != 0 || !converted)
        return {std::nullopt,
                fmt::format("{}: LibreOffice could not convert it to .docx ({})", source,
                            !status ? fmt::format("killed after {} s, or not started", office_conversion_seconds)
                                    : fmt::format("soffice exit status {}", *status))};
    std::ostringstream docx;
    docx << converted.rdbuf();
    return {docx.str(), {}};
}

}  // namespace

std::string word_inputs_help() {
    return fmt::format(
        "Word inputs: a .docx is read by the library; its word/document.xml is inflated only when the archive states "
        "it at most {} MiB, and reading stops past that (zip bombs); no DTD or XML entity is accepted. A .doc, .wps or "
        "RTF file is first converted to .docx by LibreOffice (soffice, Debian package {}) in a private temporary "
        "profile, killed after {} s; without soffice it is refused (exit 2).",
        ImportOptions{}.max_bytes >> 20, libreoffice_package, office_conversion_seconds);
}

std::optional<OfficeInput> prepare_office_input(std::string_view bytes, std::string const& source) {
    std::string const ext = lower_extension(source);
    ContentKind const kind = content_kind(bytes);
    // Word 97–2003 and WPS files are OLE compound files.
    if (kind == ContentKind::ole) return convert_with_libreoffice(bytes, source, ext == ".wps" ? ".wps" : ".doc");
    // Sites publish RTF named .doc, which LibreOffice reads too (a .doc that is a web page or text is read as one).
    if (bytes.starts_with("{\\rtf")) return convert_with_libreoffice(bytes, source, ".rtf");
    if (ext == ".docx" && kind != ContentKind::zip)
        return OfficeInput{std::nullopt, fmt::format("{}: named .docx but not a Word document (no ZIP archive)", source)};
    return std::nullopt;
}

}  // namespace ogi::tool
