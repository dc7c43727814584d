// Writes the sample report (Longhua 2020) as HTML with its findings marked, for the screenshot test.
#include <ogi/render/html.hpp>

#include "render_reports.hpp"

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: render_sample OUT.html\n";
        return 2;
    }
    auto findings = ogi::test::longhua_findings();
    std::ofstream(argv[1], std::ios::binary) << ogi::render::render_html(ogi::test::longhua(), findings);
    return 0;
}
