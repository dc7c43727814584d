#pragma once
// The real reports the benchmarks run on, read once.
#include <fstream>
#include <sstream>
#include <string>

namespace ogi::bench {

// tests/fixtures/reports/NAME as bytes.
inline std::string read_report_file(std::string const& name) {
    std::ifstream in(std::string(OGI_FIXTURES_DIR) + "/reports/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace ogi::bench
