<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppOptions</name>
    <message>
        <source>«My gas» desktop client</source>
        <translation>Настольный клиент «Мой газ»</translation>
    </message>
    <message>
        <source>Start the bundled demo server and use it.</source>
        <translation>Запустить встроенный демонстрационный сервер и работать с ним.</translation>
    </message>
    <message>
        <source>Address of the provider's server.</source>
        <translation>Адрес сервера газовой компании.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM.</source>
        <translation>Дополнительно доверять сертификатам удостоверяющих центров из файла PEM.</translation>
    </message>
    <message>
        <source>Language of the interface: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <source>Quit as soon as the first window has been painted.</source>
        <translation>Завершить работу сразу после первой отрисовки окна.</translation>
    </message>
</context>
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
    <message>
        <source>Choose a regional gas company from the list</source>
        <translation>Выберите региональную газовую компанию из списка</translation>
    </message>
    <message>
        <source>Enter the personal account number</source>
        <translation>Введите номер лицевого счета</translation>
    </message>
    <message>
        <source>The personal account number does not match this company's format</source>
        <translation>Номер лицевого счета не соответствует формату, принятому в этой компании</translation>
    </message>
    <message>
        <source>The personal account cannot be connected: no account with this number was found. Check the number or contact the regional gas company</source>
        <translation>Невозможно подключить лицевой счет: лицевой счет с таким номером не найден. Проверьте номер или обратитесь в региональную газовую компанию</translation>
    </message>
    <message>
        <source>No more than 3 personal accounts can be connected</source>
        <translation>К учетной записи можно привязать не более трех лицевых счетов</translation>
    </message>
    <message>
        <source>This personal account is already connected</source>
        <translation>Этот лицевой счет уже подключен</translation>
    </message>
    <message>
        <source>The name is too long (at most 40 characters)</source>
        <translation>Слишком длинное наименование (не более 40 символов)</translation>
    </message>
    <message>
        <source>This section is available in the extended version only</source>
        <translation>Раздел доступен только в расширенной версии личного кабинета</translation>
    </message>
    <message>
        <source>Choose a control question</source>
        <translation>Выберите контрольный вопрос</translation>
    </message>
    <message>
        <source>The answer to the control question is wrong</source>
        <translation>Неверный ответ на контрольный вопрос</translation>
    </message>
    <message>
        <source>Too many wrong answers today. Try again tomorrow or request a PIN code</source>
        <translation>Слишком много неверных ответов за сегодня. Повторите попытку завтра или запросите ПИН-код</translation>
    </message>
    <message>
        <source>Enter your full name, e-mail address and phone number</source>
        <translation>Укажите ФИО, адрес электронной почты и телефон</translation>
    </message>
    <message>
        <source>The period is not valid</source>
        <translation>Неверно указан период</translation>
    </message>
    <message>
        <source>The data must be loaded again</source>
        <translation>Данные необходимо загрузить заново</translation>
    </message>
</context>
<context>
    <name>mygas::AccountsPage</name>
    <message>
        <source>Personal accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <source>No personal account is connected yet. Connect your account to see charges, submit meter readings and pay.</source>
        <translation>Лицевые счета еще не подключены. Подключите лицевой счет, чтобы видеть начисления, передавать показания и оплачивать услуги.</translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation>Подключить лицевой счет</translation>
    </message>
</context>
<context>
    <name>mygas::AuthWindow</name>
    <message>
        <source>My gas</source>
        <translation>Мой газ</translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation>Подключить лицевой счет</translation>
    </message>
    <message>
        <source>Apply for connection to the gas supply system</source>
        <translation>Подать заявку на подключение к системе газоснабжения</translation>
    </message>
    <message>
        <source>Demo mail</source>
        <translation>Демо-почта</translation>
    </message>
</context>
<context>
    <name>mygas::CodePage</name>
    <message>
        <source>Confirmation code</source>
        <translation>Код подтверждения</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>A confirmation code was sent to %1. Enter it below.</source>
        <translation>Код подтверждения отправлен на %1. Введите его ниже.</translation>
    </message>
    <message>
        <source>Send the code once more</source>
        <translation>Отправить код еще раз</translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Отправить код повторно</translation>
    </message>
    <message>
        <source>You can request the code again in %1 s</source>
        <translation>Запросить код повторно можно через %1 с</translation>
    </message>
    <message>
        <source>A new code has been sent.</source>
        <translation>Новый код отправлен.</translation>
    </message>
</context>
<context>
    <name>mygas::CompositionRoot</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Не удалось запустить демонстрационный сервер: %1</translation>
    </message>
    <message>
        <source>The server address is not set. Start the program with --server URL (or --demo to try it with the demo server).</source>
        <translation>Адрес сервера не задан. Запустите программу с параметром --server URL (или --demo, чтобы попробовать ее с демонстрационным сервером).</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation>Не удалось прочитать файл сертификата %1.</translation>
    </message>
