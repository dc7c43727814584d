#pragma once
// Validation of a report of one layout: every rule of the catalogue that the layout's structure has cells for,
// the identities and the correction search. A template so that a layout the library does not know is validated
// too (ogi/validate_layout.hpp); the library instantiates it for its own layouts in src/validate/validate.cpp.
#include "ogi/detail/correction.hpp"
#include "ogi/detail/finding_text.hpp"
#include "ogi/detail/identities.hpp"
#include "ogi/detail/narrative.hpp"

#include "ogi/rules/catalogue.hpp"
#include "ogi/validate.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <concepts>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ogi::detail {

inline constexpr Wide max_count = static_cast<Wide>(UINT64_MAX);

// An identity on the stated and inferred figures: both sides summed over the cells known.
struct Evaluated {
    std::size_t identity;
    Wide lhs;
    Wide rhs;
};

// What an identity says when some of its cells are not known: the sum its unknown cells must make up (they
// all sit on one side, or it says nothing), or that no count can (its known side already exceeds the other).
struct Open {
    std::size_t unknowns = 0;
    std::uint16_t first_unknown = 0;
    bool one_sided = true;
    Wide lhs = 0, rhs = 0;  // over the known cells
    Wide missing() const { return lhs_unknown ? rhs - lhs : lhs - rhs; }
    bool lhs_unknown = false;
};

template <class A, class O>
class ReportValidator {
public:
    explicit ReportValidator(BasicReport<A, O> const& report) : r_(report), cells_(cell_values(report)) {
        if (!blank(r_.overview)) overview_ = compact(*r_.overview);
    }

    Validation run() && {
        check_identities();
        check_item_changes();
        check_absent_cells();
        check_edition();
        check_sections();
        check_fee_notice();
        check_fee_unit();
        check_narrative_figures();
        check_title_year();
        check_shares();
        check_all_concluded();
        check_signature_date();
        return std::move(v_);
    }

private:
    using Traits = layout_traits<BasicReport<A, O>>;
    using Table = IdentityTable<O>;
    static constexpr std::size_t cell_count = Table::cell_count;

    void add(rules::Rule const& rule, std::span<Location const* const> where, Figures const& figures) {
        v_.findings.push_back(make_finding(rule, where, figures));
    }

    // The figures of 三 and 四 as validation knows them: stated, or inferred.
    struct Known {
        std::array<std::uint64_t, cell_count> values;
        std::array<bool, cell_count> known;
    };

    static Open open(Identity const& id, Known const& k) {
        Open o;
        int sign = 0;
        for (Term t : id.terms) {
            if (k.known[t.cell]) {
                (t.coefficient > 0 ? o.lhs : o.rhs) += k.values[t.cell];
                continue;
            }
            if (o.unknowns++ == 0) o.first_unknown = t.cell;
            o.one_sided = o.one_sided && (sign == 0 || sign == t.coefficient);
            sign = t.coefficient;
        }
        o.lhs_unknown = sign > 0;
        return o;
    }

    // Blanks an identity leaves one possible value, until nothing more follows: the only unknown of an identity
    // is what its other cells leave; unknowns on one side that must add up to 0 are each 0.
    static void infer(Known& k) {
        for (bool more = true; more;) {
            more = false;
            for (Identity const& id : Table::get().identities) {
                Open const o = open(id, k);
                if (o.unknowns == 0 || !o.one_sided || o.missing() < 0 || o.missing() > max_count) continue;
                if (o.unknowns > 1 && o.missing() != 0) continue;
                for (Term t : id.terms) {
                    if (k.known[t.cell]) continue;
                    k.known[t.cell] = true;
                    k.values[t.cell] = static_cast<std::uint64_t>(o.missing());
                }
                more = true;
            }
        }
    }

    // An identity that the known figures break: a known sum unequal, or known figures more than blanks can match.
    static bool breaks(Known const& k, Identity const& id) {
        Open const o = open(id, k);
        return o.unknowns == 0 ? o.lhs != o.rhs : o.one_sided && o.missing() < 0;
    }

    std::vector<Location const*> lhs_locations(Identity const& id) const {
        std::vector<Location const*> where;
        for (Term t : id.lhs()) where.push_back(Table::get().locations[t.cell]);
        return where;
    }

