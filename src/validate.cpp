#include "ogi/validate.hpp"

#include "correction.hpp"
#include "finding_text.hpp"
#include "identities.hpp"
#include "narrative.hpp"

#include "ogi/rules/catalogue.hpp"

#include <algorithm>
#include <array>
#include <concepts>
#include <initializer_list>
#include <span>
#include <string_view>
#include <type_traits>

namespace ogi {

bool Validation::has_errors() const noexcept {
    return std::ranges::any_of(findings, [](Finding const& f) { return f.severity == Severity::error; });
}

namespace {

using namespace detail;

constexpr Wide max_count = static_cast<Wide>(UINT64_MAX);

// An identity as published: both sides summed over their present cells.
struct Evaluated {
    std::size_t identity;
    Wide lhs;
    Wide rhs;
};

template <class A, class O>
class ReportValidator {
public:
    explicit ReportValidator(BasicReport<A, O> const& report) : r_(report), cells_(cell_values(report)) {}

    Validation run() && {
        check_identities();
        check_item_changes();
        check_absent_cells();
        check_edition();
        check_sections();
        check_fee_notice();
        check_narrative_figures();
        return std::move(v_);
    }

private:
    using Table = IdentityTable<O>;

    void add(rules::Rule const& rule, std::span<Location const* const> where, Figures const& figures) {
        v_.findings.push_back(make_finding(rule, where, figures));
    }

    // An identity is checked when its summarizing cells are present: a 总计 left blank is not checked
    // (CELL-ABSENT says so); a blank detail adds nothing.
    bool checked(Identity const& id) const {
        return std::ranges::all_of(id.lhs(), [&](Term t) { return cells_.present[t.cell]; });
    }

    // The exact identities, and the smallest correction when any is broken.
    void check_identities() {
        auto const& table = Table::get();
        std::vector<Evaluated> broken;
        for (std::size_t i = 0; i < table.identities.size(); ++i) {
            Identity const& id = table.identities[i];
            if (!checked(id)) continue;
            Evaluated const e{i, sum_of(id.lhs(), cells_.values), sum_of(id.rhs(), cells_.values)};
            if (e.lhs != e.rhs) broken.push_back(e);
        }
        if (broken.empty()) return;

        std::size_t const first = v_.findings.size();
        for (Evaluated const& e : broken) {
            Identity const& id = table.identities[e.identity];
            bool const impossible = e.lhs > max_count || e.rhs > max_count;
            std::vector<Location const*> where;
            for (Term t : id.lhs()) where.push_back(table.locations[t.cell]);
            add(impossible ? rules::sum_range : *id.rule, where, {e.rhs, e.lhs, std::nullopt, {}});
        }
        correct(table, broken, first);
    }

    void correct(Table const& table, std::vector<Evaluated> const& broken, std::size_t first_finding) {
        // Checked identities over their present cells: a blank cell is not a figure to correct.
        std::vector<std::vector<Term>> present_terms;
        for (Identity const& id : table.identities) {
            if (!checked(id)) continue;
            auto& terms = present_terms.emplace_back();
            std::ranges::copy_if(id.terms, std::back_inserter(terms), [&](Term t) { return cells_.present[t.cell]; });
        }
        std::vector<Equation> equations;
        for (auto const& terms : present_terms) equations.push_back({terms});
        CorrectionSearch search = find_corrections(equations, cells_.values);

        if (!search.unique()) {
            std::vector<Location const*> where;
            for (Evaluated const& e : broken)
                where.push_back(table.locations[table.identities[e.identity].terms.front().cell]);
            std::size_t const candidates = search.solutions.size() + (search.underdetermined ? 1 : 0);
            add(rules::no_unique_correction, where,
                {std::nullopt, std::nullopt, std::nullopt, std::to_string(candidates)});
            return;
        }
        for (CellChange const& change : search.solutions.front())
            v_.corrections.push_back({table.locations[change.cell]->pointer, change.reported, change.suggested});
        for (std::size_t i = 0; i < broken.size(); ++i) {
            Identity const& id = table.identities[broken[i].identity];
            for (std::size_t k = 0; k < search.solutions.front().size(); ++k) {
                std::uint16_t const cell = search.solutions.front()[k].cell;
                if (std::ranges::any_of(id.terms, [cell](Term t) { return t.cell == cell; }))
                    v_.findings[first_finding + i].resolved_by.push_back(v_.corrections[k].path);
            }
        }
    }

    // 2019: 上一年项目数量 + 本年增/减 is the number of items now, and items are not fewer than none.
    void check_item_changes() {
        if constexpr (A::edition == Edition::e2019) {
            auto check = [&](auto const& row) {
                if (!row.previous_year_items.present() || !row.change.present()) return;
                Wide const now = static_cast<Wide>(row.previous_year_items.value()) + row.change.value();
                if (now < 0)
                    add(rules::item_negative, locations(r_, row.change, row.previous_year_items),
                        {now, row.change.value(), row.previous_year_items.value(), {}});
            };
            for_each_leaf<v2019::ItemRow>(r_.active_disclosure, check);
            for_each_leaf<v2019::FeeItemRow>(r_.active_disclosure, check);
        }
    }