</context>
<context>
    <name>mygas::ConsentPage</name>
    <message>
        <source>I agree</source>
        <translation>Я согласен</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Text of the consent</source>
        <translation>Текст согласия</translation>
    </message>
    <message>
        <source>I consent to the regional gas company processing my personal data (surname, name and patronymic, address, telephone number, e-mail address, personal account number, meter readings and payments) in order to provide me with the services of the «My gas» personal account: showing charges and payments, accepting meter readings, payments and requests, and sending notices.

Processing includes collection, recording, storage, clarification, use, transfer to the payment agent and deletion, with or without automation. The consent is valid until I withdraw it by a written request to the gas company.</source>
        <translation>Я даю согласие региональной газовой компании на обработку моих персональных данных (фамилия, имя, отчество, адрес, номер телефона, адрес электронной почты, номер лицевого счета, показания приборов учета и платежи) в целях предоставления мне услуг личного кабинета «Мой газ»: отображения начислений и платежей, приема показаний, платежей и заявок, направления уведомлений.

Обработка включает сбор, запись, хранение, уточнение, использование, передачу платежному агенту и удаление, с использованием средств автоматизации или без них. Согласие действует до его отзыва письменным заявлением в газовую компанию.</translation>
    </message>
</context>
<context>
    <name>mygas::CredentialsPage</name>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Password recovery</source>
        <translation>Восстановление пароля</translation>
    </message>
    <message>
        <source>Your mobile phone number or e-mail address is your login: the confirmation code will be sent to it.</source>
        <translation>Логином служит номер мобильного телефона или адрес электронной почты: на него будет отправлен код подтверждения.</translation>
    </message>
    <message>
        <source>Enter the login you registered with and a new password.</source>
        <translation>Введите логин, указанный при регистрации, и новый пароль.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Mobile phone or e-mail</source>
        <translation>Мобильный телефон или электронная почта</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>5 to 10 Latin letters or digits</source>
        <translation>От 5 до 10 латинских букв или цифр</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Подтверждение пароля</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрироваться</translation>
    </message>
    <message>
        <source>Recover password</source>
        <translation>Восстановить пароль</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the login form</source>
        <translation>Назад к форме входа</translation>
    </message>
</context>
<context>
    <name>mygas::DemoMailWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Demo mail</source>
        <translation>Демо-почта</translation>
    </message>
    <message>
        <source>Messages the demo server would have sent by SMS or e-mail.</source>
        <translation>Сообщения, которые демонстрационный сервер отправил бы по SMS или электронной почте.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Recipient (login)</source>
        <translation>Получатель (логин)</translation>
    </message>
</context>
<context>
    <name>mygas::FirstStepPage</name>
    <message>
        <source>To continue, connect your personal account if you have one, or apply for connection to the gas supply system.</source>
        <translation>Для продолжения работы подключите свой лицевой счет, если он у вас есть, или подайте заявку на подключение к системе газоснабжения.</translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation>Подключить лицевой счет</translation>
    </message>
    <message>
        <source>Apply for connection to the gas supply system</source>
        <translation>Подать заявку на подключение к системе газоснабжения</translation>
    </message>
    <message>
        <source>Go to the main page</source>
        <translation>Перейти на главную страницу</translation>
    </message>
</context>
<context>
    <name>mygas::LoginPage</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Log in to «My gas»</source>
        <translation>Вход в личный кабинет «Мой газ»</translation>
    </message>
    <message>
        <source>Mobile phone or e-mail</source>
        <translation>Мобильный телефон или электронная почта</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Забыли пароль?</translation>
    </message>
</context>
<context>
    <name>mygas::MainWindow</name>
    <message>
        <source>Demo mail</source>
        <translation>Демо-почта</translation>
    </message>
    <message>
        <source>My gas</source>
        <translation>Мой газ</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation>Подключить лицевой счет</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Лицевой счет</translation>
    </message>
    <message>
        <source>Office map</source>
        <translation>Карта отделений</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Техническая поддержка</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Учетная запись: %1</translation>
    </message>
    <message>
        <source>Could not save the login: the password storage is unavailable — log in again at the next start</source>
        <translation>Не удалось сохранить вход: хранилище паролей недоступно — при следующем запуске войдите снова</translation>
    </message>
</context>
<context>
    <name>mygas::StatusBanner</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>mygas::UpcomingPage</name>
    <message>
        <source>This section will arrive with an upcoming version of «My gas».</source>
        <translation>Этот раздел появится в одной из следующих версий «Мой газ».</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>mygas::WelcomePage</name>
    <message>
        <source>Virtual assistant</source>
        <translation>Виртуальный помощник</translation>
    </message>
    <message>
        <source>Hello! I am your virtual assistant. I will help you get started with «My gas»: connect your personal account, submit meter readings and pay for gas without visiting the office.</source>
        <translation>Здравствуйте! Я ваш виртуальный помощник. Я помогу вам начать работу в личном кабинете «Мой газ»: подключить лицевой счет, передавать показания и оплачивать газ, не посещая офис.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Хорошо</translation>
    </message>
</context>
</TS>