    // The exact identities on the stated and inferred figures, and the smallest corrections when any is broken.
    void check_identities() {
        auto const& table = Table::get();
        known_ = {cells_.values, cells_.present};
        bool const complete = std::ranges::all_of(cells_.present, std::identity());
        if (!complete) {
            infer(known_);
            for (std::size_t c = 0; c < cell_count; ++c)
                if (known_.known[c] && !cells_.present[c])
                    v_.inferred.push_back({table.locations[c]->pointer, known_.values[c]});
        }
        std::vector<std::size_t> broken;  // identities, in the order of their findings
        std::vector<std::size_t> undecided;
        std::size_t const first = v_.findings.size();
        for (std::size_t i = 0; i < table.identities.size(); ++i) {
            Identity const& id = table.identities[i];
            Figures figures;
            rules::Rule const* rule = id.rule;
            if (complete) {
                Evaluated const e{i, sum_of(id.lhs(), known_.values), sum_of(id.rhs(), known_.values)};
                if (e.lhs == e.rhs) continue;
                figures = {e.rhs, e.lhs, std::nullopt, {}};
                if (e.lhs > max_count || e.rhs > max_count) rule = &rules::sum_range;
            } else {
                Open const o = open(id, known_);
                if (o.unknowns > 0 && !(o.one_sided && o.missing() < 0)) {
                    undecided.push_back(i);
                    continue;
                }
                if (o.unknowns == 0 && o.lhs == o.rhs) continue;
                figures = {o.rhs, o.lhs, std::nullopt, {}};
                if (o.lhs > max_count || o.rhs > max_count) rule = &rules::sum_range;
                else if (o.unknowns > 0) rule = &rules::sum_exceeded;
            }
            add(*rule, lhs_locations(id), figures);
            for (Term t : id.rhs()) v_.findings.back().addends.push_back(table.locations[t.cell]->pointer);
            broken.push_back(i);
        }
        if (!undecided.empty()) {
            std::vector<Location const*> where;
            for (std::size_t i : undecided) where.push_back(table.locations[table.identities[i].terms.front().cell]);
            add(rules::identities_undecided, where,
                {std::nullopt, std::nullopt, std::nullopt, std::to_string(undecided.size())});
        }
        for (std::size_t part = 0; part < table.parts; ++part) correct(part, broken, first);
    }

    // The smallest correction of one part of the tables (identities sharing cells), searched over the stated
    // cells: every blank, inferred or not, is eliminated from the part's identities first, so that what remains
    // is exactly what the stated figures must satisfy.
    void correct(std::size_t part, std::vector<std::size_t> const& broken, std::size_t first_finding) {
        auto const& table = Table::get();
        auto in_part = [&](std::size_t i) { return table.part_of[i] == part; };
        if (std::ranges::none_of(broken, in_part)) return;
        // Without blanks the identities are the equations as they are.
        bool const complete = std::ranges::all_of(cells_.present, std::identity());
        std::vector<std::vector<Term>> const eliminated = complete ? std::vector<std::vector<Term>>() : stated_equations(part);
        std::vector<Equation> equations;
        if (complete) {
            for (std::size_t i = 0; i < table.identities.size(); ++i)
                if (in_part(i)) equations.push_back({table.identities[i].terms});
        }
        for (auto const& terms : eliminated) equations.push_back({terms});
        // Broken only through the blanks (stated figures a blank cannot make up): no figure to correct.
        auto holds = [&](Equation const& e) {
            Wide residual = 0;
            for (Term t : e.terms) residual += t.coefficient * static_cast<Wide>(cells_.values[t.cell]);
            return residual == 0;
        };
        if (std::ranges::all_of(equations, holds)) return;
        CorrectionSearch search = find_corrections(equations, cells_.values);

        std::vector<std::size_t> findings;  // of this part's broken identities
        for (std::size_t k = 0; k < broken.size(); ++k)
            if (in_part(broken[k])) findings.push_back(k);
        // The equations leave out that counts are not negative: a change that still leaves the part broken once
        // its blanks are inferred again is no correction.
        if (search.unique() && !complete) {
            Known corrected{cells_.values, cells_.present};
            for (CellChange const& change : search.solutions.front()) corrected.values[change.cell] = change.suggested;
            infer(corrected);
            for (std::size_t i = 0; i < table.identities.size(); ++i)
                if (in_part(i) && breaks(corrected, table.identities[i])) search.underdetermined = true;
        }
        if (!search.unique()) {
            std::vector<Location const*> where;
            for (std::size_t k : findings) where.push_back(table.locations[table.identities[broken[k]].terms.front().cell]);
            std::size_t const candidates = search.solutions.size() + (search.underdetermined ? 1 : 0);
            add(rules::no_unique_correction, where,
                {std::nullopt, std::nullopt, std::nullopt, std::to_string(candidates)});
            return;
        }
        std::size_t const first_correction = v_.corrections.size();
        for (CellChange const& change : search.solutions.front())
            v_.corrections.push_back({table.locations[change.cell]->pointer, change.reported, change.suggested});
        std::span<Correction const> const made = std::span(v_.corrections).subspan(first_correction);
        for (std::size_t k : findings) {
            Identity const& id = table.identities[broken[k]];
            auto& resolved_by = v_.findings[first_finding + k].resolved_by;
            for (std::size_t c = 0; c < made.size(); ++c) {
                std::uint16_t const cell = search.solutions.front()[c].cell;
                if (std::ranges::any_of(id.terms, [cell](Term t) { return t.cell == cell; }))
                    resolved_by.push_back(made[c].path);
            }
            // Broken through a blank inferred elsewhere: resolved by the part's correction as a whole.
            if (resolved_by.empty())
                for (Correction const& c : made) resolved_by.push_back(c.path);
        }
    }

