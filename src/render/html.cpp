#include "ogi/render/html.hpp"

#include "document.hpp"

#include <set>

namespace ogi::render {

namespace {

using detail::escape_markup;
constexpr auto escape = escape_markup;

// Official tables are printed in a serif face with plain header cells; the page keeps to that, and marks
// findings so that they show in colour on screen and on paper.
constexpr std::string_view style = R"(
:root { color-scheme: light; }
body { margin: 0; background: #eceae4; color: #111; line-height: 1.7;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; }
main { max-width: 62rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; background: #fff; }
h1 { text-align: center; font-size: 1.55rem; line-height: 1.5; margin: .5rem 0 2rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .75rem;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
p { text-indent: 2em; margin: .35rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; line-height: 1.4; }
th, td { border: 1px solid #222; padding: .3rem .4rem; }
th { font-weight: normal; text-align: center; vertical-align: middle; }
thead th { min-width: 3em; }
th.caption { font-weight: bold; background: #f3f3ef; }
th.label { text-align: left; min-width: 9em; }
th.label[rowspan] { text-align: center; min-width: 0; width: 4.5em; }
td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.absent { color: #777; text-align: center; }
td.finding { background: #fde0dc; box-shadow: inset 0 0 0 2px #c62828; font-weight: bold; }
td.finding.warning { background: #fff1cc; box-shadow: inset 0 0 0 2px #b26a00; }
td.finding.notice { background: #e1efff; box-shadow: inset 0 0 0 2px #1565c0; }
td.finding.correction { background: #fde0dc; box-shadow: inset 0 0 0 3px #c62828; }
td .should-be { display: block; font-size: .8em; color: #c62828; }
td.inferred { color: #777; font-style: italic; text-align: right; }
a.ref { font-size: .7em; vertical-align: super; margin-left: .15em; color: inherit; }
.findings { border: 2px solid #c62828; background: #fff8f7; padding: .5rem 1.25rem; margin: 0 0 1.5rem; }
.findings h2 { margin: .5rem 0; }
.findings li { margin: .25rem 0; }
.findings .severity { font-weight: bold; }
.findings .error .severity { color: #c62828; }
.findings .warning .severity { color: #b26a00; }
.findings .notice .severity { color: #1565c0; }
.findings code { font-size: .8em; color: #555; word-break: break-all; }
@media (max-width: 40rem) {
  main { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.25rem; }
  table { font-size: .8rem; }
}
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  tr { break-inside: avoid; }
  td.finding, .findings { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

class HtmlWriter final : public detail::DocumentWriter {
public:
    explicit HtmlWriter(FindingMarks marks) : marks_(std::move(marks)) {}

    std::string out;

    void title(ReportLayout const& layout) override {
        collect_targets(layout);
        std::string agency = escape(layout.agency);
        out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
               agency + layout.year_title() + "</title>\n<style>" + std::string(style) + "</style>\n</head>\n<body>\n<main>\n";
        out += "<h1>" + agency + "<br>" + layout.year_title() + "</h1>\n";
        if (marks_.findings().empty() && marks_.corrections().empty()) return;
        out += "<section class=\"findings\">\n<h2>" + std::string(findings_heading(marks_.language())) + "</h2>\n<ol>\n";
        for (std::size_t i = 0; i < marks_.findings().size(); ++i) {
            auto const& f = marks_.findings()[i];
            std::string_view severity = severity_name(f.severity);
            out += "<li id=\"finding-" + std::to_string(i + 1) + "\" class=\"" + std::string(severity) + "\">";
            std::string label = "<span class=\"severity\">" + std::string(severity_label(f.severity, marks_.language())) + "</span>";
            if (!f.paths.empty() && targets_.contains(f.paths.front()))
                out += "<a href=\"#" + escape(f.paths.front()) + "\">" + label + "</a>";
            else
                out += label;
            out += " " + escape(marks_.message(f));
            if (!f.paths.empty()) out += " <code>" + escape(f.paths.front()) + "</code>";
            out += "</li>\n";
        }
        out += "</ol>\n";
        for (Correction const& c : marks_.corrections())
            out += "<p class=\"correction\"><a href=\"#" + escape(c.path) + "\"><code>" + escape(c.path) + "</code></a> " +
                   std::to_string(c.reported) + " → " + escape(should_be(c.suggested, marks_.language())) + "</p>\n";
        out += "</section>\n";
    }
    void heading(LayoutSection const& section) override {
        out += "<section id=\"" + escape(section.pointer()) + "\">\n<h2>" + std::string(section.heading) + "</h2>\n";
    }
    void narrative(std::string_view text) override {
        detail::for_each_paragraph(text, [&](std::string_view line) { out += "<p>" + escape(line) + "</p>\n"; });
    }
    void table(LayoutSection const& section, LayoutTable const& table) override {
        out += "<div class=\"table-wrap\">\n<table class=\"" + std::string(section.key) + "\">\n";
        // The leading header rows repeat on each printed page.
        std::size_t head = 0;
        while (head < table.rows.size() && is_header(table.rows[head])) ++head;
        if (head > 0) out += "<thead>\n";
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (r == head) out += (head > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            out += "<tr>";
            for (auto const& cell : table.rows[r]) write_cell(cell);
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n</div>\n";
    }
    void end_section(LayoutSection const&) override { out += "</section>\n"; }

    void finish() { out += "</main>\n</body>\n</html>\n"; }

private:
    static bool is_header(LayoutRow const& row) {
        for (auto const& cell : row)
            if (cell.role != CellRole::header) return false;
        return true;
    }

    static std::string spans(LayoutCell const& cell) {
        std::string s;
        if (cell.row_span > 1) s += " rowspan=\"" + std::to_string(cell.row_span) + "\"";
        if (cell.column_span > 1) s += " colspan=\"" + std::to_string(cell.column_span) + "\"";
        return s;
    }

    void write_cell(LayoutCell const& cell) {
        if (!cell.figure) {
            std::string_view kind = cell.role == CellRole::caption ? "caption" : cell.role == CellRole::label ? "label" : "header";
            std::string_view scope = cell.role == CellRole::label ? "row" : "col";
            out += "<th class=\"" + std::string(kind) + "\" scope=\"" + std::string(scope) + "\"" + spans(cell) + ">" +
                   escape(cell.text) + "</th>";
            return;
        }
        auto const& f = *cell.figure;
        std::string classes, title, refs, shown = escape(f.display());
        auto add_class = [&](std::string_view c) { classes += (classes.empty() ? "" : " ") + std::string(c); };
        auto const* mark = marks_.at(f.pointer);
        bool const inferred = mark && mark->inferred && !f.value;
        if (!f.value) add_class(inferred ? "inferred" : "absent");
        if (inferred) {
            shown = std::to_string(*mark->inferred);
            title = inferred_caption(marks_.language());
        }
        if (mark) {
            if (mark->flagged()) add_class("finding");
            if (mark->suggested) {
                add_class("correction");
                refs += "<span class=\"should-be\">" + escape(should_be(*mark->suggested, marks_.language())) + "</span>";
            }
            if (!mark->findings.empty()) add_class(severity_name(mark->severity));
            for (std::size_t n : mark->findings) {
                title += (title.empty() ? "" : "\n") + std::string(marks_.message(marks_.finding(n)));
                refs += "<a class=\"ref\" href=\"#finding-" + std::to_string(n) + "\">" + std::to_string(n) + "</a>";
            }
        }
        out += "<td id=\"" + escape(f.pointer) + "\"";
        if (!classes.empty()) out += " class=\"" + classes + "\"";
        if (!title.empty()) out += " title=\"" + escape(title) + "\"";
        out += spans(cell) + ">" + shown + refs + "</td>";
    }

    // The pointers the page has an element for: sections and figure cells.
    void collect_targets(ReportLayout const& layout) {
        for (auto const& section : layout.sections) {
            targets_.insert(section.pointer());
            if (!section.table) continue;
            for (auto const& row : section.table->rows)
                for (auto const& cell : row)
                    if (cell.figure) targets_.insert(cell.figure->pointer);
        }
    }

    FindingMarks marks_;
    std::set<std::string, std::less<>> targets_;
};

}  // namespace

std::string render_html(Report const& report, std::span<Finding const> findings, DocumentOptions const& options) {
    return render_html(layout_of(report), findings, options);
}

std::string render_html(ReportLayout const& layout, std::span<Finding const> findings, DocumentOptions const& options) {
    HtmlWriter writer(FindingMarks(findings, options));
    detail::write_document(layout, writer);
    writer.finish();
    return std::move(writer.out);
}

}  // namespace ogi::render
