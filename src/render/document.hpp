#pragma once
// The reading order of a rendered report, shared by the Markdown, HTML and text writers: the title, then the six
// sections, each with its heading, its narrative and its table. A writer says how each part is written.
#include "ogi/render/layout.hpp"

#include <string>
#include <string_view>

namespace ogi::render::detail {

class DocumentWriter {
public:
    virtual ~DocumentWriter() = default;
    virtual void title(ReportLayout const& layout) = 0;
    virtual void heading(LayoutSection const& section) = 0;
    virtual void narrative(std::string_view text) = 0;
    virtual void table(LayoutSection const& section, LayoutTable const& table) = 0;
    virtual void end_section(LayoutSection const&) {}
};

inline void write_document(ReportLayout const& layout, DocumentWriter& writer) {
    writer.title(layout);
    for (auto const& section : layout.sections) {
        writer.heading(section);
        if (section.narrative) writer.narrative(*section.narrative);
        if (section.table) writer.table(section, *section.table);
        writer.end_section(section);
    }
}

// Text for HTML and XML: the markup characters as entities.
inline std::string escape_markup(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// Calls f(line) for each non-blank line of a narrative: its paragraphs, as the published text breaks them,
// without the ASCII indentation text extraction leaves (which Markdown would read as code).
template <class F>
void for_each_paragraph(std::string_view text, F&& f) {
    while (!text.empty()) {
        auto end = text.find('\n');
        auto line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (auto start = line.find_first_not_of(" \t"); start != std::string_view::npos) f(line.substr(start));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
}

}  // namespace ogi::render::detail
