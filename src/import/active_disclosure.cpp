#include "active_disclosure.hpp"

#include "folding.hpp"

namespace ogi::import {

namespace {

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

}  // namespace

DisclosureTables::DisclosureTables(TablePieces t) : table(std::move(t)) {
    for (Piece const& p : table.pieces)
        if (!p.figure) append_key(key, p.folded);
}

std::optional<Edition> edition_of(DisclosureTables const& disclosure) {
    static auto const evidence2019 = edition_evidence<v2019::ActiveDisclosure, v2021::ActiveDisclosure>();
    static auto const evidence2021 = edition_evidence<v2021::ActiveDisclosure, v2019::ActiveDisclosure>();
    std::string_view const headers = disclosure.key;
    auto hits = [&](std::vector<std::string> const& evidence) {
        std::size_t n = 0;
        for (auto const& e : evidence) n += headers.find(e) != std::string::npos;
        return n;
    };
    std::size_t e2019 = hits(evidence2019);
    std::size_t e2021 = hits(evidence2021);
    if (e2019 > 0 && e2021 == 0) return Edition::e2019;
    if (e2021 > 0 && e2019 == 0) return Edition::e2021;
    return std::nullopt;
}

}  // namespace ogi::import
