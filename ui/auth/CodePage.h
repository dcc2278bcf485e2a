#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace mygas {

class AuthService;
class FormField;
class StatusBanner;

// «Код подтверждения» with «Подтвердить» (manual 3.1 step 3 and 3.3 step 3).
// Counts down the seconds until a new code may be requested, then offers
// «Отправить код повторно» (registration) or «Отправить код еще раз»
// (recovery). Time comes from mygas::Clock.
class CodePage : public QWidget
{
    Q_OBJECT
public:
    CodePage(AuthService* auth, QWidget* parent = nullptr);

    // Shows the form for the challenge AuthService holds now.
    void start();
    int secondsLeft() const;

signals:
    void backRequested();

private:
    void submit();
    void resend();
    void tick();

    AuthService* m_auth;
    QLabel* m_title;
    QLabel* m_sentTo;
    FormField* m_code;
    QLabel* m_countdown;
    QPushButton* m_submit;
    QPushButton* m_resend;
    StatusBanner* m_status;
    QTimer* m_timer;
    std::function<void()> m_lastAction;
};

} // namespace mygas
