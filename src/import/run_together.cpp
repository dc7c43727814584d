#include "run_together.hpp"

#include "numbering.hpp"
#include "sections.hpp"

#include "../validate/identities.hpp"

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

std::optional<MappedText> unflatten(std::span<Line const> lines, std::span<std::string const> headings,
                                    std::span<std::string const> labels) {
    std::vector<Probe> probes;
    for (std::string const& l : labels) probes.push_back(probe_of(l));
    MappedText out;
    int next = 1;
    bool in_tables = false, found = false;
    for (Line const& line : lines) {
        std::string_view const t = line.folded;
        // The headings inside the line, in order; the sections 二 to 四 between them hold the tables.
        std::vector<std::pair<std::size_t, std::size_t>> breaks;  // (start, end of what was matched)
        std::vector<std::pair<std::size_t, bool>> regions;        // (start, tables from there on)
        regions.emplace_back(0, in_tables);
        // A heading's numeral is followed by 、 (or .), spaces aside: told before the heading's words are compared.
        auto numeral_then_comma = [&](std::size_t p) {
            std::size_t q = p + std::string_view("一").size();
            while (q < t.size() && q < p + 8 && t[q] == ' ') ++q;
            return t.substr(q).starts_with("、") || t.substr(q).starts_with(".");
        };
        for (std::size_t p = 0; p < t.size() && next <= 6; ++p) {
            if ((static_cast<unsigned char>(t[p]) & 0xC0) == 0x80 || chinese_numeral_value(t.substr(p)) != next ||
                !numeral_then_comma(p) || !is_heading(t.substr(p), next))
                continue;
            breaks.emplace_back(p, p);
            if (std::size_t k = static_cast<std::size_t>(next - 1);
                k < headings.size() && t.substr(p).starts_with(headings[k]) && p + headings[k].size() < t.size())
                breaks.emplace_back(p + headings[k].size(), p + headings[k].size());
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
                    std::function<void(std::vector<std::uint64_t> const&)> const& f,
                    std::function<bool(std::vector<std::uint64_t> const&)> const& prefix) {
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
            bool const go_on = (prefix && !prefix(values)) || self(self, r, pos + len);
            values.pop_back();
            if (!go_on) return false;
        }
        return true;
    };
    return split(split, 0, 0);
}

namespace {

// The search for the splits of glued rows that satisfy the identities. value[c] is a cell's value where known
// (read as printed, or assigned by the search); a cell of a row being searched is nullopt until assigned.
class SplitSearch {
public:
    SplitSearch(std::vector<std::optional<std::uint64_t>>& value, std::size_t& budget)
        : value_(value), budget_(budget) {}

    // Whether identity id can still hold: with every cell known, it holds; with only some of one side known,
    // that side's sum does not exceed the other side's when that one is whole (cells are never negative).
    bool possible(detail::Identity const& id) const {
        detail::Wide known[2] = {0, 0};
        bool whole[2] = {true, true};
        for (std::size_t k = 0; k < id.terms.size(); ++k) {
            std::size_t side = k < id.lhs_size ? 0 : 1;
            if (auto const& v = value_[id.terms[k].cell])
                known[side] += static_cast<detail::Wide>(*v);
            else
                whole[side] = false;
        }
        if (whole[0] && whole[1]) return known[0] == known[1];
        if (whole[0]) return known[1] <= known[0];
        if (whole[1]) return known[0] <= known[1];
        return true;
    }

    // Counts (up to max_solutions) the assignments of rows' candidates, in order, that keep every identity of
    // `touching[k]` possible after row k; `first` gets the first one found. False when the budget ran out.
    bool count(std::span<GluedCells const* const> rows,
               std::span<std::vector<std::vector<std::uint64_t>> const* const> candidates,
               std::span<std::vector<detail::Identity const*> const> touching, std::size_t& solutions,
               std::vector<std::size_t>& first) {
        std::vector<std::size_t> choice(rows.size(), 0);
        bool out_of_budget = false;
        auto search = [&](auto& self, std::size_t depth) -> void {
            if (solutions >= max_solutions || out_of_budget) return;
            if (depth == rows.size()) {
                if (solutions++ == 0) first = choice;
                return;
            }
            GluedCells const& row = *rows[depth];
            for (std::size_t k = 0; k < candidates[depth]->size(); ++k) {
                if (budget_ == 0) {
                    out_of_budget = true;
                    break;
                }
                --budget_;
                for (std::size_t c = 0; c < row.cells; ++c) value_[row.first_cell + c] = (*candidates[depth])[k][c];
                if (std::ranges::all_of(touching[depth], [&](detail::Identity const* id) { return possible(*id); })) {
                    choice[depth] = k;
                    self(self, depth + 1);
                }
            }
            for (std::size_t c = 0; c < row.cells; ++c) value_[row.first_cell + c].reset();
        };
        search(search, 0);
        return !out_of_budget;
    }

private:
    std::vector<std::optional<std::uint64_t>>& value_;
    std::size_t& budget_;
};

}  // namespace

