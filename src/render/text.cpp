#include "ogi/render/text.hpp"

#include "document.hpp"

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

std::string render_text(Report const& report) {
    ReportLayout layout = layout_of(report);
    TextWriter writer;
    detail::write_document(layout, writer);
    return std::move(writer.out);
}

}  // namespace ogi::render
