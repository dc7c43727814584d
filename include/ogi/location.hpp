#pragma once
// Where a figure of a report sits: its JSON pointer and its official label path, both derived from the
// model's description and labels (never typed per cell), e.g.
//     /applications/outcomes/unable_to_provide/not_held/total
//     三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计
#include "ogi/model/report.hpp"
#include "ogi/walk.hpp"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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

namespace detail {

// Calls visit(pointer, chain, member) for every field below node, depth first; stops when visit returns true.
// Descends into a member only where within(pointer, member) says what is sought may lie below it: a search
// then walks one path down the report, not the whole of it.
template <class Node, class Visit, class Within>
bool walk_locations(Node const& node, std::string& pointer, std::vector<Label>& chain, Visit& visit, Within& within) {
    bool stop = false;
    for_each_field(node, [&](Field field, auto const& member) {
        if (stop) return;
        std::size_t const length = pointer.size();
        pointer += '/';
        pointer += field.key;
        chain.push_back(field.label);
        using Member = std::remove_cvref_t<decltype(member)>;
        stop = visit(std::string_view(pointer), std::span<Label const>(chain), member);
        if constexpr (Walkable<Member>)
            if (!stop && within(std::string_view(pointer), member))
                stop = walk_locations(member, pointer, chain, visit, within);
        pointer.resize(length);
        chain.pop_back();
    });
    return stop;
}

template <class Node, class Match, class Within>
std::optional<Location> find_location(Node const& node, Match&& match, Within&& within) {
    std::string pointer;
    std::vector<Label> chain;
    std::optional<Location> found;
    auto visit = [&](std::string_view p, std::span<Label const> c, auto const& member) {
        if (!match(p, member)) return false;
        found = Location{std::string(p), label_path(c)};
        return true;
    };
    walk_locations(node, pointer, chain, visit, within);
    return found;
}

// Whether the object at address lies within node's bytes (std::less: a total order even across objects).
template <class Node>
bool holds_address(Node const& node, void const* address) {
    auto const* begin = reinterpret_cast<unsigned char const*>(&node);
    std::less<void const*> before;
    return !before(address, begin) && before(address, begin + sizeof(Node));
}

}  // namespace detail

// The location of a member of report (a cell, a row, a narrative), found by its address and type (a row
// and its first cell share an address).
template <class A, class O, class Member>
std::optional<Location> locate(BasicReport<A, O> const& report, Member const& member) {
    return detail::find_location(
        report,
        [&member](std::string_view, auto const& candidate) {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(candidate)>, Member>)
                return &candidate == &member;
            else
                return false;
        },
        [&member](std::string_view, auto const& node) { return detail::holds_address(node, &member); });
}

// The location named by a JSON pointer, when the report's layout has it.
std::optional<Location> locate(Report const& report, std::string_view pointer);

}  // namespace ogi
