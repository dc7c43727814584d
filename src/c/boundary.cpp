#include "boundary.hpp"

#include "ogi/detail/utf8.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <cstring>

namespace ogi::c_api {

namespace {

std::string_view status_name(ogi_status status) {
    switch (status) {
    case OGI_OK: return "ok";
    case OGI_INVALID_ARGUMENT: return "invalid_argument";
    case OGI_UNREADABLE_INPUT: return "unreadable_input";
    case OGI_DECODE_ERROR: return "decode_error";
    case OGI_SUM_REFUSED: return "sum_refused";
    case OGI_OUT_OF_MEMORY: return "out_of_memory";
    case OGI_INTERNAL_ERROR: return "internal_error";
    }
    return "internal_error";
}

// malloc'd, so that ogi_free is free() whatever returned it.
char* copy_of(std::string_view bytes) {
    auto* copy = static_cast<char*>(std::malloc(bytes.size() + 1));
    if (copy == nullptr) throw std::bad_alloc();
    if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
    copy[bytes.size()] = '\0';
    return copy;
}

std::string error_document(Failure const& failure) {
    boost::json::object document{{"status", status_name(failure.status)},
                                 {"message", failure.message},
                                 {"errors", failure.errors},
                                 {"findings", failure.findings}};
    return boost::json::serialize(document);
}

}  // namespace

void fail_argument(std::string message) { throw Failure{OGI_INVALID_ARGUMENT, std::move(message)}; }

void report_failure(Failure const& failure, char** error, std::size_t* error_length) noexcept {
    if (error == nullptr) return;
    try {
        Output(error, error_length, "error").set(error_document(failure));
    } catch (...) {  // out of memory: the status alone says it
    }
}

void report_failure(ogi_status status, char const* what, char** error, std::size_t* error_length) noexcept {
    if (error == nullptr) return;
    try {
        report_failure(Failure{status, status == OGI_INTERNAL_ERROR ? std::string("internal error: ") + what : what},
                       error, error_length);
    } catch (...) {  // out of memory
    }
}

std::string_view bytes_argument(char const* bytes, std::size_t length, std::string_view name) {
    if (bytes == nullptr && length > 0) fail_argument(fmt::format("{} is NULL but its length is {}", name, length));
    return bytes == nullptr ? std::string_view() : std::string_view(bytes, length);
}

std::string_view text_argument(char const* text, std::size_t length, std::string_view name) {
    std::string_view const view = bytes_argument(text, length, name);
    if (std::size_t const invalid = first_invalid_utf8(view); invalid < view.size())
        fail_argument(fmt::format("{} is not UTF-8: byte {} of {}", name, invalid, view.size()));
    return view;
}

Output::Output(char** data, std::size_t* length, std::string_view name) : data_(data), length_(length) {
    if (data_) *data_ = nullptr;
    if (length_) *length_ = 0;
    required(data_, name);
}

void Output::set(std::string_view bytes) {
    *data_ = copy_of(bytes);
    if (length_) *length_ = bytes.size();
}

void allowed_flags(unsigned flags, unsigned known) {
    if ((flags & ~known) != 0) fail_argument(fmt::format("unknown flags 0x{:x}", flags & ~known));
}

}  // namespace ogi::c_api

extern "C" OGI_C_API void ogi_free(void* pointer) { std::free(pointer); }
