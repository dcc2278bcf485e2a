#pragma once

#include "models/core/ApiTypes.h"
#include "tests/support/ApiCaller.h"
#include "tests/support/ServerProcess.h"

#include <QString>
#include <QTemporaryDir>

// Shared by the client suites: a private QSettings folder, the real server,
// and the confirmation code it "sent" (read from its demo outbox).
namespace clienttest {

// Points QSettings (user scope) into dir so suites never touch a real profile.
void isolateSettings(const QTemporaryDir& dir);

// The newest code sent to login, or an empty string.
QString latestCode(ServerProcess& server, const QString& login);
int outboxCount(ServerProcess& server, const QString& login);

// A login nobody has used on this server yet.
QString uniqueLogin(const QString& prefix);

// Signs in with a password over the API (no keychain); empty tokens on failure.
mygas::Tokens signIn(ServerProcess& server, const QString& login, const QString& password);
// Registers a new user, confirms the code from the outbox and gives consent.
mygas::Tokens registerUser(ServerProcess& server, const QString& login, const QString& password);

} // namespace clienttest
