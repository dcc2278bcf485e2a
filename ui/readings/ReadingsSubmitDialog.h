#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/core/ApiTypes.h"
#include "models/readings/ReadingRules.h"
#include "models/readings/ReadingTypes.h"

#include <QDialog>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace mygas {

class ReadingsService;
class StatusBanner;
class TextTableModel;
struct OutboxEntry;

// «Передача показаний» (manual 4.3.2.2): every meter of the account with a
// check box (ticked by default), its last reading and a field for the
// current one; the consumption it implies and the broken rule show as the
// person types. «Передать» sends the ticked meters through ReadingsService;
// the company's verdict per meter follows, or — offline — the readings wait
// in the outbox («Ожидает отправки») and the dialog closes.
class ReadingsSubmitDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage
    {
        Form,
        Sending,
        Results
    };

    explicit ReadingsSubmitDialog(ReadingsService* readings, QWidget* parent = nullptr);

    // A fresh form: every meter ticked, the fields empty.
    void start(const Account& account, const Company& company, const QList<Meter>& meters);
    // «Исправить» of a refused submission: its meters ticked with its values;
    // the refused entry leaves the outbox once the corrected one is stored.
    void startCorrection(const Account& account, const Company& company, const QList<Meter>& meters,
                         const OutboxEntry& refused);

    Stage stage() const { return m_stage; }
    QString accountId() const { return m_account.id; }
    int rowCount() const { return int(m_rows.size()); }
    QString meterId(int row) const;
    QCheckBox* checkBox(int row) const;
    QLineEdit* edit(int row) const;
    QString consumptionText(int row) const;
    QString messageText(int row) const;
    QString windowText() const;
    QString bannerText() const;
    TextTableModel* resultsModel() const { return m_results; }

signals:
    // Stored in the outbox while the server cannot be reached.
    void queued(const QString& accountId);

private:
    struct Row
    {
        Meter meter;
        QCheckBox* check = nullptr;
        QLabel* last = nullptr;
        QLineEdit* edit = nullptr;
        QLabel* consumption = nullptr;
        QLabel* message = nullptr;
        bool blocked = false; // removed or past its verification date
    };
    struct Verdict
    {
        bool skipped = true; // unticked or blocked
        bool parsed = false; // the text is a whole number
        bool ok = false;
        qint64 value = 0;
        QString message;
    };

    void fill(const Account& account, const Company& company, const QList<Meter>& meters);
    void clearRows();
    void addRow(const Meter& meter, const QString& serialText);
    Verdict judge(const Row& row, bool force) const;
    void showVerdict(Row& row, bool force);
    void submit();
    void showQueued();
    void showAnswer(const QString& key, const ReadingAnswer& answer, const Error& whole);
    void setStage(Stage stage);
    const Row* rowOf(const QString& meterId) const;

    ReadingsService* m_readings;
    Account m_account;
    Company m_company;
    QDate m_today;
    rules::ReadingWindow m_window;
    QString m_replacing; // the refused entry a correction replaces
    QString m_key;       // the stored submission awaiting its answer
    Stage m_stage = Stage::Form;
    QList<Row> m_rows;

    QLabel* m_title;
    QLabel* m_windowLine;
    QLabel* m_warning;
    QStackedWidget* m_pages;
    QWidget* m_form;
    QGridLayout* m_grid;
    TextTableModel* m_results;
    QTableView* m_resultsTable;
    StatusBanner* m_banner;
    QPushButton* m_submit;
    QPushButton* m_cancel;
    QTimer* m_answerTimeout;
};

} // namespace mygas
