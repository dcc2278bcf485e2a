#include "ui/widgets/Tables.h"

#include "ui/widgets/ToneDelegate.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mygas {

QTableView* makeTable(const QString& objectName, const QString& accessibleName, QAbstractItemModel* model,
                      QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setItemDelegate(new ToneDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setFocusPolicy(Qt::StrongFocus);
    table->setTabKeyNavigation(false); // Tab leaves the table for the next control
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // Headers wrap between words, so a column is as wide as its figures,
    // not as «На начало периода» on one line.
    table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(int(Qt::AlignLeft | Qt::AlignVCenter) | int(Qt::TextWordWrap)));
    return table;
}

namespace {

// Fits the columns again when the table's width changes (the window resized).
class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableView* table) : QObject(table), m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Resize && !m_busy) {
            m_busy = true;
            fitColumns(m_table);
            m_busy = false;
        }
        return false;
    }

private:
    QTableView* m_table;
    bool m_busy = false;
};

// Wrapped rows take the height of their text as they come into view:
// measuring every row of a long list at once (resizeRowsToContents) costs
// more than building and painting the whole section.
class RowFitter : public QObject
{
public:
    explicit RowFitter(QTableView* table) : QObject(table), m_table(table)
    {
        connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, &RowFitter::fitVisible);
        QAbstractItemModel* model = table->model();
        connect(model, &QAbstractItemModel::modelReset, this, &RowFitter::restart);
        connect(model, &QAbstractItemModel::layoutChanged, this, &RowFitter::restart);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RowFitter::restart);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RowFitter::restart);
    }
    // The columns' widths or the rows changed: every height is measured anew.
    void restart()
    {
        m_fitted.clear();
        fitVisible();
    }
    void fitVisible()
    {
        const int count = m_table->model()->rowCount();
        if (!m_table->wordWrap() || count == 0)
            return;
        const int first = std::max(0, m_table->rowAt(0));
        int last = m_table->rowAt(m_table->viewport()->height());
        if (last < 0)
            last = count - 1;
        // Rows grow as they are fitted: the rows that fitted on one line
        // each before are a superset of those shown after.
        for (int r = first; r <= std::min(last + 1, count - 1); ++r) {
            if (!m_fitted.contains(r)) {
                m_table->resizeRowToContents(r);
                m_fitted.insert(r);
            }
        }
    }

private:
    QTableView* m_table;
    QSet<int> m_fitted;
};

int longestWord(const QFontMetrics& fm, const QString& text)
{
    int longest = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longest = std::max(longest, fm.horizontalAdvance(word));
    return longest;
}

} // namespace

void fitColumns(QTableView* table)
{
    // Sized from the first rows only, so a long history costs nothing extra.
    const int rows = std::min(table->model()->rowCount(), 50);
    QHeaderView* header = table->horizontalHeader();
    QAbstractItemModel* model = table->model();
    const QFontMetrics fm(header->font());
    const QFontMetrics cellFm(table->font());
    // The header section's own margins on both sides.
    const int padding = table->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 + 4;
    const int cellMargins = (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) * 2 + 2;
    QList<int> widths;
    QList<int> words; // the narrowest a column can be with its text wrapped
    for (int c = 0; c < header->count(); ++c) {
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        int cells = 0;
        int cellWords = 0;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = model->index(r, c);
            // The delegate's hint counts icons and its margins, but once the
            // table wraps it measures the wrapped text: the unwrapped text's
            // width is the floor.
            cells = std::max({cells, table->sizeHintForIndex(i).width(),
                              cellFm.horizontalAdvance(i.data().toString()) + cellMargins});
            cellWords = std::max(cellWords, longestWord(cellFm, i.data().toString()));
        }
        // The header on one line where there is room; wrapped only to fit.
        widths << std::max(cells, fm.horizontalAdvance(title) + padding);
        // A cell's margins and grid line come on top of its longest word.
        words << std::max(cellWords + cellMargins, longestWord(fm, title) + padding);
    }
    // Too wide for the table: the widest column wraps its text between words
    // rather than the table scrolling sideways.
    int total = std::accumulate(widths.begin(), widths.end(), 0);
    const int room = table->viewport()->width();
    bool wrapped = false;
    while (room > 0 && total > room) {
        int widest = -1;
        for (int c = 0; c < widths.size(); ++c) {
            if (widths[c] > words[c] && (widest < 0 || widths[c] > widths[widest]))
                widest = c;
        }
        if (widest < 0)
            break;
        const int narrower = std::max(words[widest], widths[widest] - (total - room));
        total -= widths[widest] - narrower;
        widths[widest] = narrower;
        wrapped = true;
    }
    int headerLines = 1;
    for (int c = 0; c < widths.size(); ++c) {
        table->setColumnWidth(c, widths[c]);
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        const QRect box = fm.boundingRect(QRect(0, 0, widths[c] - padding, 10000), Qt::TextWordWrap, title);
        headerLines = std::max(headerLines, int(std::ceil(double(box.height()) / fm.lineSpacing())));
    }
    header->setMinimumHeight(fm.lineSpacing() * headerLines + fm.height() / 2);
    if (wrapped != table->wordWrap())
        table->setWordWrap(wrapped);
    // Once per table (a class without its own meta-object cannot be found by type).
    if (!table->property("mygasColumnFitter").toBool()) {
        table->setProperty("mygasColumnFitter", true);
        new ColumnFitter(table);
        table->setProperty("mygasRowFitter", QVariant::fromValue<QObject*>(new RowFitter(table)));
    }
    if (wrapped)
        static_cast<RowFitter*>(table->property("mygasRowFitter").value<QObject*>())->restart();
}

void setMoneyTone(QLabel* label, qint64 kop)
{
    const QColor c = kop < 0 ? ToneDelegate::debtColor() : ToneDelegate::creditColor();
    label->setStyleSheet(QStringLiteral("color: %1;").arg(c.name()));
}

} // namespace mygas
