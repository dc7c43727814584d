#pragma once
// The official layout of a report of any layout, including one the library does not know: a report type
// BasicReport<二, 三（六）> with its layout_traits (ogi/model/basic_report.hpp). Its text and HTML views are
// render_text(ReportLayout) and render_html(ReportLayout, …). layout_of(Report) covers the layouts of
// ogi/model/layouts.hpp without this header, which compiles the layout into the caller.
#include "ogi/detail/layout_tables.hpp"

namespace ogi::render {

template <Layout R>
ReportLayout layout_of_report(R const& report) {
    return detail::layout_of_sections(report);
}

}  // namespace ogi::render
