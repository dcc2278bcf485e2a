#include "ui/account/SectionSlot.h"

#include "ui/account/AccountSection.h"
#include "ui/account/ExtendedOffer.h"
#include "ui/widgets/Scrolling.h"

#include <QBoxLayout>

namespace mygas {

SectionSlot::SectionSlot(const QString& key, const QString& title, bool extendedOnly, Factory factory, QWidget* parent)
    : QWidget(parent), m_key(key), m_title(title), m_extendedOnly(extendedOnly), m_factory(std::move(factory))
{
    setObjectName(key + QStringLiteral("Tab"));
    m_page = scrollingPage(this);
}

bool SectionSlot::lockedFor(const Account& account) const
{
    return m_extendedOnly && account.access != Access::Extended;
}

void SectionSlot::setAccount(const Account& account)
{
    m_account = account;
    m_hasAccount = true;
    markDirty();
}

void SectionSlot::markDirty()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void SectionSlot::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void SectionSlot::refresh()
{
    if (!m_hasAccount)
        return;
    m_dirty = false;
    const bool locked = lockedFor(m_account);
    if (locked && !m_offer) {
        m_offer = new ExtendedOffer(m_key, m_title, this);
        m_page->addWidget(m_offer);
        connect(m_offer, &ExtendedOffer::requested, this, &SectionSlot::extendedRequested);
    }
    if (!locked && !m_section) {
        m_section = m_factory(this);
        m_page->addWidget(m_section);
    }
    if (m_offer)
        m_offer->setVisible(locked);
    if (m_section) {
        m_section->setVisible(!locked);
        if (!locked)
            m_section->load(m_account);
    }
}

} // namespace mygas
