#include "ogi/render/docx.hpp"

#include "document.hpp"

#include <zip.h>

#include <algorithm>
#include <ctime>
#include <iterator>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace ogi::render {

namespace {

constexpr std::string_view w_namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A4 portrait in twentieths of a point, with 2 cm side margins: the width the tables share.
constexpr int page_width = 11906, page_height = 16838, side_margin = 1134;
constexpr int text_width = page_width - 2 * side_margin;

// Text of the report as XML character data: markup escaped, and the control characters XML 1.0 cannot hold
// (which a narrative may carry from JSON) left out.
std::string xml_text(std::string_view text) {
    std::string kept;
    kept.reserve(text.size());
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') kept += c;
    return detail::escape_markup(kept);
}

std::string run(std::string_view text, std::string_view properties = {}) {
    std::string r = "<w:r>";
    if (!properties.empty()) r += "<w:rPr>" + std::string(properties) + "</w:rPr>";
    return r + "<w:t xml:space=\"preserve\">" + xml_text(text) + "</w:t></w:r>";
}

std::string paragraph(std::string_view style, std::string_view content, std::string_view properties = {}) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + std::string(style) + "\"/>" + std::string(properties) + "</w:pPr>" +
           std::string(content) + "</w:p>";
}

// The shading of a cell with a finding, by its gravest severity (the colours of the HTML page).
std::string_view shade_of(Severity severity) {
    switch (severity) {
    case Severity::error: return "FDE0DC";
    case Severity::warning: return "FFF1CC";
    case Severity::notice: return "E1EFFF";
    }
    return "FDE0DC";
}

std::string_view correction_words(Language language) {
    return language == Language::en ? "suggested correction: " : "建议更正：";
}

class DocxWriter final : public detail::DocumentWriter {
public:
    explicit DocxWriter(FindingMarks marks) : marks_(std::move(marks)) {}

    std::string body;
    std::string comments;  // the w:comment elements, one per marked cell
    int comment_count = 0;

    void title(ReportLayout const& layout) override {
        body += paragraph("Title", run(layout.agency) + "<w:r><w:br/></w:r>" + run(layout.year_title()));
    }
    void heading(LayoutSection const& section) override {
        // As in the text: a narrative not at hand is left out with its heading, which would read back as empty text.
        if (!section.table && !section.narrative) return;
        body += paragraph("Heading1", run(section.heading));
    }
    void narrative(std::string_view text) override {
        detail::for_each_paragraph(text, [&](std::string_view line) { body += paragraph("BodyText", run(line)); });
    }
    void table(LayoutSection const&, LayoutTable const& table) override {
        widths_ = column_widths(table);
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(text_width) +
                "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>";
        for (std::string_view edge : {"top", "left", "bottom", "right", "insideH", "insideV"})
            body += "<w:" + std::string(edge) + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
        body += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
        for (int w : widths_) body += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
        body += "</w:tblGrid>";
        // The grid, so that each position covered from the row above gets its continuing cell (w:vMerge).
        std::vector<std::vector<Placement>> grid = place(table);
        for (std::size_t r = 0; r < grid.size(); ++r) {
            bool header = is_header(table.rows[r]);
            body += std::string("<w:tr><w:trPr><w:cantSplit/>") + (header && leading_header(table, r) ? "<w:tblHeader/>" : "") +
                    "</w:trPr>";
            for (std::size_t c = 0; c < grid[r].size();) {
                Placement const& at = grid[r][c];
                if (!at.cell) {  // a position no cell covers: an empty one keeps the grid whole
                    body += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(widths_[c]) +
                            "\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>";
                    ++c;
                    continue;
                }
                write_cell(*at.cell, at.origin, c);
                c += static_cast<std::size_t>(std::max(at.cell->column_span, 1));
            }
            body += "</w:tr>";
        }
        body += "</w:tbl>";
    }

private:
    // Columns of figures alone are narrow (a figure cell of one column opens in each); the columns of labels,
    // which come first, share the rest of the width.
    static std::vector<int> column_widths(LayoutTable const& table) {
        constexpr int figure_width = 850;  // 1.5 cm: seven digits in 10.5 pt
        std::size_t const width = static_cast<std::size_t>(std::max(table.width, 1));
        std::vector<bool> figures(width, false);
        for (auto const& row : place(table))
            for (std::size_t c = 0; c < row.size() && c < width; ++c)
                if (row[c].cell && row[c].origin && row[c].cell->figure && row[c].cell->column_span == 1) figures[c] = true;
        auto narrow = static_cast<int>(std::ranges::count(figures, true));
        int const labels = static_cast<int>(width) - narrow;
        if (labels == 0 || narrow * figure_width > text_width * 3 / 4)
            return std::vector<int>(width, text_width / static_cast<int>(width));
        // Of several label columns, the last holds the longest labels (the matrix's 1.本机关不掌握相关政府信息):
        // half the labels' width; the group labels before it share the other half.
        int const label_width = text_width - narrow * figure_width;
        int const last_label = static_cast<int>(std::distance(figures.begin(), std::ranges::find(figures, true))) - 1;
        std::vector<int> widths;
        for (std::size_t c = 0; c < width; ++c) {
            if (figures[c]) widths.push_back(figure_width);
            else if (labels == 1) widths.push_back(label_width);
            else widths.push_back(static_cast<int>(c) == last_label ? label_width / 2 : label_width / 2 / (labels - 1));
        }
        return widths;
    }

