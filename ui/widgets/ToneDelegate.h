#pragma once

#include <QStyledItemDelegate>

namespace mygas {

// Paints money by its tone (display::ToneRole): a debt in red, an
// overpayment or zero in green (manual 4.3.1.1). The text itself carries
// the sign and the word, so colour is never the only signal.
class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ToneDelegate(QObject* parent = nullptr);

    static QColor debtColor();
    static QColor creditColor();

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace mygas
