// ogi::find_report_files: a folder stands for the files below it named like reports, in name order, with the
// problems met on the way; other paths stay as given.
#include <ogi/report_files.hpp>

#include "temporary_folder.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace fs = std::filesystem;
using ogi::test::TemporaryFolder;

TEST_CASE("may_hold_a_report: by extension, any case") {
    for (char const* name : {"a.json", "a.TXT", "a.htm", "a.Html", "a.md", "a.PDF", "a.docx", "a.doc", "a.wps"})
        CHECK_MESSAGE(ogi::may_hold_a_report(name), name);
    for (char const* name : {"a.png", "a.json.bak", "README", ".json.x", "a.xlsx"})
        CHECK_MESSAGE(!ogi::may_hold_a_report(name), name);
    CHECK(ogi::lower_extension("dir.D/Report.DOCX") == ".docx");
    CHECK(ogi::lower_extension("noext") == "");
}

TEST_CASE("find_report_files: a folder's report files in name order, subfolders included, other files left out") {
    TemporaryFolder folder;
    folder.write("b.json", "{}");
    folder.write("a.TXT", "text");
    folder.write("picture.png", "png");
    folder.write("sub/c.pdf", "%PDF");
    folder.write("sub/notes", "not a report");
    fs::create_directory(folder / "empty");
    std::string const root = folder.path().string();
    auto const found = ogi::find_report_files({root, "-", root + "/missing.json"});
    std::vector<std::string> paths;
    for (auto const& f : found) {
        CHECK(f.problem.empty());
        paths.push_back(f.path);
    }
    CHECK(paths == std::vector<std::string>{root + "/a.TXT", root + "/b.json", root + "/sub/c.pdf", "-",
                                            root + "/missing.json"});
    // A folder with nothing in it stays, for its reading to say it is a folder.
    auto const empty = ogi::find_report_files({(folder / "empty").string()});
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].path == (folder / "empty").string());
    CHECK(empty[0].problem.empty());
}

TEST_CASE("find_report_files: loops, dangling links and special files are problems, named; the walk goes on") {
    TemporaryFolder folder;
    folder.write("ok.json", "{}");
    fs::create_directory_symlink(folder.path(), folder / "up");             // back into the folder walked
    fs::create_symlink(folder / "gone.json", folder / "dangling.json");      // to nothing
    fs::create_symlink(folder / "loop.json", folder / "loop.json");          // to itself
    REQUIRE(::mkfifo((folder / "pipe.json").c_str(), 0600) == 0);
    ::mkfifo((folder / "pipe.other").c_str(), 0600);                        // not named like a report: not read
    std::string const root = folder.path().string();
    auto const found = ogi::find_report_files({root});
    REQUIRE(found.size() == 5);
    CHECK(found[0].path == root + "/dangling.json");
    CHECK(found[0].problem == root + "/dangling.json: a symbolic link to a file that does not exist");
    CHECK(found[1].problem == root + "/loop.json: a symbolic link loop; not followed");
    CHECK(found[2].path == root + "/ok.json");
    CHECK(found[2].problem.empty());
    CHECK(found[3].problem == root + "/pipe.json: a FIFO (named pipe), not a file; not read");
    CHECK(found[4].problem == root + "/up: a symbolic link back into a folder above it (a loop); not followed");
}