    static bool is_header(LayoutRow const& row) {
        for (auto const& cell : row)
            if (cell.role != CellRole::header) return false;
        return !row.empty();
    }
    // The rows of header that open a table repeat on each page it runs over.
    static bool leading_header(LayoutTable const& table, std::size_t r) {
        for (std::size_t k = 0; k <= r; ++k)
            if (!is_header(table.rows[k])) return false;
        return true;
    }

    void write_cell(LayoutCell const& cell, bool origin, std::size_t column) {
        int span = std::max(cell.column_span, 1);
        int cell_width = 0;
        for (std::size_t c = column; c < column + static_cast<std::size_t>(span) && c < widths_.size(); ++c) cell_width += widths_[c];
        body += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(cell_width) + "\" w:type=\"dxa\"/>";
        if (span > 1) body += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
        if (cell.row_span > 1) body += origin ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>";
        FindingMarks::Mark const* mark = origin && cell.figure ? marks_.at(cell.figure->pointer) : nullptr;
        if (mark && !mark->flagged()) mark = nullptr;  // an inferred blank: the document shows what was published
        if (mark) body += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + std::string(shade_of(mark->severity)) + "\"/>";
        body += "<w:vAlign w:val=\"center\"/></w:tcPr>";
        if (!origin) {  // the continuation of a cell merged from above holds no text
            body += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p></w:tc>";
            return;
        }
        std::string_view align = cell.figure ? (cell.figure->value ? "right" : "center")
                                 : cell.role == CellRole::label && cell.row_span == 1 ? "left"
                                                                                      : "center";
        std::string properties = "<w:jc w:val=\"" + std::string(align) + "\"/>";
        std::string bold = cell.role == CellRole::caption || mark ? "<w:b/>" : "";
        std::string text = cell.figure ? cell.figure->display() : std::string(cell.text);
        if (!mark) {
            body += paragraph("TableText", run(text, bold), properties) + "</w:tc>";
            return;
        }
        std::string id = std::to_string(comment_count++);
        body += paragraph("TableText",
                          "<w:commentRangeStart w:id=\"" + id + "\"/>" + run(text, bold) + "<w:commentRangeEnd w:id=\"" +
                              id + "\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"" +
                              id + "\"/></w:r>",
                          properties) +
                "</w:tc>";
        add_comment(id, *mark, text);
    }

