// import_text: the text of a published report into the model. Sections are found by their headings, the
// edition by the tables' own column headers, and each table's figures by the table reader (table.hpp).
#include "ogi/import.hpp"

#include "encoding.hpp"
#include "document.hpp"
#include "html.hpp"
#include "markdown.hpp"
#include "run_together.hpp"
#include "sections.hpp"
#include "signature_date.hpp"
#include "table.hpp"

#include "ogi/content_kind.hpp"
#include "ogi/import_rules.hpp"
#include "ogi/walk.hpp"

#include "../validate/identities.hpp"

#include <algorithm>
#include <charconv>
#include <limits>
#include <type_traits>

namespace ogi {

namespace {

using namespace ogi::import;

class Findings {
public:
    void add(ImportRule const& rule, std::optional<std::size_t> line, std::vector<std::string> paths, std::string zh,
             std::string en) {
        Finding f;
        f.rule = std::string(rule.id);
        f.severity = rule.severity;
        f.paths = std::move(paths);
        f.message = {std::move(zh), std::move(en)};
        f.source_line = line;
        list.push_back(std::move(f));
    }
    std::vector<Finding> list;
};

// Section n (1–6) of the report as the model names it: its fields after agency and year.
Field report_section(int n) {
    static std::vector<Field> const fields = [] {
        std::vector<Field> f;
        Report2019 shape{};
        for_each_field(shape, [&](Field field, auto&) { f.push_back(field); });
        return f;
    }();
    return fields[static_cast<std::size_t>(n) + 1];
}

// ---- Cells from figures ----------------------------------------------------------------------------------

// A figure as the value of a cell of type C, or nullopt when it cannot be one (a negative count, a decimal
// where a count is due, an amount without a unit). A blank marker is an absent cell.
template <class C>
std::optional<C> cell_of(PrintedFigure const& f, std::optional<MoneyUnit> default_unit) {
    if (f.blank) return C{};
    if constexpr (std::is_same_v<C, Amount>) {
        auto value = Decimal::parse(f.digits);
        auto unit = f.unit ? f.unit : default_unit;
        if (f.negative || !value || !unit) return std::nullopt;
        return C(Money{*value, *unit});
    } else {
        using T = typename C::value_type;
        std::uint64_t magnitude = 0;
        auto [end, ec] = std::from_chars(f.digits.data(), f.digits.data() + f.digits.size(), magnitude);
        if (ec != std::errc{} || end != f.digits.data() + f.digits.size() || f.unit) return std::nullopt;
        if constexpr (std::is_signed_v<T>) {
            if (magnitude > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return std::nullopt;
            T v = static_cast<T>(magnitude);
            return C(f.negative ? -v : v);
        } else {
            if (f.negative && magnitude != 0) return std::nullopt;
            return C(magnitude);
        }
    }
}

std::string figure_list(std::vector<PrintedFigure> const& figures) {
    std::string s;
    for (PrintedFigure const& f : figures) {
        if (!s.empty()) s += ' ';
        s += f.blank ? "/" : (f.negative ? "-" : "") + f.digits;
    }
    return s;
}

// Fills the cells of one row (visited with for_each_field, or an EnumMap) from its figures, all or none.
template <class Row>
bool fill_row(Row& row, std::vector<PrintedFigure> const& figures, std::optional<MoneyUnit> default_unit,
              bool& unit_missing) {
    Row filled{};
    std::size_t i = 0;
    bool ok = true;
    for_each_field(filled, [&](Field, auto& cell) {
        using C = std::remove_cvref_t<decltype(cell)>;
        if constexpr (is_cell<C>) {
            auto c = cell_of<C>(figures[i++], default_unit);
            if (!c) {
                unit_missing = unit_missing || (std::is_same_v<C, Amount> && !figures[i - 1].unit && !default_unit);
                ok = false;
            } else {
                cell = *c;
            }
        }
    });
    if (ok) row = filled;
    return ok;
}

void report_row(Findings& findings, RowFigures const& row, std::string const& path, std::string_view label) {
    if (row.figures) return;
    bool missing = !row.line;
    findings.add(missing ? import_rule::row_missing : import_rule::row_unread, row.line, {path},
                 std::string(label) + "：" + row.why_zh, std::string(label) + ": " + row.why_en);
}

void fill_checked(Findings& findings, auto& row, RowFigures const& read, std::string const& path,
                  std::string_view label, std::optional<MoneyUnit> default_unit) {
    if (!read.figures) return report_row(findings, read, path, label);
    bool unit_missing = false;
    if (fill_row(row, *read.figures, default_unit, unit_missing)) return;
    if (unit_missing)
        findings.add(import_rule::unit_unknown, read.line, {path}, std::string(label) + "：金额未注明单位（元或万元）",
                     std::string(label) + ": the amount states no unit (元 or 万元)");
    else
        findings.add(
            import_rule::row_unread, read.line, {path},
            std::string(label) + "：数字不符合该行单元格（" + figure_list(*read.figures) + "）",
            std::string(label) + ": figures that do not fit the row's cells (" + figure_list(*read.figures) + ")");
}

// ---- Figures printed run together (run_together.hpp) -----------------------------------------------------

// The digits of figures printed run together: plain counts, no sign, point or blank mark; a unit only after the
// last, where units allows it (an amount ends a row of 二).
std::optional<std::vector<std::string>> digit_runs(std::vector<PrintedFigure> const& printed, bool units = false) {
    if (printed.empty()) return std::nullopt;
    std::vector<std::string> runs;
    for (PrintedFigure const& f : printed) {
        bool unit_here = f.unit && !(units && &f == &printed.back());
        if (f.blank || f.negative || unit_here || f.digits.find('.') != std::string::npos) return std::nullopt;
        runs.push_back(f.digits);
    }
    return runs;
}

std::vector<PrintedFigure> printed_values(std::vector<std::uint64_t> const& values) {
    std::vector<PrintedFigure> out(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) out[i].digits = std::to_string(values[i]);
    return out;
}

std::string unresolved_zh(std::size_t solutions, bool beyond_budget) {
    if (beyond_budget) return "拆分的计算超过上限（" + std::to_string(split_budget) + " 步），未读取";
    if (solutions == 0) return "没有一种拆分满足报告的勾稽关系（已公布的数字本身不一致，或有数字缺失），未读取";
    return (solutions >= max_solutions ? "至少 " : "仍有 ") + std::to_string(solutions) + " 种拆分，无法确定，未读取";
}
std::string unresolved_en(std::size_t solutions, bool beyond_budget) {
    if (beyond_budget) return "splitting took more than the limit of " + std::to_string(split_budget) + " steps; not read";
    if (solutions == 0)
        return "no split satisfies the report's identities (the published figures contradict each other, or a "
               "figure is lost); not read";
    return (solutions >= max_solutions ? "at least " : "") + std::to_string(solutions) +
           " splits remain; not read";
}

// A row of 二 printed run together: no identity ties its cells, so it is split only where one split alone is
// possible. False when the row is no such row.
template <class Row>
bool fill_split(Findings& findings, Row& row, RowFigures const& read, std::size_t cells, std::string const& path,
                std::string_view label) {
    auto runs = read.figures ? std::nullopt : digit_runs(read.printed, true);
    if (!runs) return false;
    std::size_t budget = split_budget, count = 0;
    std::vector<std::uint64_t> first;
    bool complete = for_each_split(*runs, cells, budget, [&](std::vector<std::uint64_t> const& v) {
        if (count++ == 0) first = v;
    });
    bool unused = false;
    std::vector<PrintedFigure> values = printed_values(first);
    if (!values.empty()) values.back().unit = read.printed.back().unit;
    if (complete && count == 1 && fill_row(row, values, std::nullopt, unused)) {
        findings.add(import_rule::split_unique, read.line, {path}, std::string(label) + "：连写的数字只有一种拆分",
                     std::string(label) + ": figures printed run together, with one split alone");
        return true;
    }
    findings.add(import_rule::split_unresolved, read.line, {path},
                 std::string(label) + "：连写的数字，" + unresolved_zh(complete ? count : 0, !complete),
                 std::string(label) + ": figures printed run together; " + unresolved_en(complete ? count : 0, !complete));
    return true;
}

// The matrix's and 四's rows printed run together, split once all are known: the identities tie them.
struct GluedRows {
    std::vector<GluedCells> cells;
    std::vector<std::string> paths;
    std::vector<std::string_view> labels;
    std::vector<std::optional<std::size_t>> lines;

    void add(std::size_t first_cell, std::size_t count, std::vector<std::string> runs, std::string path,
             std::string_view label, std::optional<std::size_t> line) {
        cells.push_back({first_cell, count, std::move(runs)});
        paths.push_back(std::move(path));
        labels.push_back(label);
        lines.push_back(line);
    }
};

// The cells of the matrix and 四 in the numbering of the identities (identities.hpp: row by row in table
// order, then 四 group by group), to be filled.
template <class A, class Other>
std::vector<Count*> numbered_cells(BasicReport<A, Other>& r) {
    std::vector<Count*> cells;
    for_each_row(r.applications, [&](MatrixRow, ApplicantRow& row) {
        for (Count& c : row) cells.push_back(&c);
    });
    for_each_field(r.review_litigation, [&](Field, CaseRow& row) {
        for (Count& c : row) cells.push_back(&c);
    });
    return cells;
}

template <class A, class Other>
void fill_glued(BasicReport<A, Other>& r, GluedRows const& glued, Findings& findings) {
    if (glued.cells.empty()) return;
    std::vector<Count*> cells = numbered_cells(r);
    std::vector<std::optional<std::uint64_t>> known(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) known[i] = cells[i]->optional();
    SplitOutcome outcome = split_glued<Other>(glued.cells, known);
    for (std::size_t g = 0; g < glued.cells.size(); ++g) {
        auto const& values = outcome.values[g];
        if (!values) continue;
        std::string label(glued.labels[g]);
        for (std::size_t c = 0; c < values->size(); ++c) *cells[glued.cells[g].first_cell + c] = Count((*values)[c]);
        findings.add(import_rule::split_unique, glued.lines[g], {glued.paths[g]}, label + "：连写的数字按唯一的拆分读出",
                     label + ": figures printed run together, read by their one split");
    }
    for (SplitOutcome::Unresolved const& u : outcome.unresolved) {
        std::string label(glued.labels[u.row]);
        findings.add(import_rule::split_unresolved, glued.lines[u.row], {glued.paths[u.row]},
                     label + "：连写的数字，" + unresolved_zh(u.solutions, u.beyond_budget),
                     label + ": figures printed run together; " + unresolved_en(u.solutions, u.beyond_budget));
    }
}

// ---- 二 主动公开政府信息情况 --------------------------------------------------------------------------------

// The keys of the column headers of AD's blocks that the Other edition's tables also have (（一）（五）（六）
// （八）): the columns tell the editions apart, while a block of one edition kept in a report of the other
// (第二十条第（九）项 in a 2021 report) does not decide the edition.
template <class AD, class Other>
std::vector<std::string> shared_block_columns() {
    std::vector<std::string> keys;
    AD ad{};
    for_each_field(ad, [&](Field block, auto& rows) {
        bool shared = false;
        Other other{};
        for_each_field(other, [&](Field b, auto&) { shared = shared || b.key == block.key; });
        if (!shared) return;
        for_each_field(rows, [&](Field, auto& cells) {
            for_each_field(cells, [&](Field column, auto&) { keys.push_back(key(fold(column.label.text))); });
        });
    });
    return keys;
}

// The column headers of one edition that the other edition does not print, not even inside a longer header.
template <class AD, class Other>
std::vector<std::string> edition_evidence() {
    auto own = shared_block_columns<AD, Other>(), other = shared_block_columns<Other, AD>();
    std::vector<std::string> evidence;
    for (auto const& k : own) {
        bool shared = false;
        for (auto const& o : other) shared = shared || o.find(k) != std::string::npos;
        if (!shared) evidence.push_back(k);
    }
    return evidence;
}

// The tables of 二 with the key of all their label text, what tells the edition and the unit of amounts.
struct DisclosureText {
    TableText table;
    std::string key;

    explicit DisclosureText(TableText t) : table(std::move(t)) {
        for (Piece const& p : table.pieces)
            if (!p.figure) append_key(key, p.text);
    }
};

std::optional<Edition> edition_of(DisclosureText const& disclosure) {
    static auto const evidence2019 = edition_evidence<v2019::ActiveDisclosure, v2021::ActiveDisclosure>();
    static auto const evidence2021 = edition_evidence<v2021::ActiveDisclosure, v2019::ActiveDisclosure>();
    std::string_view text = disclosure.key;
    auto hits = [&](std::vector<std::string> const& evidence) {
        std::size_t n = 0;
        for (auto const& e : evidence) n += text.find(e) != std::string::npos;
        return n;
    };
    std::size_t e2019 = hits(evidence2019);
    std::size_t e2021 = hits(evidence2021);
    if (e2019 > 0 && e2021 == 0) return Edition::e2019;
    if (e2021 > 0 && e2019 == 0) return Edition::e2021;
    return std::nullopt;
}

// The label of the row at block/row in the other edition's tables, where it has one (规范性文件 became
// 行政规范性文件 in 2021; reports of either edition print either).
template <class AD>
std::optional<std::string_view> row_label_in(std::string_view block_key, std::string_view row_key) {
    std::optional<std::string_view> found;
    AD ad{};
    for_each_field(ad, [&](Field block, auto& rows) {
        for_each_field(rows, [&](Field row, auto&) {
            if (block.key == block_key && row.key == row_key) found = row.label.text;
        });
    });
    return found;
}

// The rows the tables of 二 of edition AD are read with: each row's labels (its own, and the other edition's
// wording of it), its number of columns; then the rows of the other edition's tables that AD lacks
// (其他对外管理服务事项, 政府集中采购 in a 2021 report), with no columns: anchored so that their figures end
// the span of the row above, and reported when they hold some. Built once per edition.
struct DisclosureRows {
    std::vector<std::vector<RowLabel>> labels;
    std::vector<std::size_t> columns;
    std::vector<bool> amounts_in_wan;  // a column header of the row names 万元 (rows of AD)
    std::size_t own = 0;               // rows of AD; the foreign rows follow
    std::vector<std::string_view> foreign;
};

template <class AD>
DisclosureRows const& disclosure_rows() {
    using OtherAD = std::conditional_t<std::is_same_v<AD, v2019::ActiveDisclosure>, v2021::ActiveDisclosure,
                                       v2019::ActiveDisclosure>;
    static DisclosureRows const rows = [] {
        DisclosureRows d;
        AD ad{};
        for_each_field(ad, [&](Field block, auto& rows) {
            for_each_field(rows, [&](Field row, auto& cells) {
                d.labels.push_back({row_label(row.label.text)});
                if (auto alias = row_label_in<OtherAD>(block.key, row.key); alias && *alias != row.label.text)
                    d.labels.back().push_back(row_label(*alias));
                d.columns.push_back(described_size<std::remove_cvref_t<decltype(cells)>>());
                bool wan = false;
                for_each_field(cells, [&](Field column, auto&) {
                    wan = wan || key(fold(column.label.text)).find("万元") != std::string::npos;
                });
                d.amounts_in_wan.push_back(wan);
            });
        });
        d.own = d.labels.size();
        OtherAD other{};
        for_each_field(other, [&](Field block, auto& rows) {
            for_each_field(rows, [&](Field row, auto&) {
                if (row_label_in<AD>(block.key, row.key)) return;
                d.labels.push_back({row_label(row.label.text)});
                d.columns.push_back(0);
                d.foreign.push_back(row.label.text);
            });
        });
        return d;
    }();
    return rows;
}

template <class AD>
void fill_active_disclosure(AD& ad, DisclosureText const& disclosure, bool run_together, Findings& findings) {
    TableText const& table = disclosure.table;
    DisclosureRows const& d = disclosure_rows<AD>();
    ReadOptions options;
    options.in_table_order = false;
    options.keep_printed = run_together;
    // Each block's caption (第二十条第（一）项 …) ends the rows of the block above: the captions' common start.
    std::string caption = key(fold(labels_of<AD>()[0].text)).substr(0, key("第二十条").size());
    options.stop_key = caption;
    TableReading reading = read_rows(table, find_run_anchors(table, d.labels), d.columns, options);
    for (std::size_t k = 0; k < d.foreign.size(); ++k) {
        RowFigures const& row = reading.rows[d.own + k];
        if (row.found == 0) continue;
        findings.add(import_rule::row_foreign, row.line, {"/active_disclosure"},
                     std::string(d.foreign[k]) + "：该行属于另一版本的表格，本版本没有此行，其数字未导入",
                     std::string(d.foreign[k]) +
                         ": a row of the other edition's tables, which this edition does not "
                         "have; its figures were not imported");
    }
    // 采购总金额 prints no unit in its header: the cell, or a unit stated in the table, says which.
    bool wan_in_table = disclosure.key.find("万元") != std::string::npos;
    std::size_t i = 0;
    for_each_field(ad, [&](Field block, auto& rows) {
        for_each_field(rows, [&](Field row, auto& cells) {
            std::optional<MoneyUnit> unit;
            if (d.amounts_in_wan[i] || wan_in_table) unit = MoneyUnit::wan_yuan;
            std::string path = "/active_disclosure/" + std::string(block.key) + "/" + std::string(row.key);
            RowFigures const& read = reading.rows[i];
            if (!(run_together && fill_split(findings, cells, read, d.columns[i], path, row.label.text)))
                fill_checked(findings, cells, read, path, row.label.text, unit);
            ++i;
        });
    });
}

// ---- 三 the application matrix ------------------------------------------------------------------------------

constexpr std::size_t matrix_rows = described_size<MatrixRow>();

std::vector<RowLabel> matrix_labels() {
    std::vector<RowLabel> labels;
    for (std::size_t r = 0; r < matrix_rows; ++r) labels.push_back(row_label(label(static_cast<MatrixRow>(r)).text));
    return labels;
}

bool is_other_processing_detail(MatrixRow r) {
    return r == MatrixRow::overdue_correction || r == MatrixRow::unpaid_fee || r == MatrixRow::other;
}

// The layout of （六） as printed: its sub-rows' labels, or its own label alone; nullopt when the text shows
// neither (a table cut short).
std::optional<OtherProcessingLayout> matrix_layout(std::vector<Anchor> const& anchors) {
    std::optional<OtherProcessingLayout> layout;
    for (Anchor const& a : anchors) {
        auto r = static_cast<MatrixRow>(a.row);
        if (is_other_processing_detail(r)) return OtherProcessingLayout::sub_rows;
        if (r == MatrixRow::other_processing) layout = OtherProcessingLayout::single_row;
    }
    return layout;
}

// JSON pointers of the matrix rows, in table order.
template <class Node>
void collect_paths(Node& node, std::string const& prefix, std::vector<std::string>& out) {
    for_each_field(node, [&](Field f, auto& member) {
        using M = std::remove_cvref_t<decltype(member)>;
        if constexpr (std::is_same_v<M, ApplicantRow>)
            out.push_back(prefix + "/" + std::string(f.key));
        else if constexpr (Described<M>)
            collect_paths(member, prefix + "/" + std::string(f.key), out);
    });
}

template <class Other>
void fill_matrix(ApplicationMatrix<Other>& m, TableText const& table, std::vector<Anchor> const& anchors,
                 GluedRows* glued, Findings& findings) {
    constexpr auto rows = rows_of<Other>();
    std::vector<std::size_t> columns(matrix_rows, 0);  // 0: not a row of this layout (（六） as a group label)
    for (MatrixRow r : rows) columns[index_of(r)] = described_size<Applicant>();
    // With sub-rows, （六）其他处理 is a group label, which layout text prints beside the middle of its sub-rows:
    // there it opens no row (it would look like a label out of order).
    std::vector<Anchor> opening;
    bool sub_row_seen = false;
    for (Anchor const& a : anchors) {
        auto r = static_cast<MatrixRow>(a.row);
        sub_row_seen = sub_row_seen || is_other_processing_detail(r);
        if (!(has_other_processing_detail<Other> && sub_row_seen && r == MatrixRow::other_processing))
            opening.push_back(a);
    }
    TableReading reading = read_rows(table, opening, columns,
                                     {.allow_by_position = true,
                                      .stop_key = {},
                                      .by_columns = true,
                                      .by_order = true,
                                      .keep_printed = glued != nullptr});
    if (reading.by_position)
        findings.add(import_rule::row_by_position, table.first_line, {"/applications"},
                     "第三部分表格的行名与数字分开排列；数字按表格顺序对应，与行名旁的数字一致",
                     "section 三 prints labels apart from figures; figures assigned in table order, matching every "
                     "row whose label sits beside its figures");
    static std::vector<std::string> const paths = [] {
        std::vector<std::string> p;
        ApplicationMatrix<Other> matrix{};
        collect_paths(matrix, "/applications", p);
        return p;
    }();
    std::size_t i = 0;
    for_each_row(m, [&](MatrixRow r, ApplicantRow& row) {
        RowFigures const& read = reading.rows[index_of(r)];
        std::string const& path = paths[i++];
        std::string_view const label_text = label(r).text;
        if (read.figures && std::ranges::count(reading.by_order, index_of(r)))
            findings.add(import_rule::row_by_order, read.line, {path},
                         std::string(label_text) + "：该行未印行名，按官方行序确定（前后已定位的行之间只缺这些行）",
                         std::string(label_text) + ": printed without its label; placed by the official row order "
                                                   "(the only rows missing between the rows found around it)");
        if (auto runs = glued && !read.figures ? digit_runs(read.printed) : std::nullopt) {
            glued->add(detail::IdentityTable<Other>::cell(r, Applicant::natural_person), described_size<Applicant>(),
                       std::move(*runs), path, label_text, read.line);
            return;
        }
        fill_checked(findings, row, read, path, label_text, std::nullopt);
    });
    // （六） printed with figures of its own beside its sub-rows: a layout the model cannot hold.
    auto other = index_of(MatrixRow::other_processing);
    if (columns[other] == 0 && reading.rows[other].found > 0)
        findings.add(import_rule::layout_unsupported, reading.rows[other].line, {"/applications/outcomes/other"},
                     "（六）其他处理既有本行数字又有分项，本行数字未读取",
                     "（六）其他处理 has figures of its own beside its sub-rows; its own figures were not read");
}

// ---- 四 行政复议、行政诉讼 -------------------------------------------------------------------------------------

template <class Other>
void fill_review(ReviewLitigation& review, TableText const& table, GluedRows* glued, Findings& findings) {
    std::size_t cells = 0;
    for_each_leaf<Count>(review, [&](Count&) { ++cells; });
    RowFigures read;
    std::size_t line = table.first_line;
    read.figures = read_single_row(table, cells, read.why_zh, read.why_en, line);
    if (!table.pieces.empty()) read.line = line;  // else the section is missing: the row is not found
    Field section = report_section(4);
    if (glued && !read.figures) {
        std::vector<PrintedFigure> printed;
        for (Piece const& p : table.pieces)
            if (p.figure) printed.push_back(*p.figure);
        if (auto runs = printed.size() < cells ? digit_runs(printed) : std::nullopt) {
            glued->add(detail::IdentityTable<Other>::cell(0, CaseResult::upheld), cells, std::move(*runs),
                       "/" + std::string(section.key), section.label.text, read.line);
            return;
        }
    }
    std::size_t i = 0;
    bool ok = read.figures.has_value();
    ReviewLitigation filled{};
    if (ok) {
        for_each_leaf<Count>(filled, [&](Count& c) {
            auto v = cell_of<Count>((*read.figures)[i++], std::nullopt);
            ok = ok && v.has_value();
            if (v) c = *v;
        });
    }
    if (ok) {
        review = filled;
        return;
    }
    if (read.figures) {
        read.why_zh = "数字不是件数（" + figure_list(*read.figures) + "）";
        read.why_en = "figures that are not counts (" + figure_list(*read.figures) + ")";
        read.figures.reset();
    }
    report_row(findings, read, "/" + std::string(section.key), section.label.text);
}

// ---- the report ---------------------------------------------------------------------------------------------

struct Sections {
    std::span<Line const> lines;
    Headings headings;
};

template <class R>
R build(Sections const& s, DisclosureText const& disclosure, TableText const& matrix, std::vector<Anchor> const& anchors,
        TableText const& review, bool read_disclosure, bool run_together, Findings& findings) {
    R r;
    using Other = std::remove_cvref_t<decltype(r.applications.outcomes.other)>;
    if (read_disclosure) fill_active_disclosure(r.active_disclosure, disclosure, run_together, findings);
    GluedRows glued;
    fill_matrix(r.applications, matrix, anchors, run_together ? &glued : nullptr, findings);
    fill_review<Other>(r.review_litigation, review, run_together ? &glued : nullptr, findings);
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

std::optional<Finding> too_large(std::string_view bytes, ImportOptions const& options) {
    if (bytes.size() <= options.max_bytes) return std::nullopt;
    Findings findings;
    findings.add(import_rule::too_large, std::nullopt, {},
                 "输入有 " + std::to_string(bytes.size()) + " 字节，超过上限 " + std::to_string(options.max_bytes),
                 "the input has " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                     std::to_string(options.max_bytes));
    return std::move(findings.list.front());
}

// Bytes that are no text to read, named: a binary file's kind (a PNG, a ZIP archive, …), or a page whose meta
// names a charset that is not read. nullopt for text.
std::optional<Finding> not_text(std::string_view bytes) {
    Findings findings;
    if (ContentKind kind = content_kind(bytes); is_binary(kind)) {
        ContentKindName const what = describe(kind);
        findings.add(import_rule::not_a_report, std::nullopt, {}, "输入不是文本，而是" + std::string(what.zh) + "，未读取",
                     "the input is " + std::string(what.en) + ", not a report's text; not read");
    } else if (std::string charset = declared_charset(bytes); refused_charset(charset, bytes)) {
        findings.add(import_rule::not_a_report, std::nullopt, {}, "网页声明的字符集 " + charset + " 不予读取",
                     "the page names the charset " + charset + ", which is not read");
    } else {
        return std::nullopt;
    }
    return std::move(findings.list.front());
}

// A report's text as folded lines with its sections found: the bytes decoded, a web page's or a Markdown
// conversion's text taken out (each line keeping the line of the input it comes from, for findings). Made in
// place: the lines view its buffers and the bytes, which must outlive it.
class ReportText {
public:
    // A document's text as a binary source (PDF, Word) gave it: its lines and table rows are made already.
    explicit ReportText(MappedText document) : mapped_(std::move(document)) { find_lines(); }

    ReportText(std::string_view bytes, Findings& findings) : decoded_(to_utf8(bytes, declared_charset(bytes))) {
        if (decoded_.encoding != "UTF-8")
            findings.add(import_rule::encoding, std::nullopt, {}, "输入编码：" + decoded_.encoding,
                         "input encoding: " + decoded_.encoding);
        if (decoded_.replaced)
            findings.add(import_rule::invalid_bytes, std::nullopt, {}, "部分字节无法解码，已替换为 U+FFFD",
                         "some bytes could not be decoded and were replaced by U+FFFD");
        if (looks_like_html(decoded_.text())) {
            mapped_ = html_to_text(decoded_.text());
            findings.add(import_rule::html_page, std::nullopt, {}, std::string(import_rule::html_page.zh),
                         std::string(import_rule::html_page.en));
        } else if (looks_like_markdown(decoded_.text())) {
            mapped_ = markdown_to_text(decoded_.text());
            findings.add(import_rule::markdown, std::nullopt, {}, std::string(import_rule::markdown.zh),
                         std::string(import_rule::markdown.en));
        }
        find_lines();
        // A crawled page flattened to one line: its headings and labels start lines again.
        if (!holds_report()) {
            static std::vector<std::string> const headings = [] {
                std::vector<std::string> h;
                for (int n = 1; n <= 6; ++n) h.push_back(fold(report_section(n).label.text));
                return h;
            }();
            if (auto unflattened = unflatten(lines_, headings, flattened_labels())) {
                mapped_ = std::move(unflattened);
                run_together_ = true;
                find_lines();
                findings.add(import_rule::run_together, std::nullopt, {}, std::string(import_rule::run_together.zh),
                             std::string(import_rule::run_together.en));
            }
        }
    }
    ReportText(ReportText const&) = delete;
    ReportText& operator=(ReportText const&) = delete;

    std::string const& encoding() const noexcept { return decoded_.encoding; }
    std::span<Line const> lines() const noexcept { return lines_; }
    Sections const& sections() const noexcept { return sections_; }
    Headings const& headings() const noexcept { return sections_.headings; }
    // The table text of section n (二, 三, 四).
    TableText table(int n) const {
        TableText t = table_text(section_lines(sections_.lines, headings(), n));
        t.aligned = !mapped_;
        return t;
    }

    // Whether the text holds a report: any of the headings 二, 三, 四 (the application matrix is read only
    // below 三's heading, so a text without these has no table either).
    bool holds_report() const noexcept { return headings()[1] || headings()[2] || headings()[3]; }

    // Whether the text was flattened to one line, its structure found again (run_together.hpp).
    bool run_together() const noexcept { return run_together_; }

private:
    void find_lines() {
        lines_ = fold_lines(mapped_ ? std::string_view(mapped_->text) : decoded_.text(), folded_);
        if (mapped_)
            for (std::size_t k = 0; k < lines_.size() && k < mapped_->source_lines.size(); ++k)
                lines_[k].number = mapped_->source_lines[k];
        sections_ = {lines_, find_headings(lines_)};
        // The report ends where a second set of its tables starts: that is not read (IMP-TABLES-REPEATED).
        if (auto again = second_set_of_tables(lines_, sections_.headings))
            sections_.lines = std::span<Line const>(lines_).first(*again);
    }

    // The labels a flattened text is cut at: the matrix's, and the rows and captions of 二 of both editions.
    static std::span<std::string const> flattened_labels() {
        static std::vector<std::string> const labels = [] {
            std::vector<std::string> l;
            for (std::size_t r = 0; r < matrix_rows; ++r) l.push_back(fold(label(static_cast<MatrixRow>(r)).text));
            for (Label const& group : labels_of<ApplicationMatrix2021>()) l.push_back(fold(group.text));  // 三、本年度办理结果
            for (Label const& group : labels_of<Outcomes<OtherProcessing>>()) l.push_back(fold(group.text));
            auto add_disclosure = [&](auto ad) {
                for_each_field(ad, [&](Field block, auto& rows) {
                    l.push_back(fold(block.label.text));
                    for_each_field(rows, [&](Field row, auto&) { l.push_back(fold(row.label.text)); });
                });
            };
            add_disclosure(v2019::ActiveDisclosure{});
            add_disclosure(v2021::ActiveDisclosure{});
            return l;
        }();
        return labels;
    }

    Utf8Text decoded_;
    std::optional<MappedText> mapped_;
    std::string folded_;
    bool run_together_ = false;
    std::vector<Line> lines_;
    Sections sections_;
};

// Whether a line of the title (from its first line to the one that ends its phrase, as find_title reads it)
// holds U+FFFD, which key() leaves out like punctuation: a character of the agency's name may be gone.
bool title_replaced(std::span<Line const> lines, Title const& title) {
    auto line = std::ranges::find(lines, title.line, &Line::number);
    std::string joined;
    for (; line != lines.end(); ++line) {
        if (line->raw.find("\xEF\xBF\xBD") != std::string_view::npos) return true;
        joined += key(line->text);
        if (find_title_phrase(joined) != std::string::npos) return false;
    }
    return false;
}

// Who published the report and for which year, as its title and its reporting period say.
struct Identity {
    std::optional<Title> title;
    int year = 0;  // 0: no year anywhere
    std::string agency;
};

Identity identity_of(ReportText const& text) {
    std::span<Line const> const lines = text.lines();
    Headings const& headings = text.headings();
    Identity id;
    id.title = find_title(lines, headings[0]);
    // Without a year in the title, the start of the reporting period before 二 (统计期限自 2023 年 1 月 1 日起):
    // any other year there may be another one (根据 2019 年修订的《条例》).
    id.year = id.title && id.title->year ? *id.title->year : 0;
    for (std::size_t i = 0; id.year == 0 && i < headings[1].value_or(lines.size()); ++i) {
        std::string k = key(lines[i].text);
        for (std::size_t from = 0; id.year == 0 && from < k.size();) {
            auto y = find_year(std::string_view(k).substr(from));
            if (!y) break;
            from += y->at + y->length;
            if (std::string_view(k).substr(from).starts_with("1月1日")) id.year = y->year;
        }
    }
    id.agency = id.title ? full_agency_name(id.title->agency, lines) : std::string();
    return id;
}

}  // namespace

bool looks_like_json(std::string_view bytes) noexcept {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        return c == '{' || c == '[';
    }
    return false;
}

std::optional<ReportKey> import_report_key(std::string_view bytes, ImportOptions const& options) {
    if (too_large(bytes, options)) return std::nullopt;
    std::optional<DocumentText> document = read_document(bytes, options);
    if (document && !document->text) return std::nullopt;
    if (!document && not_text(bytes)) return std::nullopt;
    Findings unused;
    std::optional<ReportText> read;  // in place: its lines view its buffers
    if (document) read.emplace(std::move(*document->text));
    else read.emplace(bytes, unused);
    ReportText const& text = *read;
    if (!text.holds_report()) return std::nullopt;
    Identity id = identity_of(text);
    return ReportKey{std::move(id.agency), id.year};
}

namespace {

// The report a text holds, with the findings made so far (its source's) and the reader's own.
ImportResult read_report(ReportText const& text, Findings findings) {
    ImportResult result;
    if (!text.holds_report()) {
        findings.add(import_rule::not_a_report, std::nullopt, {}, "文本中没有年度报告的第二、三、四部分",
                     "the text has none of the sections 二, 三, 四 of an annual report");
        result.findings = std::move(findings.list);
        return result;
    }
    Sections const& s = text.sections();
    if (std::size_t const end = s.lines.size(); end < text.lines().size()) {
        std::string const line = std::to_string(text.lines()[end].number);
        findings.add(import_rule::tables_repeated, text.lines()[end].number, {},
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
    DisclosureText const disclosure(text.table(2));
    TableText const matrix = text.table(3);
    TableText const review = text.table(4);
    static auto const labels = matrix_labels();
    std::vector<Anchor> const anchors = find_numbered_anchors(matrix, labels);

    Identity const id = identity_of(text);
    std::optional<Edition> edition = edition_of(disclosure);
    std::optional<OtherProcessingLayout> layout = matrix_layout(anchors);
    if (!edition) {
        findings.add(import_rule::edition_unknown,
                     s.headings[1] ? std::optional(s.lines[*s.headings[1]].number) : std::nullopt, {"/active_disclosure"},
                     "第二部分表头不能确定是 2019 年版还是 2021 年版",
                     "the headers of section 二 do not tell the 2019 edition from the 2021 one");
    }
    Edition shape = edition.value_or(
        layout == OtherProcessingLayout::sub_rows || id.year >= 2021 ? Edition::e2021 : Edition::e2019);
    if (!layout) layout = shape == Edition::e2021 ? OtherProcessingLayout::sub_rows : OtherProcessingLayout::single_row;
    bool read_disclosure = edition.has_value();
    if (shape == Edition::e2019 && layout == OtherProcessingLayout::sub_rows) {
        findings.add(import_rule::layout_unsupported, std::nullopt, {"/applications/outcomes/other"},
                     "2019 年版表格中（六）其他处理却有 2021 年版的分项，未读取",
                     "2019 tables, but （六）其他处理 has the 2021 sub-rows; not read");
    }
    Report report;
    if (shape == Edition::e2019)
        report = build<Report2019>(s, disclosure, matrix, anchors, review, read_disclosure, text.run_together(), findings);
    else if (layout == OtherProcessingLayout::sub_rows)
        report = build<Report2021>(s, disclosure, matrix, anchors, review, read_disclosure, text.run_together(), findings);
    else {
        std::optional<std::size_t> line;
        for (Anchor const& a : anchors)
            if (static_cast<MatrixRow>(a.row) == MatrixRow::other_processing) line = matrix.pieces[a.piece].line;
        findings.add(import_rule::layout_mixed, line, {"/applications/outcomes/other"},
                     "第二部分为 2021 年版表格，第三部分（六）其他处理为一行（2019 年版）",
                     "section 二 uses the 2021 tables, section 三 keeps （六）其他处理 as one row (2019 layout)");
        report = build<Report2021SingleRowOther>(s, disclosure, matrix, anchors, review, read_disclosure, text.run_together(), findings);
    }

    auto const& title = id.title;
    if (!title || title->agency.empty() || !title->year)
        findings.add(import_rule::title_unread, title ? std::optional(title->line) : std::nullopt, {"/agency", "/year"},
                     "标题中未能读出机关名称或年度", "the title does not give the agency or the year");
    if (title && title_replaced(text.lines(), *title))
        findings.add(import_rule::invalid_bytes, title->line, {"/agency"},
                     "标题有无法解码的字节，机关名称可能缺字：" + id.agency,
                     "the title has bytes that could not be decoded; the agency's name may lack characters: " +
                         id.agency);
    if (id.year == 0)
        findings.add(import_rule::year_unread, std::nullopt, {"/year"}, std::string(import_rule::year_unread.zh),
                     std::string(import_rule::year_unread.en));
    report.visit([&](auto& r) {
        r.agency = id.agency;
        r.year = id.year;  // 0 when no year anywhere (IMP-YEAR-UNREAD): JSON then refuses the report
    });
    result.report = std::move(report);
    result.findings = std::move(findings.list);
    return result;
}

std::optional<ImportResult> refuse_too_large(std::string_view bytes, ImportOptions const& options) {
    auto refused = too_large(bytes, options);
    if (!refused) return std::nullopt;
    ImportResult result;
    result.findings.push_back(std::move(*refused));
    return result;
}

}  // namespace

ImportResult import_text(std::string_view bytes, ImportOptions const& options) {
    if (auto refused = refuse_too_large(bytes, options)) return std::move(*refused);
    if (auto refused = not_text(bytes)) return ImportResult{std::nullopt, {std::move(*refused)}, {}};
    Findings findings;
    ReportText const text(bytes, findings);
    ImportResult result = read_report(text, std::move(findings));
    result.encoding = text.encoding();
    return result;
}

ImportResult import_report(std::string_view bytes, ImportOptions const& options) {
    if (auto refused = refuse_too_large(bytes, options)) return std::move(*refused);
    std::optional<DocumentText> document = read_document(bytes, options);
    if (!document) return import_text(bytes, options);
    Findings findings;
    findings.list = std::move(document->findings);
    if (!document->text) return ImportResult{std::nullopt, std::move(findings.list), {}};
    ReportText const text(std::move(*document->text));
    return read_report(text, std::move(findings));
}

}  // namespace ogi
