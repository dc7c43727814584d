#include "ogi/sum.hpp"

#include "ogi/model/totals.hpp"
#include "ogi/walk.hpp"

#include <fmt/format.h>

#include <limits>
#include <stdexcept>
#include <vector>

namespace ogi {

namespace {

// Every cell of type Leaf below node, in order: the same cells of two reports of one layout line up.
template <class Leaf, class Node>
auto cells(Node& node) {
    std::vector<std::conditional_t<std::is_const_v<Node>, Leaf const*, Leaf*>> out;
    for_each_leaf<Leaf>(node, [&](auto& leaf) { out.push_back(&leaf); });
    return out;
}

std::uint64_t add_counts(std::uint64_t a, std::uint64_t b) {
    auto s = checked_add(a, b);
    if (!s) throw std::overflow_error("a sum does not fit 64 bits");
    return *s;
}

std::int64_t add_changes(std::int64_t a, std::int64_t b) {
    std::int64_t s = 0;
    if (__builtin_add_overflow(a, b, &s)) throw std::overflow_error("a sum of 本年增/减 does not fit 64 bits");
    return s;
}

std::uint64_t times_power_of_ten(std::uint64_t c, int exponent) {
    for (int i = 0; i < exponent; ++i) {
        if (c > std::numeric_limits<std::uint64_t>::max() / 10) throw std::overflow_error("an amount does not fit");
        c *= 10;
    }
    return c;
}

Decimal make_decimal(std::uint64_t coefficient, int scale) {
    std::string digits = std::to_string(coefficient);
    if (scale > 0) {
        if (digits.size() <= static_cast<std::size_t>(scale))
            digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(scale), 1, '.');
    }
    auto d = Decimal::parse(digits);
    if (!d) throw std::overflow_error(fmt::format("an amount has more than {} digits", Decimal::max_digits));
    return *d;
}

// The same amount in 元: 1 万元 = 10^4 元, by moving the decimal point (exact).
Money in_yuan(Money m) {
    if (m.unit == MoneyUnit::yuan) return m;
    int const scale = m.value.scale() - 4;
    if (scale >= 0) return {make_decimal(m.value.coefficient(), scale), MoneyUnit::yuan};
    return {make_decimal(times_power_of_ten(m.value.coefficient(), -scale), 0), MoneyUnit::yuan};
}

Money add_money(Money a, Money b) {
    if (a.unit != b.unit) {
        a = in_yuan(a);
        b = in_yuan(b);
    }
    int const scale = std::max(a.value.scale(), b.value.scale());
    std::uint64_t const x = times_power_of_ten(a.value.coefficient(), scale - a.value.scale());
    std::uint64_t const y = times_power_of_ten(b.value.coefficient(), scale - b.value.scale());
    return {make_decimal(add_counts(x, y), scale), a.unit};
}

// total += part, cell by cell over every cell of type Cell<T>.
template <class T, class R, class Add>
void add_cells(R& total, R const& part, Add add) {
    auto const into = cells<Cell<T>>(total);
    auto const from = cells<Cell<T>>(part);
    for (std::size_t i = 0; i < into.size(); ++i) {
        if (!from[i]->present()) continue;
        *into[i] = into[i]->present() ? add(into[i]->value(), from[i]->value()) : from[i]->value();
    }
}

std::string_view layout_name(Report const& r) {
    return r.other_processing_layout() == OtherProcessingLayout::sub_rows ? "three sub-rows" : "one row";
}

}  // namespace

SumResult sum(std::span<Report const> reports, std::string agency) {
    if (reports.empty()) return {std::nullopt, "nothing to sum: no reports"};
    Report const& first = reports.front();
    for (Report const& r : reports) {
        if (r.year() != first.year())
            return {std::nullopt, fmt::format("cannot sum reports of different years: {} ({}) and {} ({})", first.agency(),
                                              first.year(), r.agency(), r.year())};
        if (r.edition() != first.edition())
            return {std::nullopt, fmt::format("cannot sum reports of different editions: {} (edition {}) and {} (edition {})",
                                              first.agency(), edition_name(first.edition()), r.agency(),
                                              edition_name(r.edition()))};
        if (r.variant().index() != first.variant().index())
            return {std::nullopt, fmt::format("cannot sum reports of different layouts of 三（六）: {} ({}) and {} ({})",
                                              first.agency(), layout_name(first), r.agency(), layout_name(r))};
    }
    try {
        return first.visit([&](auto const& head) -> SumResult {
            using R = std::remove_cvref_t<decltype(head)>;
            R total;  // every cell absent, no narratives
            total.year = head.year;
            total.agency = std::move(agency);
            for (Report const& r : reports) {
                R const& part = std::get<R>(r.variant());
                add_cells<std::uint64_t>(total, part, add_counts);
                add_cells<std::int64_t>(total, part, add_changes);
                add_cells<Money>(total, part, add_money);
            }
            return {Report(std::move(total)), {}};
        });
    } catch (std::overflow_error const& e) {
        return {std::nullopt, fmt::format("cannot sum the reports: {}", e.what())};
    }
}

}  // namespace ogi
