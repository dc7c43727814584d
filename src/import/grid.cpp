#include "grid.hpp"

#include "folding.hpp"

#include <vector>

namespace ogi::import {

void put_table_row(MappedText& out, std::span<std::string const> cells, std::size_t source_line) {
    std::vector<std::string> folded;
    folded.reserve(cells.size());
    for (std::string const& cell : cells) folded.emplace_back(trim(fold(cell)));  // &nbsp; is a space
    out.end_line();
    out.put(row_line(folded, EmptyCells::blank), source_line);
    out.end_line();
}

}  // namespace ogi::import
