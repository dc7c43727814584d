// A converter to a format ogi does not ship: the key=value lines of a (made-up) provincial filing system,
//   applications.new_received.natural_person=12
// one line per field, a blank value for a blank cell, each section headed by its official title.
// Written once over the model's description with ogi::for_each_field: no line of it names a field, so it serves
// both editions and every layout, and keeps up with the model by itself.
// Usage: custom_converter REPORT.json
#include <ogi/json.hpp>
#include <ogi/walk.hpp>

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <type_traits>

namespace {

// The value as the filing system writes it: figures as published, money with its unit, texts on one line.
std::string escaped(std::string const& text) {
    std::string out;
    for (char c : text) out += c == '\n' ? std::string("\\n") : c == '\\' ? std::string("\\\\") : std::string(1, c);
    return out;
}
std::string value_text(int year) { return std::to_string(year); }
std::string value_text(std::string const& text) { return escaped(text); }
std::string value_text(std::optional<std::string> const& text) { return text ? escaped(*text) : ""; }
std::string value_text(std::uint64_t n) { return std::to_string(n); }
std::string value_text(std::int64_t n) { return std::to_string(n); }
std::string value_text(ogi::Money const& m) { return m.value.to_string() + std::string(ogi::label(m.unit).text); }
template <class T>
std::string value_text(ogi::Cell<T> const& cell) {
    return cell.present() ? value_text(cell.value()) : "";  // blank stays blank: it is not 0
}

// Every field below node, its key the path of JSON keys from the report down.
template <class Node>
void write_fields(std::ostream& out, Node const& node, std::string const& prefix) {
    ogi::for_each_field(node, [&](ogi::Field field, auto const& member) {
        using Member = std::remove_cvref_t<decltype(member)>;
        std::string const key = prefix.empty() ? std::string(field.key) : prefix + "." + std::string(field.key);
        if constexpr (ogi::Described<Member> || ogi::is_enum_map<Member>) {
            if (prefix.empty()) out << "# " << field.label.text << '\n';  // a section: its official title
            write_fields(out, member, key);
        } else {
            out << key << '=' << value_text(member) << '\n';
        }
    });
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: custom_converter REPORT.json\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    ogi::DecodeResult decoded = ogi::decode_json(bytes.str());
    if (!decoded) {
        for (auto const& e : decoded.errors) std::cerr << argv[1] << ": " << e.to_string() << '\n';
        return 2;
    }
    std::cout << "edition=" << ogi::edition_name(decoded.report->edition()) << '\n';
    decoded.report->visit([](auto const& report) { write_fields(std::cout, report, ""); });
    return 0;
}
