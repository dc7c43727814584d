// ogi::SeriesIndex: each report paired with its body's report of the year before, by name or by the series keys
// given; the first of duplicates kept; a name spelled otherwise noticed, not paired.
#include <ogi/series_index.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string_view>

using ogi::ReportKey;
using ogi::SeriesIndex;

TEST_CASE("SeriesIndex: a body's report of the year before, by its name") {
    SeriesIndex index;
    CHECK(index.add({"淮安市人民政府", 2023}, 0) == std::nullopt);
    CHECK(index.add({"淮安市人民政府", 2024}, 1) == std::nullopt);
    CHECK(index.add({"洪泽区人民政府", 2024}, 2) == std::nullopt);
    CHECK(index.previous({"淮安市人民政府", 2024}) == 0u);
    CHECK(index.previous({"淮安市人民政府", 2023}) == std::nullopt);  // no 2022
    CHECK(index.previous({"洪泽区人民政府", 2024}) == std::nullopt);  // another body's 2023 is not its
    CHECK(index.previous({"淮安市人民政府", 2025}) == 1u);            // a report not indexed finds its year before
}

TEST_CASE("SeriesIndex: the first input of a body and year is kept, a duplicate told which") {
    SeriesIndex index;
    CHECK(index.add({"淮安市人民政府", 2023}, 4) == std::nullopt);
    CHECK(index.add({"淮安市人民政府", 2023}, 9) == 4u);
    CHECK(index.previous({"淮安市人民政府", 2024}) == 4u);
}

TEST_CASE("SeriesIndex: names spelled otherwise are not paired but noticed; series keys pair them") {
    ReportKey const old_name{"淮安市 人民政府", 2023};  // a space: the same spelling key, not the same name
    ReportKey const this_year{"淮安市人民政府", 2024};
    SeriesIndex plain;
    plain.add(old_name, 0);
    plain.add(this_year, 1);
    CHECK(plain.previous(this_year) == std::nullopt);
    CHECK(plain.unpaired_previous(this_year) == std::optional<std::string_view>("淮安市 人民政府"));
    CHECK(plain.unpaired_previous({"洪泽区人民政府", 2024}) == std::nullopt);

    SeriesIndex keyed({{"淮安市 人民政府", "huaian"}, {"淮安市人民政府", "huaian"}});
    keyed.add(old_name, 0);
    keyed.add(this_year, 1);
    CHECK(keyed.previous(this_year) == 0u);
    CHECK(keyed.unpaired_previous(this_year) == std::nullopt);  // paired: nothing to notice
    // A renamed body: two names, one key.
    SeriesIndex renamed({{"淮安市数据局", "huaian-data"}, {"淮安市大数据管理局", "huaian-data"}});
    renamed.add({"淮安市大数据管理局", 2023}, 7);
    CHECK(renamed.previous({"淮安市数据局", 2024}) == 7u);
    CHECK(renamed.previous({"淮安市大数据管理局", 2024}) == 7u);
}
