#pragma once
// Reading the figures of a table out of its text: rows anchored on their official labels, a row's figures
// taken only when their number is the number of the row's columns.
#include "line_cutting.hpp"
#include "numbering.hpp"

#include "ogi/finding.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::import {

// A row label as the importer compares it: its numbering and the key of the rest.
struct RowLabel {
    std::optional<Numbering> numbering;
    std::string body;
    std::size_t length = 0;  // of body, in characters
};
RowLabel row_label(std::string_view official);

// One table as pieces: the label runs and figures of a range of lines, page numbers left out.
struct TablePieces {
    std::vector<Piece> pieces;
    std::span<Line const> lines;  // the lines they were cut from
    std::size_t first_line = 0;  // where the table's section starts, for findings about missing rows
    bool aligned = true;         // layout text, whose figures' columns are their places (not a page's or
                                 // Markdown's cells, two spaces apart whatever their width)
};
TablePieces table_pieces(std::span<Line const> lines);

// Where a row's label starts: piece index and byte offset inside that text run.
struct Anchor {
    std::size_t row = 0;
    std::size_t piece = 0;
    std::size_t offset = 0;
};

// Rows whose labels are numbered (the application matrix): a label starts where its numbering is printed,
// followed by at least the first two characters of the label; or, unnumbered, at the start of a chunk with
// at least four characters that are the label's beginning. Every anchor of every row, in text order.
std::vector<Anchor> find_numbered_anchors(TablePieces const& table, std::span<RowLabel const> labels);

// Short unnumbered labels (the tables of 二): a text run that begins with a label, or is the beginning of
// a label of at least four characters. aliases[i] lists more labels for row i.
std::vector<Anchor> find_run_anchors(TablePieces const& table, std::span<std::vector<RowLabel> const> labels);

// The figures read for each row, or why not.
struct RowFigures {
    std::optional<std::vector<PrintedFigure>> figures;
    std::optional<std::size_t> line;  // the label's line, where it was found
    std::size_t found = 0;            // figures between this label and the next
    std::vector<PrintedFigure> printed;  // those figures when fewer than the row's cells, printed together
                                         // (ReadOptions::keep_printed)
    std::string why_zh, why_en;       // when figures is empty
};

struct TableReading {
    std::vector<RowFigures> rows;
    bool by_position = false;  // the figures were assigned in table order (labels printed apart)
    // Rows printed without a label, placed by the official row order alone: the only unlabelled rows between
    // two rows found by their labels, exactly as many as the groups of figures between them.
    std::vector<std::size_t> by_order;
};

// Reads each row's figures: columns[i] figures expected for row i (0: a group label, no figures).
// Spans end at the next anchored row, or at a piece that is_stop says ends the block.
struct ReadOptions {
    // Rows follow the official order: a label of an earlier row after a later one shows labels printed apart
    // from their figures. Off for the small tables of 二, whose labels always sit beside their figures.
    bool in_table_order = true;
    bool allow_by_position = false;  // assign figures in table order when labels are printed apart from them
    std::string_view stop_key;       // a run whose key begins with this ends a row's span (第二十条)
    // Rows of layout text with cells left blank (figures fewer than columns, on one line) are read by the
    // columns where the figures of the nearest full rows of the block stand, on the same page.
    bool by_columns = true;
    // Figures between two labels that fill the unlabelled rows of the official order between them are theirs.
    bool by_order = false;
    bool keep_printed = false;  // RowFigures::printed for rows with too few figures (texts whose figures run together)
};
TableReading read_rows(TablePieces const& table, std::vector<Anchor> const& anchors, std::span<std::size_t const> columns,
                       ReadOptions const& options);

// All figures of the table when they are exactly `count` figures printed together, in order.
std::optional<std::vector<PrintedFigure>> read_single_row(TablePieces const& table, std::size_t count,
                                                          std::string& why_zh, std::string& why_en, std::size_t& line);

}  // namespace ogi::import
