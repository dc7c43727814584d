// ogi::keep_heap: memory a batch frees stays in the process for the next report (glibc).
#include <ogi/detail/heap.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>
#include <vector>

// AddressSanitizer brings its own allocator, which mallopt does not tune.
#if defined(__SANITIZE_ADDRESS__)
#define OGI_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OGI_OWN_ALLOCATOR 1
#endif
#endif

#if defined(__GLIBC__) && !defined(OGI_OWN_ALLOCATOR)
#include <malloc.h>

TEST_CASE("keep_heap: freed memory at the top of the heap is not given back to the kernel") {
    ogi::keep_heap();
    // An import's worth of small blocks, well above glibc's default trim threshold of 128 KB, freed in turn.
    std::vector<std::unique_ptr<char[]>> blocks;
    blocks.reserve(2048);  // below the blocks, so that they end the heap
    for (int i = 0; i < 2048; ++i) blocks.push_back(std::make_unique<char[]>(1000));
    blocks.clear();
    // keepcost: the free space at the top of the heap that trimming would give back.
    CHECK(mallinfo2().keepcost >= 1'000'000);
}
#endif
