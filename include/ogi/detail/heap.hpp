#pragma once
// For programs that import or validate many reports in a row (the ogi tool, a batch of an audit).
namespace ogi {

// Keeps freed heap memory in the process. glibc gives the top of the heap back to the kernel whenever more
// than 128 KB of it are free, and one report's import frees about that much: a batch then faults the same pages
// in again for every report, which costs up to half the time of an import (more on a virtual machine).
// The heap then stays as large as the largest report's work (up to 32 MiB is kept). Process-wide; call once at
// start-up. Does nothing where the C library is not glibc.
void keep_heap() noexcept;

}  // namespace ogi
