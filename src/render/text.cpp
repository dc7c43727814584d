#include "ogi/render/text.hpp"

#include "document.hpp"

#include "ogi/location.hpp"

namespace ogi::render {

namespace {

class TextWriter final : public detail::DocumentWriter {
public:
    std::string out;

    void title(ReportLayout const& layout) override {
        out += layout.agency;
        out += '\n';
        out += layout.year_title();
        out += '\n';
    }
    void heading(LayoutSection const& section) override {
        // A narrative not at hand is left out with its heading: an empty section would read back as empty text.
        if (!section.table && !section.narrative) return;
        out += '\n';
        out += section.heading;
        out += '\n';
    }
    void narrative(std::string_view text) override {
        out += text;
        if (!text.empty() && text.back() != '\n') out += '\n';
    }
    void table(LayoutSection const&, LayoutTable const& table) override {
        for (auto const& row : table.rows) {
            std::string line;
            for (auto const& cell : row) {
                if (cell.role == CellRole::label && cell.row_span > 1) {
                    out += cell.text;
                    out += '\n';
                    continue;
                }
                if (!line.empty()) line += ' ';
                line += cell.figure ? cell.figure->display() : std::string(cell.text);
            }
            out += line;
            out += '\n';
        }
    }
};

}  // namespace

std::string render_text(Report const& report) { return render_text(layout_of(report)); }

std::string render_text(ReportLayout const& layout) {
    TextWriter writer;
    detail::write_document(layout, writer);
    return std::move(writer.out);
}

std::string render_text(Report const& report, std::span<Finding const> findings, DocumentOptions const& options) {
    std::string out = render_text(report);
    if (findings.empty() && options.corrections.empty() && options.inferred.empty()) return out;
    Language const language = options.language;
    auto label_of = [&](std::string const& pointer) {
        auto const where = locate(report, pointer);
        return where ? where->label_path : pointer;
    };
    out += "\n" + std::string(findings_heading(language)) + "\n";
    for (std::size_t i = 0; i < findings.size(); ++i)
        out += std::to_string(i + 1) + ". " + std::string(severity_label(findings[i].severity, language)) + " " +
               findings[i].rule + ": " + std::string(message_in(findings[i], language)) + "\n";
    for (Correction const& c : options.corrections)
        out += label_of(c.path) + ": " + std::to_string(c.reported) + " → " + should_be(c.suggested, language) + "\n";
    for (Inferred const& i : options.inferred)
        out += label_of(i.path) + ": " + std::string(absent_mark) + " (" + std::string(inferred_caption(language)) + " " +
               std::to_string(i.value) + ")\n";
    return out;
}

}  // namespace ogi::render