template <class Other>
SplitOutcome split_glued(std::span<GluedCells const> glued, std::span<std::optional<std::uint64_t> const> known) {
    using Table = detail::IdentityTable<Other>;
    auto const& identities = Table::get().identities;
    SplitOutcome out;
    out.values.resize(glued.size());
    std::vector<std::optional<std::uint64_t>> value(Table::cell_count);
    std::copy_n(known.begin(), std::min(known.size(), value.size()), value.begin());
    std::vector<std::ptrdiff_t> owner(Table::cell_count, -1);  // the glued row of each cell
    for (std::size_t g = 0; g < glued.size(); ++g)
        if (glued[g].first_cell + glued[g].cells <= Table::cell_count)
            for (std::size_t c = 0; c < glued[g].cells; ++c) owner[glued[g].first_cell + c] = static_cast<std::ptrdiff_t>(g);
    // The identities that can decide: each cell known or glued.
    std::vector<detail::Identity const*> usable;
    for (detail::Identity const& id : identities)
        if (std::ranges::all_of(id.terms, [&](detail::Term t) { return value[t.cell] || owner[t.cell] >= 0; }) &&
            std::ranges::any_of(id.terms, [&](detail::Term t) { return owner[t.cell] >= 0; }))
            usable.push_back(&id);
    std::size_t budget = split_budget;  // for the search; each row's splits have their own
    SplitSearch search(value, budget);

    // Each row's splits that keep its own identities possible (the row's 总计 against its cells), alone.
    std::vector<std::vector<std::vector<std::uint64_t>>> splits(glued.size());
    std::vector<std::vector<detail::Identity const*>> own(glued.size());
    for (detail::Identity const* id : usable)
        for (detail::Term t : id->terms)
            if (owner[t.cell] >= 0 && std::ranges::find(own[owner[t.cell]], id) == own[owner[t.cell]].end())
                own[static_cast<std::size_t>(owner[t.cell])].push_back(id);
    std::vector<std::size_t> open;  // rows with several splits
    for (std::size_t g = 0; g < glued.size(); ++g) {
        GluedCells const& row = glued[g];
        if (row.first_cell + row.cells > Table::cell_count) continue;
        // The row's identities are tried on every prefix of a split: 四's groups prune one by one.
        auto possible = [&](std::vector<std::uint64_t> const& v) {
            for (std::size_t c = 0; c < row.cells; ++c)
                value[row.first_cell + c] = c < v.size() ? std::optional(v[c]) : std::nullopt;
            return std::ranges::all_of(own[g], [&](detail::Identity const* id) { return search.possible(*id); });
        };
        std::size_t row_budget = split_budget;
        bool const complete = for_each_split(
            row.runs, row.cells, row_budget,
            [&](std::vector<std::uint64_t> const& v) {
                if (splits[g].size() <= max_solutions) splits[g].push_back(v);
            },
            possible);
        for (std::size_t c = 0; c < row.cells; ++c) value[row.first_cell + c].reset();
        if (!complete || splits[g].empty() || splits[g].size() > max_solutions) {
            out.unresolved.push_back({g, std::min(splits[g].size(), max_solutions), !complete});
        } else if (splits[g].size() == 1) {
            out.values[g] = splits[g].front();
        } else {
            open.push_back(g);
        }
    }
    // Rows split one way alone are known to the search of the others.
    for (std::size_t g = 0; g < glued.size(); ++g)
        if (out.values[g])
            for (std::size_t c = 0; c < glued[g].cells; ++c) value[glued[g].first_cell + c] = (*out.values[g])[c];

    // Rows tied by identities are searched together, in groups that share none: a report whose 四 contradicts
    // itself still has its matrix read. Rows holding a sum (总计 rows) first, so that the sums bound the rest.
    std::vector<std::size_t> group(glued.size());
    for (std::size_t g = 0; g < glued.size(); ++g) group[g] = g;
    auto root = [&](std::size_t g) {
        while (group[g] != g) g = group[g] = group[group[g]];
        return g;
    };
    for (detail::Identity const* id : usable) {
        std::optional<std::size_t> first;
        for (detail::Term t : id->terms) {
            if (owner[t.cell] < 0) continue;
            auto g = static_cast<std::size_t>(owner[t.cell]);
            if (first) group[root(g)] = root(*first);
            else first = g;
        }
    }
    std::vector<bool> holds_sum(glued.size(), false);
    for (detail::Identity const* id : usable)
        for (detail::Term t : id->lhs())
            if (owner[t.cell] >= 0) holds_sum[static_cast<std::size_t>(owner[t.cell])] = true;
    std::vector<bool> done(glued.size(), false);
    for (std::size_t g0 : open) {
        if (done[g0]) continue;
        std::vector<std::size_t> members;
        for (std::size_t g : open)
            if (root(g) == root(g0)) members.push_back(g);
        std::stable_partition(members.begin(), members.end(), [&](std::size_t g) { return holds_sum[g]; });
        std::vector<GluedCells const*> rows;
        std::vector<std::vector<std::vector<std::uint64_t>> const*> candidates;
        std::vector<std::vector<detail::Identity const*>> touching(members.size());
        for (std::size_t k = 0; k < members.size(); ++k) {
            done[members[k]] = true;
            rows.push_back(&glued[members[k]]);
            candidates.push_back(&splits[members[k]]);
            touching[k] = own[members[k]];
        }
        std::size_t solutions = 0;
        std::vector<std::size_t> first;
        bool complete = search.count(rows, candidates, touching, solutions, first);
        if (complete && solutions == 1) {
            for (std::size_t k = 0; k < members.size(); ++k) out.values[members[k]] = splits[members[k]][first[k]];
            continue;
        }
        for (std::size_t g : members) out.unresolved.push_back({g, solutions, !complete});
    }
    return out;
}

template SplitOutcome split_glued<OtherProcessing>(std::span<GluedCells const>,
                                                   std::span<std::optional<std::uint64_t> const>);
template SplitOutcome split_glued<ApplicantRow>(std::span<GluedCells const>,
                                                std::span<std::optional<std::uint64_t> const>);

}  // namespace ogi::import
