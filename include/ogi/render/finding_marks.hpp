#pragma once
// Findings as a rendered report shows them: numbered in the order given, each marking the cell its first path
// names (the cell that is wrong or summarizes; the other paths are what it was computed from); besides them the
// cells a correction changes (应为 N / should be N) and the blanks validation inferred (shown as inferred, never
// as published figures).
#include "ogi/finding.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::render {

enum class Language { zh, en };

// Options of the renderers that show findings (Markdown, HTML).
struct DocumentOptions {
    Language language = Language::zh;  // of the findings' messages and the few words around them
    std::span<Correction const> corrections = {};  // marked at their cells
    std::span<Inferred const> inferred = {};       // shown in their blank cells
};

std::string_view message_in(Finding const& finding, Language language);
std::string_view severity_label(Severity severity, Language language);  // 错误 / error …
std::string_view findings_heading(Language language);                   // over the list of findings
std::string should_be(std::uint64_t value, Language language);           // 应为 N / should be N
std::string_view inferred_caption(Language language);                   // 推算值 / inferred

class FindingMarks {
public:
    FindingMarks(std::span<Finding const> findings, DocumentOptions const& options);

    struct Mark {
        Severity severity = Severity::notice;  // the gravest of its findings
        std::vector<std::size_t> findings;     // numbers, from 1
        std::optional<std::uint64_t> suggested;  // a correction changes the cell to this
        std::optional<std::uint64_t> inferred;   // the cell is blank, validation infers this
        bool flagged() const noexcept { return !findings.empty() || suggested.has_value(); }
    };

    // The mark of the cell or section at this JSON pointer, or nullptr.
    Mark const* at(std::string_view pointer) const;

    std::span<Finding const> findings() const noexcept { return findings_; }
    std::span<Correction const> corrections() const noexcept { return corrections_; }
    Finding const& finding(std::size_t number) const { return findings_[number - 1]; }
    Language language() const noexcept { return language_; }
    std::string_view message(Finding const& finding) const { return message_in(finding, language_); }

private:
    std::span<Finding const> findings_;
    std::span<Correction const> corrections_;
    Language language_;
    std::map<std::string, Mark, std::less<>> marks_;
};

}  // namespace ogi::render
