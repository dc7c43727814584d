// The C API's argument handling (include/ogi/ogi.h): any bytes, in a buffer of exactly their size (no NUL after
// them), read into a handle; then every function called with the handle, with NULL pointers, zero lengths, text that
// is not UTF-8, and enumerators and flags taken from the input, including values no enumerator has. Besides "no
// crash, no sanitizer report", each call's outcome keeps the rules of the header: a status the header names, the
// outputs set exactly on OGI_OK and cleared otherwise, NUL-terminated at their length, an error document on failure.
#include <ogi/ogi.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

namespace {

void expect(bool condition) {
    if (!condition) std::abort();
}

// The rules every (output, length, error) call keeps; frees what it was given.
void check_output(ogi_status status, char* output, std::size_t length, char* error, std::size_t error_length) {
    expect(status >= OGI_OK && status <= OGI_INTERNAL_ERROR);
    expect(status != OGI_INTERNAL_ERROR);
    if (status == OGI_OK) {
        expect(output != nullptr && output[length] == '\0' && error == nullptr && error_length == 0);
    } else {
        expect(output == nullptr && length == 0);
        expect(error != nullptr && std::strlen(error) == error_length);
        expect(std::string_view(error).starts_with("{\"status\":\""));
    }
    ogi_free(output);
    ogi_free(error);
}

// A call's error document with its length, then its check.
template <class Call>
void output_call(Call&& call) {
    char* output = reinterpret_cast<char*>(1);  // not NULL: the call must clear it
    std::size_t length = 99, error_length = 99;
    char* error = reinterpret_cast<char*>(1);
    ogi_status const status = call(&output, &length, &error, &error_length);
    check_output(status, output, length, error, error_length);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    // The first bytes choose the enumerators and flags (any value, valid or not); the whole input is the report.
    int const format = size > 0 ? static_cast<std::int8_t>(data[0]) % 8 : 0;
    unsigned const flags = size > 1 ? data[1] & 0x0fu : 0;
    std::vector<char> const exact(data, data + size);  // heap, exactly size bytes: a read past the end is caught
    char const* bytes = exact.empty() ? nullptr : exact.data();

    ogi_report* report = reinterpret_cast<ogi_report*>(1);  // not NULL: the call must clear it
    char* error = nullptr;
    std::size_t error_length = 0;
    ogi_status const read = ogi_report_read(bytes, size, flags & 1u, &report, &error, &error_length);
    expect(read == OGI_OK || read == OGI_UNREADABLE_INPUT || read == OGI_DECODE_ERROR);
    expect((read == OGI_OK) == (report != nullptr));
    expect((read == OGI_OK) == (error == nullptr));
    expect(error == nullptr || (std::strlen(error) == error_length && std::string_view(error).starts_with("{\"status\":\"")));
    ogi_free(error);
    // A length without its bytes, and flags beyond the known one, are refused, and clear the handle.
    ogi_report* refused = reinterpret_cast<ogi_report*>(1);
    expect(ogi_report_read(nullptr, size + 1, 0, &refused, nullptr, nullptr) == OGI_INVALID_ARGUMENT && !refused);
    expect(ogi_report_read(bytes, size, flags | 2u, &refused, nullptr, nullptr) == OGI_INVALID_ARGUMENT && !refused);
    if (read != OGI_OK) return 0;

    int year = 0, edition = 0;
    expect(ogi_report_year(report, &year, nullptr, nullptr) == OGI_OK);
    expect(ogi_report_edition(report, &edition, nullptr, nullptr) == OGI_OK && (edition == 2019 || edition == 2021));
    expect(ogi_report_year(report, nullptr, nullptr, nullptr) == OGI_INVALID_ARGUMENT);
    output_call([&](char** o, std::size_t* l, char** e, std::size_t* el) { return ogi_report_agency(report, o, l, e, el); });
    output_call([&](char** o, std::size_t* l, char** e, std::size_t* el) { return ogi_report_json(report, o, l, e, el); });
    output_call([&](char** o, std::size_t* l, char** e, std::size_t* el) { return ogi_report_json(nullptr, o, l, e, el); });

    // The report's own bytes as the source name: UTF-8 or refused, read only up to its length.
    std::size_t const name_length = size < 16 ? size : 16;
    output_call([&](char** o, std::size_t* l, char** e, std::size_t* el) {
        return ogi_validate(report, data[0] & 1 ? report : nullptr, bytes, name_length, o, l, e, el);
    });
    output_call([&](char** o, std::size_t* l, char** e, std::size_t* el) {
        return ogi_validate(report, nullptr, nullptr, name_length, o, l, e, el);
    });
    output_call([&](char** o, std::size_t* l, char** e, std::size_t* el) {
        return ogi_convert(report, format - 1, flags, o, l, e, el);
    });
    output_call([&](char** o, std::size_t* l, char** e, std::size_t* el) {
        return ogi_rules(format - 1, o, l, e, el);
    });
    output_call([&](char** o, std::size_t* l, char** e, std::size_t* el) {
        return ogi_schema(format - 1, o, l, e, el);
    });

    ogi_report const* const twice[] = {report, report};
    ogi_report* total = reinterpret_cast<ogi_report*>(1);
    ogi_status const summed = ogi_sum(twice, 1 + (flags & 1u), bytes, name_length, &total, nullptr, nullptr);
    expect(summed == OGI_OK || summed == OGI_INVALID_ARGUMENT || summed == OGI_SUM_REFUSED);
    expect((summed == OGI_OK) == (total != nullptr));
    ogi_report_free(total);
    ogi_report_free(report);
    return 0;
}
