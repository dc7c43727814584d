#include "mapped_text.hpp"

#include "figures.hpp"

#include <algorithm>

namespace ogi::import {

void MappedText::end_line() {
    if (!text.empty() && text.back() != '\n') {
        text += '\n';
        source_lines.push_back(1);
    }
}

void MappedText::put(std::string_view s, std::size_t source_line) {
    if (s.empty()) return;
    if (text.empty() || text.back() == '\n') source_lines.back() = source_line;
    text += s;
}

std::string row_line(std::span<std::string const> cells, EmptyCells empty) {
    auto is_figure = [](std::string const& cell) {
        auto f = parse_figure(cell);
        return f && !f->blank;
    };
    auto first = std::ranges::find_if(cells, is_figure);
    auto last = std::ranges::find_if(cells.rbegin(), cells.rend(), is_figure).base();
    std::string line;
    for (auto c = cells.begin(); c != cells.end(); ++c) {
        std::string const& cell = *c;
        bool blank = first != cells.end() && (empty == EmptyCells::blank || (c > first && c < last));
        if (cell.empty() && !blank) continue;
        if (!line.empty()) line += "  ";
        line += cell.empty() ? std::string_view("/") : std::string_view(cell);
    }
    return line;
}

}  // namespace ogi::import
