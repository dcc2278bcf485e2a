#include "ui/settings/CardsBlock.h"

#include "models/core/DisplayFormat.h"
#include "models/core/ErrorCatalog.h"
#include "models/payments/PaymentRules.h"
#include "services/payments/PaymentsService.h"
#include "ui/payments/BankPage.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Scrolling.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mygas {

CardsBlock::CardsBlock(PaymentsService* payments, QWidget* parent)
    : QWidget(parent), m_payments(payments), m_list(new QListWidget(this)),
      m_new(new QPushButton(tr("New card"), this)), m_remove(new QPushButton(tr("Remove the card"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("cardsBlock"));
    auto* title = new QLabel(tr("Cards"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("cardsList"));
    m_list->setAccessibleName(tr("Bank cards bound to the login"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_new->setObjectName(QStringLiteral("cardsNewButton"));
    m_new->setAccessibleName(tr("Bind a new bank card"));
    m_remove->setObjectName(QStringLiteral("cardsRemoveButton"));
    m_remove->setAccessibleName(tr("Remove the selected card"));
    m_status->setObjectName(QStringLiteral("cardsStatus"));
    m_status->setWordWrap(true);
    // No fixed name: a screen reader reads the message itself.
    m_status->setAccessibleDescription(tr("Cards: message"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(m_new, &QPushButton::clicked, this, &CardsBlock::newCard);
    connect(m_remove, &QPushButton::clicked, this, &CardsBlock::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &CardsBlock::updateButtons);
    updateButtons();
}

QString CardsBlock::statusText() const
{
    return m_status->text();
}

void CardsBlock::updateButtons()
{
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void CardsBlock::refresh()
{
    m_payments->cards(this, [this](const Result<QList<SavedCard>>& cards) {
        if (!cards.ok()) {
            m_status->setText(messageFor(cards.error()));
            return;
        }
        m_cards = cards.value();
        m_list->clear();
        for (const SavedCard& c : m_cards)
            m_list->addItem(
                tr("%1 %2, valid through %3").arg(rules::networkDisplayName(c.network), c.masked, c.expiry));
        if (m_cards.isEmpty())
            (new QListWidgetItem(tr("No cards are bound yet"), m_list))->setFlags(Qt::NoItemFlags);
        updateButtons();
        emit cardsChanged(int(m_cards.size()));
    });
}

void CardsBlock::newCard()
{
    // The bank's offer first (manual 4.7.3.1 points 2–4).
    auto* offer = new QDialog(this);
    m_offer = offer;
    offer->setAttribute(Qt::WA_DeleteOnClose);
    offer->setObjectName(QStringLiteral("cardOfferDialog"));
    offer->setWindowTitle(tr("New card"));
    auto* text = new QLabel(tr("The card is bound at the bank: its number stays with the bank, «My gas» keeps only "
                               "the masked number, the payment system and the expiry date. A bound card pays "
                               "without entering its details again; the bank asks for the 3-D Secure code of each "
                               "payment. No money is charged when binding. You can remove the card in "
                               "«Settings» at any time."),
                            offer);
    text->setObjectName(QStringLiteral("cardOfferText"));
    text->setWordWrap(true);
    auto* accept = new QCheckBox(tr("I have read the terms of the Bank's Public offer and accept them"), offer);
    accept->setObjectName(QStringLiteral("cardOfferAccept"));
    accept->setAccessibleName(accept->text());
    const DialogButtons buttons = makeDialogButtons(offer, tr("Register"), QStringLiteral("cardOfferRegister"),
                                                    tr("Cancel"), QStringLiteral("cardOfferCancel"));
    buttons.accept->setEnabled(false);
    connect(accept, &QCheckBox::toggled, buttons.accept, &QPushButton::setEnabled);
    connect(buttons.accept, &QPushButton::clicked, offer, &QDialog::accept);
    connect(buttons.box, &QDialogButtonBox::rejected, offer, &QDialog::reject);
    connect(offer, &QDialog::accepted, this, &CardsBlock::bind);
    // The offer itself, to read before accepting it; loaded from the server.
    auto* offerText = new QTextBrowser(offer);
    offerText->setObjectName(QStringLiteral("cardOfferTerms"));
    offerText->setAccessibleName(tr("The Bank's Public offer"));
    offerText->setPlainText(tr("Loading the offer…"));
    m_payments->cardOffer(offerText, [offerText, offer](const Result<CardOffer>& terms) {
        if (!terms.ok()) {
            offerText->setPlainText(messageFor(terms.error()));
            return;
        }
        offerText->setPlainText(terms.value().title + QStringLiteral("\n\n") + terms.value().text);
        offer->setWindowTitle(terms.value().title);
    });
    auto* layout = new QVBoxLayout(offer);
    layout->addWidget(text);
    layout->addWidget(offerText, 1);
    layout->addWidget(accept);
    layout->addWidget(buttons.box);
    resizeInTextUnits(offer, 80, 30);
    offer->open();
}

void CardsBlock::bind()
{
    m_new->setEnabled(false);
    m_status->clear();
    m_payments->bindCard(PaymentsService::newKey(), this, [this](const Result<PaymentsService::Started>& started) {
        if (!started.ok()) {
            m_new->setEnabled(true);
            m_status->setText(messageFor(started.error()));
            return;
        }
        m_bankPage = BankPage::open(m_payments, started.value().order.id, started.value().page, tr("New card"), this,
                                    [this](const Result<PaymentOrder>& order) {
                                        m_new->setEnabled(true);
                                        if (!order.ok())
                                            m_status->setText(messageFor(order.error()));
                                        else if (order.value().status == PaymentOrder::Status::Succeeded)
                                            m_status->setText(tr("The card is bound."));
                                        else if (order.value().status == PaymentOrder::Status::Declined)
                                            m_status->setText(
                                                tr("The bank did not bind the card: %1")
                                                    .arg(display::afterColon(errorMessage(order.value().declineCode))));
                                        else
                                            m_status->setText(tr("The card was not bound."));
                                        refresh();
                                    });
        if (!m_bankPage) {
            m_new->setEnabled(true);
            m_status->setText(tr("The bank's page cannot be shown: the program's files are incomplete"));
        }
    });
}

void CardsBlock::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_cards.size())
        return;
    const SavedCard card = m_cards.at(row);
    if (MessageBox::question(this, tr("Remove the card"),
                             tr("Remove the card %1 %2? It is removed at the bank too.")
                                 .arg(rules::networkDisplayName(card.network), card.masked)) != QMessageBox::Yes)
        return;
    m_payments->removeCard(card.id, this, [this](const Status& done) {
        m_status->setText(done.ok() ? tr("The card is removed.") : messageFor(done.error()));
        refresh();
    });
}

} // namespace mygas
