// What bytes are, told by their content: the magic numbers of the binary formats a report is not in, JSON and
// text; every kind with a name for messages.
#include <ogi/content_kind.hpp>

#include "fixture.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

using namespace ogi;

TEST_CASE("binary formats are told by their first bytes, whatever the file is called") {
    CHECK(content_kind(test::read_fixture("bad/stored-report.zip")) == ContentKind::zip);
    CHECK(content_kind(test::read_fixture("bad/image.png")) == ContentKind::png);
    CHECK(content_kind(test::read_fixture("bad/document.pdf")) == ContentKind::pdf);
    std::ifstream self("/proc/self/exe", std::ios::binary);
    std::string const exe{std::istreambuf_iterator<char>(self), {}};
    CHECK(content_kind(exe) == ContentKind::elf);
    CHECK(content_kind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of a .doc") == ContentKind::ole);
    CHECK(content_kind("\xFF\xD8\xFF\xE0") == ContentKind::jpeg);
    using namespace std::string_view_literals;
    CHECK(content_kind("RIFF\x10\x00\x00\x00WEBPVP8 "sv) == ContentKind::webp);
    CHECK(content_kind("RIFF\x10\x00\x00\x00WAVEfmt "sv) == ContentKind::text);  // RIFF alone names no image
    CHECK(content_kind("RIFF\x10"sv) == ContentKind::text);                        // cut short: no crash
    CHECK(content_kind(std::string_view("\x1F\x8B\x08\x00", 4)) == ContentKind::gzip);
}

TEST_CASE("reports' JSON and text, in every form the importer reads, are no binary") {
    CHECK(content_kind(test::read_fixture("reports/2024_huaian-city.expected.json")) == ContentKind::json);
    for (char const* text : {"reports/2024_huaian-city.txt", "import/longhua.gb18030.txt",
                             "import/hongze-2024.utf16le-bom.txt", "import/huaian.bom-crlf-fullwidth.txt",
                             "pages/huaian.gbk.html", "pages/huaian.converter.md", "bad/longhua.big5.html"}) {
        CAPTURE(text);
        ContentKind kind = content_kind(test::read_fixture(text));
        CHECK(kind == ContentKind::text);
        CHECK_FALSE(is_binary(kind));
    }
    CHECK(content_kind("") == ContentKind::text);
    CHECK(content_kind("PK") == ContentKind::text);  // too short to be an archive
}

TEST_CASE("every kind has its own name in both languages") {
    std::set<std::string_view> zh, en;
    for (int k = static_cast<int>(ContentKind::text); k <= static_cast<int>(ContentKind::elf); ++k) {
        ContentKindName name = describe(static_cast<ContentKind>(k));
        CHECK_FALSE(name.zh.empty());
        CHECK_FALSE(name.en.empty());
        zh.insert(name.zh);
        en.insert(name.en);
    }
    CHECK(zh.size() == static_cast<std::size_t>(ContentKind::elf) + 1);
    CHECK(en.size() == zh.size());
    CHECK(describe(ContentKind::zip).en == "a ZIP archive (.docx, .xlsx, .odt or other)");
}
