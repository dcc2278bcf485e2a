#pragma once

#include "models/core/Error.h"
#include "models/payments/PaymentTypes.h"

#include <QObject>
#include <QPointer>
#include <QProcess>

#include <functional>

class QWidget;

namespace mygas {

class PaymentsService;

// The bank's page of an order (manual 4.3.1.4 points 5–6, 4.7.3.1), shown by
// the helper program mygas-bankpage (models/payments/BankPageProtocol.h) above the
// window that opened it. Once the page's window is gone — the bank's return,
// closed by hand, or the helper failing — the server is asked how the order
// ended and `done` gets the answer.
class BankPage : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<PaymentOrder>&)>;

    // nullptr when the helper program cannot be started (done is not called).
    // The page is owned by `parent` and closed with it.
    static BankPage* open(PaymentsService* payments, const QString& orderId, const QUrl& page, const QString& title,
                          QWidget* parent, Done done);
    ~BankPage() override;

    QUrl page() const { return m_page; }
    bool isOpen() const { return m_process.state() != QProcess::NotRunning; }
    // Closes the page's window as a person would; done follows.
    void close();
    // Where the helper program is looked for: beside the app's plugins, then
    // the build tree; empty when not found.
    static QString program();

signals:
    void closed();

private:
    BankPage(PaymentsService* payments, const QString& orderId, QWidget* parent, Done done);
    void finish();

    QPointer<PaymentsService> m_payments;
    QString m_orderId;
    QUrl m_page;
    QWidget* m_owner;
    Done m_done;
    QProcess m_process;
};

} // namespace mygas
