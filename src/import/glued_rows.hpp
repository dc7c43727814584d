#pragma once
// Rows whose figures are printed run together (a flattened text, run_together.hpp): a row of 二 split where one
// split alone is possible, the matrix's and 四's rows where the report's identities leave one.
#include "findings.hpp"
#include "row_filling.hpp"
#include "run_together.hpp"

#include "ogi/model/report.hpp"

#include "../validate/identities.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::import {

// The digits of figures printed run together: plain counts, no sign, point or blank mark; a unit only after the
// last, where units allows it (an amount ends a row of 二).
std::optional<std::vector<std::string>> digit_runs(std::vector<PrintedFigure> const& printed, bool units = false);

// Values as figures, to fill a row with.
std::vector<PrintedFigure> printed_values(std::vector<std::uint64_t> const& values);

// Why figures printed run together were not read: how many splits remain, or the budget spent.
std::string unresolved_zh(std::size_t solutions, bool beyond_budget);
std::string unresolved_en(std::size_t solutions, bool beyond_budget);

// A row of 二 printed run together: no identity ties its cells, so it is split only where one split alone is
// possible. False when the row is no such row.
template <class Row>
bool fill_split(Findings& findings, Row& row, RowFigures const& read, std::size_t cells, std::string const& path,
                std::string_view label) {
    auto runs = read.figures ? std::nullopt : digit_runs(read.printed, true);
    if (!runs) return false;
    std::size_t budget = split_budget, count = 0;
    std::vector<std::uint64_t> first;
    bool complete = for_each_split(*runs, cells, budget, [&](std::vector<std::uint64_t> const& v) {
        if (count++ == 0) first = v;
    });
    bool unused = false;
    std::vector<PrintedFigure> values = printed_values(first);
    if (!values.empty()) values.back().unit = read.printed.back().unit;
    if (complete && count == 1 && fill_row(row, values, std::nullopt, unused)) {
        findings.add(import_rule::split_unique, read.line, {path}, std::string(label) + "：连写的数字只有一种拆分",
                     std::string(label) + ": figures printed run together, with one split alone");
        return true;
    }
    findings.add(import_rule::split_unresolved, read.line, {path},
                 std::string(label) + "：连写的数字，" + unresolved_zh(complete ? count : 0, !complete),
                 std::string(label) + ": figures printed run together; " + unresolved_en(complete ? count : 0, !complete));
    return true;
}

// The matrix's and 四's rows printed run together, split once all are known: the identities tie them.
struct GluedRows {
    std::vector<GluedCells> cells;
    std::vector<std::string> paths;
    std::vector<std::string_view> labels;
    std::vector<std::optional<std::size_t>> lines;

    void add(std::size_t first_cell, std::size_t count, std::vector<std::string> runs, std::string path,
             std::string_view label, std::optional<std::size_t> line) {
        cells.push_back({first_cell, count, std::move(runs)});
        paths.push_back(std::move(path));
        labels.push_back(label);
        lines.push_back(line);
    }
};

// The cells of the matrix and 四 in the numbering of the identities (identities.hpp: row by row in table
// order, then 四 group by group), to be filled.
template <class A, class Other>
std::vector<Count*> numbered_cells(BasicReport<A, Other>& r) {
    std::vector<Count*> cells;
    for_each_row(r.applications, [&](MatrixRow, ApplicantRow& row) {
        for (Count& c : row) cells.push_back(&c);
    });
    for_each_field(r.review_litigation, [&](Field, CaseRow& row) {
        for (Count& c : row) cells.push_back(&c);
    });
    return cells;
}

template <class A, class Other>
void fill_glued(BasicReport<A, Other>& r, GluedRows const& glued, Findings& findings) {
    if (glued.cells.empty()) return;
    std::vector<Count*> cells = numbered_cells(r);
    std::vector<std::optional<std::uint64_t>> known(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) known[i] = cells[i]->optional();
    SplitOutcome outcome = split_glued<Other>(glued.cells, known);
    for (std::size_t g = 0; g < glued.cells.size(); ++g) {
        auto const& values = outcome.values[g];
        if (!values) continue;
        std::string label(glued.labels[g]);
        for (std::size_t c = 0; c < values->size(); ++c) *cells[glued.cells[g].first_cell + c] = Count((*values)[c]);
        findings.add(import_rule::split_unique, glued.lines[g], {glued.paths[g]}, label + "：连写的数字按唯一的拆分读出",
                     label + ": figures printed run together, read by their one split");
    }
    for (SplitOutcome::Unresolved const& u : outcome.unresolved) {
        std::string label(glued.labels[u.row]);
        findings.add(import_rule::split_unresolved, glued.lines[u.row], {glued.paths[u.row]},
                     label + "：连写的数字，" + unresolved_zh(u.solutions, u.beyond_budget),
                     label + ": figures printed run together; " + unresolved_en(u.solutions, u.beyond_budget));
    }
}

}  // namespace ogi::import
