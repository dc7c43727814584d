#pragma once
// The report files of a run: the paths a user gives, each folder among them replaced by the files below it that may
// hold a report. What a file is, is told by its content when it is read (ogi::content_kind); its name only decides
// whether a folder walk picks it up.
#include <filesystem>
#include <string>
#include <vector>

namespace ogi {

// An input of a run: a path given, or found in a folder; or what kept part of a folder from being read (a
// symbolic link loop, a folder it may not open, a file that vanished, a FIFO or other special file named like a
// report), to be reported and counted as an unreadable input.
struct FoundInput {
    std::string path;
    std::string problem;  // the message, naming the path; empty for an input to read
};

// A file name's extension in lower case (".json", ".pdf"), ASCII only; empty when it has none.
std::string lower_extension(std::filesystem::path const& file);

// Whether a folder walk takes the file: named .json, .txt, .htm, .html, .md, .pdf, .docx, .doc or .wps, any case.
bool may_hold_a_report(std::filesystem::path const& file);

// The paths given, in their order, each folder replaced by the files below it that may hold a report and by the
// problems met on the way (with such names, or folders), in name order. Symbolic links are followed, except back
// into a folder being walked. A path that is no folder (a file, "-" for standard input, a path that does not
// exist) stays as it is, for its reading to say what it is; so does a folder with nothing found in it. Never throws
// for what it finds on disk.
std::vector<FoundInput> find_report_files(std::vector<std::string> const& paths);

}  // namespace ogi
