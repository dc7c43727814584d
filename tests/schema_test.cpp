#include <ogi/schema.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

namespace json = boost::json;

TEST_CASE("the schema is draft 2020-12, one alternative per layout, labels as titles") {
    json::value s = json::parse(ogi::json_schema());
    CHECK(s.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    auto const& layouts = s.at("oneOf").as_array();
    REQUIRE(layouts.size() == 3);
    CHECK(layouts[0].at("properties").at("edition").at("const") == "2019");
    CHECK(layouts[1].at("properties").at("edition").at("const") == "2021");

    auto const& matrix = layouts[0].at("properties").at("applications");
    CHECK(matrix.at("title") == "三、收到和处理政府信息公开申请情况");
    CHECK(matrix.at("additionalProperties") == false);
    auto const& not_held = matrix.at("properties").at("outcomes").at("properties").at("unable_to_provide").at("properties").at("not_held");
    CHECK(not_held.at("title") == "1.本机关不掌握相关政府信息");
    CHECK(not_held.at("properties").at("commercial_enterprise").at("title") == "法人或其他组织 · 商业企业");
    CHECK(not_held.at("properties").at("total").at("$ref") == "#/$defs/count");
    CHECK(not_held.at("required").as_array().size() == 7);

    CHECK(s.at("$defs").at("count").at("minimum") == 0);
    auto const& required = layouts[2].at("required").as_array();
    CHECK(std::find(required.begin(), required.end(), json::value("overview")) == required.end());
    CHECK(std::find(required.begin(), required.end(), json::value("agency")) != required.end());
}
