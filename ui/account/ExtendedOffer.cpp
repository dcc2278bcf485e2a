#include "ui/account/ExtendedOffer.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

ExtendedOffer::ExtendedOffer(const QString& sectionKey, const QString& sectionTitle, QWidget* parent)
    : QWidget(parent), m_text(new QLabel(this)), m_button(new QPushButton(tr("Connect the extended version"), this))
{
    setObjectName(sectionKey + QStringLiteral("ExtendedOffer"));
    m_text->setObjectName(sectionKey + QStringLiteral("ExtendedOfferText"));
    m_text->setWordWrap(true);
    m_text->setText(tr("The section «%1» is available only in the extended version of «My gas».").arg(sectionTitle));
    m_text->setEnabled(false); // greyed, as the section itself
    m_button->setObjectName(sectionKey + QStringLiteral("ExtendedOfferButton"));
    m_button->setAccessibleName(tr("Connect the extended version"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_button, &QPushButton::clicked, this, &ExtendedOffer::requested);
}

} // namespace mygas
