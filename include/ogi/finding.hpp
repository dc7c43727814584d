#pragma once
// A finding: what validation or an importer has to say about a report, located at its cells.
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ogi {

enum class Severity { error, warning, notice };

constexpr std::string_view severity_name(Severity s) noexcept {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::notice: return "notice";
    }
    return "error";
}

// Every message in both languages: auditors read Chinese, converter writers often English.
struct Message {
    std::string zh;
    std::string en;
    friend bool operator==(Message const&, Message const&) = default;
};

// A figure quoted by a finding: counts as published, or a signed expectation computed from them.
using Figure = std::variant<std::uint64_t, std::int64_t>;

struct Finding {
    std::string rule;                       // stable rule ID
    Severity severity = Severity::error;
    std::vector<std::string> paths;         // JSON pointers; the cell that is wrong or summarizes first
    std::optional<Figure> expected;
    std::optional<Figure> actual;
    Message message;
    std::optional<std::size_t> source_line;  // set by importers: the line of the source text, from 1
    std::vector<std::string> resolved_by = {};  // validation: the paths of the corrections that resolve this finding
    std::vector<std::string> addends = {};      // identities: the cells summed to give `expected`
    int rule_version = 1;                       // of the rule's check: raised when what it checks changes
    friend bool operator==(Finding const&, Finding const&) = default;
};

// A blank cell whose value an identity leaves no choice about (总计 blank, its parts stated): shown by the views
// as inferred, never written into the report.
struct Inferred {
    std::string path;  // JSON pointer of the blank cell
    std::uint64_t value = 0;
    friend bool operator==(Inferred const&, Inferred const&) = default;
};

// One cell of the unique smallest change that makes the exact identities of its part of the tables hold.
struct Correction {
    std::string path;  // JSON pointer of the cell
    std::uint64_t reported = 0;
    std::uint64_t suggested = 0;
    friend bool operator==(Correction const&, Correction const&) = default;
};

// For logs and test failures: "APP-ROW error /applications/outcomes/total/total: <message.zh>" and
// "/applications/outcomes/total/total: 0 → 1".
std::ostream& operator<<(std::ostream& out, Finding const& finding);
std::ostream& operator<<(std::ostream& out, Correction const& correction);

}  // namespace ogi
