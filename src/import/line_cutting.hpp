#pragma once
// Each line of a table cut into pieces: runs of label text and the figures between them.
#include "figures.hpp"
#include "folding.hpp"

#include <boost/container/small_vector.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ogi::import {

// A line cut into pieces: runs of label text (the chunks between figures, joined without their spaces)
// and figures, in order.
struct Piece {
    std::size_t line = 0;
    std::uint32_t page = 1;
    std::string folded;                   // the run's folded text, or the figure's chunk
    std::optional<PrintedFigure> figure;  // set for figures
    // Where each space-separated chunk of a run starts in text; a run has a few (no allocation for up to 8).
    boost::container::small_vector<std::size_t, 8> chunks;
    // Where a figure starts on its line of layout text, in bytes (column_of tells its place in characters, what
    // pdftotext -layout aligns); no_column on a delimited line, whose cells say where figures are.
    std::uint32_t column = no_column;
    // An empty cell of a delimited row before its first figure or after its last: a blank cell, or padding (of
    // a label merged over several columns, of a short row in a wider table); which, only the row's number of
    // cells can say (table.hpp). An empty cell between two figures is blank.
    bool padding = false;

    static constexpr std::uint32_t no_column = static_cast<std::uint32_t>(-1);
};

// Cuts a line into pieces. A line whose cells are delimited (|, ｜, │ or tabs: text tables, a browser's copy of
// a table) is cut cell by cell, and its empty cells after its label are blank cells (absent, never 0) where the
// line holds a figure: `一、本年新收… | 821 | 35 |  |  | 2 | 1 | 859` is seven cells, the empty
// ones blank.
void cut_line(Line const& line, std::vector<Piece>& out);

}  // namespace ogi::import
