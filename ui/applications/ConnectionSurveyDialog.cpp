#include "ui/applications/ConnectionSurveyDialog.h"

#include "models/core/DisplayFormat.h"
#include "ui/widgets/DialogButtons.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mygas {

ConnectionSurveyDialog::ConnectionSurveyDialog(const QList<Company>& companies, bool chooseCompany, QWidget* parent)
    : QDialog(parent), m_companies(chooseCompany ? companies : companies.mid(0, 1)), m_heading(new QLabel(this)),
      m_text(new QLabel(this)), m_error(new QLabel(this)), m_body(new QWidget(this)),
      m_bodyLayout(new QVBoxLayout(m_body)), m_group(new QButtonGroup(this)),
      m_back(makeButton(tr("&Back"), QStringLiteral("surveyBack"), this)),
      m_next(makeButton(tr("C&ontinue"), QStringLiteral("surveyNext"), this)), m_choose(chooseCompany)
{
    setObjectName(QStringLiteral("connectionSurveyDialog"));
    setWindowTitle(tr("Application for connection to the gas supply system"));
    m_heading->setObjectName(QStringLiteral("surveyHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("surveyText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setObjectName(QStringLiteral("surveyError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_next->setDefault(true);
    QPushButton* cancel = makeButton(tr("Cancel"), QStringLiteral("surveyCancel"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    buttons->addWidget(cancel);
    // A long question or summary scrolls (a small screen, a large scale)
    // instead of being cut off above the buttons.
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_heading);
    column->addWidget(m_text);
    column->addWidget(m_body);
    column->addWidget(m_error);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_next, &QPushButton::clicked, this, &ConnectionSurveyDialog::next);
    connect(m_back, &QPushButton::clicked, this, &ConnectionSurveyDialog::back);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 22);
    if (m_choose)
        showCompanies();
    else
        next();
}

QString ConnectionSurveyDialog::companyId() const
{
    if (!m_choose)
        return m_companies.isEmpty() ? QString() : m_companies.first().id;
    return m_chosen;
}

applications::ConnectionSurvey ConnectionSurveyDialog::survey() const
{
    for (const Company& c : m_companies) {
        if (c.id == companyId())
            return applications::ConnectionSurvey::fromJson(c.connectionSurvey);
    }
    return {};
}

QJsonObject ConnectionSurveyDialog::form() const
{
    return applications::formOf(survey(), m_replies);
}

void ConnectionSurveyDialog::clearBody()
{
    m_answers.clear();
    for (QAbstractButton* b : m_group->buttons())
        m_group->removeButton(b);
    while (QLayoutItem* item = m_bodyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_company = nullptr;
    m_error->hide();
}

void ConnectionSurveyDialog::showCompanies()
{
    const QString keep = companyId();
    clearBody();
    m_question.clear();
    m_done = false;
    m_heading->setText(tr("Choose the regional gas company that will serve you"));
    m_text->setText(m_companies.isEmpty()
                        ? tr("None of the gas companies accepts connection applications through the personal "
                             "account yet.")
                        : tr("Only the companies that accept connection applications through the personal account "
                             "are listed."));
    m_company = new QComboBox(m_body);
    m_company->setObjectName(QStringLiteral("surveyCompany"));
    m_company->setAccessibleName(tr("Regional gas company"));
    for (const Company& c : m_companies)
        m_company->addItem(display::companyTitle(c), c.id);
    m_company->setCurrentIndex(std::max(0, m_company->findData(keep)));
    m_bodyLayout->addWidget(m_company);
    m_back->setEnabled(false);
    m_next->setEnabled(!m_companies.isEmpty());
    m_next->setText(tr("C&ontinue"));
    m_next->setAccessibleName(withoutMnemonic(m_next->text()));
    m_company->setFocus();
}

void ConnectionSurveyDialog::showQuestion(const QString& id)
{
    const applications::ConnectionSurvey s = survey();
    const applications::SurveyQuestion* q = s.question(id);
    if (!q)
        return showSummary();
    clearBody();
    m_question = id;
    m_done = false;
    m_heading->setText(tr("Question %1").arg(m_replies.size() + 1));
    m_text->setText(q->text);
    for (int i = 0; i < q->answers.size(); ++i) {
        auto* b = new QRadioButton(q->answers.at(i).text, m_body);
        b->setObjectName(QStringLiteral("surveyAnswer%1").arg(i));
        b->setAccessibleName(q->answers.at(i).text);
        b->setAccessibleDescription(q->text);
        m_group->addButton(b, i);
        m_bodyLayout->addWidget(b);
        m_answers.append(b);
    }
    m_back->setEnabled(m_choose || !m_replies.isEmpty());
    m_next->setEnabled(true);
    m_next->setText(tr("C&ontinue"));
    m_next->setAccessibleName(withoutMnemonic(m_next->text()));
    if (!m_answers.isEmpty())
        m_answers.first()->setFocus();
}

void ConnectionSurveyDialog::showSummary()
{
    clearBody();
    m_question.clear();
    m_done = true;
    const applications::ConnectionSurvey s = survey();
    m_heading->setText(s.isEmpty() ? tr("The gas company asks no questions before the application")
                                   : tr("How your application will be considered"));
    QStringList lines;
    for (const applications::SurveyReply& r : m_replies)
        lines.append(tr("%1 — %2").arg(r.questionText, r.answerText));
    const QStringList notes = applications::notesOf(s, m_replies);
    if (!notes.isEmpty())
        lines.append(QString());
    lines += notes;
    lines.append(QString());
    lines.append(tr("Your answers are attached to the application and fill in its form; you can change the form "
                    "before sending it."));
    m_text->setText(lines.join(QLatin1Char('\n')).trimmed());
    m_back->setEnabled(m_choose || !m_replies.isEmpty());
    m_next->setEnabled(true);
    m_next->setText(tr("Go to &filling in"));
    m_next->setAccessibleName(withoutMnemonic(m_next->text()));
    m_text->setFocus();
}

void ConnectionSurveyDialog::next()
{
    if (m_done)
        return accept();
    if (m_question.isEmpty()) {
        // From the choice of company to the first question.
        if (m_company)
            m_chosen = m_company->currentData().toString();
        m_replies.clear();
        const applications::ConnectionSurvey s = survey();
        return s.isEmpty() ? showSummary() : showQuestion(s.questions.first().id);
    }
    const int chosen = m_group->checkedId();
    if (chosen < 0) {
        m_error->setText(tr("Choose one of the answers"));
        m_error->show();
        if (!m_answers.isEmpty())
            m_answers.first()->setFocus();
        return;
    }
    const applications::ConnectionSurvey s = survey();
    const applications::SurveyQuestion* q = s.question(m_question);
    m_replies.append({q->id, chosen, q->text, q->answers.at(chosen).text});
    const QString following = q->answers.at(chosen).next;
    if (following.isEmpty())
        showSummary();
    else
        showQuestion(following);
}

void ConnectionSurveyDialog::back()
{
    if (m_replies.isEmpty()) {
        if (m_choose)
            showCompanies();
        return;
    }
    // The last question answered, with its answer chosen again.
    const applications::SurveyReply last = m_replies.takeLast();
    showQuestion(last.question);
    if (last.answer >= 0 && last.answer < m_answers.size()) {
        m_answers.at(last.answer)->setChecked(true);
        m_answers.at(last.answer)->setFocus();
    }
}

} // namespace mygas
