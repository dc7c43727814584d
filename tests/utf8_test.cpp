#include <ogi/detail/utf8.hpp>

#include <doctest/doctest.h>

using ogi::first_invalid_utf8;

TEST_CASE("UTF-8 validity per RFC 3629") {
    CHECK(first_invalid_utf8("") == 0);
    CHECK(first_invalid_utf8("政府信息公开") == std::string_view("政府信息公开").size());
    CHECK(first_invalid_utf8("ab\xff") == 2);
    CHECK(first_invalid_utf8("a\xe6\x94") == 1);          // cut off inside a character
    CHECK(first_invalid_utf8("\xc0\xaf") == 0);           // overlong '/'
    CHECK(first_invalid_utf8("\xed\xa0\x80") == 0);       // a surrogate
    CHECK(first_invalid_utf8("\xf4\x90\x80\x80") == 0);   // above U+10FFFF
    CHECK(first_invalid_utf8("\xf0\x9f\x98\x80!") == 5);  // U+1F600 is fine
}
