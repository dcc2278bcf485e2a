#pragma once

#include <QWidget>

#include <functional>

class QPushButton;

namespace mygas {

class AuthService;
class FormField;
class StatusBanner;

// A login with a new password typed twice: the registration form of manual
// 3.1 («Зарегистрироваться») or the recovery form of 3.3 («Восстановить
// пароль»). On success the server sends a code and the code form follows.
class CredentialsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Registration,
        Recovery,
    };

    CredentialsPage(Mode mode, AuthService* auth, QWidget* parent = nullptr);

    void reset();

signals:
    void backRequested();

private:
    void submit();

    Mode m_mode;
    AuthService* m_auth;
    FormField* m_login;
    FormField* m_password;
    FormField* m_confirmation;
    QPushButton* m_submit;
    StatusBanner* m_status;
    std::function<void()> m_lastAction;
};

} // namespace mygas
