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

FindingMarks::FindingMarks(std::span<Finding const> findings, Language language)
    : findings_(findings), language_(language) {
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (findings[i].paths.empty()) continue;
        auto [it, fresh] = marks_.try_emplace(findings[i].paths.front(), Mark{findings[i].severity, {}});
        // Severity counts from error (0) to notice: the smaller, the graver.
        if (!fresh && findings[i].severity < it->second.severity) it->second.severity = findings[i].severity;
        it->second.findings.push_back(i + 1);
    }
}

FindingMarks::Mark const* FindingMarks::at(std::string_view pointer) const {
    auto it = marks_.find(pointer);
    return it == marks_.end() ? nullptr : &it->second;
}

}  // namespace ogi::render
