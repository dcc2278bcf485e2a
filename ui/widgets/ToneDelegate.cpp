#include "ui/widgets/ToneDelegate.h"

#include "models/core/DisplayFormat.h"

namespace mygas {

ToneDelegate::ToneDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor ToneDelegate::debtColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor ToneDelegate::creditColor()
{
    return QColor(0x1b, 0x6e, 0x2a);
}

void ToneDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int tone = index.data(display::ToneRole).toInt();
    if (tone == display::ToneNone || option->state.testFlag(QStyle::State_Selected))
        return;
    option->palette.setColor(QPalette::Text, tone == display::ToneDebt ? debtColor() : creditColor());
}

} // namespace mygas
