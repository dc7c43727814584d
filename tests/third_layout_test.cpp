// A layout the library does not know, defined in this file alone: the 2021 tables with a fourth sub-row of
// 三（六）其他处理 (a hypothetical "4.申请人撤回申请", applications the applicant withdrew). It gets the JSON
// mapping, its schema, validation with the identities and the correction search, and the text and HTML views
// from the public templates, with no change to src/: what a new edition of the format would need of them.
#include <ogi/json_layout.hpp>
#include <ogi/schema.hpp>
#include <ogi/render/any_layout.hpp>
#include <ogi/render/html.hpp>
#include <ogi/render/text.hpp>
#include <ogi/validate_layout.hpp>

#include "reports.hpp"

#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>
#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace third {

using ogi::ApplicantRow;

struct OtherProcessing {
    ApplicantRow overdue_correction;
    ApplicantRow unpaid_fee;
    ApplicantRow withdrawn;
    ApplicantRow other;
    friend constexpr bool operator==(OtherProcessing const&, OtherProcessing const&) = default;
};
BOOST_DESCRIBE_STRUCT(OtherProcessing, (), (overdue_correction, unpaid_fee, withdrawn, other))
constexpr ogi::Labels<4> official_labels(OtherProcessing const*) {
    return {{ogi::label(ogi::MatrixRow::overdue_correction),
             ogi::label(ogi::MatrixRow::unpaid_fee),
             {"3.申请人撤回申请"},
             {"4.其他"}}};
}

using Report = ogi::BasicReport<ogi::v2021::ActiveDisclosure, OtherProcessing>;

}  // namespace third

template <>
struct ogi::layout_traits<third::Report> {
    static constexpr Edition edition = Edition::e2021;
    static constexpr std::string_view variant = "with 三（六） in four sub-rows";
    static constexpr bool departs_from_edition = false;
};

using namespace ogi;
using namespace ogi::test;
using Paths = std::vector<std::string>;

namespace {

// Huai'an 2024 (a real report, Report2021) in the third layout: every figure as published, and 8 of the 108
// applications of natural persons under 3.其他 moved to the new row, so that every identity still holds.
third::Report huaian_in_third_layout() {
    Report const huaian = real_report("2024_huaian-city");
    REQUIRE(huaian.holds<Report2021>());
    Report2021 const& published = *huaian.get_if<Report2021>();
    third::Report r;
    r.year = published.year;
    r.agency = published.agency;
    r.active_disclosure = published.active_disclosure;
    r.applications.new_received = published.applications.new_received;
    r.applications.carried_over = published.applications.carried_over;
    r.applications.carried_forward = published.applications.carried_forward;
    auto const& from = published.applications.outcomes;
    auto& to = r.applications.outcomes;
    to.disclosed = from.disclosed;
    to.partially_disclosed = from.partially_disclosed;
    to.not_disclosed = from.not_disclosed;
    to.unable_to_provide = from.unable_to_provide;
    to.not_processed = from.not_processed;
    to.total = from.total;
    to.other.overdue_correction = from.other.overdue_correction;
    to.other.unpaid_fee = from.other.unpaid_fee;
    to.other.other = from.other.other;
    REQUIRE(to.other.other[Applicant::natural_person] == Count{108});
    REQUIRE(to.other.other[Applicant::total] == Count{110});
    for (Count& c : to.other.withdrawn) c = 0;
    to.other.withdrawn[Applicant::natural_person] = 8;
    to.other.withdrawn[Applicant::total] = 8;
    to.other.other[Applicant::natural_person] = 100;
    to.other.other[Applicant::total] = 102;
    r.review_litigation = published.review_litigation;
    return r;
}

}  // namespace

TEST_CASE("a third layout: its JSON round trip, and errors at the pointers of its own rows") {
    third::Report const r = huaian_in_third_layout();
    std::string const text = encode_json_layout(r);
    boost::json::value const document = boost::json::parse(text);
    CHECK(document.at("edition") == "2021");
    CHECK(document.at("applications").at("outcomes").at("other").at("withdrawn").at("natural_person") == 8);
    CHECK(document.at("applications").at("outcomes").at("other").at("other").at("total") == 102);

    LayoutDecodeResult<third::Report> decoded = decode_json_layout<third::Report>(text);
    REQUIRE(decoded);
    CHECK(*decoded.report == r);
    CHECK(encode_json_layout(*decoded.report, {.pretty = false}) == encode_json_layout(r, {.pretty = false}));

    boost::json::value broken = document;
    broken.at("applications").at("outcomes").at("other").as_object().erase("withdrawn");
    broken.as_object()["edition"] = "2019";
    auto const errors = decode_json_layout<third::Report>(boost::json::serialize(broken)).errors;
    std::vector<std::string> lines;
    for (JsonError const& e : errors) lines.push_back(e.to_string());
    CHECK(lines == Paths{R"(/edition: expected "2021" for this layout)",
                         "/applications/outcomes/other/withdrawn: missing (3.申请人撤回申请); expected an object"});

    // A document of the library's own layouts is not one of this layout.
    CHECK_FALSE(decode_json_layout<third::Report>(encode_json(real_report("2024_huaian-city"))));
}