    // The comment of a marked cell: each of its findings, numbered as the findings were given, then the
    // correction of the cell where there is one.
    void add_comment(std::string const& id, FindingMarks::Mark const& mark, std::string_view reported) {
        comments += "<w:comment w:id=\"" + id + "\" w:author=\"ogi\" w:initials=\"ogi\">";
        for (std::size_t n : mark.findings) {
            Finding const& f = marks_.finding(n);
            comments += paragraph("CommentText", run(std::to_string(n) + ". " +
                                                     std::string(severity_label(f.severity, marks_.language())) + " " +
                                                     f.rule + "：" + std::string(marks_.message(f))));
        }
        if (mark.suggested)
            comments += paragraph("CommentText", run(std::string(correction_words(marks_.language())) +
                                                     std::string(reported) + " → " + std::to_string(*mark.suggested)));
        comments += "</w:comment>";
    }

    FindingMarks marks_;
    std::vector<int> widths_;  // of the grid columns of the table being written, in twips
};

// The faces: East Asian text in the Chinese family names an official document uses, Latin text and digits in
// Times New Roman; each face names its common English alias, which word processors fall back to.
struct Face {
    std::string_view name, alias, panose;
};
constexpr Face song{"宋体", "SimSun", "02010600030101010101"};
constexpr Face fang_song{"仿宋", "FangSong", "02010609060101010101"};
constexpr Face hei{"黑体", "SimHei", "02010609060101010101"};

std::string fonts(Face const& east_asian) {
    return "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" +
           std::string(east_asian.name) + "\" w:cs=\"Times New Roman\"/>";
}

std::string font_table() {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"" +
                      std::string(w_namespace) + "\">";
    for (Face const* face : {&song, &fang_song, &hei})
        xml += "<w:font w:name=\"" + std::string(face->name) + "\"><w:altName w:val=\"" + std::string(face->alias) +
               "\"/><w:panose1 w:val=\"" + std::string(face->panose) +
               "\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>";
    xml += "<w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/>"
           "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>";
    return xml;
}

std::string style(std::string_view id, std::string_view name, std::string_view paragraph_properties,
                  std::string_view run_properties, std::string_view type = "paragraph") {
    return "<w:style w:type=\"" + std::string(type) + "\" w:styleId=\"" + std::string(id) + "\"><w:name w:val=\"" +
           std::string(name) + "\"/>" + (type == "paragraph" ? "<w:qFormat/>" : "") +
           (paragraph_properties.empty() ? "" : "<w:pPr>" + std::string(paragraph_properties) + "</w:pPr>") + "<w:rPr>" +
           std::string(run_properties) + "</w:rPr></w:style>";
}

