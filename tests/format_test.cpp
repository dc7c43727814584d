// Printing ogi's values: operator<< beside each type (what doctest shows) and fmt::formatter (ogi/format.hpp).
#include <ogi/format.hpp>
#include <ogi/json.hpp>
#include <ogi/validate.hpp>

#include "fixture.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <sstream>
#include <string>

using namespace ogi;

namespace {

template <class T>
std::string streamed(T const& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

template <class T>
std::string shown_by_doctest(T const& value) {
    return doctest::toString(value).c_str();
}

}  // namespace

TEST_CASE("fmt prints cells, decimals and money as operator<< does") {
    CHECK(fmt::format("{}", Count{4}) == "4");
    CHECK(fmt::format("{}", Count{}) == "absent");
    CHECK(fmt::format("{} / {}", Change{-8}, Change{3}) == "-8 / 3");
    CHECK(fmt::format("[{:>6}]", Count{42}) == "[    42]");  // the string spec applies
    CHECK(fmt::format("{}", *Decimal::parse("0.05")) == "0.05");
    Amount fee = Money{*Decimal::parse("96171.6"), MoneyUnit::wan_yuan};
    CHECK(fmt::format("{}", fee) == "96171.6 万元");
    CHECK(fmt::format("{}", fee.value()) == streamed(fee.value()));
}

TEST_CASE("a real report's findings and corrections print with their rule, cells and figures") {
    // Longhua 2020: its 总计 column contradicts its rows; the correction changes two cells from 0 to 1.
    Report report = decode_json_or_throw(test::read_fixture("reports/2020_longhua-data-bureau.expected.json"));
    Validation v = validate(report);
    REQUIRE(v.corrections.size() == 2);
    Correction const& first = v.corrections.front();
    std::string const expected = first.path + ": 0 → 1";
    CHECK(first.reported == 0);
    CHECK(streamed(first) == expected);
    CHECK(fmt::format("{}", first) == expected);
    CHECK(shown_by_doctest(first) == expected);

    REQUIRE_FALSE(v.findings.empty());
    Finding const& f = v.findings.front();
    std::string line = f.rule + " " + std::string(severity_name(f.severity)) + " " + f.paths.front();
    for (std::size_t i = 1; i < f.paths.size(); ++i) line += ", " + f.paths[i];
    line += ": " + f.message.zh;
    CHECK(streamed(f) == line);
    CHECK(fmt::format("{}", f) == line);
    CHECK(shown_by_doctest(f) == line);
}

TEST_CASE("a report prints as its JSON") {
    Report report = decode_json_or_throw(test::read_fixture("reports/2024_huaian-city.expected.json"));
    CHECK(streamed(report) == encode_json(report));
    CHECK(fmt::format("{}", report) == encode_json(report));
    CHECK(shown_by_doctest(report) == encode_json(report));
}
