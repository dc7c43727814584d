#pragma once
// The plumbing of ogi/location.hpp, which includes it once Location is defined (include that one): the walk
// that pairs each member of a report with its JSON pointer and label chain, and the table of every member's
// location made once per layout.
#include "ogi/labels.hpp"
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

namespace ogi::detail {

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

// within() for a search of one pointer: descends only into the members on its path.
inline auto on_path_to(std::string_view pointer) {
    return [pointer](std::string_view p, auto const&) {
        return pointer.starts_with(p) && pointer.substr(p.size()).starts_with('/');
    };
}

// The member of node a JSON pointer names, when it is a Member; nullptr otherwise.
template <class Member, class Node>
Member const* find_member(Node const& node, std::string_view pointer) {
    std::string path;
    std::vector<Label> chain;
    Member const* found = nullptr;
    auto visit = [&](std::string_view p, std::span<Label const>, auto const& member) {
        if (p != pointer) return false;
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(member)>, Member>) found = &member;
        return true;
    };
    auto within = on_path_to(pointer);
    walk_locations(node, path, chain, visit, within);
    return found;
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

}  // namespace ogi::detail
