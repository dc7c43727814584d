#include "ogi/detail/heap.hpp"

#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ogi {

void keep_heap() noexcept {
#if defined(__GLIBC__)
    ::mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
}

}  // namespace ogi
