#pragma once
// 二、主动公开政府信息情况, 2021 edition (国办公开办函〔2021〕30号).
#include "ogi/cell.hpp"
#include "ogi/labels.hpp"

#include <boost/describe/class.hpp>

namespace ogi::v2021 {

struct DocumentRow {
    Count issued;
    Count repealed;
    Count in_force;
    friend constexpr bool operator==(DocumentRow const&, DocumentRow const&) = default;
};
BOOST_DESCRIBE_STRUCT(DocumentRow, (), (issued, repealed, in_force))
constexpr Labels<3> official_labels(DocumentRow const*) {
    return {{{"本年制发件数"}, {"本年废止件数"}, {"现行有效件数"}}};
}

struct DecisionRow {
    Count decisions;
    friend constexpr bool operator==(DecisionRow const&, DecisionRow const&) = default;
};
BOOST_DESCRIBE_STRUCT(DecisionRow, (), (decisions))
constexpr Labels<1> official_labels(DecisionRow const*) { return {{{"本年处理决定数量"}}}; }

struct FeeAmountRow {
    Amount amount;
    friend constexpr bool operator==(FeeAmountRow const&, FeeAmountRow const&) = default;
};
BOOST_DESCRIBE_STRUCT(FeeAmountRow, (), (amount))
constexpr Labels<1> official_labels(FeeAmountRow const*) { return {{{"本年收费金额（单位：万元）"}}}; }

struct RegulatoryDocuments {
    DocumentRow rules;
    DocumentRow normative_documents;
    friend constexpr bool operator==(RegulatoryDocuments const&, RegulatoryDocuments const&) = default;
};
BOOST_DESCRIBE_STRUCT(RegulatoryDocuments, (), (rules, normative_documents))
constexpr Labels<2> official_labels(RegulatoryDocuments const*) { return {{{"规章"}, {"行政规范性文件"}}}; }

struct Licensing {
    DecisionRow administrative_licensing;
    friend constexpr bool operator==(Licensing const&, Licensing const&) = default;
};
BOOST_DESCRIBE_STRUCT(Licensing, (), (administrative_licensing))
constexpr Labels<1> official_labels(Licensing const*) { return {{{"行政许可"}}}; }

struct PenaltiesAndCoercion {
    DecisionRow administrative_penalty;
    DecisionRow administrative_coercion;
    friend constexpr bool operator==(PenaltiesAndCoercion const&, PenaltiesAndCoercion const&) = default;
};
BOOST_DESCRIBE_STRUCT(PenaltiesAndCoercion, (), (administrative_penalty, administrative_coercion))
constexpr Labels<2> official_labels(PenaltiesAndCoercion const*) { return {{{"行政处罚"}, {"行政强制"}}}; }

struct Fees {
    FeeAmountRow administrative_fees;
    friend constexpr bool operator==(Fees const&, Fees const&) = default;
};
BOOST_DESCRIBE_STRUCT(Fees, (), (administrative_fees))
constexpr Labels<1> official_labels(Fees const*) { return {{{"行政事业性收费"}}}; }

struct ActiveDisclosure {
    RegulatoryDocuments regulatory_documents;
    Licensing licensing;
    PenaltiesAndCoercion penalties_and_coercion;
    Fees fees;
    friend constexpr bool operator==(ActiveDisclosure const&, ActiveDisclosure const&) = default;
};
BOOST_DESCRIBE_STRUCT(ActiveDisclosure, (), (regulatory_documents, licensing, penalties_and_coercion, fees))
constexpr Labels<4> official_labels(ActiveDisclosure const*) {
    return {{{"第二十条第（一）项"}, {"第二十条第（五）项"}, {"第二十条第（六）项"}, {"第二十条第（八）项"}}};
}

}  // namespace ogi::v2021