    // In the report's order: the counts (二, 三, 四), then 二's changes and amounts.
    void check_absent_cells() {
        auto check = [&](auto const& cell) {
            if (!cell.present()) add(rules::cell_absent, locations(r_, cell), {});
        };
        for_each_leaf<Count>(r_.active_disclosure, check);
        // 三 and 四 are walked only when a cell is missing: their presence is known already.
        if (!std::ranges::all_of(cells_.present, std::identity())) {
            for_each_leaf<Count>(r_.applications, check);
            for_each_leaf<Count>(r_.review_litigation, check);
        }
        for_each_leaf<Change>(r_.active_disclosure, check);
        for_each_leaf<Amount>(r_.active_disclosure, check);
    }

    void check_edition() {
        if (edition_for_year(r_.year) != A::edition)
            add(rules::edition_year, locations(r_, r_.year),
                {std::nullopt, r_.year, std::nullopt, std::string(label(A::edition).text)});
        if constexpr (A::edition == Edition::e2021 && !has_other_processing_detail<O>)
            add(rules::layout_mixed, locations(r_, r_.applications.outcomes.other), {});
    }

    void check_sections() {
        for (auto const* section : narratives(r_))
            if (blank(*section)) add(rules::section_missing, locations(r_, *section), {});
    }

    // 2021: applications dropped for an unpaid fee notice mean the 信息处理费 was charged, which section 六
    // reports. (二（八）行政事业性收费 are ordinary fees and say nothing about it.)
    void check_fee_notice() {
        if constexpr (has_other_processing_detail<O>) {
            ApplicantRow const& unpaid = r_.applications.outcomes.other.unpaid_fee;
            std::uint64_t notices = 0;
            for (Count const& c : unpaid) notices = std::max(notices, c.value_or(0));
            if (notices == 0 || blank(r_.other_matters)) return;
            // Most reports write the word on one line; a line break inside it is found in the compacted text.
            constexpr std::string_view fee = "信息处理费";
            if (r_.other_matters->find(fee) != std::string::npos ||
                compact(*r_.other_matters).find(fee) != std::string::npos)
                return;
            add(rules::fee_notice, locations(r_, unpaid[Applicant::total], r_.other_matters),
                {std::nullopt, unpaid[Applicant::total].value_or(notices), std::nullopt, {}});
        }
    }

    // Figures the overview quotes against the tables they come from.
    void check_narrative_figures() {
        if (blank(r_.overview)) return;
        static constexpr std::array<std::string_view, 4> application_phrases = {
            "受理政府信息公开申请", "收到政府信息公开申请", "新收政府信息公开申请", "政府信息公开依申请件"};
        static constexpr std::array<std::string_view, 1> review_phrases = {"行政复议"};
        static constexpr std::array<std::string_view, 1> litigation_phrases = {"行政诉讼"};
        std::string const overview = compact(*r_.overview);

        Count const& received = r_.applications.new_received[Applicant::total];
        Count const& carried = r_.applications.carried_over[Applicant::total];
        // Narratives count either the new applications or all handled this year (new + carried over).
        if (received.present())
            check_stated(rules::narrative_applications, overview, application_phrases,
                         {received.value(), static_cast<Wide>(received.value()) + carried.value_or(0)},
                         [&] { return locations(r_, received, r_.overview); });

        ReviewLitigation const& cases = r_.review_litigation;
        Count const& reviews = cases.administrative_review[CaseResult::total];
        if (reviews.present())
            check_stated(rules::narrative_review, overview, review_phrases, {reviews.value()},
                         [&] { return locations(r_, reviews, r_.overview); });

        Count const& direct = cases.litigation_direct[CaseResult::total];
        Count const& after_review = cases.litigation_after_review[CaseResult::total];
        if (direct.present() && after_review.present())
            check_stated(rules::narrative_litigation, overview, litigation_phrases,
                         {static_cast<Wide>(direct.value()) + after_review.value()},
                         [&] { return locations(r_, direct, after_review, r_.overview); });
    }

    // The count the overview states after phrases, against the table figures it may mean (the first is quoted).
    // where() locates a finding: only made when there is one.
    void check_stated(rules::Rule const& rule, std::string_view overview, std::span<std::string_view const> phrases,
                      std::initializer_list<Wide> accepted, std::invocable auto where) {
        auto const stated = stated_count(overview, phrases);
        if (!stated || std::ranges::find(accepted, static_cast<Wide>(stated->value)) != accepted.end()) return;
        add(rule, where(), {*accepted.begin(), stated->value, std::nullopt, std::string(stated->phrase)});
    }

    BasicReport<A, O> const& r_;
    CellValues<O> const cells_;  // 三 and 四 in the identities' numbering, read once
    Validation v_;
};

}  // namespace

Validation validate(Report const& report) {
    return report.visit([](auto const& r) { return ReportValidator(r).run(); });
}

}  // namespace ogi
