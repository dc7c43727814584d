// import_report of each fixture PDF against poppler's own extraction of the same file (document loaded from
// the bytes, text_list() of every page) in the same process: what ogi adds on top of poppler (grid building
// and the report reader) is the difference. Items are reports: items/s is reports per second per core.
#include "baseline.hpp"
#include "fixtures.hpp"

#include <ogi/import.hpp>

#include <benchmark/benchmark.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <array>
#include <functional>
#include <memory>
#include <string>

namespace {

constexpr std::array pdfs = {"reports/2023_hongze-district.pdf", "reports/2024_hongze-district.pdf",
                             "pdf/hongze-2023.chromium.pdf",     "pdf/hongze-2023.word.pdf",
                             "pdf/longhua.chromium.pdf",         "pdf/longhua.word.pdf",
                             "pdf/huaian.chromium.pdf",          "pdf/huaian.word.pdf"};

std::string fixture(std::string const& relative) { return ogi::bench::read_report_file("../" + relative); }

void BM_poppler_text_list(benchmark::State& state, std::string const& pdf) {
    for (auto _ : state) {
        std::unique_ptr<poppler::document> doc(
            poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
        for (int i = 0; i < doc->pages(); ++i) {
            std::unique_ptr<poppler::page> page(doc->create_page(i));
            benchmark::DoNotOptimize(page->text_list());
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void BM_import_pdf(benchmark::State& state, std::string const& pdf) {
    for (auto _ : state) benchmark::DoNotOptimize(ogi::import_report(pdf));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

[[maybe_unused]] bool const registered = [] {
    static std::array<std::string, pdfs.size()> bytes;
    for (std::size_t i = 0; i < pdfs.size(); ++i) {
        bytes[i] = fixture(pdfs[i]);
        std::string const name = std::string(pdfs[i]).substr(std::string(pdfs[i]).find('/') + 1);
        benchmark::RegisterBenchmark(("BM_poppler_text_list/" + name).c_str(), BM_poppler_text_list, std::cref(bytes[i]));
        benchmark::RegisterBenchmark(("BM_import_pdf/" + name).c_str(), BM_import_pdf, std::cref(bytes[i]));
        // ogi's grid building and reading at most 0.5× on top of poppler's extraction.
        ogi::bench::compare("BM_import_pdf/" + name, "BM_poppler_text_list/" + name, 1.5);
    }
    return true;
}();

}  // namespace
