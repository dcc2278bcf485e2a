#include "ui/payments/BankPage.h"

#include "models/payments/BankPageProtocol.h"
#include "services/payments/PaymentsService.h"
#include "translations/Translations.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace mygas {

QString BankPage::program()
{
#ifdef Q_OS_WIN
    const QString name = QString::fromLatin1(bankpage::Program) + QStringLiteral(".exe");
#else
    const QString name = QString::fromLatin1(bankpage::Program);
#endif
    const QDir app(QCoreApplication::applicationDirPath());
    const QStringList dirs = {app.filePath(QStringLiteral(MYGAS_PLUGIN_DIR_FROM_BIN)),
                              QStringLiteral(MYGAS_BANKPAGE_BUILD_DIR)};
    for (const QString& dir : dirs) {
        const QFileInfo candidate(QDir(dir).filePath(name));
        if (candidate.isExecutable())
            return candidate.canonicalFilePath();
    }
    return QString();
}

BankPage::BankPage(PaymentsService* payments, const QString& orderId, QWidget* parent, Done done)
    : QObject(parent), m_payments(payments), m_orderId(orderId), m_owner(parent), m_done(std::move(done))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::finished, this, &BankPage::finish);
}

BankPage::~BankPage()
{
    if (!isOpen())
        return;
    disconnect(&m_process, nullptr, this, nullptr);
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

BankPage* BankPage::open(PaymentsService* payments, const QString& orderId, const QUrl& page, const QString& title,
                         QWidget* parent, Done done)
{
    const QString helper = program();
    if (helper.isEmpty()) {
        qWarning("mygas: %s was not found", bankpage::Program);
        return nullptr;
    }
    auto* bank = new BankPage(payments, orderId, parent, std::move(done));
    bank->m_page = page;
    auto option = [](const char* name) { return QStringLiteral("--") + QString::fromLatin1(name); };
    QStringList args{option(bankpage::PageOption),     page.toString(QUrl::FullyEncoded),
                     option(bankpage::ReturnOption),   payments->returnUrl().toString(QUrl::FullyEncoded),
                     option(bankpage::TitleOption),    title,
                     option(bankpage::LanguageOption), currentLanguage()};
    for (const QSslCertificate& certificate : payments->trustedCertificates())
        args << option(bankpage::TrustOption) << QString::fromLatin1(certificate.toDer().toBase64());
    if (QWidget* window = parent ? parent->window() : nullptr)
        args << option(bankpage::ParentWindowOption) << QString::number(quint64(window->winId()));
    if (QAccessible::isActive())
        args << option(bankpage::AccessibleOption);
    // The helper's standard input stays open while this object lives: its
    // end tells the helper to close (see close() and ParentWatch).
    bank->m_process.start(helper, args);
    if (!bank->m_process.waitForStarted(10000)) {
        qWarning("mygas: %s did not start: %s", bankpage::Program, qPrintable(bank->m_process.errorString()));
        delete bank;
        return nullptr;
    }
    return bank;
}

void BankPage::close()
{
    if (isOpen())
        m_process.closeWriteChannel();
}

void BankPage::finish()
{
    if (m_process.exitStatus() == QProcess::CrashExit)
        qWarning("mygas: the bank's page ended abnormally");
    emit closed();
    // Whatever the window said, the server knows how the order ended.
    if (m_payments && m_owner)
        m_payments->status(m_orderId, m_owner, m_done);
    deleteLater();
}

} // namespace mygas
