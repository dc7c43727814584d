// The series rules: a report against the previous year's report of the same body.
#include "ogi/validate.hpp"

#include "ogi/detail/finding_text.hpp"
#include "ogi/detail/narrative.hpp"

#include "ogi/rules/catalogue.hpp"
#include "ogi/series_index.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace ogi {

namespace {

using namespace detail;

// Every member of type Leaf below node, in order: the same rows of two reports of one edition line up.
template <class Leaf, class Node>
std::vector<Leaf const*> leaves(Node const& node) {
    std::vector<Leaf const*> out;
    for_each_leaf<Leaf>(node, [&](Leaf const& leaf) { out.push_back(&leaf); });
    return out;
}

template <class Last, class Now>
class SeriesValidator {
public:
    SeriesValidator(Last const& last, Now const& now, std::vector<Finding>& findings)
        : last_(last), now_(now), findings_(findings) {}

    void run() {
        check_carry();
        check_in_force();
        check_items_of<v2019::ItemRow>();
        check_items_of<v2019::FeeItemRow>();
        check_narratives();
    }

private:
    void add(rules::Rule const& rule, std::span<Location const* const> where, Figures const& figures) {
        findings_.push_back(make_finding(rule, where, figures));
    }

    // 二、上年结转 this year is what 四、结转下年度继续办理 carried forward last year, column by column.
    void check_carry() {
        for (std::size_t c = 0; c < described_size<Applicant>(); ++c) {
            auto const column = static_cast<Applicant>(c);
            Count const& carried = now_.applications.carried_over[column];
            Count const& forward = last_.applications.carried_forward[column];
            if (carried.present() && forward.present() && carried.value() != forward.value())
                add(rules::series_carry, locations(now_, carried),
                    {forward.value(), carried.value(), forward.value(), {}});
        }
    }

    // Rows of documents in force (2021): 现行有效件数 = last year's + 本年制发件数 − 本年废止件数. Checked when both
    // reports have the same rows (two reports of one edition's 二).
    void check_in_force() {
        auto const last = leaves<v2021::DocumentRow>(last_.active_disclosure);
        auto const now = leaves<v2021::DocumentRow>(now_.active_disclosure);
        if (last.size() != now.size()) return;
        for (std::size_t i = 0; i < now.size(); ++i) {
            auto const& [issued, repealed, in_force] = *now[i];
            Count const& before = last[i]->in_force;
            if (!(before.present() && issued.present() && repealed.present() && in_force.present())) continue;
            Wide const expected = static_cast<Wide>(before.value()) + issued.value() - repealed.value();
            if (expected != in_force.value())
                add(rules::series_in_force, locations(now_, in_force),
                    {expected, in_force.value(), before.value(), {}});
        }
    }

    // Rows of items with a change (2019): this year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减.
    template <class Row>
    void check_items_of() {
        auto const last = leaves<Row>(last_.active_disclosure);
        auto const now = leaves<Row>(now_.active_disclosure);
        if (last.size() != now.size()) return;
        for (std::size_t i = 0; i < now.size(); ++i) {
            Count const& items = now[i]->previous_year_items;
            Count const& before = last[i]->previous_year_items;
            Change const& change = last[i]->change;
            if (!(items.present() && before.present() && change.present())) continue;
            Wide const expected = static_cast<Wide>(before.value()) + change.value();
            if (expected != items.value())
                add(rules::series_items, locations(now_, items), {expected, items.value(), before.value(), {}});
        }
    }
    void check_narratives() {
        auto const last = narratives(last_);
        auto const now = narratives(now_);
        for (std::size_t i = 0; i < now.size(); ++i)
            if (!blank(*now[i]) && !blank(*last[i]) && compact(**now[i]) == compact(**last[i]))
                add(rules::series_narrative, locations(now_, *now[i]), {});
    }

    Last const& last_;
    Now const& now_;
    std::vector<Finding>& findings_;
};

}  // namespace

Validation validate(Report const& report, Report const* previous) {
    Validation v = validate(report);
    if (previous)
        std::visit([&](auto const& l, auto const& n) { SeriesValidator(l, n, v.findings).run(); }, previous->variant(),
                   report.variant());
    return v;
}

std::string spelling_key(std::string_view agency) {
    static constexpr std::string_view ignored[] = {"\u3000", "（", "）", "·", "・", "—", "－", "“", "”", "《", "》",
                                                   "，", "、", "．"};
    constexpr std::string_view ascii_ignored = " \t\r\n()[].,-_\"'";
    std::string key;
    for (std::size_t i = 0; i < agency.size();) {
        auto const skip = std::ranges::find_if(ignored, [&](std::string_view s) { return agency.substr(i).starts_with(s); });
        if (skip != std::end(ignored)) {
            i += skip->size();
            continue;
        }
        if (ascii_ignored.find(agency[i]) == std::string_view::npos) key += agency[i];
        ++i;
    }
    return key;
}

Finding unpaired(Report const& report, std::string_view previous_agency) {
    return report.visit([&](auto const& r) {
        return make_finding(rules::series_unpaired, locations(r, r.agency),
                            {std::nullopt, std::nullopt, std::nullopt, std::string(previous_agency)});
    });
}

std::vector<Validation> validate_series(std::span<Report const> reports) {
    // Each report finds the one before without a pass over all (a folder holds hundreds of thousands).
    SeriesIndex index;
    for (std::size_t i = 0; i < reports.size(); ++i) index.add({reports[i].agency(), reports[i].year()}, i);
    std::vector<Validation> out;
    out.reserve(reports.size());
    for (Report const& r : reports) {
        ReportKey const key{r.agency(), r.year()};
        auto const last = index.previous(key);
        out.push_back(validate(r, last ? &reports[*last] : nullptr));
        if (auto const similar = index.unpaired_previous(key)) out.back().findings.push_back(unpaired(r, *similar));
    }
    return out;
}

}  // namespace ogi
