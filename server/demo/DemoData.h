#pragma once

#include "models/core/ApiTypes.h"
#include "server/db/Database.h"

#include <QList>

namespace mygas::server {
class PinSeal;
} // namespace mygas::server

namespace mygas::server::demo {

// Fictional regional gas companies, their offices and the FAQ, seeded with --demo.
QList<Company> companies();
QList<Office> offices();
QList<FaqTopic> faq();

// The demo user (demo@mygas.example, password demo1, consent given) with one
// extended and one limited account, and accounts anyone can link
// (docs/demo.md). Done once: nothing happens when the demo user exists.
// seal keeps the printable copies of the demo PINs (PinSeal).
Status seedAccounts(const Database& db, const PinSeal* seal = nullptr);
QString demoLogin();
// The operator of «Северогорскгаз» (operator@severogorsk.example, password
// oper1) for `mygas-server operator`; once, like the demo user.
Status seedOperator(const Database& db);
QString demoOperatorLogin();

} // namespace mygas::server::demo
