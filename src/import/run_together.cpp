#include "run_together.hpp"

#include "sections.hpp"

#include "../identities.hpp"

#include <algorithm>

namespace ogi::import {

namespace {

// A label as searched for in flattened text: its numbering as printed, then the first characters of its body.
struct Probe {
    std::string numbering;  // "1." (also found as 1、), "(一)", "一、"; empty for the labels of 二
    std::string body;       // at most four characters: enough to tell the labels apart
};

constexpr std::size_t probe_characters = 4;

Probe probe_of(std::string_view label) {
    Probe p;
    auto numbering = numbering_at(label);
    std::size_t at = numbering ? numbering->length : 0;
    p.numbering = std::string(label.substr(0, at));
    std::string_view body = label.substr(at);
    std::size_t end = 0;
    for (std::size_t n = 0; end < body.size() && n < probe_characters; ++n)
        do ++end;
        while (end < body.size() && (static_cast<unsigned char>(body[end]) & 0xC0) == 0x80);
    p.body = std::string(body.substr(0, end));
    return p;
}

// Where the numbering of the label whose body starts at `at` starts, when it is printed just before it.
std::optional<std::size_t> numbering_before(std::string_view text, std::size_t at, std::string_view numbering) {
    if (text.substr(0, at).ends_with(numbering)) return at - numbering.size();
    // 1. is also printed 1、
    if (numbering.size() >= 2 && numbering.back() == '.') {
        std::string alternative = std::string(numbering.substr(0, numbering.size() - 1)) + "、";
        if (text.substr(0, at).ends_with(alternative)) return at - alternative.size();
    }
    return std::nullopt;
}

// Breaks before the labels found in text[from, to).
void label_breaks(std::string_view text, std::size_t from, std::size_t to, std::span<Probe const> probes,
                  std::vector<std::pair<std::size_t, std::size_t>>& out) {
    for (Probe const& probe : probes) {
        if (probe.body.empty()) continue;
        for (std::size_t at = text.find(probe.body, from); at != std::string_view::npos && at < to;
             at = text.find(probe.body, at + 1)) {
            if (probe.numbering.empty()) {
                out.emplace_back(at, at + probe.body.size());
            } else if (auto start = numbering_before(text, at, probe.numbering); start && *start >= from) {
                out.emplace_back(*start, at + probe.body.size());
            }
        }
    }
}

}  // namespace

std::optional<MappedText> unflatten(std::span<Line const> lines, std::span<std::string const> labels) {
    std::vector<Probe> probes;
    for (std::string const& l : labels) probes.push_back(probe_of(l));
    MappedText out;
    int next = 1;
    bool in_tables = false, found = false;
    for (Line const& line : lines) {
        std::string_view const t = line.text;
        // The headings inside the line, in order; the sections 二 to 四 between them hold the tables.
        std::vector<std::pair<std::size_t, std::size_t>> breaks;  // (start, end of what was matched)
        std::vector<std::pair<std::size_t, bool>> regions;        // (start, tables from there on)
        regions.emplace_back(0, in_tables);
        for (std::size_t p = 0; p < t.size() && next <= 6; ++p) {
            if ((static_cast<unsigned char>(t[p]) & 0xC0) == 0x80 || chinese_numeral_value(t.substr(p)) != next ||
                !is_heading(t.substr(p), next))
                continue;
            breaks.emplace_back(p, p);
            found = found || (next >= 2 && next <= 4);
            in_tables = next >= 2 && next <= 4;
            regions.emplace_back(p, in_tables);
            ++next;
        }
        for (std::size_t k = 0; k < regions.size(); ++k) {
            if (!regions[k].second) continue;
            std::size_t to = k + 1 < regions.size() ? regions[k + 1].first : t.size();
            label_breaks(t, regions[k].first, to, probes, breaks);
            // 四 has no row labels: its figures follow its heading and column headers.
            if (k > 0 && chinese_numeral_value(t.substr(regions[k].first)) == 4) {
                std::size_t digit = t.find_first_of("0123456789", regions[k].first);
                if (digit < to) breaks.emplace_back(digit, digit);
            }
        }
        // A label inside a longer one (规范性文件 in 行政规范性文件) is none.
        std::ranges::sort(breaks);
        std::vector<std::size_t> kept;
        std::size_t covered = 0;
        for (auto [start, end] : breaks) {
            if (start < covered && start != end) continue;
            if (start > 0 && (kept.empty() || kept.back() != start)) kept.push_back(start);
            covered = std::max(covered, end);
        }
        std::vector<std::size_t> raw = unfolded_offsets(line.raw, kept);
        std::size_t from = 0;
        for (std::size_t at : raw) {
            out.put(line.raw.substr(from, at - from), line.number);
            out.end_line();
            from = at;
        }
        out.put(line.raw.substr(from), line.number);
        out.end_line();
    }
    if (!found) return std::nullopt;
    return out;
}

bool for_each_split(std::span<std::string const> runs, std::size_t cells, std::size_t& budget,
                    std::function<void(std::vector<std::uint64_t> const&)> const& f) {
    constexpr std::size_t max_digits = 19;  // below 10^19: a count of 64 bits
    std::vector<std::size_t> digits_after(runs.size() + 1, 0);
    for (std::size_t r = runs.size(); r-- > 0;) digits_after[r] = digits_after[r + 1] + runs[r].size();
    std::vector<std::uint64_t> values;
    auto split = [&](auto& self, std::size_t r, std::size_t pos) -> bool {
        if (budget == 0) return false;
        --budget;
        if (r == runs.size()) {
            if (values.size() == cells) f(values);
            return true;
        }
        std::string const& run = runs[r];
        if (pos == run.size()) return self(self, r + 1, 0);
        std::size_t const cells_left = cells - values.size(), digits_left = digits_after[r] - pos;
        // Every run left needs a cell, every cell a digit, and no cell takes more than max_digits.
        if (cells_left < runs.size() - r || cells_left > digits_left || digits_left > max_digits * cells_left)
            return true;
        std::size_t const longest = run[pos] == '0' ? 1 : std::min(max_digits, run.size() - pos);
        std::uint64_t v = 0;
        for (std::size_t len = 1; len <= longest; ++len) {
            v = v * 10 + static_cast<std::uint64_t>(run[pos + len - 1] - '0');
            values.push_back(v);
            bool const go_on = self(self, r, pos + len);
            values.pop_back();
            if (!go_on) return false;
        }
        return true;
    };
    return split(split, 0, 0);
}

template <class Other>
SplitOutcome split_glued(std::span<GluedCells const> glued, std::span<std::optional<std::uint64_t> const> known) {
    using Table = detail::IdentityTable<Other>;
    auto const& identities = Table::get().identities;
    SplitOutcome out;
    out.values.resize(glued.size());
    std::vector<std::optional<std::uint64_t>> value(Table::cell_count);
    std::copy_n(known.begin(), std::min(known.size(), value.size()), value.begin());
    std::vector<std::ptrdiff_t> owner(Table::cell_count, -1);  // the glued row of each cell with splits to try
    std::size_t budget = split_budget;

    // Each row's splits; a row with one alone is certain whatever the identities.
    std::vector<std::vector<std::vector<std::uint64_t>>> splits(glued.size());
    std::vector<std::size_t> open;  // rows with several splits
    for (std::size_t g = 0; g < glued.size(); ++g) {
        GluedCells const& row = glued[g];
        if (row.first_cell + row.cells > Table::cell_count) continue;
        bool const complete = for_each_split(row.runs, row.cells, budget, [&](std::vector<std::uint64_t> const& v) {
            if (splits[g].size() <= max_solutions) splits[g].push_back(v);
        });
        if (!complete) {
            out.beyond_budget = true;
            continue;
        }
        if (splits[g].size() == 1) {
            out.values[g] = splits[g].front();
            for (std::size_t c = 0; c < row.cells; ++c) value[row.first_cell + c] = splits[g].front()[c];
        } else if (!splits[g].empty() && splits[g].size() <= max_solutions) {
            open.push_back(g);
            for (std::size_t c = 0; c < row.cells; ++c) owner[row.first_cell + c] = static_cast<std::ptrdiff_t>(g);
        } else {
            out.ambiguous.push_back(g);  // no split at all, or too many to try
        }
    }
    if (open.empty() || out.beyond_budget) {
        out.ambiguous.insert(out.ambiguous.end(), open.begin(), open.end());
        out.solutions = out.beyond_budget ? 0 : out.solutions;
        return out;
    }

    // The identities that decide: every cell known or a cell of an open row. Each is checked once its last
    // open row is assigned (rows in table order).
    std::vector<std::size_t> depth_of(glued.size(), 0);
    for (std::size_t k = 0; k < open.size(); ++k) depth_of[open[k]] = k;
    std::vector<std::vector<detail::Identity const*>> check_at(open.size());
    for (detail::Identity const& id : identities) {
        std::optional<std::size_t> last;
        bool usable = true;
        for (detail::Term t : id.terms) {
            if (owner[t.cell] >= 0)
                last = std::max(last.value_or(0), depth_of[static_cast<std::size_t>(owner[t.cell])]);
            else
                usable = usable && value[t.cell].has_value();
        }
        if (usable && last) check_at[*last].push_back(&id);
    }
    auto holds = [&](detail::Identity const& id) {
        detail::Wide sum = 0;
        for (detail::Term t : id.terms) sum += t.coefficient * static_cast<detail::Wide>(*value[t.cell]);
        return sum == 0;
    };
    std::vector<std::size_t> choice(open.size(), 0), solution;
    bool out_of_budget = false;
    auto search = [&](auto& self, std::size_t depth) -> void {
        if (out.solutions >= max_solutions || out_of_budget) return;
        if (depth == open.size()) {
            if (++out.solutions == 1) solution = choice;
            return;
        }
        GluedCells const& row = glued[open[depth]];
        auto const& candidates = splits[open[depth]];
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (budget == 0) {
                out_of_budget = true;
                return;
            }
            --budget;
            for (std::size_t c = 0; c < row.cells; ++c) value[row.first_cell + c] = candidates[k][c];
            if (std::ranges::all_of(check_at[depth], [&](detail::Identity const* id) { return holds(*id); })) {
                choice[depth] = k;
                self(self, depth + 1);
            }
        }
    };
    search(search, 0);
    out.beyond_budget = out_of_budget;
    if (out.solutions == 1 && !out_of_budget) {
        for (std::size_t k = 0; k < open.size(); ++k) out.values[open[k]] = splits[open[k]][solution[k]];
    } else {
        out.ambiguous.insert(out.ambiguous.end(), open.begin(), open.end());
    }
    return out;
}

template SplitOutcome split_glued<OtherProcessing>(std::span<GluedCells const>,
                                                   std::span<std::optional<std::uint64_t> const>);
template SplitOutcome split_glued<ApplicantRow>(std::span<GluedCells const>,
                                                std::span<std::optional<std::uint64_t> const>);

}  // namespace ogi::import
