#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace mygas {

// Shown, greyed, in place of a section that only the extended version
// opens: one line saying so and «Подключить расширенную версию».
class ExtendedOffer : public QWidget
{
    Q_OBJECT
public:
    ExtendedOffer(const QString& sectionKey, const QString& sectionTitle, QWidget* parent = nullptr);

    QPushButton* button() const { return m_button; }

signals:
    void requested();

private:
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace mygas
