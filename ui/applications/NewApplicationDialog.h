#pragma once

#include "models/core/ApiTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace mygas {

// «Заключение нового договора» (manual 4.5.2): the regional gas company and
// the type of contract, then «Перейти к заполнению». A company that does not
// take connection applications through the personal account is not offered
// that type.
class NewApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    NewApplicationDialog(const QList<Company>& companies, QWidget* parent = nullptr);

    QString companyId() const;
    QString type() const;
    QComboBox* companyBox() const { return m_company; }
    QComboBox* typeBox() const { return m_type; }
    QPushButton* goButton() const { return m_go; }

private:
    void offerTypes();

    QList<Company> m_companies;
    QComboBox* m_company;
    QComboBox* m_type;
    QLabel* m_note;
    QPushButton* m_go;
};

} // namespace mygas
