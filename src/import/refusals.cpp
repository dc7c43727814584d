#include "refusals.hpp"

#include "encoding.hpp"
#include "findings.hpp"
#include "html.hpp"

#include "ogi/content_kind.hpp"

namespace ogi::import {

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

std::optional<ImportResult> refuse_too_large(std::string_view bytes, ImportOptions const& options) {
    auto refused = too_large(bytes, options);
    if (!refused) return std::nullopt;
    ImportResult result;
    result.findings.push_back(std::move(*refused));
    return result;
}

}  // namespace ogi::import
