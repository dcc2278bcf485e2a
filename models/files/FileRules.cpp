#include "models/files/FileRules.h"

#include "models/accounts/AccountRules.h"
#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"

#include <algorithm>

namespace mygas::files {

QString typeOfContent(QByteArrayView head)
{
    if (head.startsWith("%PDF-"))
        return QLatin1String(kPdf);
    if (head.startsWith("\xFF\xD8\xFF"))
        return QLatin1String(kJpeg);
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return QLatin1String(kPng);
    return {};
}

QString typeOfName(const QString& name)
{
    const QString extension = name.section(QLatin1Char('.'), -1).toLower();
    if (!name.contains(QLatin1Char('.')))
        return {};
    if (extension == QLatin1String("pdf"))
        return QLatin1String(kPdf);
    if (extension == QLatin1String("jpg") || extension == QLatin1String("jpeg"))
        return QLatin1String(kJpeg);
    if (extension == QLatin1String("png"))
        return QLatin1String(kPng);
    return {};
}

std::optional<Error> checkNewUpload(const QString& name, qint64 size)
{
    if (name.trimmed().isEmpty())
        return makeError(errc::FieldRequired, QStringLiteral("name"), 400);
    if (name.size() > kMaxNameLength || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        rules::hasControlCharacters(name))
        return makeError(errc::FileNameInvalid, QStringLiteral("name"), 400);
    if (typeOfName(name).isEmpty())
        return makeError(errc::FileTypeInvalid, QStringLiteral("name"), 415);
    if (size <= 0)
        return makeError(errc::FileEmpty, QStringLiteral("size"), 400);
    if (size > kMaxFileBytes)
        return makeError(errc::FileTooLarge, QStringLiteral("size"), 413);
    return std::nullopt;
}

std::optional<Error> checkFirstPart(const QString& name, QByteArrayView head)
{
    const QString content = typeOfContent(head);
    if (content.isEmpty())
        return makeError(errc::FileTypeInvalid, QStringLiteral("content"), 415);
    if (content != typeOfName(name))
        return makeError(errc::FileTypeMismatch, QStringLiteral("content"), 415);
    return std::nullopt;
}

std::optional<Error> checkAttachment(const QString& name, const QByteArray& content)
{
    if (const std::optional<Error> refused = checkNewUpload(name, content.size()))
        return refused;
    return checkFirstPart(name, content);
}

std::optional<Error> checkAttachmentCount(const QList<qint64>& sizes, qint64 size)
{
    if (sizes.size() + 1 > kMaxFilesPerItem)
        return makeError(errc::TooManyFiles, QStringLiteral("files"), 400);
    qint64 total = size;
    for (qint64 s : sizes)
        total += s;
    if (total > kMaxItemBytes)
        return makeError(errc::FilesTooLarge, QStringLiteral("files"), 400);
    return std::nullopt;
}

qint64 partLength(qint64 offset, qint64 size)
{
    return std::clamp<qint64>(size - offset, 0, kPartBytes);
}

bool isUploadPart(QByteArrayView method, QByteArrayView target)
{
    if (method != "PUT" || !target.startsWith("/api/v1/"))
        return false;
    const qsizetype query = target.indexOf('?');
    const QList<QByteArray> parts = target.first(query < 0 ? target.size() : query).toByteArray().split('/');
    // "", "api", "v1", "accounts", ID, "uploads", ID — or a person's: "", "api", "v1", "uploads", ID
    if (parts.size() == 5)
        return parts[3] == "uploads" && !parts[4].isEmpty();
    return parts.size() == 7 && parts[3] == "accounts" && parts[5] == "uploads" && !parts[4].isEmpty() &&
           !parts[6].isEmpty();
}

} // namespace mygas::files
