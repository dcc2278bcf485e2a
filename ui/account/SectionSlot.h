#pragma once

#include "models/accounts/AccountTypes.h"

#include <QWidget>

#include <functional>

class QBoxLayout;

namespace mygas {

class AccountSection;
class ExtendedOffer;

// A tab of «Лицевой счет» that builds its section only when first shown and
// fills it again only when shown after the data changed. For a limited
// account an extended-only section shows the ExtendedOffer instead.
class SectionSlot : public QWidget
{
    Q_OBJECT
public:
    using Factory = std::function<AccountSection*(QWidget* parent)>;

    SectionSlot(const QString& key, const QString& title, bool extendedOnly, Factory factory,
                QWidget* parent = nullptr);

    QString key() const { return m_key; }
    QString title() const { return m_title; }
    bool extendedOnly() const { return m_extendedOnly; }
    bool lockedFor(const Account& account) const;
    void setAccount(const Account& account); // refills now if visible, else when shown
    void markDirty();
    AccountSection* section() const { return m_section; }
    ExtendedOffer* offer() const { return m_offer; }

signals:
    void extendedRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();

    QString m_key;
    QString m_title;
    bool m_extendedOnly;
    Factory m_factory;
    Account m_account;
    bool m_hasAccount = false;
    bool m_dirty = true;
    AccountSection* m_section = nullptr;
    ExtendedOffer* m_offer = nullptr;
    QBoxLayout* m_page; // inside the slot's scroll area
};

} // namespace mygas
