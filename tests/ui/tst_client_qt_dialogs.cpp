// Qt's own dialogs speak Russian beside the app's (installQtTranslations):
// the file dialog, the print dialog, a text field's context menu and the
// standard buttons. Every visible word of Latin script is a defect unless it
// names a format or a standard (PDF, A4…).
#include "translations/Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

class TestClientQtDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileDialog();
    void printDialog();
    void contextMenu();
    void standardButtons();

private:
    // The visible texts of a window: titles, labels, buttons, tabs, boxes.
    static QStringList texts(QWidget* window);
    // Those with a Latin word that is not a format's or a standard's name.
    static QStringList english(const QStringList& texts);
};

void TestClientQtDialogs::initTestCase()
{
    QVERIFY2(mygas::installQtTranslations(QStringLiteral("ru")), "Qt's Russian catalogues are installed");
}

QStringList TestClientQtDialogs::texts(QWidget* window)
{
    QStringList out{window->windowTitle()};
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (l->isVisibleTo(window))
            out << l->text();
    }
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(window))
            out << b->text() << b->toolTip();
    }
    for (QGroupBox* g : window->findChildren<QGroupBox*>()) {
        if (g->isVisibleTo(window))
            out << g->title();
    }
    for (QTabWidget* t : window->findChildren<QTabWidget*>()) {
        for (int i = 0; i < t->count(); ++i)
            out << t->tabText(i);
    }
    out.removeAll(QString());
    return out;
}

QStringList TestClientQtDialogs::english(const QStringList& texts)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QStringList names{QStringLiteral("PDF"),     QStringLiteral("CUPS"),      QStringLiteral("A4"),
                                   QStringLiteral("mm"),      QStringLiteral("Letter"),    QStringLiteral("Legal"),
                                   QStringLiteral("Tabloid"), QStringLiteral("Executive"), QStringLiteral("pdf"),
                                   QStringLiteral("OK")};
    QStringList out;
    for (const QString& t : texts) {
        // A shortcut's keys («Ctrl+C») read the same in every language.
        QString plain = t.section(QLatin1Char('\t'), 0, 0);
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>"))).remove(QLatin1Char('&'));
        for (auto it = word.globalMatch(plain); it.hasNext();) {
            const QString w = it.next().captured();
            if (!names.contains(w)) {
                out << t;
                break;
            }
        }
    }
    return out;
}

void TestClientQtDialogs::fileDialog()
{
    QFileDialog dialog(nullptr, QStringLiteral("Сохранить квитанцию"), QDir::tempPath(), QStringLiteral("PDF (*.pdf)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList all = texts(&dialog);
    QVERIFY2(all.size() >= 6, qPrintable(all.join(" | ")));
    QVERIFY2(all.contains(QStringLiteral("Имя файла:")) || all.join(' ').contains(QStringLiteral("Имя файла")),
             qPrintable(all.join(" | ")));
    QVERIFY2(english(all).isEmpty(), qPrintable(english(all).join(" | ")));
    dialog.reject();
}

void TestClientQtDialogs::printDialog()
{
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    QPrintDialog dialog(&printer);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList all = texts(&dialog);
    QVERIFY2(all.size() >= 10, qPrintable(all.join(" | ")));
    QVERIFY2(all.contains(QStringLiteral("Печать")), qPrintable(all.join(" | ")));
    QVERIFY2(english(all).isEmpty(), qPrintable(english(all).join(" | ")));
    dialog.reject();
}

void TestClientQtDialogs::contextMenu()
{
    QLineEdit field;
    field.setText(QStringLiteral("5280"));
    std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
    QStringList all;
    for (QAction* a : menu->actions()) {
        if (!a->isSeparator())
            all << a->text();
    }
    QVERIFY(all.size() >= 5);
    QVERIFY2(english(all).isEmpty(), qPrintable(english(all).join(" | ")));
    QVERIFY2(all.join(' ').contains(QStringLiteral("Копировать")), qPrintable(all.join(" | ")));
}

void TestClientQtDialogs::standardButtons()
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("Мой газ"), QStringLiteral("Удалить карту?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel | QMessageBox::Ok | QMessageBox::Close);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    const QStringList all = texts(&box);
    QVERIFY2(english(all).isEmpty(), qPrintable(english(all).join(" | ")));
    QVERIFY2(all.contains(QStringLiteral("&Да")) && all.contains(QStringLiteral("&Нет")), qPrintable(all.join(" | ")));
}

QTEST_MAIN(TestClientQtDialogs)
#include "tst_client_qt_dialogs.moc"
