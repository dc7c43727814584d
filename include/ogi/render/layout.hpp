#pragma once
// The official layout of a report (docs/format.md): its six sections in order, each table as the grid the format
// prints, with captions, header rows, row labels, figures and the row and column spans of merged cells. Built once
// from the model's labels; the CSV, Markdown, HTML and text writers all write this one layout.
#include "ogi/labels.hpp"
#include "ogi/model/report.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi::render {

// Texts of the published report that are layout, not labels of any cell of the model.
inline constexpr std::string_view report_title = "政府信息公开工作年度报告";
inline constexpr std::string_view information_content_header = "信息内容";  // over the row labels of 二
inline constexpr std::string_view absent_mark = "—";                       // how a blank cell is printed

// "法人或其他组织 · 商业企业": a label with the header spanning it, as json-contract.md writes them.
std::string qualified(Label const& label);

// One figure of a table: where the model keeps it and what it says.
struct FigureCell {
    std::string pointer;               // the JSON pointer findings use
    std::string_view section;          // the JSON key of its section: active_disclosure, applications, review_litigation
    std::string row_key;               // the row's path below the section, e.g. outcomes/unable_to_provide/not_held
    Label row;
    std::string_view column_key;
    Label column;
    std::optional<std::string> value;  // as published: "12", "-3", "96171.6"; nullopt when the cell is blank
    std::string_view unit;             // 元 or 万元 for money, empty for counts

    // As a table prints it: "12", "456880 元", or absent_mark.
    std::string display() const;
};

enum class CellRole { caption, header, label, figure };

struct LayoutCell {
    CellRole role = CellRole::label;
    std::string_view text;  // the official text (empty for figures); views the model's labels
    int row_span = 1;
    int column_span = 1;
    std::optional<FigureCell> figure;  // set exactly for CellRole::figure
};

// The cells of one table row in reading order; a position covered by a span from a row above is not listed
// (as in HTML).
using LayoutRow = std::vector<LayoutCell>;

struct LayoutTable {
    int width = 0;  // columns of the grid
    std::vector<LayoutRow> rows;
};

struct LayoutSection {
    std::string_view key;                       // the JSON key: overview, active_disclosure, …
    std::string_view heading;                   // 一、总体情况 …
    std::optional<std::string_view> narrative;  // narrative sections: the text, when the report has it
    std::optional<LayoutTable> table;           // table sections (二、三、四)
    std::string pointer() const { return "/" + std::string(key); }
};

// Views into the report: the report must outlive its layout.
struct ReportLayout {
    std::string_view agency;
    int year = 0;
    Edition edition = Edition::e2021;
    std::vector<LayoutSection> sections;  // 一 to 六, in order

    std::string year_title() const;  // "2020年政府信息公开工作年度报告"
};

ReportLayout layout_of(Report const& report);

// A position of a table's grid: the cell covering it, and whether the cell starts there (top-left of its span).
struct Placement {
    LayoutCell const* cell = nullptr;
    bool origin = false;
};

// The grid of a table, row by row, every position filled: for writers without merged cells.
std::vector<std::vector<Placement>> place(LayoutTable const& table);

}  // namespace ogi::render
