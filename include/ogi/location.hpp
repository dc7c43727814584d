#pragma once
// Where a figure of a report sits: its JSON pointer and its official label path, both derived from the
// model's description and labels (never typed per cell), e.g.
//     /applications/outcomes/unable_to_provide/not_held/total
//     三、本年度办理结果 ›（四）无法提供 › 1.本机关不掌握相关政府信息 › 总计
#include "ogi/model/report.hpp"
#include "ogi/walk.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
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

// A type's identity without RTTI: the address of a variable of its own.
template <class T>
inline constexpr char type_tag = 0;

// The location of every member of a report of one layout, by its offset in the report and its type (a row and
// its first cell share an offset): made once per layout by walking a blank report, so that finding a member
// is a binary search, not a walk and a string built for every finding. The layout is fixed: the model has no
// member that is allocated apart (the narratives are leaves).
template <class Report>
class LocationTable {
public:
    static LocationTable const& get() {
        static LocationTable const table;
        return table;
    }

    template <class Member>
    Location const* find(Report const& report, Member const& member) const {
        if (!holds_address(report, &member)) return nullptr;
        Key const key{offset(report, member), tag<Member>()};
        auto it = std::ranges::lower_bound(entries_, key, {}, &Entry::key);
        return it != entries_.end() && it->key == key ? &it->location : nullptr;
    }

private:
    using Key = std::pair<std::size_t, std::uintptr_t>;
    struct Entry {
        Key key;
        Location location;
    };

    template <class Member>
    static std::uintptr_t tag() noexcept {
        return reinterpret_cast<std::uintptr_t>(&type_tag<std::remove_cvref_t<Member>>);
    }
    template <class Member>
    static std::size_t offset(Report const& report, Member const& member) noexcept {
        return static_cast<std::size_t>(reinterpret_cast<unsigned char const*>(&member) -
                                        reinterpret_cast<unsigned char const*>(&report));
    }

    LocationTable() {
        Report const blank{};
        std::string pointer;
        std::vector<Label> chain;
        auto visit = [&](std::string_view p, std::span<Label const> c, auto const& member) {
            entries_.push_back({{offset(blank, member), tag<decltype(member)>()}, Location{std::string(p), label_path(c)}});
            return false;
        };
        auto everywhere = [](std::string_view, auto const&) { return true; };
        walk_locations(blank, pointer, chain, visit, everywhere);
        std::ranges::sort(entries_, {}, &Entry::key);
    }

    std::vector<Entry> entries_;
};

}  // namespace detail

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

}  // namespace ogi
