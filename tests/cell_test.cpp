#include <ogi/cell.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <type_traits>

using namespace ogi;

TEST_CASE("a cell is absent until given a figure, and absent is not zero") {
    Count blank;
    CHECK_FALSE(blank.present());
    CHECK(blank != Count{0});
    CHECK(Count{0}.present());
    CHECK(blank.value_or(7) == 7);
    CHECK(Count::absent() == blank);
}

TEST_CASE("a count cannot be negative; the change 本年增/减 can") {
    CHECK_THROWS_AS(Count{-1}, std::out_of_range);
    CHECK(Count{3985758}.value() == 3985758u);
    CHECK(Change{-8}.value() == -8);
    CHECK_THROWS_AS(Change{UINT64_MAX}, std::out_of_range);
}

TEST_CASE("money is an exact decimal that keeps how it was written") {
    auto fee = Decimal::parse("96171.6");
    REQUIRE(fee);
    CHECK(fee->coefficient() == 961716u);
    CHECK(fee->scale() == 1);
    CHECK(fee->to_string() == "96171.6");
    CHECK(Decimal::parse("456880")->to_string() == "456880");
    CHECK(Decimal::parse("456880.00")->to_string() == "456880.00");
    CHECK(Decimal::parse("0.05")->to_string() == "0.05");
    CHECK(*Decimal::parse("1.0") != *Decimal::parse("1"));
    CHECK(Decimal::parse("999999999999999999"));  // 18 digits

    for (auto bad : {"", ".", "1.", ".5", "-1", "+1", "1e3", "1,000", "01", "1.2.3", " 1", "1 ", "1234567890123456789", "0x10"})
        CHECK_MESSAGE(!Decimal::parse(bad), bad);
}

// A cell cannot be made from a floating-point value, by construction or assignment: a double would round a
// published figure silently.
template <class C, class F>
concept made_from = requires(F f) { C{f}; } || requires(C c, F f) { c = f; };

TEST_CASE("a cell takes no floating-point value; integers of any type it can hold") {
    static_assert(!made_from<Count, double>);
    static_assert(!made_from<Count, float>);
    static_assert(!made_from<Change, double>);
    static_assert(!made_from<Amount, double>);
    static_assert(!std::is_convertible_v<long double, Count>);
    static_assert(made_from<Count, int> && made_from<Count, std::uint64_t> && made_from<Change, short>);
    static_assert(made_from<Amount, Money>);
    Count c;
    c = 7;
    CHECK(c == Count{7});
}

TEST_CASE("adding cells: absent + n = n, absent + absent = absent, overflow refused") {
    Count total;
    total += Count{};
    CHECK_FALSE(total.present());
    total += 3;
    CHECK(total == Count{3});
    total += Count{};
    CHECK(total == Count{3});
    total += 4;
    CHECK(total == Count{7});
    CHECK(Count{} + Count{} == Count{});
    CHECK(Count{} + Count{2} == Count{2});

    Change change = -5;
    change += 3;
    CHECK(change == Change{-2});
    change += Change{-8};
    CHECK(change == Change{-10});

    Count full = UINT64_MAX;
    CHECK_THROWS_AS(full += 1, std::overflow_error);
    CHECK(full == Count{UINT64_MAX});  // left as it was
    Change low = INT64_MIN;
    CHECK_THROWS_AS(low += -1, std::overflow_error);
    Change high = INT64_MAX;
    CHECK_THROWS_AS(high += 1, std::overflow_error);
    high += -1;
    CHECK(high == Change{INT64_MAX - 1});
}

TEST_CASE("a decimal from a whole number, and the unit from its label") {
    CHECK(Decimal(456880) == *Decimal::parse("456880"));
    CHECK(Decimal(0) == *Decimal::parse("0"));
    CHECK(Decimal(999'999'999'999'999'999ULL).to_string() == "999999999999999999");
    CHECK_THROWS_AS(Decimal(1'000'000'000'000'000'000ULL), std::out_of_range);
    CHECK_THROWS_AS(Decimal(-1), std::out_of_range);
    static_assert(Decimal(12).coefficient() == 12 && Decimal(12).scale() == 0);

    CHECK(parse_money_unit("万元") == MoneyUnit::wan_yuan);
    CHECK(parse_money_unit("元") == MoneyUnit::yuan);
    for (auto other : {"", "万", "元 ", "千元", "yuan"}) CHECK_MESSAGE(!parse_money_unit(other), other);
}

TEST_CASE("values print as published: doctest shows them, not {?}") {
    auto printed = [](auto const& value) {
        std::ostringstream out;
        out << value;
        return out.str();
    };
    CHECK(printed(Count{4}) == "4");
    CHECK(printed(Count{}) == "absent");
    CHECK(printed(Change{-3}) == "-3");
    CHECK(printed(*Decimal::parse("456880.00")) == "456880.00");
    CHECK(printed(Amount{Money{*Decimal::parse("96171.6"), MoneyUnit::wan_yuan}}) == "96171.6 万元");
    CHECK(printed(Amount{}) == "absent");
    // What a failed CHECK(a == b) prints.
    CHECK(std::string(doctest::toString(Count{5}).c_str()) == "5");
    CHECK(std::string(doctest::toString(Money{Decimal(12), MoneyUnit::yuan}).c_str()) == "12 元");
}
