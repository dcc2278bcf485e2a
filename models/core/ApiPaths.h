#pragma once

#include <QString>

// Paths of the provider API that both programs spell (docs/openapi.yaml).
namespace mygas::api {

// The page the bank sends the browser back to after a payment or a card
// binding (outside /api/v1: a page, not JSON). The client closes the bank's
// window when it gets there.
inline constexpr const char* kPaymentReturnPath = "/payments/return";

// "/accounts/{id}" followed by tail ("/readings"…), the id percent-encoded:
// a company's account ids may hold any character.
QString accountPath(const QString& accountId, const QString& tail = {});

} // namespace mygas::api
