#pragma once

#include "ui/account/AccountSection.h"

class QFormLayout;
class QLabel;
class QTableView;

namespace mygas {

class TextTableModel;

// «Абонент» (manual 4.3.3), read-only: number and address, the owner and the
// premises, benefits, consumption regimes and the gas equipment installed.
class SubscriberSection : public AccountSection
{
    Q_OBJECT
public:
    explicit SubscriberSection(CacheStore* cache, QWidget* parent = nullptr);

    void load(const Account& account) override;
    QString fieldText(const QString& objectName) const;

private:
    QLabel* addField(QFormLayout* form, const QString& label, const QString& objectName);

    QLabel* m_number;
    QLabel* m_address;
    QLabel* m_owner;
    QLabel* m_residents;
    QLabel* m_areas;
    QLabel* m_missing;
    TextTableModel* m_benefits;
    TextTableModel* m_regimes;
    TextTableModel* m_equipment;
};

} // namespace mygas
