#pragma once
// One value per enumerator of a described enum, indexed by the enum: a table row indexed by its columns.
#include "ogi/labels.hpp"

#include <array>

namespace ogi {

template <class E, class T>
class EnumMap {
public:
    using key_type = E;
    using value_type = T;
    static constexpr std::size_t size() noexcept { return described_size<E>(); }

    constexpr T& operator[](E e) noexcept { return values_[index_of(e)]; }
    constexpr T const& operator[](E e) const noexcept { return values_[index_of(e)]; }

    constexpr auto begin() noexcept { return values_.begin(); }
    constexpr auto end() noexcept { return values_.end(); }
    constexpr auto begin() const noexcept { return values_.begin(); }
    constexpr auto end() const noexcept { return values_.end(); }

    friend constexpr bool operator==(EnumMap const&, EnumMap const&) = default;

private:
    std::array<T, size()> values_{};
};

template <class T>
inline constexpr bool is_enum_map = false;
template <class E, class T>
inline constexpr bool is_enum_map<EnumMap<E, T>> = true;

}  // namespace ogi
