#include "ogi/render/finding_marks.hpp"

namespace ogi::render {

std::string_view message_in(Finding const& finding, Language language) {
    return language == Language::en ? finding.message.en : finding.message.zh;
}

std::string_view severity_label(Severity severity, Language language) {
    if (language == Language::en) return severity_name(severity);
    switch (severity) {
    case Severity::error: return "错误";
    case Severity::warning: return "警告";
    case Severity::notice: return "提示";
    }
    return "错误";
}

std::string_view findings_heading(Language language) {
    return language == Language::en ? "Findings" : "检查发现的问题";
}

std::string should_be(std::uint64_t value, Language language) {
    return (language == Language::en ? "should be " : "应为 ") + std::to_string(value);
}

std::string_view inferred_caption(Language language) { return language == Language::en ? "inferred" : "推算值"; }

FindingMarks::FindingMarks(std::span<Finding const> findings, DocumentOptions const& options)
    : findings_(findings), corrections_(options.corrections), language_(options.language) {
    for (Correction const& c : options.corrections) marks_[c.path].suggested = c.suggested;
    for (Inferred const& i : options.inferred) marks_[i.path].inferred = i.value;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (findings[i].paths.empty()) continue;
        Mark& mark = marks_[findings[i].paths.front()];
        // Severity counts from error (0) to notice: the smaller, the graver.
        if (mark.findings.empty() || findings[i].severity < mark.severity) mark.severity = findings[i].severity;
        mark.findings.push_back(i + 1);
    }
}

FindingMarks::Mark const* FindingMarks::at(std::string_view pointer) const {
    auto it = marks_.find(pointer);
    return it == marks_.end() ? nullptr : &it->second;
}

}  // namespace ogi::render
