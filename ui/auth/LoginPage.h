#pragma once

#include "models/core/Error.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace mygas {

class AuthService;
class FormField;
class StatusBanner;

// The login form of manual 3.2: «Логин», «Пароль», «Войти», and the links
// «Регистрация» and «Забыли пароль?».
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    LoginPage(AuthService* auth, QWidget* parent = nullptr);

    void reset();
    void showNotice(const QString& text);
    void showError(const Error& error, std::function<void()> retry);

signals:
    void registrationRequested();
    void recoveryRequested();

private:
    void submit();

    AuthService* m_auth;
    FormField* m_login;
    FormField* m_password;
    QPushButton* m_submit;
    StatusBanner* m_status;
    std::function<void()> m_lastAction;
};

} // namespace mygas
