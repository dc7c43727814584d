#pragma once
// Section 二 主动公开政府信息情况: which edition its tables are, and their rows read into the model.
#include "findings.hpp"
#include "glued_rows.hpp"
#include "keys.hpp"
#include "row_filling.hpp"
#include "table.hpp"

#include "ogi/model/report.hpp"
#include "ogi/walk.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ogi::import {

// The tables of 二 with the key of all their label text, what tells the edition and the unit of amounts.
struct DisclosureTables {
    TablePieces table;
    std::string key;

    explicit DisclosureTables(TablePieces t);
};

// The edition the column headers of 二 show; nullopt when they show both or neither.
std::optional<Edition> edition_of(DisclosureTables const& disclosure);

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
void fill_active_disclosure(AD& ad, DisclosureTables const& disclosure, bool run_together, Findings& findings) {
    TablePieces const& table = disclosure.table;
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

}  // namespace ogi::import
