#pragma once
// Generic walking of the model through its description: the one mechanism JSON, the schema, renderers and
// validation use to visit every field with its JSON key and official label.
#include "ogi/enum_map.hpp"
#include "ogi/labels.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string_view>
#include <type_traits>

namespace ogi {

struct Field {
    std::string_view key;  // the JSON key
    Label label;           // the official label
};

template <class T>
concept Described = boost::describe::has_describe_members<std::remove_const_t<T>>::value;

// A part of the model with fields to walk: a described struct or a row of cells indexed by an enum.
template <class T>
concept Walkable = Described<std::remove_cvref_t<T>> || is_enum_map<std::remove_cvref_t<T>>;

// Optional fields (the narratives) are left out of a document when absent.
template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

// Calls f(Field, member) for each member of a described struct or each cell of an EnumMap, in order.
template <class T, class F>
    requires Walkable<T>
constexpr void for_each_field(T& node, F&& f) {
    using Node = std::remove_const_t<T>;
    if constexpr (is_enum_map<Node>) {
        using E = typename Node::key_type;
        constexpr auto labels = labels_of<E>();
        static_assert(labels.size() == described_size<E>(), "one official label per enumerator");
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
            [&](auto d) { f(Field{d.name, labels[index_of(d.value)]}, node[d.value]); });
    } else {
        namespace bd = boost::describe;
        constexpr auto labels = labels_of<Node>();
        static_assert(labels.size() == described_size<Node>(), "one official label per described member");
        std::size_t i = 0;
        boost::mp11::mp_for_each<bd::describe_members<Node, bd::mod_public | bd::mod_inherited>>(
            [&](auto d) { f(Field{d.name, labels[i++]}, node.*d.pointer); });
    }
}

// Calls f(leaf) for every member of type Leaf found below node, depth first, in order.
template <class Leaf, class T, class F>
constexpr void for_each_leaf(T& node, F&& f) {
    using Node = std::remove_const_t<T>;
    if constexpr (is_enum_map<Node>) {
        // A row of cells: its values in order (index_of follows the description), no field to make.
        if constexpr (std::is_same_v<typename Node::value_type, Leaf>)
            for (auto& value : node) f(value);
        else if constexpr (Walkable<typename Node::value_type>)
            for (auto& value : node) for_each_leaf<Leaf>(value, f);
        return;
    }
    for_each_field(node, [&](Field, auto& member) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(member)>, Leaf>)
            f(member);
        else if constexpr (Walkable<decltype(member)>)
            for_each_leaf<Leaf>(member, f);
    });
}

}  // namespace ogi
