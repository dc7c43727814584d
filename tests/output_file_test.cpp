// ogi::OutputFile: a file is replaced whole on commit or not at all; its temporary never outlives it.
#include <ogi/output_file.hpp>

#include "temporary_folder.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using ogi::test::read_file;
using ogi::test::TemporaryFolder;

namespace {

// The names in a folder, hidden ones (the temporary files) included.
std::vector<std::string> names_in(fs::path const& folder) {
    std::vector<std::string> names;
    for (auto const& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::ranges::sort(names);
    return names;
}

unsigned mode_of(fs::path const& file) {
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("OutputFile: nothing is in place before commit; commit puts the whole file there, readable by all") {
    TemporaryFolder folder;
    fs::path const target = folder / "report.json";
    ogi::OutputFile out;
    REQUIRE(out.open(target));
    REQUIRE(out.write("{\"schema\":"));
    // Half-written: the target does not exist yet, a hidden temporary file beside it holds the part.
    CHECK_FALSE(fs::exists(target));
    std::vector<std::string> const during = names_in(folder.path());
    REQUIRE(during.size() == 1);
    CHECK(during[0].starts_with(".report.json."));
    CHECK(read_file(folder / during[0]) == "{\"schema\":");
    REQUIRE(out.write("\"ogi-report/1\"}"));
    REQUIRE(out.commit());
    CHECK(read_file(target) == "{\"schema\":\"ogi-report/1\"}");
    CHECK(names_in(folder.path()) == std::vector<std::string>{"report.json"});
    CHECK(mode_of(target) == 0644);
}

TEST_CASE("OutputFile: without commit the previous file stays as it was and the temporary file is removed") {
    TemporaryFolder folder;
    fs::path const target = folder.write("report.json", "previous");
    ::chmod(target.c_str(), 0600);
    {
        ogi::OutputFile out;
        REQUIRE(out.open(target));
        REQUIRE(out.write("a half-written replacement"));
        CHECK(read_file(target) == "previous");
    }
    CHECK(read_file(target) == "previous");
    CHECK(names_in(folder.path()) == std::vector<std::string>{"report.json"});
    SUBCASE("committed, it replaces the file and keeps its mode") {
        std::string error;
        REQUIRE(ogi::write_file_atomically(target, "new", error));
        CHECK(read_file(target) == "new");
        CHECK(mode_of(target) == 0600);
    }
}

TEST_CASE("OutputFile: a symbolic link is followed, its target replaced and the link kept") {
    TemporaryFolder folder;
    fs::path const real = folder.write("real.json", "old");
    fs::create_symlink(real, folder / "link.json");
    std::string error;
    REQUIRE(ogi::write_file_atomically(folder / "link.json", "new", error));
    CHECK(fs::is_symlink(folder / "link.json"));
    CHECK(read_file(real) == "new");
    CHECK(names_in(folder.path()) == std::vector<std::string>{"link.json", "real.json"});
    fs::create_symlink(folder / "nothing.json", folder / "dangling.json");
    CHECK_FALSE(ogi::write_file_atomically(folder / "dangling.json", "x", error));
    CHECK(error.ends_with("dangling.json: cannot write: a symbolic link to a file that does not exist"));
}

TEST_CASE("OutputFile: an input, a folder or a missing folder is refused, saying so; nothing is left behind") {
    TemporaryFolder folder;
    fs::path const input = folder.write("in.json", "the input");
    fs::create_symlink(input, folder / "other-name.json");
    ogi::InputFiles inputs;
    REQUIRE(inputs.add(input.string()));
    CHECK_FALSE(inputs.add((folder / "absent.json").string()));
    std::string error;
    // Another name of the input is still the input.
    CHECK_FALSE(ogi::write_file_atomically(folder / "other-name.json", "x", error, &inputs));
    CHECK(error == (folder / "other-name.json").string() + ": refusing to write over the input " + input.string());
    CHECK(read_file(input) == "the input");
    CHECK_FALSE(ogi::write_file_atomically(folder.path(), "x", error));
    CHECK(error == folder.path().string() + ": cannot write: a folder");
    CHECK_FALSE(ogi::write_file_atomically(folder / "no" / "such.json", "x", error));
    CHECK(error.find("cannot create a temporary file in") != std::string::npos);
    CHECK(names_in(folder.path()) == std::vector<std::string>{"in.json", "other-name.json"});
}

TEST_CASE("OutputFile: a device is written directly, and a failed write says why") {
    std::string error;
    CHECK(ogi::write_file_atomically("/dev/null", "anything", error));
    ogi::OutputFile full;
    REQUIRE(full.open("/dev/full"));
    CHECK_FALSE(full.write("x"));
    CHECK(full.error() == "/dev/full: cannot write: No space left on device");
}

TEST_CASE("remove_output_temporaries: the temporary files being written are removed, and no more are made") {
    TemporaryFolder folder;
    // In a child process: the call is for a program that is ending, and stays in force.
    pid_t const child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ogi::OutputFile out;
        bool const opened = out.open(folder / "report.json") && out.write("part");
        bool const one_temporary = names_in(folder.path()).size() == 1;
        ogi::remove_output_temporaries();
        bool const removed = names_in(folder.path()).empty();
        ogi::OutputFile later;
        bool const refused = !later.open(folder / "later.json");
        ::_exit(opened && one_temporary && removed && refused ? 0 : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(names_in(folder.path()).empty());
}
