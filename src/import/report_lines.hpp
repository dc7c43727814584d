#pragma once
// A report's input as the readers of its sections take it: decoded, its web page's or Markdown's structure
// taken out, folded into lines, its sections found.
#include "encoding.hpp"
#include "findings.hpp"
#include "folding.hpp"
#include "mapped_text.hpp"
#include "sections.hpp"
#include "table.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::import {

// A report's text as folded lines with its sections found: the bytes decoded, a web page's or a Markdown
// conversion's text taken out (each line keeping the line of the input it comes from, for findings). Made in
// place: the lines view its buffers and the bytes, which must outlive it.
class ReportLines {
public:
    // A document's text as a binary source (PDF, Word) gave it: its lines and table rows are made already.
    explicit ReportLines(MappedText document) : mapped_(std::move(document)) { find_lines(); }

    // A report's bytes as text (its encoding, a web page's or Markdown's structure found), with findings about
    // how they were read.
    ReportLines(std::string_view bytes, Findings& findings);
    ReportLines(ReportLines const&) = delete;
    ReportLines& operator=(ReportLines const&) = delete;

    std::string const& encoding() const noexcept { return decoded_.encoding; }
    std::span<Line const> lines() const noexcept { return lines_; }
    Sections const& sections() const noexcept { return sections_; }
    Headings const& headings() const noexcept { return sections_.headings; }
    // The table pieces of section n (二, 三, 四).
    TablePieces table(int n) const;

    // Whether the text holds a report: any of the headings 二, 三, 四 (the application matrix is read only
    // below 三's heading, so a text without these has no table either).
    bool holds_report() const noexcept { return headings()[1] || headings()[2] || headings()[3]; }

    // Whether the text was flattened to one line, its structure found again (run_together.hpp).
    bool run_together() const noexcept { return run_together_; }

private:
    void find_lines();

    Utf8Text decoded_;
    std::optional<MappedText> mapped_;
    std::string folded_;
    bool run_together_ = false;
    std::vector<Line> lines_;
    Sections sections_;
};

}  // namespace ogi::import