TEST_CASE("a third layout: the schema's oneOf gains its branch, the built-in branches unchanged") {
    using WithThird = boost::mp11::mp_push_back<Layouts, third::Report>;
    boost::json::value const schema = boost::json::parse(json_schema_of<WithThird>());
    boost::json::value const built_in = boost::json::parse(json_schema());
    auto const& branches = schema.at("oneOf").as_array();
    REQUIRE(branches.size() == 4);
    for (std::size_t i = 0; i < 3; ++i) CHECK(branches[i] == built_in.at("oneOf").as_array()[i]);
    CHECK(schema.at("$defs") == built_in.at("$defs"));
    auto const& third_branch = branches[3];
    CHECK(third_branch.at("title") == "2021 edition with 三（六） in four sub-rows");
    auto const& other = third_branch.at("properties").at("applications").at("properties").at("outcomes").at("properties").at("other");
    CHECK(other.at("required") == boost::json::array{"overdue_correction", "unpaid_fee", "withdrawn", "other"});
    CHECK(other.at("properties").at("withdrawn").at("title") == "3.申请人撤回申请");
    CHECK(other.at("properties").at("withdrawn").at("properties").at("natural_person").at("$ref") == "#/$defs/count");
}

TEST_CASE("a third layout: validation checks the identities over its rows and finds the correction") {
    third::Report r = huaian_in_third_layout();
    Validation const published = validate(real_report("2024_huaian-city"));
    Validation const moved = validate_layout(r);
    CHECK_FALSE(moved.has_errors());
    CHECK(moved.corrections.empty());
    CHECK(rules_with(moved, Severity::warning) == rules_with(published, Severity::warning));

    SUBCASE("the new row counts in （七）总计: left out, the total would be 8 too large") {
        r.applications.outcomes.other.withdrawn[Applicant::natural_person] = 0;
        r.applications.outcomes.other.withdrawn[Applicant::total] = 0;
        Validation const v = validate_layout(r);
        CHECK(rules_with(v, Severity::error) == std::vector<std::string>{"APP-OUT", "APP-OUT"});
        CHECK(findings_of(v, "APP-OUT")[0].paths == Paths{"/applications/outcomes/total/natural_person"});
    }
    SUBCASE("a figure of the new row mistyped: its row and its column break, and it is the one correction") {
        r.applications.outcomes.other.withdrawn[Applicant::natural_person] = 13;
        Validation const v = validate_layout(r);
        CHECK(rules_with(v, Severity::error) == std::vector<std::string>{"APP-ROW", "APP-OUT"});
        Finding const& row = v.findings[0];
        CHECK(row.paths == Paths{"/applications/outcomes/other/withdrawn/total"});
        CHECK(row.message.zh == "三、本年度办理结果 ›（六）其他处理 › 3.申请人撤回申请 › 总计：各类申请人之和为 13，填报为 8");
        CHECK(v.corrections == std::vector<Correction>{{"/applications/outcomes/other/withdrawn/natural_person", 13, 8}});
        CHECK(row.resolved_by == Paths{"/applications/outcomes/other/withdrawn/natural_person"});
    }
    SUBCASE("a blank of the new row is inferred from its identities") {
        r.applications.outcomes.other.withdrawn[Applicant::natural_person] = Count{};
        Validation const v = validate_layout(r);
        CHECK_FALSE(v.has_errors());
        CHECK(v.inferred == std::vector<Inferred>{{"/applications/outcomes/other/withdrawn/natural_person", 8}});
    }
}

TEST_CASE("a third layout: its text and HTML views") {
    third::Report const r = huaian_in_third_layout();
    render::ReportLayout const layout = render::layout_of_report(r);
    render::ReportLayout const published = render::layout_of(real_report("2024_huaian-city"));
    REQUIRE(layout.sections.size() == published.sections.size());
    auto const& matrix = *layout.sections[2].table;
    CHECK(matrix.rows.size() == published.sections[2].table->rows.size() + 1);

    std::string const text = render::render_text(layout);
    CHECK(text.find("（六）其他处理\n1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 67 3 0 0 1 0 71\n") !=
          std::string::npos);
    CHECK(text.find("\n3.申请人撤回申请 8 0 0 0 0 0 8\n4.其他 100 2 0 0 0 0 102\n") != std::string::npos);

    std::string const html = render::render_html(layout);
    CHECK(html.find("<td id=\"/applications/outcomes/other/withdrawn/natural_person\">8</td>") != std::string::npos);
    CHECK(html.find("3.申请人撤回申请") != std::string::npos);
}
