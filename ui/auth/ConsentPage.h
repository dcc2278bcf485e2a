#pragma once

#include <QWidget>

#include <functional>

class QPushButton;

namespace mygas {

class AuthService;
class StatusBanner;

// Consent to the processing of personal data with «Я согласен» (manual 3.1 step 5).
class ConsentPage : public QWidget
{
    Q_OBJECT
public:
    ConsentPage(AuthService* auth, QWidget* parent = nullptr);

    void reset();

signals:
    void accepted();

private:
    void submit();

    AuthService* m_auth;
    QPushButton* m_agree;
    StatusBanner* m_status;
};

} // namespace mygas
