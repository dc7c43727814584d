#pragma once
// Where a figure of a report sits: its JSON pointer and its official label path, both derived from the
// model's description and labels (never typed per cell), e.g.
//     /applications/outcomes/unable_to_provide/not_held/total
//     三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计
#include "ogi/cell.hpp"
#include "ogi/model/report.hpp"
#include "ogi/walk.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace ogi {

struct Location {
    std::string pointer;     // RFC 6901, into the report's JSON
    std::string label_path;  // official labels from the section's table down to the cell
    friend bool operator==(Location const&, Location const&) = default;
};

// The label path of a chain of fields: the section heading is left out below a section (its tables' own
// labels 一、… 三、本年度办理结果 say where one is), and a spanning header (法人或其他组织, 行政诉讼) is named
// once, before the first of its columns.
std::string label_path(std::span<Label const> chain);

}  // namespace ogi

#include "ogi/detail/location_table.hpp"  // the walk and the table, which hold Locations

namespace ogi {

// The location of a member of report (a cell, a row, a narrative), found by its address and type (a row
// and its first cell share an address); nullptr for anything that is not a member of report. The location is
// the layout's own, made once: it lives as long as the program.
template <class A, class O, class Member>
Location const* location_of(BasicReport<A, O> const& report, Member const& member) {
    return detail::LocationTable<BasicReport<A, O>>::get().find(report, member);
}

template <class A, class O, class Member>
std::optional<Location> locate(BasicReport<A, O> const& report, Member const& member) {
    if (Location const* found = location_of(report, member)) return *found;
    return std::nullopt;
}

// The location named by a JSON pointer, when the report's layout has it.
std::optional<Location> locate(Report const& report, std::string_view pointer);

// The cell a JSON pointer names, to read or write it:
//     if (ogi::Count* c = ogi::cell_at(report, "/applications/outcomes/disclosed/total")) *c = 13;
// nullptr when the pointer names no cell of type C in this report's layout (a row, a narrative, a cell of
// another kind, a path of another edition). C is Count (most cells), Change (本年增/减) or Amount (money).
template <class C = Count, class A, class O>
C const* cell_at(BasicReport<A, O> const& report, std::string_view pointer) {
    static_assert(is_cell<C>, "cell_at finds cells: Count, Change or Amount");
    return detail::find_member<C>(report, pointer);
}

template <class C = Count, class A, class O>
C* cell_at(BasicReport<A, O>& report, std::string_view pointer) {
    return const_cast<C*>(cell_at<C>(std::as_const(report), pointer));  // report is ours to write
}

template <class C = Count>
C const* cell_at(Report const& report, std::string_view pointer) {
    return report.visit([pointer](auto const& r) { return cell_at<C>(r, pointer); });
}

template <class C = Count>
C* cell_at(Report& report, std::string_view pointer) {
    return report.visit([pointer](auto& r) { return cell_at<C>(r, pointer); });
}

}  // namespace ogi
