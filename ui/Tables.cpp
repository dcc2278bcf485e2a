#include "Tables.h"

#include "ToneDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

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
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void fitColumns(QTableView* table)
{
    // Sized from the visible rows only, so a long history costs nothing extra.
    table->horizontalHeader()->setResizeContentsPrecision(50);
    table->resizeColumnsToContents();
}

void setMoneyTone(QLabel* label, qint64 kop)
{
    const QColor c = kop < 0 ? ToneDelegate::debtColor() : ToneDelegate::creditColor();
    label->setStyleSheet(QStringLiteral("color: %1;").arg(c.name()));
}

} // namespace mygas
