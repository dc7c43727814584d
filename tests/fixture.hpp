#pragma once
// Test fixtures: the real reports and the documents made for the tests, read as bytes.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace ogi::test {

inline std::filesystem::path fixture_path(std::string const& relative) { return std::filesystem::path(OGI_FIXTURES_DIR) / relative; }

inline std::string read_fixture(std::string const& relative) {
    std::ifstream in(fixture_path(relative), std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + relative);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace ogi::test
