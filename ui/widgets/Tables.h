#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace mygas {

// A read-only table as every section shows one: rows selected whole, keyboard
// focus, money coloured by its tone, columns sized to their contents.
QTableView* makeTable(const QString& objectName, const QString& accessibleName, QAbstractItemModel* model,
                      QWidget* parent);
// Fits the columns to the rows now in the model.
void fitColumns(QTableView* table);
// Colours a label holding an amount: red for a debt, green otherwise.
void setMoneyTone(QLabel* label, qint64 kop);

} // namespace mygas
