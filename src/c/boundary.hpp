#pragma once
// What crosses the C boundary (include/ogi/ogi.h): every call's body runs inside guarded(), which turns a
// Failure or any exception into a status and an error document; arguments are checked and outputs written here,
// the same way for every function.
#include "ogi/ogi.h"

#include <boost/json/array.hpp>

#include <cstddef>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ogi::c_api {

// Why a call gives no result: its status, a one-line message, and the located problems behind it (a decoder's
// errors, an importer's findings), as the error document lists them.
struct Failure {
    ogi_status status = OGI_INTERNAL_ERROR;
    std::string message;
    boost::json::array errors = {};
    boost::json::array findings = {};
};

[[noreturn]] void fail_argument(std::string message);

// Set *error to the failure's document, {"status": …, "message": …, "errors": […], "findings": […]}, if the caller
// asked for it; never throw (out of memory leaves *error NULL). The second
// makes the failure of an exception, with what() as its message, inside its own guard.
void report_failure(Failure const& failure, char** error, std::size_t* error_length) noexcept;
void report_failure(ogi_status status, char const* what, char** error, std::size_t* error_length) noexcept;

template <class Body>
ogi_status guarded(char** error, std::size_t* error_length, Body&& body) noexcept {
    if (error) *error = nullptr;
    if (error_length) *error_length = 0;
    try {
        body();
        return OGI_OK;
    } catch (Failure const& failure) {
        report_failure(failure, error, error_length);
        return failure.status;
    } catch (std::bad_alloc const&) {
        report_failure(OGI_OUT_OF_MEMORY, "out of memory", error, error_length);
        return OGI_OUT_OF_MEMORY;
    } catch (std::exception const& e) {
        report_failure(OGI_INTERNAL_ERROR, e.what(), error, error_length);
        return OGI_INTERNAL_ERROR;
    } catch (...) {
        report_failure(OGI_INTERNAL_ERROR, "an exception of unknown type", error, error_length);
        return OGI_INTERNAL_ERROR;
    }
}

// The (pointer, length) of an input: (NULL, 0) is empty, NULL with a length is refused.
std::string_view bytes_argument(char const* bytes, std::size_t length, std::string_view name);

// As bytes_argument, and the text must be UTF-8 (it is written into JSON).
std::string_view text_argument(char const* text, std::size_t length, std::string_view name);

template <class T>
T const& required(T const* pointer, std::string_view name) {
    if (pointer == nullptr) fail_argument(std::string(name) + " is NULL");
    return *pointer;
}

// An output (pointer, length): cleared when made, so that it is defined whatever the outcome; the pointer to it
// is required, the length pointer is not.
class Output {
public:
    Output(char** data, std::size_t* length, std::string_view name);
    // A copy of bytes, NUL-terminated, freed by ogi_free.
    void set(std::string_view bytes);

private:
    char** data_;
    std::size_t* length_;
};

// An output handle: cleared when made, required.
template <class T>
class HandleOutput {
public:
    HandleOutput(T** handle, std::string_view name) : handle_(handle) {
        if (handle_) *handle_ = nullptr;
        required(handle_, name);
    }
    void set(T* value) noexcept { *handle_ = value; }

private:
    T** handle_;
};

// The flags a function takes: any other bit is refused, so that a flag added later is never silently ignored.
void allowed_flags(unsigned flags, unsigned known);

}  // namespace ogi::c_api
