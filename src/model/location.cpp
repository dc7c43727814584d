#include "ogi/location.hpp"

namespace ogi {

std::string label_path(std::span<Label const> chain) {
    if (chain.size() > 1) chain = chain.subspan(1);
    std::string path;
    std::string_view group;
    auto append = [&path](std::string_view text) {
        if (!path.empty()) path += text.starts_with("（") ? " ›" : " › ";  // （ carries its own space
        path += text;
    };
    for (Label const& label : chain) {
        if (!label.group.empty() && label.group != group) append(label.group);
        group = label.group;
        append(label.text);
    }
    return path;
}

std::optional<Location> locate(Report const& report, std::string_view pointer) {
    return report.visit([pointer](auto const& r) {
        return detail::find_location(
            r, [pointer](std::string_view p, auto const&) { return p == pointer; },
            detail::on_path_to(pointer));
    });
}

}  // namespace ogi
