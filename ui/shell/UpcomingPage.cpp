#include "ui/shell/UpcomingPage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

UpcomingPage::UpcomingPage(const QString& objectName, bool withBack, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this))
{
    setObjectName(objectName);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    auto* text = new QLabel(tr("This section will arrive with an upcoming version of «My gas»."), this);
    text->setObjectName(objectName + QStringLiteral("Text"));
    text->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(text);
    if (withBack) {
        auto* back = new QPushButton(tr("Back"), this);
        back->setObjectName(objectName + QStringLiteral("Back"));
        back->setAccessibleName(tr("Back"));
        layout->addWidget(back, 0, Qt::AlignLeft);
        connect(back, &QPushButton::clicked, this, &UpcomingPage::backRequested);
    }
    layout->addStretch(1);
}

void UpcomingPage::setSection(const QString& title)
{
    m_title->setText(title);
}

} // namespace mygas
