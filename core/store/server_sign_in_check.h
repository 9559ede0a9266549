#pragma once

#include "store_location.h"

namespace coopdesk {

// Connects to the server at `location` and lets go, to learn whether it
// lets this desk in before anything is done there: throws the StorageError
// its refusal or absence gives (needsPassword() when it asks for a password
// the location lacks, passwordRefused() when it refused the one given).
void checkServerSignIn(const StoreLocation& location);

} // namespace coopdesk
