#pragma once
// Official labels. Every described struct and enum of the model has one ADL function
//     constexpr Labels<N> official_labels(T const*);
// listing the labels of its members (or enumerators) in declaration order, beside its description.
// JSON keys are the described names; JSON, the schema, renderers, messages and importers all read
// labels from here, so each label is written exactly once.
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace ogi {

struct Label {
    std::string_view text;     // character for character as in the official format
    std::string_view group{};  // the header spanning this one, where the table has one (法人或其他组织, 行政诉讼)
    friend constexpr bool operator==(Label const&, Label const&) = default;
};

template <std::size_t N>
using Labels = std::array<Label, N>;

template <class T>
constexpr auto labels_of() {
    return official_labels(static_cast<T const*>(nullptr));
}

template <class T>
constexpr std::size_t described_size() {
    namespace bd = boost::describe;
    if constexpr (std::is_enum_v<T>)
        return boost::mp11::mp_size<bd::describe_enumerators<T>>::value;
    else
        return boost::mp11::mp_size<bd::describe_members<T, bd::mod_public | bd::mod_inherited>>::value;
}

// Enums of the model number their enumerators 0..N-1 in table order, so an enumerator is its index.
template <class E>
constexpr bool enumerators_are_indices() {
    std::size_t i = 0;
    bool ok = true;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto d) { ok = ok && static_cast<std::size_t>(d.value) == i++; });
    return ok;
}

template <class E>
    requires std::is_enum_v<E>
constexpr std::size_t index_of(E e) noexcept {
    static_assert(enumerators_are_indices<E>(), "model enums list their enumerators in table order from 0");
    return static_cast<std::size_t>(e);
}

template <class E>
    requires std::is_enum_v<E>
constexpr Label label(E e) noexcept {
    static_assert(labels_of<E>().size() == described_size<E>(), "one official label per enumerator");
    return labels_of<E>()[index_of(e)];
}

template <class E>
    requires std::is_enum_v<E>
constexpr std::string_view key(E e) noexcept {
    std::string_view name;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        if (d.value == e) name = d.name;
    });
    return name;
}

// The labels of consecutive enumerators [first, first + N): lets a struct whose members are those rows
// reuse the enum's labels instead of writing them again.
template <std::size_t N, class E>
constexpr Labels<N> label_range(E first) noexcept {
    Labels<N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = label(static_cast<E>(index_of(first) + i));
    return out;
}

}  // namespace ogi
