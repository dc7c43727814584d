#pragma once
// The findings of an import as the readers make them: each with its rule, the line of the input it is about
// and the JSON pointers of its cells.
#include "ogi/finding.hpp"
#include "ogi/import_rules.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ogi::import {

class Findings {
public:
    void add(ImportRule const& rule, std::optional<std::size_t> line, std::vector<std::string> paths, std::string zh,
             std::string en) {
        Finding f;
        f.rule = std::string(rule.id);
        f.severity = rule.severity;
        f.paths = std::move(paths);
        f.message = {std::move(zh), std::move(en)};
        f.source_line = line;
        list.push_back(std::move(f));
    }
    std::vector<Finding> list;
};

}  // namespace ogi::import
