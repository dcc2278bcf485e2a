#include "server/sync/SyncCursor.h"

#include <QByteArray>
#include <QStringList>

namespace mygas::server {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString SyncCursor::encode() const
{
    QStringList parts;
    for (auto it = access.begin(); it != access.end(); ++it)
        parts.append(it.key() + (it.value() == Access::Extended ? QStringLiteral(":e") : QStringLiteral(":l")));
    parts.sort();
    const QString text = QStringLiteral("v1;%1;%2").arg(version).arg(parts.join(QLatin1Char(',')));
    return QString::fromLatin1(text.toLatin1().toBase64(kBase64));
}

std::optional<SyncCursor> SyncCursor::decode(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromLatin1(*decoded).split(QLatin1Char(';'));
    if (parts.size() != 3 || parts[0] != QLatin1String("v1"))
        return std::nullopt;
    SyncCursor c;
    bool ok = false;
    c.version = parts[1].toLongLong(&ok);
    if (!ok || c.version < 0)
        return std::nullopt;
    for (const QString& item : parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = item.split(QLatin1Char(':'));
        if (kv.size() != 2 || (kv[1] != QLatin1String("e") && kv[1] != QLatin1String("l")))
            return std::nullopt;
        c.access.insert(kv[0], kv[1] == QLatin1String("e") ? Access::Extended : Access::Limited);
    }
    return c;
}

} // namespace mygas::server
