#pragma once

#include <QStringList>

namespace mygas::server {

// Schema step 2: provider data (accounts and their sections), links of users
// to accounts, control-question attempts, and change tracking for sync.
// {ID} is the dialect's auto-increment primary key.
QStringList providerSchemaStep();

} // namespace mygas::server
