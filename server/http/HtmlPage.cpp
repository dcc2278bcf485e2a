#include "server/http/HtmlPage.h"

namespace mygas::server::http {

QByteArray htmlPage(const QString& title, const QString& bodyHtml)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:28em;margin:2em auto;padding:0 1em}"
                          "label{display:block;margin-top:.8em}input[type=text],input[type=password]"
                          "{font-size:1.1em;width:100%}.error{color:#a00;font-weight:bold}"
                          "button{margin-top:1.2em;font-size:1.1em}</style></head>"
                          "<body><h1>%1</h1>%2</body></html>\n")
        .arg(title.toHtmlEscaped(), bodyHtml)
        .toUtf8();
}

QByteArray messagePage(const QString& title, const QString& text)
{
    return htmlPage(title, QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
}

} // namespace mygas::server::http
