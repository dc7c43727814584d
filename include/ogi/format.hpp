#pragma once
// fmt::formatter for ogi's values, built on their operator<< (so fmt::format("{}", cell) and std::cout << cell
// print the same): fmt::format("{} → {}", correction.reported, cell). Only who includes this header needs fmt
// (target_link_libraries(x PRIVATE fmt::fmt)); the library itself links it privately.
#include "ogi/cell.hpp"
#include "ogi/decimal.hpp"
#include "ogi/finding.hpp"
#include "ogi/model/report.hpp"

#include <fmt/ostream.h>

template <class T>
struct fmt::formatter<ogi::Cell<T>> : fmt::ostream_formatter {};
template <>
struct fmt::formatter<ogi::Decimal> : fmt::ostream_formatter {};
template <>
struct fmt::formatter<ogi::Money> : fmt::ostream_formatter {};
template <>
struct fmt::formatter<ogi::Finding> : fmt::ostream_formatter {};
template <>
struct fmt::formatter<ogi::Correction> : fmt::ostream_formatter {};
template <>
struct fmt::formatter<ogi::Report> : fmt::ostream_formatter {};
