#include "report_lines.hpp"

#include "application_matrix.hpp"
#include "html.hpp"
#include "markdown.hpp"
#include "run_together.hpp"

#include "ogi/walk.hpp"

namespace ogi::import {

namespace {

// The labels a flattened text is cut at: the matrix's, and the rows and captions of 二 of both editions.
std::span<std::string const> flattened_labels() {
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

}  // namespace

ReportLines::ReportLines(std::string_view bytes, Findings& findings) : decoded_(to_utf8(bytes, declared_charset(bytes))) {
    if (decoded_.encoding != "UTF-8")
        findings.add(import_rule::encoding, std::nullopt, {}, "输入编码：" + decoded_.encoding,
                     "input encoding: " + decoded_.encoding);
    if (decoded_.replaced)
        findings.add(import_rule::invalid_bytes, std::nullopt, {}, "部分字节无法解码，已替换为 U+FFFD",
                     "some bytes could not be decoded and were replaced by U+FFFD");
    if (looks_like_html(decoded_.text())) {
        mapped_ = html_to_text(decoded_.text());
        findings.add(import_rule::html_page, std::nullopt, {});
    } else if (looks_like_markdown(decoded_.text())) {
        mapped_ = markdown_to_text(decoded_.text());
        findings.add(import_rule::markdown, std::nullopt, {});
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
            findings.add(import_rule::run_together, std::nullopt, {});
        }
    }
}

TablePieces ReportLines::table(int n) const {
    TablePieces t = table_pieces(section_lines(sections_.lines, headings(), n));
    t.aligned = !mapped_;
    return t;
}

void ReportLines::find_lines() {
    lines_ = fold_lines(mapped_ ? std::string_view(mapped_->text) : decoded_.text(), folded_);
    if (mapped_)
        for (std::size_t k = 0; k < lines_.size() && k < mapped_->source_lines.size(); ++k)
            lines_[k].number = mapped_->source_lines[k];
    sections_ = {lines_, find_headings(lines_)};
    // The report ends where a second set of its tables starts: that is not read (IMP-TABLES-REPEATED).
    if (auto again = second_set_of_tables(lines_, sections_.headings))
        sections_.lines = std::span<Line const>(lines_).first(*again);
}

}  // namespace ogi::import