    // The part's identities with every blank cell eliminated (Gaussian elimination on integer coefficients).
    std::vector<std::vector<Term>> stated_equations(std::size_t part) const {
        auto const& table = Table::get();
        using Row = std::map<std::uint16_t, std::int64_t>;
        std::vector<Row> rows;
        for (std::size_t i = 0; i < table.identities.size(); ++i) {
            if (table.part_of[i] != part) continue;
            Row& row = rows.emplace_back();
            for (Term t : table.identities[i].terms) row[t.cell] += t.coefficient;
        }
        for (std::size_t c = 0; c < cell_count; ++c) {
            if (cells_.present[c]) continue;
            auto const cell = static_cast<std::uint16_t>(c);
            auto pivot = std::ranges::find_if(rows, [&](Row const& r) { return r.contains(cell); });
            if (pivot == rows.end()) continue;
            Row const p = std::move(*pivot);
            rows.erase(pivot);
            std::int64_t const pc = p.at(cell);
            for (Row& r : rows) {
                auto const at = r.find(cell);
                if (at == r.end()) continue;
                std::int64_t const rc = at->second;
                for (auto& [k, v] : r) v *= pc;
                for (auto const& [k, v] : p) r[k] -= v * rc;
                std::erase_if(r, [](auto const& kv) { return kv.second == 0; });
            }
        }
        std::vector<std::vector<Term>> out;
        for (Row const& r : rows) {
            if (r.empty() || std::ranges::any_of(r, [](auto const& kv) { return kv.second > 127 || kv.second < -127; }))
                continue;
            auto& terms = out.emplace_back();
            for (auto const& [cell, coefficient] : r) terms.push_back({cell, static_cast<std::int8_t>(coefficient)});
        }
        return out;
    }

    // Rows of items with a change (2019): 上一年项目数量 + 本年增/减 is the number of items now, and items are not
    // fewer than none.
    void check_item_changes() {
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
        if (edition_for_year(r_.year) != Traits::edition)
            add(rules::edition_year, locations(r_, r_.year),
                {std::nullopt, r_.year, std::nullopt, std::string(label(Traits::edition).text)});
        if constexpr (Traits::departs_from_edition)
            add(rules::layout_mixed, locations(r_, r_.applications.outcomes.other), {});
    }

    void check_sections() {
        for (auto const* section : narratives(r_))
            if (blank(*section)) add(rules::section_missing, locations(r_, *section), {});
    }

