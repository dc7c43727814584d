#include "ogi/render/markdown.hpp"

#include "document.hpp"

namespace ogi::render {

namespace {

// Text from the report is untrusted: it must not turn into markup, links, HTML or table cells.
std::string escape(std::string_view text) {
    constexpr std::string_view inline_marks = "\\`*_[]<>|#~&!";
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool at_line_start = i == 0 || text[i - 1] == '\n';
        bool block_mark = at_line_start && (c == '-' || c == '+' || c == '=');
        if (inline_marks.find(c) != std::string_view::npos || block_mark) out += '\\';
        // "1. …" at the start of a line would become a numbered list.
        if ((c == '.' || c == ')') && i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') {
            std::size_t start = i;
            while (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9') --start;
            if (start == 0 || text[start - 1] == '\n') out += '\\';
        }
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

class MarkdownWriter final : public detail::DocumentWriter {
public:
    explicit MarkdownWriter(FindingMarks marks) : marks_(std::move(marks)) {}

    std::string out;

    void title(ReportLayout const& layout) override {
        out += "# " + escape(layout.agency) + layout.year_title() + "\n";
        if (marks_.findings().empty() && marks_.corrections().empty()) return;
        out += "\n## " + std::string(findings_heading(marks_.language())) + "\n\n";
        for (std::size_t i = 0; i < marks_.findings().size(); ++i) {
            auto const& f = marks_.findings()[i];
            out += std::to_string(i + 1) + ". **" + std::string(severity_label(f.severity, marks_.language())) + "**";
            if (!f.paths.empty()) out += " `" + f.paths.front() + "`";
            out += " " + escape(marks_.message(f)) + "\n";
        }
        if (!marks_.corrections().empty()) out += '\n';
        for (Correction const& c : marks_.corrections())
            out += "- `" + c.path + "` " + std::to_string(c.reported) + " → " + should_be(c.suggested, marks_.language()) + "\n";
    }
    void heading(LayoutSection const& section) override { out += "\n## " + std::string(section.heading) + "\n"; }
    void narrative(std::string_view text) override {
        detail::for_each_paragraph(text, [&](std::string_view line) { out += "\n" + escape(line) + "\n"; });
    }
    void table(LayoutSection const&, LayoutTable const& table) override {
        auto grid = place(table);
        out += '\n';
        for (std::size_t r = 0; r < grid.size(); ++r) {
            out += '|';
            for (auto const& p : grid[r]) out += " " + cell_text(p, r > 0) + " |";
            out += '\n';
            if (r == 0) {
                out += '|';
                for (std::size_t c = 0; c < grid[r].size(); ++c) out += " --- |";
                out += '\n';
            }
        }
    }

private:
    std::string cell_text(Placement const& p, bool bold_headers) const {
        if (!p.cell || !p.origin) return {};
        LayoutCell const& cell = *p.cell;
        // Labels and figures are the model's own text; only the report's text needs escaping.
        if (!cell.figure) {
            std::string text(cell.text);
            return bold_headers && cell.role != CellRole::label ? "**" + text + "**" : text;
        }
        std::string text = cell.figure->display();
        auto const* mark = marks_.at(cell.figure->pointer);
        if (!mark) return text;
        if (mark->inferred && !cell.figure->value)
            text = "*" + std::to_string(*mark->inferred) + "*（" + std::string(inferred_caption(marks_.language())) + "）";
        if (!mark->findings.empty()) text += " ⚠";
        for (std::size_t i = 0; i < mark->findings.size(); ++i)
            text += (i ? "," : "") + std::to_string(mark->findings[i]);
        if (mark->suggested) text += " → **" + should_be(*mark->suggested, marks_.language()) + "**";
        return text;
    }

    FindingMarks marks_;
};

}  // namespace

std::string render_markdown(Report const& report, std::span<Finding const> findings, DocumentOptions const& options) {
    ReportLayout layout = layout_of(report);
    MarkdownWriter writer(FindingMarks(findings, options));
    detail::write_document(layout, writer);
    return std::move(writer.out);
}

}  // namespace ogi::render
