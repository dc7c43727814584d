#pragma once
// An exact decimal for money: reports print amounts such as 96171.6 (万元) and they must come back
// character for character, so no binary floating point is involved anywhere.
#include "ogi/labels.hpp"

#include <boost/describe/enum.hpp>

#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <utility>
#include <string>
#include <string_view>

namespace ogi {

// value = coefficient / 10^scale; the scale is kept so that "456880.00" stays "456880.00".
class Decimal {
public:
    static constexpr int max_digits = 18;  // every such coefficient fits std::uint64_t with room to add

    constexpr Decimal() = default;

    // A whole amount, Decimal(1200) == "1200"; a negative one, or one of more than max_digits digits, is refused
    // (std::out_of_range; at compile time in constant expressions).
    template <std::integral I>
        requires(!std::same_as<I, bool>)
    constexpr explicit Decimal(I whole) : coefficient_(checked_whole(whole)) {}

    // Accepts ^(0|[1-9][0-9]*)(\.[0-9]+)?$ with at most max_digits digits; nullopt otherwise.
    static constexpr std::optional<Decimal> parse(std::string_view text) noexcept {
        Decimal d;
        std::size_t i = 0;
        int digits = 0;
        bool point = false;
        if (text.empty() || text.front() == '.' || text.back() == '.') return std::nullopt;
        if (text.size() > 1 && text[0] == '0' && text[1] != '.') return std::nullopt;
        for (; i < text.size(); ++i) {
            char c = text[i];
            if (c == '.') {
                if (point) return std::nullopt;
                point = true;
                continue;
            }
            if (c < '0' || c > '9' || ++digits > max_digits) return std::nullopt;
            d.coefficient_ = d.coefficient_ * 10 + static_cast<std::uint64_t>(c - '0');
            if (point) ++d.scale_;
        }
        return d;
    }

    constexpr std::uint64_t coefficient() const noexcept { return coefficient_; }
    constexpr int scale() const noexcept { return scale_; }

    std::string to_string() const {
        std::string digits = std::to_string(coefficient_);
        if (scale_ == 0) return digits;
        if (digits.size() <= static_cast<std::size_t>(scale_))
            digits.insert(0, static_cast<std::size_t>(scale_) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
        return digits;
    }

    // Representation equality: "1.0" and "1" are different publications of the same value, and a
    // report must come back exactly as it was written.
    friend constexpr bool operator==(Decimal const&, Decimal const&) = default;

private:
    template <class I>
    static constexpr std::uint64_t checked_whole(I whole) {
        constexpr std::uint64_t limit = 999'999'999'999'999'999;  // max_digits nines
        if (!std::in_range<std::uint64_t>(whole) || static_cast<std::uint64_t>(whole) > limit)
            throw std::out_of_range("ogi::Decimal: a whole amount must be 0 to 10^18 - 1");
        return static_cast<std::uint64_t>(whole);
    }

    std::uint64_t coefficient_ = 0;
    int scale_ = 0;
};

enum class MoneyUnit { yuan, wan_yuan };
BOOST_DESCRIBE_ENUM(MoneyUnit, yuan, wan_yuan)

// The unit as reports and the JSON form write it.
constexpr Labels<2> official_labels(MoneyUnit const*) { return {{{"元"}, {"万元"}}}; }

// The unit its label names ("元", "万元"), exactly as written; nullopt for anything else.
constexpr std::optional<MoneyUnit> parse_money_unit(std::string_view text) noexcept {
    for (MoneyUnit unit : {MoneyUnit::yuan, MoneyUnit::wan_yuan})
        if (text == label(unit).text) return unit;
    return std::nullopt;
}

struct Money {
    Decimal value;
    MoneyUnit unit = MoneyUnit::yuan;
    friend constexpr bool operator==(Money const&, Money const&) = default;
};

// "96171.6", "96171.6 万元": the value as written (and its unit's label).
std::ostream& operator<<(std::ostream& out, Decimal const& value);
std::ostream& operator<<(std::ostream& out, Money const& money);

}  // namespace ogi
