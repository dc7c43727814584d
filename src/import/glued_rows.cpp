#include "glued_rows.hpp"

namespace ogi::import {

std::optional<std::vector<std::string>> digit_runs(std::vector<PrintedFigure> const& printed, bool units) {
    if (printed.empty()) return std::nullopt;
    std::vector<std::string> runs;
    for (PrintedFigure const& f : printed) {
        bool unit_here = f.unit && !(units && &f == &printed.back());
        if (f.blank || f.negative || unit_here || f.digits.find('.') != std::string::npos) return std::nullopt;
        runs.push_back(f.digits);
    }
    return runs;
}

std::vector<PrintedFigure> printed_values(std::vector<std::uint64_t> const& values) {
    std::vector<PrintedFigure> out(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) out[i].digits = std::to_string(values[i]);
    return out;
}

std::string unresolved_zh(std::size_t solutions, bool beyond_budget) {
    if (beyond_budget) return "拆分的计算超过上限（" + std::to_string(split_budget) + " 步），未读取";
    if (solutions == 0) return "没有一种拆分满足报告的勾稽关系（已公布的数字本身不一致，或有数字缺失），未读取";
    return (solutions >= max_solutions ? "至少 " : "仍有 ") + std::to_string(solutions) + " 种拆分，无法确定，未读取";
}
std::string unresolved_en(std::size_t solutions, bool beyond_budget) {
    if (beyond_budget) return "splitting took more than the limit of " + std::to_string(split_budget) + " steps; not read";
    if (solutions == 0)
        return "no split satisfies the report's identities (the published figures contradict each other, or a "
               "figure is lost); not read";
    return (solutions >= max_solutions ? "at least " : "") + std::to_string(solutions) +
           " splits remain; not read";
}

}  // namespace ogi::import
