#pragma once

#include "store/store_location.h"

#include <QString>

#include <optional>

class QWidget;

namespace coopdesk {

// Asks for the password of the server `location` names (which the server
// wants and the location does not give). Nullopt when cancelled. The
// password is for this session's connections only: it is never stored.
std::optional<QString> askServerPassword(QWidget* parent, const StoreLocation& location);

} // namespace coopdesk
