#pragma once
// Crawled pages flattened to one line: the report's headings, labels and figures run together
// (…行政许可3960181…, …00000312.没有现成…). The structure is found again by the headings and the official labels;
// figures glued into one run of digits are split into their cells only where one split alone is possible, or
// one alone satisfies the report's identities (src/identities.hpp, what validation checks).
#include "folding.hpp"
#include "mapped_text.hpp"

#include "ogi/model/report.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ogi::import {

// The text with a line break before each heading 一 … 六 found inside a line and, in sections 二 to 四, before
// each official label (labels: folded, with their numbering: 1.属于国家秘密, (一)予以公开, 规章, 第二十条), so
// that it reads as any other text; the narratives keep their text as published. nullopt when no heading of
// 二, 三 or 四 is found inside the lines (the text is not a flattened report). headings: the six official
// headings, folded; a heading printed so also ends its line, so that the narrative below it is one.
std::optional<MappedText> unflatten(std::span<Line const> lines, std::span<std::string const> headings,
                                    std::span<std::string const> labels);

// Work allowed for the splits of one row, and again for the search of the rows tied by identities: a row
// has at most 15 cells and a report about 30 rows, so hostile input costs a bounded amount per report (the
// import stays linear); a real report needs a few thousand steps.
inline constexpr std::size_t split_budget = std::size_t{1} << 20;

// The splits of runs of digits into `cells` counts, each run into one or more of them in order (no number
// across a space), none with a leading zero but a lone 0, each below 10^19. f(values) for each; prefix, when
// given, is asked after each value and a false prunes every split that starts so. False when the budget ran
// out (budget: steps left, decreased).
bool for_each_split(std::span<std::string const> runs, std::size_t cells, std::size_t& budget,
                    std::function<void(std::vector<std::uint64_t> const&)> const& f,
                    std::function<bool(std::vector<std::uint64_t> const&)> const& prefix = {});

// Cells of the matrix or of 四 printed as runs of digits: the cells [first_cell, first_cell + cells) of the
// identity numbering (the matrix row by row in table order, seven columns each, then 四 group by group).
struct GluedCells {
    std::size_t first_cell = 0;
    std::size_t cells = 0;
    std::vector<std::string> runs;
};

struct SplitOutcome {
    // Each glued row's values where taken: its split is the only one possible, or the only one of the
    // whole report's that satisfies every identity.
    std::vector<std::optional<std::vector<std::uint64_t>>> values;
    // The rows not taken, each with how many splits of it and of the rows tied to it by identities satisfy
    // them all (0: none, the published figures contradict each other or a figure is lost; capped at
    // max_solutions), or that the work ran out before every split was tried.
    struct Unresolved {
        std::size_t row = 0;
        std::size_t solutions = 0;
        bool beyond_budget = false;
    };
    std::vector<Unresolved> unresolved;
};

inline constexpr std::size_t max_solutions = 1000;

// Splits the glued rows of a report of layout Other (OtherProcessing, or ApplicantRow for （六） as one row): `known` holds
// the values of the cells read as printed (nullopt: glued, blank or unread; identities with such a cell that
// is no glued one are not used).
template <class Other>
SplitOutcome split_glued(std::span<GluedCells const> glued, std::span<std::optional<std::uint64_t> const> known);

}  // namespace ogi::import
