// The documents that depend on no report: the library's version, the rule catalogue, the schemas.
#include "boundary.hpp"

#include "ogi/findings_json.hpp"
#include "ogi/rules/document.hpp"
#include "ogi/schema.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

using namespace ogi::c_api;

extern "C" {

OGI_C_API ogi_status ogi_version(char** version, size_t* length, char** error, size_t* error_length) {
    return guarded(error, error_length, [&] { Output(version, length, "version").set(OGI_VERSION); });
}

OGI_C_API ogi_status ogi_rules(int format, char** rules, size_t* length, char** error, size_t* error_length) {
    return guarded(error, error_length, [&] {
        Output out(rules, length, "rules");
        if (format == OGI_FORMAT_JSON)
            out.set(boost::json::serialize(ogi::rules::catalogue_json()) + "\n");  // as `ogi rules --format json`
        else if (format == OGI_FORMAT_MD)
            out.set(ogi::rules::catalogue_markdown());
        else
            fail_argument(fmt::format("the rules are written as OGI_FORMAT_JSON or OGI_FORMAT_MD, not format {}", format));
    });
}

OGI_C_API ogi_status ogi_schema(int kind, char** schema, size_t* length, char** error, size_t* error_length) {
    return guarded(error, error_length, [&] {
        Output out(schema, length, "schema");
        if (kind == OGI_SCHEMA_REPORT)
            out.set(ogi::json_schema());
        else if (kind == OGI_SCHEMA_FINDINGS)
            out.set(ogi::findings_json_schema());
        else
            fail_argument(fmt::format("schema kind {} is no ogi_schema_kind", kind));
    });
}

}  // extern "C"
