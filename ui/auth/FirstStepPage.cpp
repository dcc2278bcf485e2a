#include "ui/auth/FirstStepPage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

FirstStepPage::FirstStepPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("firstStepPage"));
    auto* text = new QLabel(tr("To continue, connect your personal account if you have one, or apply for "
                               "connection to the gas supply system."),
                            this);
    text->setWordWrap(true);
    auto* connectAccount = new QPushButton(tr("Connect a personal account"), this);
    connectAccount->setObjectName(QStringLiteral("firstStepConnectAccount"));
    connectAccount->setAccessibleName(connectAccount->text());
    auto* apply = new QPushButton(tr("Apply for connection to the gas supply system"), this);
    apply->setObjectName(QStringLiteral("firstStepApply"));
    apply->setAccessibleName(apply->text());
    auto* skip = new QPushButton(tr("Go to the main page"), this);
    skip->setObjectName(QStringLiteral("firstStepSkip"));
    skip->setAccessibleName(skip->text());
    skip->setFlat(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(connectAccount);
    layout->addWidget(apply);
    layout->addWidget(skip, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(connectAccount, &QPushButton::clicked, this, &FirstStepPage::connectAccountRequested);
    connect(apply, &QPushButton::clicked, this, &FirstStepPage::applicationRequested);
    connect(skip, &QPushButton::clicked, this, &FirstStepPage::skipped);
}

} // namespace mygas
