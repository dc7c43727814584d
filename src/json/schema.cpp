// The JSON Schema of ogi-report/1 for the layouts of ogi/model/layouts.hpp.
#include "ogi/schema.hpp"

#include "ogi/detail/json_schema.hpp"

namespace ogi {

std::string json_schema() { return pretty_json(detail::schema_document<Layouts>()); }

}  // namespace ogi
