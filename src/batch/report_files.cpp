#include "ogi/report_files.hpp"

#include "file_type.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <set>
#include <string_view>
#include <sys/stat.h>
#include <system_error>
#include <utility>

namespace ogi {

namespace detail {

std::string_view file_type_name(mode_t mode) noexcept {
    if (S_ISREG(mode)) return "a file";
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    return "not a regular file";
}

}  // namespace detail

namespace {

// The files below a folder, and the problems met: errors are kept, never thrown.
struct FolderWalk {
    std::vector<FoundInput> found;
    std::set<std::pair<dev_t, ino_t>> walking;  // the folders entered and not yet left: a link to one is a loop

    void problem(std::string const& path, std::string_view what) {
        found.push_back({path, path + ": " + std::string(what)});
    }

    void enter(std::string const& folder, struct stat const& st) {
        if (!walking.insert({st.st_dev, st.st_ino}).second) {
            problem(folder, "a symbolic link back into a folder above it (a loop); not followed");
            return;
        }
        std::error_code ec;
        std::vector<std::string> entries;
        for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            entries.push_back(it->path().string());
        if (ec) problem(folder, "cannot read the folder: " + ec.message());
        for (std::string const& path : entries) visit(path);
        walking.erase({st.st_dev, st.st_ino});
    }

    void visit(std::string const& path) {
        struct stat st {};
        bool const named_as_report = may_hold_a_report(path);
        if (::stat(path.c_str(), &st) != 0) {  // through symbolic links
            if (!named_as_report) return;
            int const why = errno;
            struct stat link {};
            bool const is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
            if (why == ELOOP) return problem(path, "a symbolic link loop; not followed");
            if (why == ENOENT && is_link) return problem(path, "a symbolic link to a file that does not exist");
            if (why == ENOENT) return problem(path, "vanished while its folder was read");
            return problem(path, std::string("cannot read: ") + std::strerror(why));
        }
        if (S_ISDIR(st.st_mode)) return enter(path, st);
        if (!named_as_report) return;
        if (!S_ISREG(st.st_mode))
            return problem(path, std::string(detail::file_type_name(st.st_mode)) + ", not a file; not read");
        found.push_back({path, {}});
    }
};

}  // namespace

std::string lower_extension(std::filesystem::path const& file) {
    std::string ext = file.extension().string();
    for (char& c : ext) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return ext;
}

bool may_hold_a_report(std::filesystem::path const& file) {
    std::string const ext = lower_extension(file);
    constexpr std::array<std::string_view, 9> report_extensions{".json", ".txt", ".htm", ".html", ".md",
                                                                ".pdf",  ".docx", ".doc", ".wps"};
    return std::ranges::find(report_extensions, ext) != report_extensions.end();
}

std::vector<FoundInput> find_report_files(std::vector<std::string> const& paths) {
    std::vector<FoundInput> inputs;
    for (std::string const& path : paths) {
        struct stat st {};
        if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            inputs.push_back({path, {}});  // reading it says what it is
            continue;
        }
        FolderWalk walk;
        walk.enter(path, st);
        std::ranges::sort(walk.found, {}, &FoundInput::path);
        if (walk.found.empty()) walk.found.push_back({path, {}});  // read as a report, it says "is a directory"
        std::ranges::move(walk.found, std::back_inserter(inputs));
    }
    return inputs;
}

}  // namespace ogi
