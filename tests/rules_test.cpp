// The catalogue: stable, well-formed IDs, templates that render, and docs/rules.md generated from it.
#include <ogi/import_rules.hpp>
#include <ogi/rules/catalogue.hpp>
#include <ogi/rules/document.hpp>

#include "fixture.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace ogi;

TEST_CASE("rule IDs are unique, upper-case and grouped by table") {
    std::set<std::string_view> ids;
    for (rules::Rule const* r : rules::catalogue) {
        CAPTURE(r->id);
        CHECK(ids.insert(r->id).second);
        CHECK(r->id.find('-') != std::string_view::npos);
        CHECK(std::ranges::all_of(r->id, [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; }));
        CHECK(rules::find_rule(r->id) == r);
        CHECK_FALSE(r->title.zh.empty());
        CHECK_FALSE(r->title.en.empty());
        CHECK_FALSE(r->editions.empty());
    }
    CHECK(rules::find_rule("NO-SUCH-RULE") == nullptr);
}

TEST_CASE("message templates hold only the placeholders validation fills in") {
    // The catalogue is checked at compile time (catalogue.hpp); the check itself:
    static_assert(rules::placeholders_known("{cell}：应为 {expected}，实为 {actual}"));
    static_assert(rules::placeholders_known("no placeholder at all"));
    static_assert(!rules::placeholders_known("{cells} is not one"));
    static_assert(!rules::placeholders_known("{cell"));
    static_assert(!rules::placeholders_known("a stray } brace"));
    static_assert(!rules::placeholders_known("{expected:>5}"));  // no format specifications
    for (rules::Rule const* r : rules::catalogue) {
        CHECK(rules::placeholders_known(r->message.zh));
        CHECK(rules::placeholders_known(r->message.en));
    }
}

TEST_CASE("ogi rules --format json lists id, severity, title, version and editions") {
    boost::json::value doc = rules::catalogue_json();
    auto const& list = doc.at("rules").as_array();
    REQUIRE(list.size() == rules::catalogue.size());
    CHECK(list[0] == boost::json::parse(R"({"id":"APP-BAL","severity":"error",
        "title":{"zh":"申请情况表每列：第一项加第二项之和等于第三项加第四项之和",
                 "en":"Application matrix, each column: 一 + 二 = 三（七）总计 + 四"},
        "version":2,"editions":["2019","2021"]})"));
    auto fee = std::ranges::find_if(list, [](auto const& r) { return r.at("id") == "FEE-NOTICE"; });
    CHECK(fee->at("editions") == boost::json::parse(R"(["2021"])"));
    CHECK(fee->at("severity") == "warning");
}

TEST_CASE("docs/rules.md is the catalogue as generated (ogi rules --format markdown > docs/rules.md)") {
    std::ifstream in(std::filesystem::path(OGI_FIXTURES_DIR) / ".." / ".." / "docs" / "rules.md", std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    CHECK(text.str() == rules::catalogue_markdown());
    for (rules::Rule const* r : rules::catalogue)
        CHECK(text.str().find(fmt::format("| `{}` |", r->id)) != std::string::npos);
}

TEST_CASE("one catalogue: the importer's rules follow validation's, found by ID, titled and documented") {
    REQUIRE(rules::catalogue.size() == rules::validation_rules.size() + import_rule::all.size());
    CHECK(rules::catalogue.front() == rules::validation_rules.front());
    CHECK(rules::catalogue[rules::validation_rules.size()] == import_rule::all.front());
    for (rules::Rule const* r : import_rule::all) {
        CAPTURE(r->id);
        CHECK(r->id.starts_with("IMP-"));
        CHECK(rules::find_rule(r->id) == r);
        CHECK_FALSE(r->message.zh.empty());
        CHECK_FALSE(r->message.en.empty());
    }
    for (rules::Rule const* r : rules::validation_rules) CHECK_FALSE(r->id.starts_with("IMP-"));
    CHECK(rules::find_rule("IMP-UNIT-UNKNOWN") == &import_rule::unit_unknown);
    CHECK(rules::find_rule("APP-BAL") == &rules::app_balance);

    boost::json::value doc = rules::catalogue_json();
    auto const& list = doc.at("rules").as_array();
    auto unit = std::ranges::find_if(list, [](auto const& r) { return r.at("id") == "IMP-UNIT-UNKNOWN"; });
    REQUIRE(unit != list.end());
    CHECK(unit->at("severity") == "error");
    CHECK(unit->at("title") == boost::json::parse(R"({"zh":"金额单位不明","en":"Unit of an amount unknown"})"));

    // Its own table in docs/rules.md, and its message under the messages.
    std::string const md = rules::catalogue_markdown();
    std::size_t const import_table = md.find("## Import rules");
    REQUIRE(import_table != std::string::npos);
    CHECK(md.find("| `IMP-UNIT-UNKNOWN` | error | 1 | 金额单位不明 | Unit of an amount unknown |") > import_table);
    CHECK(md.find("| `APP-BAL` |") < import_table);
    CHECK(md.find("### IMP-ROW-MISSING\n- 未找到该行\n- the row's label was not found\n") != std::string::npos);
}
