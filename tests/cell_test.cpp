#include <ogi/cell.hpp>

#include <doctest/doctest.h>

#include <stdexcept>

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
