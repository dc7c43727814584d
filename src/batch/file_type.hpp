#pragma once
// What a path names, in words, for the messages of the folder walk and of output files.
#include <sys/types.h>

#include <string_view>

namespace ogi::detail {

// "a file", "a folder", "a FIFO (named pipe)", "a socket", "a device", else "not a regular file".
std::string_view file_type_name(mode_t mode) noexcept;

}  // namespace ogi::detail
