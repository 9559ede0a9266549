#include "server_sign_in_check.h"

#include "postgres/pg_connection.h"

namespace coopdesk {

void checkServerSignIn(const StoreLocation& location)
{
    const PgConnection connection(location);
}

} // namespace coopdesk
