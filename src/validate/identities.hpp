#pragma once
// The identities moved to ogi/detail/identities.hpp (they are public for layouts the library does not know).
#include "ogi/detail/identities.hpp"
