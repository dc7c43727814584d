#pragma once
// The findings of the text importer, as data: stable IDs, severity and what each one means.
#include "ogi/finding.hpp"

#include <array>
#include <string_view>

namespace ogi {

struct ImportRule {
    std::string_view id;
    Severity severity;
    std::string_view zh;  // what the rule means, for documentation
    std::string_view en;
};

namespace import_rule {
// The input bytes.
inline constexpr ImportRule encoding{"IMP-ENCODING", Severity::notice, "输入编码已识别并转换为 UTF-8",
                                     "the input encoding was detected and converted to UTF-8"};
inline constexpr ImportRule html_page{"IMP-HTML", Severity::notice, "输入为网页（HTML），已按其表格读取",
                                      "the input is a web page (HTML); read through its tables"};
inline constexpr ImportRule markdown{"IMP-MARKDOWN", Severity::notice, "输入为 Markdown（含表格），已按其表格读取",
                                     "the input is Markdown with pipe tables; read through its tables"};
inline constexpr ImportRule docx{"IMP-DOCX", Severity::notice, "输入为 Word 文档（.docx），已按其段落和表格读取",
                                 "the input is a Word document (.docx); read through its paragraphs and tables"};
inline constexpr ImportRule docx_unreadable{"IMP-DOCX-UNREADABLE", Severity::error,
                                            "Word 文档无法读取（不是有效的 .docx，或超出安全限制），未读取",
                                            "the Word document cannot be read (no valid .docx, or beyond a safety "
                                            "limit); not read"};
inline constexpr ImportRule invalid_bytes{"IMP-INVALID-BYTES", Severity::warning, "输入含有无法解码的字节，已替换",
                                          "the input has bytes that decode in no supported encoding; replaced"};
inline constexpr ImportRule pdf{"IMP-PDF", Severity::notice, "输入为 PDF，已按其文字的位置读取表格",
                                "the input is a PDF, its tables read from where their text stands"};
inline constexpr ImportRule pdf_damaged{"IMP-PDF-DAMAGED", Severity::error, "PDF 已损坏，无法打开",
                                        "the PDF is damaged and cannot be opened"};
inline constexpr ImportRule pdf_encrypted{"IMP-PDF-ENCRYPTED", Severity::error, "PDF 已加密，无法打开",
                                          "the PDF is encrypted and cannot be opened"};
inline constexpr ImportRule pdf_no_text{"IMP-PDF-NO-TEXT", Severity::error, "PDF 没有文字层（扫描件），请先做文字识别",
                                        "no text layer; OCR it first"};
inline constexpr ImportRule pdf_page_no_text{"IMP-PDF-PAGE-NO-TEXT", Severity::warning,
                                             "PDF 的一页没有文字：若是扫描页，其中的表格未读取",
                                             "a page of the PDF has no text: if it is a scan, its tables are not read"};
inline constexpr ImportRule pdf_message{"IMP-PDF-MESSAGE", Severity::notice, "PDF 解析器的提示",
                                        "a message of the PDF parser"};
inline constexpr ImportRule too_large{"IMP-TOO-LARGE", Severity::error, "输入过大，未读取",
                                      "the input is larger than the import limit; not read"};
inline constexpr ImportRule not_a_report{"IMP-NOT-A-REPORT", Severity::error, "文本中没有找到年度报告的表格",
                                         "no table of an annual report was found in the text"};
// The report as a whole.
inline constexpr ImportRule tables_repeated{
    "IMP-TABLES-REPEATED", Severity::error, "文本中再次出现报告的表格（报告重复或另一份报告），其后内容未读取",
    "the text holds a second set of the report's tables (the report repeated, or another one); not read"};
inline constexpr ImportRule title_unread{"IMP-TITLE-UNREAD", Severity::warning, "未能从标题读出机关名称或年度",
                                         "the agency or the year could not be read from the title"};
inline constexpr ImportRule year_unread{
    "IMP-YEAR-UNREAD", Severity::error, "文本中没有报告年度；年度记为 0，该报告不能写成 JSON",
    "the text gives no reporting year; year is 0 and the report cannot be written as JSON"};
inline constexpr ImportRule section_missing{"IMP-SECTION-MISSING", Severity::warning, "未找到该部分的标题",
                                            "the heading of a section was not found"};
inline constexpr ImportRule edition_unknown{"IMP-EDITION-UNKNOWN", Severity::error,
                                            "无法从表格判断格式版本，第二部分未读取",
                                            "the edition could not be told from the tables; section 二 not read"};
inline constexpr ImportRule layout_mixed{"IMP-LAYOUT-MIXED", Severity::warning,
                                         "第二部分使用 2021 年版表格，但第三部分（六）其他处理为一行",
                                         "2021 tables in section 二, but 三（六）其他处理 kept as one row"};
inline constexpr ImportRule layout_unsupported{"IMP-LAYOUT-UNSUPPORTED", Severity::error,
                                               "表格布局无法表示，相关单元格未读取",
                                               "a table layout the model cannot hold; its cells were not read"};
// Rows and cells.
inline constexpr ImportRule row_unread{"IMP-ROW-UNREAD", Severity::error, "该行数字无法确定，单元格留空",
                                       "the figures of this row could not be read with certainty; left absent"};
inline constexpr ImportRule row_missing{"IMP-ROW-MISSING", Severity::error, "未找到该行",
                                        "the row's label was not found"};
inline constexpr ImportRule row_by_position{"IMP-ROW-BY-POSITION", Severity::notice,
                                            "表格数字与行名分离，按表格顺序对应（数量与已定位行一致）",
                                            "figures printed apart from their labels; assigned in table order, "
                                            "checked against the rows whose labels sit beside their figures"};
inline constexpr ImportRule row_by_order{"IMP-ROW-BY-ORDER", Severity::notice,
                                         "该行未印行名，按官方行序确定（前后已定位的行之间只缺这些行，数字恰好填满）",
                                         "a row printed without its label, placed by the official row order: the "
                                         "only rows missing between the rows found around it, their figures filling "
                                         "them exactly"};
inline constexpr ImportRule run_together{"IMP-RUN-TOGETHER", Severity::notice,
                                         "文本被压成一行（网页抓取）：按标题和行名重新分出各部分和各行",
                                         "the text is flattened (a crawled page on one line): its sections and rows "
                                         "found again by their headings and labels"};
inline constexpr ImportRule split_unique{"IMP-SPLIT", Severity::notice,
                                         "连写的数字按唯一的拆分读出（唯一可能的拆分，或唯一满足勾稽关系的拆分）",
                                         "figures printed run together, split the only way possible or the only way "
                                         "that satisfies the report's identities"};
inline constexpr ImportRule split_unresolved{
    "IMP-SPLIT-UNRESOLVED", Severity::error, "连写的数字有多种拆分，或没有一种满足勾稽关系，单元格留空",
    "figures printed run together that split more than one way, or no way that satisfies the identities; left absent"};
inline constexpr ImportRule row_foreign{"IMP-ROW-FOREIGN", Severity::warning,
                                        "另一版本表格的行（本版本没有），其数字未导入",
                                        "a row of the other edition's tables, which this edition lacks; not imported"};
inline constexpr ImportRule unit_unknown{"IMP-UNIT-UNKNOWN", Severity::error, "金额单位不明，单元格留空",
                                         "the unit of an amount is not stated; left absent"};

inline constexpr std::array all{encoding,        html_page,       markdown,       pdf,                pdf_damaged,
                                pdf_encrypted,   pdf_no_text,     pdf_page_no_text, pdf_message,     docx,
                                docx_unreadable, invalid_bytes,   too_large,       not_a_report,      tables_repeated,
                                title_unread,    year_unread,     section_missing,
                                edition_unknown, layout_mixed,    layout_unsupported, row_unread,
                                row_missing,     row_by_position, row_by_order,       run_together,
                                split_unique,    split_unresolved, row_foreign,       unit_unknown};
}  // namespace import_rule

}  // namespace ogi
