#include "server/payments/sandbox/SandboxPages.h"

#include "models/core/Money.h"
#include "server/http/HtmlPage.h"

namespace mygas::server::sandbox {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString amountLine(qint64 amountKop)
{
    return amountKop > 0
               ? QStringLiteral("<p>Сумма к оплате: <strong>%1</strong></p>").arg(esc(money::formatRub(amountKop)))
               : QString();
}

QString field(const char* id, const QString& label, const QString& value, const QString& extra)
{
    return QStringLiteral("<label for=\"%1\">%2</label><input type=\"text\" id=\"%1\" name=\"%1\" value=\"%3\" %4>")
        .arg(QLatin1String(id), esc(label), esc(value), extra);
}
} // namespace

QByteArray cardPage(const CardForm& f)
{
    QString body = amountLine(f.amountKop);
    if (f.bindOnly)
        body += QStringLiteral("<p>Привязка карты к личному кабинету. Деньги не списываются.</p>");
    if (!f.error.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(esc(f.error));
    body += QStringLiteral("<form method=\"post\" action=\"%1\">").arg(esc(f.action));
    body += field("number", QStringLiteral("Номер карты"), f.number,
                  QStringLiteral("inputmode=\"numeric\" autocomplete=\"cc-number\" required"));
    body += field("expiry", QStringLiteral("Срок действия (ММ/ГГ)"), f.expiry,
                  QStringLiteral("autocomplete=\"cc-exp\" required"));
    body += QStringLiteral("<label for=\"cvc\">CVC/CVV</label><input type=\"password\" id=\"cvc\" name=\"cvc\" "
                           "inputmode=\"numeric\" maxlength=\"3\" autocomplete=\"cc-csc\" required>");
    body += field("holder", QStringLiteral("Владелец карты (латиницей)"), f.holder,
                  QStringLiteral("autocomplete=\"cc-name\" required"));
    if (!f.bindOnly) {
        body += QStringLiteral("<label><input type=\"checkbox\" id=\"save\" name=\"save\" value=\"1\"> "
                               "Зарегистрировать карту</label>");
    }
    body += QStringLiteral("<button type=\"submit\">%1</button></form>")
                .arg(f.bindOnly ? QStringLiteral("Зарегистрировать") : QStringLiteral("Ок"));
    return http::htmlPage(f.bindOnly ? QStringLiteral("Новая карта") : QStringLiteral("Оплата банковской картой"), body);
}

QByteArray codePage(const CodeForm& f)
{
    QString body = amountLine(f.amountKop);
    body += QStringLiteral("<p>Карта %1. Введите код подтверждения 3-D Secure, отправленный банком "
                           "(в тестовом банке — %2).</p>")
                .arg(esc(f.cardMasked), esc(f.code));
    body += QStringLiteral("<form method=\"post\" action=\"%1\">").arg(esc(f.action));
    body += field("code", QStringLiteral("Код подтверждения"), QString(),
                  QStringLiteral("inputmode=\"numeric\" autocomplete=\"one-time-code\" required autofocus"));
    body += QStringLiteral("<button type=\"submit\">Подтвердить</button></form>");
    return http::htmlPage(QStringLiteral("Подтверждение платежа"), body);
}

} // namespace mygas::server::sandbox
