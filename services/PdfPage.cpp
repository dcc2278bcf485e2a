#include "PdfPage.h"

#include "ApiTypes.h"
#include "ErrorCatalog.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace mygas::pdf {

namespace {
Error writeError(const QString& path, const QString& why)
{
    Error e = makeError(errc::FileWriteFailed);
    e.message =
        e.message + QStringLiteral(": ") + path + (why.isEmpty() ? QString() : QStringLiteral(" (") + why + ')');
    return e;
}
} // namespace

Status write(const QString& path, const QString& title, const std::function<bool(QPainter&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(kDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(kMargin, kMargin, kMargin, kMargin), QPageLayout::Millimeter));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Мой газ"));
        QPainter p(&pdf);
        if (!paint(p) || !p.end())
            return writeError(path, QStringLiteral("PDF"));
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return Done{};
}

} // namespace mygas::pdf
