#include "ogi/render/csv.hpp"

#include "ogi/render/layout.hpp"

#include <initializer_list>

namespace ogi::render {

void append_csv_field(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

namespace {

void append_line(std::string& out, std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (auto field : fields) {
        if (!first) out += ',';
        append_csv_field(out, field);
        first = false;
    }
    out += "\r\n";
}

// Calls f(row) for every table row of the section that holds figures.
template <class F>
void for_each_figure_row(ReportLayout const& layout, std::string_view section, F&& f) {
    for (auto const& s : layout.sections) {
        if (!s.table || (!section.empty() && s.key != section)) continue;
        for (auto const& row : s.table->rows)
            if (!row.empty() && row.back().figure) f(row);
    }
}

constexpr std::string_view matrix_section = "applications";

}  // namespace

std::string csv_header(CsvOptions const& options) {
    std::string out(options.bom ? utf8_bom : "");
    if (!options.wide) {
        append_line(out, {"agency", "year", "edition", "section", "row_key", "column_key", "row_label", "column_label",
                          "value", "unit"});
        return out;
    }
    out += "agency,year,edition,row_key,row_label";
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<Applicant>>([&](auto d) {
        out += ',';
        out += d.name;
    });
    out += "\r\n";
    return out;
}

void append_csv_lines(std::string& out, Report const& report, CsvOptions const& options) {
    ReportLayout layout = layout_of(report);
    std::string year = std::to_string(layout.year);
    std::string_view edition = edition_name(layout.edition);
    if (!options.wide) {
        for_each_figure_row(layout, {}, [&](LayoutRow const& row) {
            for (auto const& cell : row) {
                if (!cell.figure) continue;
                auto const& f = *cell.figure;
                append_line(out, {layout.agency, year, edition, f.section, f.row_key, f.column_key, qualified(f.row),
                                  qualified(f.column), f.value.value_or(""), f.unit});
            }
        });
        return;
    }
    for_each_figure_row(layout, matrix_section, [&](LayoutRow const& row) {
        auto const& first = *row.back().figure;
        for (auto field : {layout.agency, std::string_view(year), edition, std::string_view(first.row_key)}) {
            append_csv_field(out, field);
            out += ',';
        }
        append_csv_field(out, qualified(first.row));
        for (auto const& cell : row) {
            if (!cell.figure) continue;
            out += ',';
            append_csv_field(out, cell.figure->value.value_or(""));
        }
        out += "\r\n";
    });
}

std::string render_csv(std::span<Report const> reports, CsvOptions const& options) {
    std::string out = csv_header(options);
    for (auto const& report : reports) append_csv_lines(out, report, options);
    return out;
}

}  // namespace ogi::render
