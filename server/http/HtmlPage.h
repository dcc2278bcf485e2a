#pragma once

#include <QByteArray>
#include <QString>

// The few HTML pages mygas-server serves to a browser (Russian, no script):
// the page the bank returns to, and the sandbox bank's pages.
namespace mygas::server::http {

// A whole page: title as its heading, then bodyHtml (already escaped).
QByteArray htmlPage(const QString& title, const QString& bodyHtml);
// A page with a title and one paragraph of plain text.
QByteArray messagePage(const QString& title, const QString& text);

} // namespace mygas::server::http