// Properties in the order the schema (ECMA-376) requires, which Word checks. Sizes in half points: 二号 22 pt for the title, 三号 16 pt for headings and narratives (as official documents
// print them), 10.5 pt (五号) in the tables.
std::string styles() {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" +
                      std::string(w_namespace) + "\"><w:docDefaults><w:rPrDefault><w:rPr>" + fonts(song) +
                      "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
                      "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
                      "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
    xml += style("Title", "Title", "<w:spacing w:before=\"240\" w:after=\"480\"/><w:jc w:val=\"center\"/>",
                 fonts(song) + "<w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>");
    xml += style("Heading1", "heading 1", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                 fonts(hei) + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
    xml += style("BodyText", "Body Text",
                 "<w:spacing w:line=\"360\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
                 "<w:jc w:val=\"both\"/>",
                 fonts(fang_song) + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
    xml += style("TableText", "Table Text", "<w:spacing w:before=\"20\" w:after=\"20\"/>",
                 fonts(song) + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>");
    xml += style("CommentText", "annotation text", "", fonts(song) + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
    xml += style("CommentReference", "annotation reference", "", "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>", "character");
    return xml + "</w:styles>";
}

std::string document_part(std::string const& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" +
           std::string(w_namespace) + "\" xmlns:r=\"" + std::string(relationships) + "\"><w:body>" + body +
           "<w:sectPr><w:pgSz w:w=\"" + std::to_string(page_width) + "\" w:h=\"" + std::to_string(page_height) +
           "\"/><w:pgMar w:top=\"1440\" w:right=\"" + std::to_string(side_margin) + "\" w:bottom=\"1440\" w:left=\"" +
           std::to_string(side_margin) +
           "\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
}

std::string content_types(bool with_comments) {
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/fontTable.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>";
    if (with_comments)
        xml += "<Override PartName=\"/word/comments.xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>";
    return xml + "</Types>";
}

std::string relationship(std::string_view id, std::string_view type, std::string_view target) {
    return "<Relationship Id=\"" + std::string(id) + "\" Type=\"" + std::string(relationships) + "/" +
           std::string(type) + "\" Target=\"" + std::string(target) + "\"/>";
}

std::string relationships_part(std::string const& list) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
           list + "</Relationships>";
}

// An archive built in memory: the parts are added in order ([Content_Types].xml first, as readers expect),
// each with the same fixed time, so that one report always gives the same bytes.
class Archive {
public:
    Archive() {
        zip_error_t error;
        zip_error_init(&error);
        source_ = zip_source_buffer_create(nullptr, 0, 0, &error);
        if (source_) zip_ = zip_open_from_source(source_, ZIP_TRUNCATE, &error);
        zip_error_fini(&error);
        if (!zip_) {
            if (source_) zip_source_free(source_);
            throw std::bad_alloc();
        }
        zip_source_keep(source_);  // the bytes are read from it after the archive is closed
    }
    Archive(Archive const&) = delete;
    Archive& operator=(Archive const&) = delete;
    ~Archive() {
        if (zip_) zip_discard(zip_);
        zip_source_free(source_);
    }

    void add(char const* name, std::string content) {
        parts_.push_back(std::make_unique<std::string>(std::move(content)));  // libzip reads it at close
        std::string const& part = *parts_.back();
        zip_source_t* data = zip_source_buffer(zip_, part.data(), part.size(), 0);
        zip_int64_t index = data ? zip_file_add(zip_, name, data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data) zip_source_free(data);
            throw std::bad_alloc();
        }
        zip_file_set_mtime(zip_, static_cast<zip_uint64_t>(index), fixed_time, 0);
    }

    std::string bytes() && {
        if (zip_close(zip_) != 0) throw std::bad_alloc();
        zip_ = nullptr;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_source_stat(source_, &stat) != 0 || zip_source_open(source_) != 0) throw std::bad_alloc();
        std::string out(static_cast<std::size_t>(stat.size), '\0');
        zip_int64_t n = zip_source_read(source_, out.data(), out.size());
        zip_source_close(source_);
        if (n < 0 || static_cast<std::size_t>(n) != out.size()) throw std::bad_alloc();
        return out;
    }

private:
    static constexpr time_t fixed_time = 1577836800;  // 2020-01-01
    zip_source_t* source_ = nullptr;
    zip_t* zip_ = nullptr;
    std::vector<std::unique_ptr<std::string>> parts_;
};

}  // namespace

std::string render_docx(Report const& report, std::span<Finding const> findings, DocumentOptions const& options) {
    ReportLayout layout = layout_of(report);
    DocxWriter writer(FindingMarks(findings, options));
    detail::write_document(layout, writer);
    bool const with_comments = writer.comment_count > 0;

    std::string document_relationships = relationship("rId1", "styles", "styles.xml") +
                                         relationship("rId2", "fontTable", "fontTable.xml");
    if (with_comments) document_relationships += relationship("rId3", "comments", "comments.xml");

    Archive archive;
    archive.add("[Content_Types].xml", content_types(with_comments));
    archive.add("_rels/.rels", relationships_part(relationship("rId1", "officeDocument", "word/document.xml")));
    archive.add("word/document.xml", document_part(writer.body));
    archive.add("word/_rels/document.xml.rels", relationships_part(document_relationships));
    archive.add("word/styles.xml", styles());
    archive.add("word/fontTable.xml", font_table());
    if (with_comments)
        archive.add("word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"" +
                                             std::string(w_namespace) + "\">" + writer.comments + "</w:comments>");
    return std::move(archive).bytes();
}

}  // namespace ogi::render
