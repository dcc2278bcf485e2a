<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Errors</name>
    <message>
        <source>Enter your mobile phone number or e-mail address</source>
        <translation>Укажите номер мобильного телефона или адрес электронной почты</translation>
    </message>
    <message>
        <source>Enter a mobile phone number (+7XXXXXXXXXX) or an e-mail address</source>
        <translation>Укажите номер мобильного телефона (+7XXXXXXXXXX) или адрес электронной почты</translation>
    </message>
    <message>
        <source>Enter the password</source>
        <translation>Введите пароль</translation>
    </message>
    <message>
        <source>The password must be 5 to 10 Latin letters or digits</source>
        <translation>Пароль может состоять из букв или цифр на латинице, не менее 5 и не более 10 символов</translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation>Пароли не совпадают</translation>
    </message>
    <message>
        <source>A user with this login is already registered</source>
        <translation>Пользователь с таким логином уже зарегистрирован</translation>
    </message>
    <message>
        <source>No user with this login is registered</source>
        <translation>Пользователь с таким логином не зарегистрирован</translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <source>Too many attempts. Try again later</source>
        <translation>Слишком много попыток. Повторите попытку позже</translation>
    </message>
    <message>
        <source>The confirmation code is 6 digits</source>
        <translation>Код подтверждения состоит из 6 цифр</translation>
    </message>
    <message>
        <source>Wrong confirmation code</source>
        <translation>Неверный код подтверждения</translation>
    </message>
    <message>
        <source>The confirmation code has expired. Request a new code</source>
        <translation>Срок действия кода подтверждения истек. Запросите код повторно</translation>
    </message>
    <message>
        <source>The confirmation request was not found. Start again</source>
        <translation>Запрос на подтверждение не найден. Начните заново</translation>
    </message>
    <message>
        <source>Too many wrong codes. Request a new code</source>
        <translation>Слишком много неверных кодов. Запросите код повторно</translation>
    </message>
    <message>
        <source>A new code can be requested a little later</source>
        <translation>Запросить код повторно можно будет чуть позже</translation>
    </message>
    <message>
        <source>Please log in</source>
        <translation>Войдите в личный кабинет</translation>
    </message>
    <message>
        <source>The session has ended. Please log in again</source>
        <translation>Сеанс завершен. Войдите в личный кабинет заново</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data is required</source>
        <translation>Необходимо подтвердить согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>This version of the consent text is not current</source>
        <translation>Эта редакция согласия устарела</translation>
    </message>
    <message>
        <source>The request is too large</source>
        <translation>Слишком большой запрос</translation>
    </message>
    <message>
        <source>The request is malformed</source>
        <translation>Некорректный запрос</translation>
    </message>
    <message>
        <source>A field has the wrong type</source>
        <translation>Поле имеет неверный формат</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Server error. Please try again later</source>
        <translation>Ошибка сервера. Повторите попытку позже</translation>
    </message>
    <message>
        <source>No connection to the server. Check the Internet connection and press Retry</source>
        <translation>Нет соединения с сервером. Проверьте подключение к Интернету и нажмите «Повторить»</translation>
    </message>
    <message>
        <source>The server did not answer in time. Press Retry</source>
        <translation>Сервер не ответил вовремя. Нажмите «Повторить»</translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server certificate is not trusted</source>
        <translation>Не удалось установить защищенное соединение: сертификат сервера не прошел проверку</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer</source>
        <translation>Сервер прислал неожиданный ответ</translation>
    </message>
</context>
</TS>