#include "ui/auth/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Virtual assistant"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* text = new QLabel(tr("Hello! I am your virtual assistant. I will help you get started with «My gas»: "
                               "connect your personal account, submit meter readings and pay for gas without "
                               "visiting the office."),
                            this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    auto* ok = new QPushButton(tr("OK"), this);
    ok->setObjectName(QStringLiteral("welcomeOkButton"));
    ok->setAccessibleName(tr("OK"));
    ok->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(ok, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(ok, &QPushButton::clicked, this, &WelcomePage::accepted);
}

} // namespace mygas
