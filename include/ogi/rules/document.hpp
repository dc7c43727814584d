#pragma once
// The rule catalogue as documents: the JSON that `ogi rules --format json` prints and the Markdown table of
// docs/rules.md.
#include <boost/json/value.hpp>

#include <string>

namespace ogi::rules {

// {"rules":[{"id":…,"severity":…,"title":{"zh":…,"en":…},"editions":["2019","2021"]}, …]}
boost::json::value catalogue_json();

// docs/rules.md: one row per rule with its ID, severity, editions and titles in both languages, validation's
// rules then the importer's, and every rule's message.
std::string catalogue_markdown();

}  // namespace ogi::rules
