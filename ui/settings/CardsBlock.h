#pragma once

#include "models/payments/PaymentTypes.h"
#include "ui/payments/BankPage.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace mygas {

class PaymentsService;

// «Настройки», block «Карты» (manual 4.7.3): the cards bound to the login,
// «Новая карта» — the bank's public offer, the box «С условиями Публичной
// оферты Банка ознакомлен и принимаю их», «Зарегистрировать», then the bank's
// page — and «Удалить карту», which removes the card here and at the bank.
class CardsBlock : public QWidget
{
    Q_OBJECT
public:
    explicit CardsBlock(PaymentsService* payments, QWidget* parent = nullptr);

    // Reads the cards from the server again.
    void refresh();
    QListWidget* list() const { return m_list; }
    QString statusText() const;
    // The offer dialog of «Новая карта», while it is open.
    QDialog* offerDialog() const { return m_offer; }
    BankPage* bankPage() const { return m_bankPage; }

signals:
    void cardsChanged(int count);

private:
    void newCard();
    void bind();
    void removeSelected();
    void updateButtons();

    PaymentsService* m_payments;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_remove;
    QLabel* m_status;
    QList<SavedCard> m_cards;
    QPointer<QDialog> m_offer;
    QPointer<BankPage> m_bankPage;
};

} // namespace mygas
