#pragma once
// 二、主动公开政府信息情况, 2019 edition (国办公开办函〔2019〕60号).
#include "ogi/cell.hpp"
#include "ogi/labels.hpp"

#include <boost/describe/class.hpp>

namespace ogi::v2019 {

struct DocumentRow {
    Count newly_made;
    Count newly_published;
    Count total_published;
    friend constexpr bool operator==(DocumentRow const&, DocumentRow const&) = default;
};
BOOST_DESCRIBE_STRUCT(DocumentRow, (), (newly_made, newly_published, total_published))
constexpr Labels<3> official_labels(DocumentRow const*) {
    return {{{"本年新制作数量"}, {"本年新公开数量"}, {"对外公开总数量"}}};
}

// A row of items whose number changes year on year (许可, 处罚, 强制 …).
struct ItemRow {
    Count previous_year_items;
    Change change;
    Count decisions;
    friend constexpr bool operator==(ItemRow const&, ItemRow const&) = default;
};
BOOST_DESCRIBE_STRUCT(ItemRow, (), (previous_year_items, change, decisions))
constexpr Labels<3> official_labels(ItemRow const*) {
    return {{{"上一年项目数量"}, {"本年增/减"}, {"处理决定数量"}}};
}

struct FeeItemRow {
    Count previous_year_items;
    Change change;
    friend constexpr bool operator==(FeeItemRow const&, FeeItemRow const&) = default;
};
BOOST_DESCRIBE_STRUCT(FeeItemRow, (), (previous_year_items, change))
constexpr Labels<2> official_labels(FeeItemRow const*) { return {{{"上一年项目数量"}, {"本年增/减"}}}; }

struct ProcurementRow {
    Count items;
    Amount total_amount;
    friend constexpr bool operator==(ProcurementRow const&, ProcurementRow const&) = default;
};
BOOST_DESCRIBE_STRUCT(ProcurementRow, (), (items, total_amount))
constexpr Labels<2> official_labels(ProcurementRow const*) { return {{{"采购项目数量"}, {"采购总金额"}}}; }

struct RegulatoryDocuments {
    DocumentRow rules;
    DocumentRow normative_documents;
    friend constexpr bool operator==(RegulatoryDocuments const&, RegulatoryDocuments const&) = default;
};
BOOST_DESCRIBE_STRUCT(RegulatoryDocuments, (), (rules, normative_documents))
constexpr Labels<2> official_labels(RegulatoryDocuments const*) { return {{{"规章"}, {"规范性文件"}}}; }

struct Licensing {
    ItemRow administrative_licensing;
    ItemRow other_external_services;
    friend constexpr bool operator==(Licensing const&, Licensing const&) = default;
};
BOOST_DESCRIBE_STRUCT(Licensing, (), (administrative_licensing, other_external_services))
constexpr Labels<2> official_labels(Licensing const*) { return {{{"行政许可"}, {"其他对外管理服务事项"}}}; }

struct PenaltiesAndCoercion {
    ItemRow administrative_penalty;
    ItemRow administrative_coercion;
    friend constexpr bool operator==(PenaltiesAndCoercion const&, PenaltiesAndCoercion const&) = default;
};
BOOST_DESCRIBE_STRUCT(PenaltiesAndCoercion, (), (administrative_penalty, administrative_coercion))
constexpr Labels<2> official_labels(PenaltiesAndCoercion const*) { return {{{"行政处罚"}, {"行政强制"}}}; }

struct Fees {
    FeeItemRow administrative_fees;
    friend constexpr bool operator==(Fees const&, Fees const&) = default;
};
BOOST_DESCRIBE_STRUCT(Fees, (), (administrative_fees))
constexpr Labels<1> official_labels(Fees const*) { return {{{"行政事业性收费"}}}; }

struct Procurement {
    ProcurementRow centralized_procurement;
    friend constexpr bool operator==(Procurement const&, Procurement const&) = default;
};
BOOST_DESCRIBE_STRUCT(Procurement, (), (centralized_procurement))
constexpr Labels<1> official_labels(Procurement const*) { return {{{"政府集中采购"}}}; }

struct ActiveDisclosure {
    RegulatoryDocuments regulatory_documents;
    Licensing licensing;
    PenaltiesAndCoercion penalties_and_coercion;
    Fees fees;
    Procurement procurement;
    friend constexpr bool operator==(ActiveDisclosure const&, ActiveDisclosure const&) = default;
};
BOOST_DESCRIBE_STRUCT(ActiveDisclosure, (), (regulatory_documents, licensing, penalties_and_coercion, fees, procurement))
constexpr Labels<5> official_labels(ActiveDisclosure const*) {
    return {{{"第二十条第（一）项"}, {"第二十条第（五）项"}, {"第二十条第（六）项"}, {"第二十条第（八）项"}, {"第二十条第（九）项"}}};
}

}  // namespace ogi::v2019
