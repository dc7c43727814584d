#pragma once
// The rules of the importer, in the shape of the rule catalogue (rules/rule.hpp, rules/catalogue.hpp lists them
// after validation's): each finding an import makes carries one of these IDs. A rule's title names it; its
// message is what its findings say in general: a finding about a row or a cell says it with the row's label and
// why (docs/import.md).
#include "ogi/rules/rule.hpp"

#include <array>
#include <string_view>

namespace ogi {

using ImportRule [[deprecated("an import rule is a rules::Rule")]] = rules::Rule;

namespace import_rule {
// The input bytes.
inline constexpr rules::Rule encoding{
    "IMP-ENCODING", Severity::notice, {"输入编码已转换", "Input encoding converted"},
    {"输入编码已识别并转换为 UTF-8",
     "the input encoding was detected and converted to UTF-8"}};
inline constexpr rules::Rule html_page{
    "IMP-HTML", Severity::notice, {"输入为网页", "A web page (HTML)"},
    {"输入为网页（HTML），已按其表格读取",
     "the input is a web page (HTML); read through its tables"}};
inline constexpr rules::Rule markdown{
    "IMP-MARKDOWN", Severity::notice, {"输入为 Markdown", "A Markdown conversion"},
    {"输入为 Markdown（含表格），已按其表格读取",
     "the input is Markdown with pipe tables; read through its tables"}};
inline constexpr rules::Rule docx{
    "IMP-DOCX", Severity::notice, {"输入为 Word 文档", "A Word document (.docx)"},
    {"输入为 Word 文档（.docx），已按其段落和表格读取",
     "the input is a Word document (.docx); read through its paragraphs and tables"}};
inline constexpr rules::Rule docx_unreadable{
    "IMP-DOCX-UNREADABLE", Severity::error, {"Word 文档无法读取", "Unreadable Word document"},
    {"Word 文档无法读取（不是有效的 .docx，或超出安全限制），未读取",
     "the Word document cannot be read (no valid .docx, or beyond a safety limit); not read"}};
inline constexpr rules::Rule invalid_bytes{
    "IMP-INVALID-BYTES", Severity::warning, {"无法解码的字节", "Bytes that decode in no encoding"},
    {"输入含有无法解码的字节，已替换",
     "the input has bytes that decode in no supported encoding; replaced"}};
inline constexpr rules::Rule pdf{
    "IMP-PDF", Severity::notice, {"输入为 PDF", "A PDF"},
    {"输入为 PDF，已按其文字的位置读取表格",
     "the input is a PDF, its tables read from where their text stands"}};
inline constexpr rules::Rule pdf_damaged{
    "IMP-PDF-DAMAGED", Severity::error, {"PDF 已损坏", "Damaged PDF"},
    {"PDF 已损坏，无法打开",
     "the PDF is damaged and cannot be opened"}};
inline constexpr rules::Rule pdf_encrypted{
    "IMP-PDF-ENCRYPTED", Severity::error, {"PDF 已加密", "Encrypted PDF"},
    {"PDF 已加密，无法打开",
     "the PDF is encrypted and cannot be opened"}};
inline constexpr rules::Rule pdf_no_text{
    "IMP-PDF-NO-TEXT", Severity::error, {"PDF 没有文字层", "A PDF without a text layer (a scan)"},
    {"PDF 没有文字层（扫描件），请先做文字识别",
     "no text layer; OCR it first"}};
inline constexpr rules::Rule pdf_page_no_text{
    "IMP-PDF-PAGE-NO-TEXT", Severity::warning, {"PDF 的一页没有文字", "A PDF page without text"},
    {"PDF 的一页没有文字：若是扫描页，其中的表格未读取",
     "a page of the PDF has no text: if it is a scan, its tables are not read"}};
inline constexpr rules::Rule pdf_message{
    "IMP-PDF-MESSAGE", Severity::notice, {"PDF 解析器的提示", "A message of the PDF parser"},
    {"PDF 解析器的提示",
     "a message of the PDF parser"}};
inline constexpr rules::Rule too_large{
    "IMP-TOO-LARGE", Severity::error, {"输入过大", "Input beyond the size limit"},
    {"输入过大，未读取",
     "the input is larger than the import limit; not read"}};
inline constexpr rules::Rule not_a_report{
    "IMP-NOT-A-REPORT", Severity::error, {"输入中没有年度报告", "No annual report in the input"},
    {"文本中没有找到年度报告的表格",
     "no table of an annual report was found in the text"}};
// The report as a whole.
inline constexpr rules::Rule tables_repeated{
    "IMP-TABLES-REPEATED", Severity::error, {"报告的表格再次出现", "The report's tables appear a second time"},
    {"文本中再次出现报告的表格（报告重复或另一份报告），其后内容未读取",
     "the text holds a second set of the report's tables (the report repeated, or another one); not read"}};
inline constexpr rules::Rule title_unread{
    "IMP-TITLE-UNREAD", Severity::warning, {"标题未能读出", "Title not read"},
    {"未能从标题读出机关名称或年度",
     "the agency or the year could not be read from the title"}};
inline constexpr rules::Rule year_unread{
    "IMP-YEAR-UNREAD", Severity::error, {"没有报告年度", "No reporting year"},
    {"文本中没有报告年度；年度记为 0，该报告不能写成 JSON",
     "the text gives no reporting year; year is 0 and the report cannot be written as JSON"}};
inline constexpr rules::Rule section_missing{
    "IMP-SECTION-MISSING", Severity::warning, {"缺少一个部分的标题", "A section's heading missing"},
    {"未找到该部分的标题",
     "the heading of a section was not found"}};
inline constexpr rules::Rule edition_unknown{
    "IMP-EDITION-UNKNOWN", Severity::error, {"格式版本无法判断", "Edition unknown"},
    {"无法从表格判断格式版本，第二部分未读取",
     "the edition could not be told from the tables; section 二 not read"}};
inline constexpr rules::Rule layout_mixed{
    "IMP-LAYOUT-MIXED", Severity::warning, {"两个版本的表格混用", "Tables of the two editions mixed"},
    {"第二部分使用 2021 年版表格，但第三部分（六）其他处理为一行",
     "2021 tables in section 二, but 三（六）其他处理 kept as one row"}};
inline constexpr rules::Rule layout_unsupported{
    "IMP-LAYOUT-UNSUPPORTED", Severity::error, {"无法表示的表格布局", "A table layout the model cannot hold"},
    {"表格布局无法表示，相关单元格未读取",
     "a table layout the model cannot hold; its cells were not read"}};
// Rows and cells.
inline constexpr rules::Rule row_unread{
    "IMP-ROW-UNREAD", Severity::error, {"行的数字未读取", "Row not read"},
    {"该行数字无法确定，单元格留空",
     "the figures of this row could not be read with certainty; left absent"}};
inline constexpr rules::Rule row_missing{
    "IMP-ROW-MISSING", Severity::error, {"未找到该行", "Row not found"},
    {"未找到该行",
     "the row's label was not found"}};
inline constexpr rules::Rule row_by_position{
    "IMP-ROW-BY-POSITION", Severity::notice, {"数字按表格顺序对应", "Figures assigned by their place in the table"},
    {"表格数字与行名分离，按表格顺序对应（数量与已定位行一致）",
     "figures printed apart from their labels; assigned in table order, checked against the rows whose labels sit beside their figures"}};
inline constexpr rules::Rule row_by_order{
    "IMP-ROW-BY-ORDER", Severity::notice, {"未印行名的行按官方行序确定", "Unlabelled row placed by the official order"},
    {"该行未印行名，按官方行序确定（前后已定位的行之间只缺这些行，数字恰好填满）",
     "a row printed without its label, placed by the official row order: the only rows missing between the rows found around it, their figures filling them exactly"}};
inline constexpr rules::Rule run_together{
    "IMP-RUN-TOGETHER", Severity::notice, {"文本被压成一行", "Flattened text"},
    {"文本被压成一行（网页抓取）：按标题和行名重新分出各部分和各行",
     "the text is flattened (a crawled page on one line): its sections and rows found again by their headings and labels"}};
inline constexpr rules::Rule split_unique{
    "IMP-SPLIT", Severity::notice, {"连写的数字已拆分", "Figures printed run together, split"},
    {"连写的数字按唯一的拆分读出（唯一可能的拆分，或唯一满足勾稽关系的拆分）",
     "figures printed run together, split the only way possible or the only way that satisfies the report's identities"}};
inline constexpr rules::Rule split_unresolved{
    "IMP-SPLIT-UNRESOLVED", Severity::error, {"连写的数字无法拆分", "Figures printed run together, not split"},
    {"连写的数字有多种拆分，或没有一种满足勾稽关系，单元格留空",
     "figures printed run together that split more than one way, or no way that satisfies the identities; left absent"}};
inline constexpr rules::Rule row_foreign{
    "IMP-ROW-FOREIGN", Severity::warning, {"另一版本表格的行", "A row of the other edition's tables"},
    {"另一版本表格的行（本版本没有），其数字未导入",
     "a row of the other edition's tables, which this edition lacks; not imported"}};
inline constexpr rules::Rule unit_unknown{
    "IMP-UNIT-UNKNOWN", Severity::error, {"金额单位不明", "Unit of an amount unknown"},
    {"金额单位不明，单元格留空",
     "the unit of an amount is not stated; left absent"}};

// Every import rule, in the order documentation lists them.
inline constexpr std::array<rules::Rule const*, 30> all{
    &encoding, &html_page, &markdown, &docx, &docx_unreadable, &invalid_bytes, &pdf, &pdf_damaged, &pdf_encrypted,
    &pdf_no_text, &pdf_page_no_text, &pdf_message, &too_large, &not_a_report, &tables_repeated, &title_unread,
    &year_unread, &section_missing, &edition_unknown, &layout_mixed, &layout_unsupported, &row_unread, &row_missing,
    &row_by_position, &row_by_order, &run_together, &split_unique, &split_unresolved, &row_foreign, &unit_unknown,
};
}  // namespace import_rule

}  // namespace ogi