    // Layouts with the sub-row (2021): applications dropped for an unpaid fee notice mean the 信息处理费 was
    // charged, which section 六 reports. (二（八）行政事业性收费 are ordinary fees and say nothing about it.)
    void check_fee_notice() {
        if constexpr (requires { r_.applications.outcomes.other.unpaid_fee; }) {
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
        if (!overview_) return;
        static constexpr std::array<std::string_view, 4> application_phrases = {
            "受理政府信息公开申请", "收到政府信息公开申请", "新收政府信息公开申请", "政府信息公开依申请件"};
        static constexpr std::array<std::string_view, 1> review_phrases = {"行政复议"};
        static constexpr std::array<std::string_view, 1> litigation_phrases = {"行政诉讼"};
        std::string_view const overview = *overview_;

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

    // Fee amounts of the 2021 tables: 二（八）'s column is in 万元; an amount in 元 is a figure ten thousand times
    // too large, or a unit misread.
    void check_fee_unit() {
        for_each_leaf<v2021::FeeAmountRow>(r_.active_disclosure, [&](v2021::FeeAmountRow const& row) {
            Amount const& amount = row.amount;
            if (amount.present() && amount.value().unit != MoneyUnit::wan_yuan)
                add(rules::fee_unit, locations(r_, amount),
                    {std::nullopt, std::nullopt, std::nullopt, std::string(label(amount.value().unit).text)});
        });
    }

    // The statistics period the overview states (统计期限自2024年1月1日…), or the year it opens with, against the
    // year of the title.
    void check_title_year() {
        if (!overview_) return;
        static constexpr std::array<std::string_view, 6> phrases = {"统计期限自", "统计期限为", "起止时间为",
                                                                    "起止时间自", "统计时限为", "统计时间为"};
        static constexpr std::array<std::string_view, 1> year_unit = {"年"};
        // Stated in the opening lines, where reports say what they cover: the rest of the text is not searched.
        std::string_view const overview = std::string_view(*overview_).substr(0, 1200);
        auto stated = stated_count(overview, phrases, year_unit);
        // Most overviews open with the year they report on: "2024年，我市坚持…".
        std::uint64_t opening = 0;
        if (!stated && overview.size() > 4 && overview.substr(4).starts_with("年") &&
            std::from_chars(overview.data(), overview.data() + 4, opening).ptr == overview.data() + 4)
            stated = StatedCount{{}, opening};
        if (stated && stated->value != static_cast<std::uint64_t>(r_.year))
            add(rules::title_year, locations(r_, r_.year, r_.overview), {stated->value, r_.year, std::nullopt, {}});
    }

    // "…予以公开258件，占33.9%": a count of one of 三's rows, as a share of the applications. Checked only when the
    // count is a row's 总计, so that shares of anything else (主动公开, 办理时限) are left alone.
    void check_shares() {
        if (!overview_) return;
        auto const& table = Table::get();
        auto total_of = [&](std::size_t row) { return known_.values[Table::row_cell(row, Applicant::total)]; };
        auto known = [&](std::size_t row) { return known_.known[Table::row_cell(row, Applicant::total)]; };
        if (!known(Table::total_row)) return;
        std::array<Wide, 3> bases = {total_of(Table::total_row), total_of(Table::new_received_row),
                                     static_cast<Wide>(total_of(Table::new_received_row)) + total_of(Table::carried_over_row)};
        for (StatedShare const& share : stated_shares(*overview_)) {
            bool of_a_row = false;
            for (std::size_t row = 0; row < Table::matrix_rows; ++row)
                of_a_row = of_a_row || (row != Table::total_row && known(row) && total_of(row) == share.count);
            if (!of_a_row) continue;
            // Within one unit of the last digit stated: |count·100·scale / base − percent| < 1.
            bool const agrees = std::ranges::any_of(bases, [&](Wide base) {
                Wide const difference = static_cast<Wide>(share.count) * 100 * share.scale - static_cast<Wide>(share.percent) * base;
                return base > 0 && (difference < 0 ? -difference : difference) < base;
            });
            if (!agrees)
                add(rules::narrative_share,
                    std::vector<Location const*>{table.locations[Table::row_cell(Table::total_row, Applicant::total)],
                                                 location_of(r_, r_.overview)},
                    {bases[0], share.count, std::nullopt, std::string(share.text)});
        }
    }

    // 均已办结 while applications are carried into next year.
    void check_all_concluded() {
        Count const& forward = r_.applications.carried_forward[Applicant::total];
        if (!overview_ || !forward.present() || forward.value() == 0) return;
        std::string_view const overview = *overview_;
        constexpr std::string_view concluded = "办结";
        for (std::size_t at = find_phrase(overview, concluded); at != std::string_view::npos;
             at = find_phrase(overview, concluded, at + concluded.size())) {
            std::string_view const before = overview.substr(0, at);
            std::string_view const phrase = before.ends_with("均已") ? "均已办结" : before.ends_with("全部") ? "全部办结" : "";
            if (!phrase.empty()) {
                add(rules::narrative_all_done, locations(r_, forward, r_.overview),
                    {std::nullopt, forward.value(), std::nullopt, std::string(phrase)});
                return;
            }
        }
    }

    // The date under the report against the deadline of the Regulations, Art. 49 (rules::report_late).
    void check_signature_date() {
        if (!r_.signed_on) return;
        std::string_view const date = *r_.signed_on;  // YYYY-MM-DD
        int year = 0, month = 0, day = 0;
        if (date.size() != 10 || std::from_chars(date.data(), date.data() + 4, year).ec != std::errc() ||
            std::from_chars(date.data() + 5, date.data() + 7, month).ec != std::errc() ||
            std::from_chars(date.data() + 8, date.data() + 10, day).ec != std::errc())
            return;
        // The people's government's own report is due by 3月31日; its office (人民政府办公室) and every other
        // department report by 1月31日.
        bool const government = std::string_view(r_.agency).ends_with("人民政府");
        int const deadline = (r_.year + 1) * 10000 + (government ? 331 : 131);
        if (year * 10000 + month * 100 + day > deadline)
            add(rules::report_late, locations(r_, r_.signed_on), {std::nullopt, std::nullopt, std::nullopt, std::string(date)});
    }

    BasicReport<A, O> const& r_;
    CellValues<O> const cells_;  // 三 and 四 in the identities' numbering, read once
    Known known_;  // stated and inferred
    std::optional<std::string> overview_;  // compacted once for the rules that read it; none when blank
    Validation v_;
};

}  // namespace ogi::detail
