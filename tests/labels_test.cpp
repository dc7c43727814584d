// The official labels are the format's own, character for character: each is looked up in docs/format.md.
#include <ogi/model/report.hpp>

#include "fixture.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace ogi;

namespace {

std::string format_md() { return test::read_fixture("../../docs/format.md"); }

template <class T>
void collect_labels(T const& node, std::vector<Label>& out) {
    for_each_field(node, [&](Field f, auto const& member) {
        out.push_back(f.label);
        using M = std::remove_cvref_t<decltype(member)>;
        if constexpr (Walkable<M>) collect_labels(member, out);
    });
}

template <class R>
void check_table_labels() {
    R report;
    std::vector<Label> labels;
    collect_labels(report.active_disclosure, labels);
    collect_labels(report.applications, labels);
    collect_labels(report.review_litigation, labels);
    std::string spec = format_md();
    for (Label const& l : labels) {
        CHECK_MESSAGE(spec.find(l.text) != std::string::npos, l.text);
        if (!l.group.empty()) CHECK_MESSAGE(spec.find(l.group) != std::string::npos, l.group);
    }
}

}  // namespace

TEST_CASE("every row, column and block label of both editions is written as in format.md") {
    check_table_labels<Report2019>();
    check_table_labels<Report2021>();
    check_table_labels<Report2021SingleRowOther>();
}

TEST_CASE("labels and keys of the matrix") {
    CHECK(label(MatrixRow::not_held).text == "1.本机关不掌握相关政府信息");
    CHECK(key(MatrixRow::not_held) == "not_held");
    CHECK(label(Applicant::legal_service_org).text == "法律服务机构");
    CHECK(label(Applicant::legal_service_org).group == "法人或其他组织");
    CHECK(label(Applicant::natural_person).group.empty());
    CHECK(label(CaseResult::pending).text == "尚未审结");
    CHECK(labels_of<ReviewLitigation>()[1] == Label{"未经复议直接起诉", "行政诉讼"});
    CHECK(labels_of<v2019::RegulatoryDocuments>()[1].text == "规范性文件");
    CHECK(labels_of<v2021::RegulatoryDocuments>()[1].text == "行政规范性文件");
}
