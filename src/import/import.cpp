// import_text: the text of a published report into the model. Sections are found by their headings, the
// edition by the tables' own column headers, and each table's figures by its section's reader.
#include "ogi/import.hpp"

#include "active_disclosure.hpp"
#include "application_matrix.hpp"
#include "document.hpp"
#include "findings.hpp"
#include "glued_rows.hpp"
#include "refusals.hpp"
#include "report_key.hpp"
#include "report_lines.hpp"
#include "review_litigation.hpp"
#include "sections.hpp"
#include "signature_date.hpp"
#include "table.hpp"

#include "ogi/import_rules.hpp"

#include "../validate/identities.hpp"

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace ogi {

namespace {

using namespace ogi::import;

template <class R>
R build(Sections const& s, DisclosureTables const& disclosure, TablePieces const& matrix,
        std::vector<Anchor> const& anchors, TablePieces const& review, bool read_disclosure, bool run_together, Findings& findings) {
    R r;
    using Other = std::remove_cvref_t<decltype(r.applications.outcomes.other)>;
    if (read_disclosure) fill_active_disclosure(r.active_disclosure, disclosure, run_together, findings);
    GluedRows glued;
    fill_matrix(r.applications, matrix, anchors, run_together ? &glued : nullptr, findings);
    fill_review(r.review_litigation, review, run_together ? &glued : nullptr,
                detail::IdentityTable<Other>::cell(0, CaseResult::upheld), findings);
    fill_glued(r, glued, findings);
    auto narrative_of = [&](int n) -> std::optional<std::string> {
        if (!s.headings[static_cast<std::size_t>(n - 1)]) return std::nullopt;
        return narrative(section_lines(s.lines, s.headings, n));
    };
    r.overview = narrative_of(1);
    r.problems_and_improvements = narrative_of(5);
    r.other_matters = narrative_of(6);
    if (r.other_matters) r.signed_on = signature_date(*r.other_matters);
    return r;
}

}  // namespace

std::optional<ReportKey> import_report_key(std::string_view bytes, ImportOptions const& options) {
    if (too_large(bytes, options)) return std::nullopt;
    std::optional<DocumentText> document = read_document(bytes, options);
    if (document && !document->text) return std::nullopt;
    if (!document && not_text(bytes)) return std::nullopt;
    Findings unused;
    std::optional<ReportLines> read;  // in place: its lines view its buffers
    if (document) read.emplace(std::move(*document->text));
    else read.emplace(bytes, unused);
    ReportLines const& lines = *read;
    if (!lines.holds_report()) return std::nullopt;
    return read_report_key(lines.lines(), lines.headings()).key;
}

namespace {

// The report a text holds, with the findings made so far (its source's) and the reader's own.
ImportResult read_report(ReportLines const& source, Findings findings) {
    ImportResult result;
    if (!source.holds_report()) {
        findings.add(import_rule::not_a_report, std::nullopt, {}, "文本中没有年度报告的第二、三、四部分",
                     "the text has none of the sections 二, 三, 四 of an annual report");
        result.findings = std::move(findings.list);
        return result;
    }
    Sections const& s = source.sections();
    if (std::size_t const end = s.lines.size(); end < source.lines().size()) {
        std::string const line = std::to_string(source.lines()[end].number);
        findings.add(import_rule::tables_repeated, source.lines()[end].number, {},
                     "第 " + line + " 行起再次出现报告的标题和表格（报告重复，或另一份报告），未读取；请分开导入",
                     "from line " + line +
                         " the report's headings and tables appear again (the report repeated, or another one); "
                         "not read: import each report alone");
    }
    for (int n = 1; n <= 6; ++n) {
        if (s.headings[static_cast<std::size_t>(n - 1)]) continue;
        Field section = report_section(n);
        findings.add(import_rule::section_missing, std::nullopt, {"/" + std::string(section.key)},
                     "未找到标题：" + std::string(section.label.text),
                     "heading not found: " + std::string(section.label.text));
    }
    DisclosureTables const disclosure(source.table(2));
    TablePieces const matrix = source.table(3);
    TablePieces const review = source.table(4);
    static auto const labels = matrix_labels();
    std::vector<Anchor> const anchors = find_numbered_anchors(matrix, labels);

    ReportKeyReading const reading = read_report_key(source.lines(), source.headings());
    // Named references, not a structured binding: clang before 16 cannot capture one in a lambda (below).
    std::optional<Title> const& title = reading.title;
    ReportKey const& report_key = reading.key;
    std::optional<Edition> edition = edition_of(disclosure);
    std::optional<OtherProcessingLayout> layout = matrix_layout(anchors);
    if (!edition) {
        findings.add(import_rule::edition_unknown,
                     s.headings[1] ? std::optional(s.lines[*s.headings[1]].number) : std::nullopt, {"/active_disclosure"},
                     "第二部分表头不能确定是 2019 年版还是 2021 年版",
                     "the headers of section 二 do not tell the 2019 edition from the 2021 one");
    }
    Edition shape = edition.value_or(
        layout == OtherProcessingLayout::sub_rows || report_key.year >= 2021 ? Edition::e2021 : Edition::e2019);
    if (!layout) layout = shape == Edition::e2021 ? OtherProcessingLayout::sub_rows : OtherProcessingLayout::single_row;
    bool read_disclosure = edition.has_value();
    // The type to fill is the layout of ogi::Layouts with this edition and （六）.
    Report report;
    auto const build_as = [&]<class R>(R*) {
        if constexpr (layout_traits<R>::departs_from_edition) {
            std::optional<std::size_t> line;
            for (Anchor const& a : anchors)
                if (static_cast<MatrixRow>(a.row) == MatrixRow::other_processing) line = matrix.pieces[a.piece].line;
            findings.add(import_rule::layout_mixed, line, {"/applications/outcomes/other"},
                         "第二部分为 2021 年版表格，第三部分（六）其他处理为一行（2019 年版）",
                         "section 二 uses the 2021 tables, section 三 keeps （六）其他处理 as one row (2019 layout)");
        }
        report = build<R>(s, disclosure, matrix, anchors, review, read_disclosure, source.run_together(), findings);
    };
    if (!visit_layout(shape, layout, build_as)) {
        findings.add(import_rule::layout_unsupported, std::nullopt, {"/applications/outcomes/other"},
                     "2019 年版表格中（六）其他处理却有 2021 年版的分项，未读取",
                     "2019 tables, but （六）其他处理 has the 2021 sub-rows; not read");
        visit_layout(shape, std::nullopt, build_as);
    }

    if (!title || title->agency.empty() || !title->year)
        findings.add(import_rule::title_unread, title ? std::optional(title->line) : std::nullopt, {"/agency", "/year"},
                     "标题中未能读出机关名称或年度", "the title does not give the agency or the year");
    if (title && title_replaced(source.lines(), *title))
        findings.add(import_rule::invalid_bytes, title->line, {"/agency"},
                     "标题有无法解码的字节，机关名称可能缺字：" + report_key.agency,
                     "the title has bytes that could not be decoded; the agency's name may lack characters: " +
                         report_key.agency);
    if (report_key.year == 0)
        findings.add(import_rule::year_unread, std::nullopt, {"/year"});
    report.visit([&](auto& r) {
        r.agency = report_key.agency;
        r.year = report_key.year;  // 0 when no year anywhere (IMP-YEAR-UNREAD): JSON then refuses the report
    });
    result.report = std::move(report);
    result.findings = std::move(findings.list);
    return result;
}

}  // namespace

ImportResult import_text(std::string_view bytes, ImportOptions const& options) {
    if (auto refused = refuse_too_large(bytes, options)) return std::move(*refused);
    if (auto refused = not_text(bytes)) return ImportResult{std::nullopt, {std::move(*refused)}, {}};
    Findings findings;
    ReportLines const source(bytes, findings);
    ImportResult result = read_report(source, std::move(findings));
    result.encoding = source.encoding();
    return result;
}

ImportResult import_report(std::string_view bytes, ImportOptions const& options) {
    if (auto refused = refuse_too_large(bytes, options)) return std::move(*refused);
    std::optional<DocumentText> document = read_document(bytes, options);
    if (!document) return import_text(bytes, options);
    Findings findings;
    findings.list = std::move(document->findings);
    if (!document->text) return ImportResult{std::nullopt, std::move(findings.list), {}};
    ReportLines const source(std::move(*document->text));
    return read_report(source, std::move(findings));
}

}  // namespace ogi
