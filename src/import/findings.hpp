#pragma once
// The findings of an import as the readers make them: each with its rule (import_rules.hpp), what it says, the
// line of the input it is about and the JSON pointers of its cells.
#include "ogi/finding.hpp"
#include "ogi/import_rules.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ogi::import {

inline Finding finding(rules::Rule const& rule, std::string zh, std::string en, std::optional<std::size_t> line = {},
                       std::vector<std::string> paths = {}) {
    Finding f;
    f.rule = std::string(rule.id);
    f.severity = rule.severity;
    f.paths = std::move(paths);
    f.message = {std::move(zh), std::move(en)};
    f.source_line = line;
    return f;
}

// A finding that says its rule's message as it stands.
inline Finding finding(rules::Rule const& rule, std::optional<std::size_t> line = {}, std::vector<std::string> paths = {}) {
    return finding(rule, std::string(rule.message.zh), std::string(rule.message.en), line, std::move(paths));
}

class Findings {
public:
    void add(rules::Rule const& rule, std::optional<std::size_t> line, std::vector<std::string> paths, std::string zh,
             std::string en) {
        list.push_back(finding(rule, std::move(zh), std::move(en), line, std::move(paths)));
    }
    // A finding that says the rule's message as it stands.
    void add(rules::Rule const& rule, std::optional<std::size_t> line, std::vector<std::string> paths) {
        list.push_back(finding(rule, line, std::move(paths)));
    }
    std::vector<Finding> list;
};

}  // namespace ogi::import
