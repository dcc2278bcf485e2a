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
    <message>
        <source>Show «Demo mail» (the outbox of a demo server) with --server.</source>
        <translation>Показывать «Демо-почту» (исходящие сообщения демо-сервера) вместе с --server.</translation>
    </message>
    <message>
        <source>--server: not an address: %1</source>
        <translation>--server: это не адрес: %1</translation>
    </message>
    <message>
        <source>--lang: ru or en</source>
        <translation>--lang: ru или en</translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <source>Contract for technical connection</source>
        <translation>Договор на техническое присоединение</translation>
    </message>
    <message>
        <source>Contract for gas supply</source>
        <translation>Договор на поставку газа</translation>
    </message>
    <message>
        <source>Contract for maintenance of in-house gas equipment</source>
        <translation>Договор на ТО ВДГО</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Passport of a citizen of the Russian Federation</source>
        <translation>Паспорт гражданина Российской Федерации</translation>
    </message>
    <message>
        <source>Another document</source>
        <translation>Иной документ</translation>
    </message>
    <message>
        <source>Document series and number</source>
        <translation>Серия и номер документа</translation>
    </message>
    <message>
        <source>Issued by and on</source>
        <translation>Кем и когда выдан</translation>
    </message>
    <message>
        <source>Type of the object</source>
        <translation>Тип объекта газификации</translation>
    </message>
    <message>
        <source>Residential house</source>
        <translation>Жилой дом</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <source>Garden house</source>
        <translation>Садовый дом</translation>
    </message>
    <message>
        <source>Outbuilding</source>
        <translation>Хозяйственная постройка</translation>
    </message>
    <message>
        <source>Another object</source>
        <translation>Иной объект</translation>
    </message>
    <message>
        <source>Gas equipment</source>
        <translation>Газовое оборудование</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Gas stove</source>
        <translation>Газовая плита</translation>
    </message>
    <message>
        <source>Gas boiler</source>
        <translation>Газовый котел</translation>
    </message>
    <message>
        <source>Instantaneous water heater</source>
        <translation>Проточный водонагреватель</translation>
    </message>
    <message>
        <source>Other equipment</source>
        <translation>Иное оборудование</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Марка, модель</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Sending the application</source>
        <translation>Отправка заявки</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Object of gasification</source>
        <translation>Объект газификации</translation>
    </message>
    <message>
        <source>Address of the object</source>
        <translation>Адрес объекта газификации</translation>
    </message>
    <message>
        <source>Planned maximum hourly gas flow, m³/h</source>
        <translation>Планируемый максимальный часовой расход газа, м³/ч</translation>
    </message>
    <message>
        <source>Planned commissioning date</source>
        <translation>Планируемый срок ввода объекта в эксплуатацию</translation>
    </message>
    <message>
        <source>Ownership document</source>
        <translation>Документ на собственность</translation>
    </message>
    <message>
        <source>Gas meters</source>
        <translation>Приборы учета газа</translation>
    </message>
    <message>
        <source>Type of the meter</source>
        <translation>Тип прибора учета газа</translation>
    </message>
    <message>
        <source>Place of installation</source>
        <translation>Место установки прибора учета</translation>
    </message>
    <message>
        <source>Date of the last verification</source>
        <translation>Дата последней поверки</translation>
    </message>
    <message>
        <source>Gas consumption</source>
        <translation>Параметры потребления газа</translation>
    </message>
    <message>
        <source>Number of residents</source>
        <translation>Количество проживающих</translation>
    </message>
    <message>
        <source>Heated living area, m²</source>
        <translation>Площадь жилых отапливаемых помещений, м²</translation>
    </message>
    <message>
        <source>Heated non-living area, m²</source>
        <translation>Площадь нежилых отапливаемых помещений, м²</translation>
    </message>
    <message>
        <source>Farm animals and poultry</source>
        <translation>Сельскохозяйственные животные и птица</translation>
    </message>
    <message>
        <source>Farm animals and poultry: kinds and numbers</source>
        <translation>Сельскохозяйственные животные и птица: виды и количество</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Льготы</translation>
    </message>
    <message>
        <source>Benefits you are entitled to</source>
        <translation>Льготы, которые у вас есть</translation>
    </message>
    <message>
        <source>Payment form</source>
        <translation>Форма оплаты</translation>
    </message>
    <message>
        <source>Payment for the maintenance</source>
        <translation>Форма оплаты работ по ТО ВДГО</translation>
    </message>
    <message>
        <source>Once, after the work is done</source>
        <translation>Единовременно после выполнения работ</translation>
    </message>
    <message>
        <source>Monthly, with the payment for gas</source>
        <translation>Ежемесячно вместе с оплатой за газ</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Personal cabinet</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Контролер</translation>
    </message>
    <message>
        <source>Gas company</source>
        <translation>Газовая компания</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount, RUB</source>
        <translation>Сумма, руб.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Place of payment</source>
        <translation>Место оплаты</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Opening balance, RUB</source>
        <translation>Состояние на начало периода, руб.</translation>
    </message>
    <message>
        <source>Charged, RUB</source>
        <translation>Начислено, руб.</translation>
    </message>
    <message>
        <source>Volume, m³</source>
        <translation>Объем, м³</translation>
    </message>
    <message>
        <source>Benefits, RUB</source>
        <translation>Льготы, руб.</translation>
    </message>
    <message>
        <source>Recalculation, RUB</source>
        <translation>Перерасчет, руб.</translation>
    </message>
    <message>
        <source>Paid, RUB</source>
        <translation>Оплачено, руб.</translation>
    </message>
    <message>
        <source>Closing balance, RUB</source>
        <translation>Состояние на конец периода, руб.</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Прибор учета</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <source>Reading, m³</source>
        <translation>Показание, м³</translation>
    </message>
    <message>
        <source>Consumption, m³</source>
        <translation>Расход, м³</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
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
    <message>
        <source>The data saved on this computer could not be read or written</source>
        <translation>Данные, сохраненные на этом компьютере, не удалось прочитать или записать</translation>
    </message>
    <message>
        <source>The file could not be saved</source>
        <translation>Файл не удалось сохранить</translation>
    </message>
    <message>
        <source>The reading must be a whole number</source>
        <translation>Показание должно быть целым числом</translation>
    </message>
    <message>
        <source>The current reading must not be less than the previous one</source>
        <translation>Текущее показание должно быть не меньше предыдущего</translation>
    </message>
    <message>
        <source>The reading has more digits than the meter can show</source>
        <translation>Показание не должно превышать разрядность счетчика</translation>
    </message>
    <message>
        <source>The consumption exceeds the maximum allowed by the gas company</source>
        <translation>Расход превышает максимально допустимый расход газа, установленный РГК</translation>
    </message>
    <message>
        <source>The gas company does not accept a reading equal to the previous one</source>
        <translation>Поставщик услуг не принимает показание, равное предыдущему</translation>
    </message>
    <message>
        <source>The meter's verification date has passed: readings are not accepted</source>
        <translation>Истекла дата поверки прибора учета: показания не принимаются</translation>
    </message>
    <message>
        <source>Readings are not accepted on this day of the month</source>
        <translation>В этот день месяца показания не принимаются</translation>
    </message>
    <message>
        <source>The meter was not found on this personal account</source>
        <translation>Прибор учета не найден на этом лицевом счете</translation>
    </message>
    <message>
        <source>The meter is not in service: readings are not accepted</source>
        <translation>Прибор учета не действует: показания не принимаются</translation>
    </message>
    <message>
        <source>Tick at least one meter and enter its reading</source>
        <translation>Установите флаг хотя бы у одного прибора учета и введите его показание</translation>
    </message>
    <message>
        <source>A meter is listed twice</source>
        <translation>Прибор учета указан дважды</translation>
    </message>
    <message>
        <source>The request has no Idempotency-Key</source>
        <translation>В запросе нет заголовка Idempotency-Key</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request</source>
        <translation>Этот Idempotency-Key уже использован для другого запроса</translation>
    </message>
    <message>
        <source>The reading must not be less than the previous accepted reading, %1</source>
        <translation>Текущее показание должно быть не меньше предыдущего принятого показания, %1</translation>
    </message>
    <message>
        <source>The meter has %1 digits: the reading must not exceed %2</source>
        <translation>Разрядность счетчика %1: показание не должно превышать %2</translation>
    </message>
    <message>
        <source>The consumption exceeds the maximum set by the gas company, %1 m³</source>
        <translation>Расход превышает максимально допустимый расход газа, установленный РГК, %1 м³</translation>
    </message>
    <message>
        <source>The reading equals the previous one, %1: the gas company does not accept zero consumption. Untick the meter if you are not sending its reading</source>
        <translation>Показание равно предыдущему, %1: поставщик услуг не принимает нулевой расход. Снимите флаг у прибора учета, если не передаете по нему показание</translation>
    </message>
    <message>
        <source>The meter's verification date, %1, has passed: readings are not accepted. Contact the gas company</source>
        <translation>Истекла дата поверки прибора учета, %1: показания не принимаются. Обратитесь к поставщику услуг</translation>
    </message>
    <message>
        <source>Readings are accepted from day %1 to day %2 of the month. The next period is %3 – %4</source>
        <translation>Прием показаний: с %1 по %2 число месяца. Следующий период: %3 – %4</translation>
    </message>
    <message>
        <source>There are no charges for this period yet</source>
        <translation>За этот период начислений еще нет</translation>
    </message>
    <message>
        <source>The amount to pay is less than the minimum (10 rubles)</source>
        <translation>Сумма к оплате меньше минимальной (10 руб.)</translation>
    </message>
    <message>
        <source>The amount to pay is more than the maximum available (15 000 rubles)</source>
        <translation>Сумма к оплате больше максимально доступной (15 000 руб.)</translation>
    </message>
    <message>
        <source>Check the card number</source>
        <translation>Проверьте номер карты</translation>
    </message>
    <message>
        <source>Cards of this payment system are not accepted: use Visa, Mastercard, Maestro or Mir</source>
        <translation>Карты этой платежной системы не принимаются: используйте Visa, Mastercard, Maestro или Мир</translation>
    </message>
    <message>
        <source>The card has expired</source>
        <translation>Срок действия карты истек</translation>
    </message>
    <message>
        <source>Enter the three digits from the back of the card</source>
        <translation>Введите три цифры с обратной стороны карты</translation>
    </message>
    <message>
        <source>Enter the card holder's name in Latin letters</source>
        <translation>Введите имя владельца карты латинскими буквами</translation>
    </message>
    <message>
        <source>Choose the services to pay for and enter a positive amount for each</source>
        <translation>Выберите услуги для оплаты и введите положительную сумму по каждой</translation>
    </message>
    <message>
        <source>There is no such service on this account</source>
        <translation>На лицевом счете нет такой услуги</translation>
    </message>
    <message>
        <source>The payment was not found</source>
        <translation>Платеж не найден</translation>
    </message>
    <message>
        <source>The card was not found</source>
        <translation>Карта не найдена</translation>
    </message>
    <message>
        <source>Accept the terms of the bank's public offer</source>
        <translation>Примите условия Публичной оферты Банка</translation>
    </message>
    <message>
        <source>There are not enough funds on the card</source>
        <translation>На карте не хватает средств</translation>
    </message>
    <message>
        <source>The card is blocked</source>
        <translation>Карта заблокирована</translation>
    </message>
    <message>
        <source>Only cards issued in Russia are accepted</source>
        <translation>Принимаются только карты, выпущенные на территории РФ</translation>
    </message>
    <message>
        <source>The confirmation code is wrong: the payment was declined</source>
        <translation>Неверный код подтверждения: платеж отклонен</translation>
    </message>
    <message>
        <source>The bank's notification failed its check</source>
        <translation>Уведомление банка не прошло проверку</translation>
    </message>
    <message>
        <source>This personal account is not connected to your sign-in</source>
        <translation>Этот лицевой счет не подключен к вашей учетной записи</translation>
    </message>
    <message>
        <source>A required field is missing</source>
        <translation>Не заполнено обязательное поле</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be typed</source>
        <translation>Текст содержит недопустимые символы: табуляцию, перевод строки или служебные знаки</translation>
    </message>
    <message>
        <source>This password is among the most common and easy to guess: choose another one</source>
        <translation>Этот пароль слишком распространен и легко угадывается: придумайте другой</translation>
    </message>
    <message>
        <source>Readings are accepted from day %1 of the month to day %2 of the next month. The next period is %3 – %4</source>
        <translation>Прием показаний: с %1 числа месяца по %2 число следующего месяца. Следующий период: %3 – %4</translation>
    </message>
    <message>
        <source>Too many wrong answers. Try again in %1 h %2 min or request a PIN code</source>
        <translation>Слишком много неверных ответов. Повторите попытку через %1 ч %2 мин или запросите ПИН-код</translation>
    </message>
    <message>
        <source>The request does not follow the HTTP protocol</source>
        <translation>Запрос не соответствует протоколу HTTP</translation>
    </message>
    <message>
        <source>The request headers are too large</source>
        <translation>Слишком большие заголовки запроса</translation>
    </message>
    <message>
        <source>The request was not received in time. Press Retry</source>
        <translation>Запрос не получен вовремя. Нажмите «Повторить»</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a minute</source>
        <translation>Сервер перегружен. Повторите попытку через минуту</translation>
    </message>
    <message>
        <source>Too many wrong codes. Start again</source>
        <translation>Слишком много неверных кодов. Начните заново</translation>
    </message>
    <message>
        <source>No PIN code has been issued for this personal account yet. Request a PIN code or answer another question</source>
        <translation>ПИН-код для этого лицевого счета еще не выдан. Подайте запрос на получение ПИН-кода или ответьте на другой вопрос</translation>
    </message>
    <message>
        <source>This question cannot be answered for this personal account. Answer another one</source>
        <translation>На этот вопрос по данному лицевому счету ответить нельзя. Ответьте на другой вопрос</translation>
    </message>
    <message>
        <source>This value can be seen without the extended version, so it does not confirm access. Check the answer or answer another question</source>
        <translation>Это значение видно и без расширенной версии, поэтому не подтверждает доступ. Проверьте ответ или ответьте на другой вопрос</translation>
    </message>
    <message>
        <source>The meters of this personal account have no serial number long enough to confirm access. Answer another question</source>
        <translation>Серийные номера приборов учета этого лицевого счета слишком короткие, чтобы подтвердить доступ. Ответьте на другой вопрос</translation>
    </message>
    <message>
        <source>This personal account has no closed month with charges yet. Answer another question</source>
        <translation>У этого лицевого счета еще нет закрытого месяца с начислениями. Ответьте на другой вопрос</translation>
    </message>
    <message>
        <source>Choose the kind of request</source>
        <translation>Выберите вид заявки</translation>
    </message>
    <message>
        <source>Choose the kind of work from the gas company's list</source>
        <translation>Выберите вид работ из списка поставщика услуг</translation>
    </message>
    <message>
        <source>Describe the work briefly</source>
        <translation>Введите краткое описание требуемых работ</translation>
    </message>
    <message>
        <source>The description is too long (at most 1000 characters)</source>
        <translation>Слишком длинное описание (не более 1000 знаков)</translation>
    </message>
    <message>
        <source>The desired date cannot be in the past</source>
        <translation>Желаемая дата не может быть в прошлом</translation>
    </message>
    <message>
        <source>The gas company does not accept requests that far ahead: choose an earlier date</source>
        <translation>Так далеко вперед поставщик услуг заявки не принимает: выберите дату раньше</translation>
    </message>
    <message>
        <source>Choose the reason for the recalculation</source>
        <translation>Выберите причину перерасчета</translation>
    </message>
    <message>
        <source>Enter the date from which the charges are to be recalculated</source>
        <translation>Укажите дату, начиная с которой необходимо выполнить перерасчет</translation>
    </message>
    <message>
        <source>Charges are recalculated for an absence of more than 5 days: enter its last day</source>
        <translation>Перерасчет выполняется при отсутствии более 5 дней: укажите последний день отсутствия</translation>
    </message>
    <message>
        <source>The number of residents is a whole number from 0 to 99</source>
        <translation>Количество проживающих — целое число от 0 до 99</translation>
    </message>
    <message>
        <source>The heated area is a number of square metres above 0 and at most 10 000</source>
        <translation>Отапливаемая площадь — число квадратных метров больше 0 и не более 10 000</translation>
    </message>
    <message>
        <source>The request was not found</source>
        <translation>Заявка не найдена</translation>
    </message>
    <message>
        <source>Choose the new status: needs clarification, rejected or completed</source>
        <translation>Выберите новый статус: «Требует уточнения», «Не согласована» или «Выполнена»</translation>
    </message>
    <message>
        <source>The request is already closed: completed or rejected</source>
        <translation>Заявка уже закрыта: выполнена или не согласована</translation>
    </message>
    <message>
        <source>The abonent has not yet answered the previous question on this request</source>
        <translation>Абонент еще не ответил на предыдущий вопрос по этой заявке</translation>
    </message>
    <message>
        <source>The request was changed meanwhile: open it again and repeat the step</source>
        <translation>Заявка тем временем изменилась: откройте ее заново и повторите действие</translation>
    </message>
    <message>
        <source>Write the text of the message</source>
        <translation>Введите текст сообщения</translation>
    </message>
    <message>
        <source>The message is too long (at most 1000 characters)</source>
        <translation>Сообщение слишком длинное (не более 1000 символов)</translation>
    </message>
    <message>
        <source>The gas company is not waiting for an answer on this request</source>
        <translation>Газовая компания не ждет ответа по этой заявке</translation>
    </message>
    <message>
        <source>Only the gas company's operators can do this</source>
        <translation>Это доступно только операторам газовой компании</translation>
    </message>
    <message>
        <source>The file name is too long or has characters a file name cannot have</source>
        <translation>Имя файла слишком длинное или содержит недопустимые символы</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached</source>
        <translation>Прикрепить можно только файлы PDF, JPEG и PNG</translation>
    </message>
    <message>
        <source>The file's content does not match its name: it is not the kind of file its name says</source>
        <translation>Содержимое файла не соответствует его имени: это файл другого типа</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Файл пустой</translation>
    </message>
    <message>
        <source>The file is too large (at most 10 MB)</source>
        <translation>Файл слишком большой (не более 10 МБ)</translation>
    </message>
    <message>
        <source>The file was not found: attach it again</source>
        <translation>Файл не найден: прикрепите его заново</translation>
    </message>
    <message>
        <source>The server has another part of the file: continue from the part it has</source>
        <translation>На сервере другая часть файла: продолжите с той части, которая на нем есть</translation>
    </message>
    <message>
        <source>A part of the file has the wrong length</source>
        <translation>Часть файла имеет неверную длину</translation>
    </message>
    <message>
        <source>Too many files are being sent at once. Try again later</source>
        <translation>Одновременно отправляется слишком много файлов. Повторите попытку позже</translation>
    </message>
    <message>
        <source>A file has not been sent completely yet</source>
        <translation>Файл еще не отправлен полностью</translation>
    </message>
    <message>
        <source>At most 5 files can be attached</source>
        <translation>Можно прикрепить не более 5 файлов</translation>
    </message>
    <message>
        <source>The attached files are too large together (at most 20 MB)</source>
        <translation>Прикрепленные файлы вместе слишком большие (не более 20 МБ)</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <source>Choose the type of contract</source>
        <translation>Выберите тип договора</translation>
    </message>
    <message>
        <source>The application was not found</source>
        <translation>Заявка не найдена</translation>
    </message>
    <message>
        <source>The application has been sent for consideration: only a draft can be changed or deleted</source>
        <translation>Заявка уже отправлена на рассмотрение: изменить или удалить можно только черновик</translation>
    </message>
    <message>
        <source>The draft was changed on another computer meanwhile: it has been loaded again</source>
        <translation>Черновик тем временем изменили на другом компьютере: он загружен заново</translation>
    </message>
    <message>
        <source>You have too many applications: delete unneeded drafts</source>
        <translation>У вас слишком много заявок: удалите ненужные черновики</translation>
    </message>
    <message>
        <source>This gas company does not accept connection applications through the personal account</source>
        <translation>Эта газовая компания не принимает заявки на подключение через личный кабинет</translation>
    </message>
    <message>
        <source>The text is too long</source>
        <translation>Текст слишком длинный</translation>
    </message>
    <message>
        <source>The list is too long (at most 20 entries)</source>
        <translation>Список слишком длинный (не более 20 записей)</translation>
    </message>
    <message>
        <source>The date cannot be in the past</source>
        <translation>Дата не может быть в прошлом</translation>
    </message>
    <message>
        <source>The date cannot be in the future</source>
        <translation>Дата не может быть в будущем</translation>
    </message>
    <message>
        <source>Enter a number within the allowed range</source>
        <translation>Введите число в допустимых пределах</translation>
    </message>
    <message>
        <source>Choose one of the offered values</source>
        <translation>Выберите одно из предложенных значений</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.ru</source>
        <translation>Введите адрес электронной почты, например name@example.ru</translation>
    </message>
    <message>
        <source>Enter a phone number such as +7 912 345-67-89</source>
        <translation>Введите номер телефона, например +7 912 345-67-89</translation>
    </message>
    <message>
        <source>The answers do not follow the gas company's survey: go through the survey again</source>
        <translation>Ответы не соответствуют опросу газовой компании: пройдите опрос заново</translation>
    </message>
</context>
<context>
    <name>PaymentRules</name>
    <message>
        <source>Mir</source>
        <translation>Мир</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export to CSV</source>
        <translation>Выгрузить в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Файл %1 не удалось записать.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>mygas::AccountActions</name>
    <message>
        <source>Disconnect the personal account %1 from your login? You can connect it again later.</source>
        <translation>Отключить лицевой счет %1 от учетной записи? Его можно будет подключить снова.</translation>
    </message>
    <message>
        <source>Disconnect the personal account</source>
        <translation>Отключение лицевого счета</translation>
    </message>
</context>
<context>
    <name>mygas::AccountListModel</name>
    <message>
        <source>Extended version</source>
        <translation>Расширенная версия</translation>
    </message>
    <message>
        <source>Limited version</source>
        <translation>Ограниченная версия</translation>
    </message>
    <message>
        <source>%1, %2 (current)</source>
        <translation>%1, %2 (текущий)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>mygas::AccountPage</name>
    <message>
        <source>Connect the extended version</source>
        <translation>Подключить расширенную версию</translation>
    </message>
    <message>
        <source>Sections of the personal account</source>
        <translation>Разделы лицевого счета</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Приборы учета</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Взаиморасчеты</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
    <message>
        <source>Personal account %1</source>
        <translation>Лицевой счет %1</translation>
    </message>
    <message>
        <source>Available in the extended version</source>
        <translation>Доступно в расширенной версии</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Заявки (%1)</translation>
    </message>
</context>
<context>
    <name>mygas::AccountSwitcher</name>
    <message>
        <source>Add a personal account</source>
        <translation>Добавить лицевой счет</translation>
    </message>
    <message>
        <source>&amp;Personal accounts</source>
        <translation>&amp;Лицевые счета</translation>
    </message>
    <message>
        <source>Personal accounts: choose the current one</source>
        <translation>Лицевые счета: выбор текущего</translation>
    </message>
    <message>
        <source>At most three personal accounts can be connected to one login.</source>
        <translation>К одной учетной записи можно подключить не более трех лицевых счетов.</translation>
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
    <message>
        <source>All accounts: %1 %2</source>
        <translation>По всем счетам: %1 %2</translation>
    </message>
    <message>
        <source>At most three personal accounts can be connected to one login.</source>
        <translation>К одной учетной записи можно подключить не более трех лицевых счетов.</translation>
    </message>
</context>
<context>
    <name>mygas::ActWorksModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
</context>
<context>
    <name>mygas::ActsModel</name>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>mygas::ActsSection</name>
    <message>
        <source>Acts of work done</source>
        <translation>Акты выполненных работ</translation>
    </message>
    <message>
        <source>Works of the act</source>
        <translation>Работы по акту</translation>
    </message>
    <message>
        <source>There are no acts of work done.</source>
        <translation>Актов выполненных работ нет.</translation>
    </message>
    <message>
        <source>Act %1 of %2: works and costs</source>
        <translation>Акт %1 от %2: перечень и стоимость работ</translation>
    </message>
</context>
<context>
    <name>mygas::ApplicationWizard</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Save the &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <source>C&amp;ontinue filling in</source>
        <translation>Продолжить &amp;заполнение</translation>
    </message>
    <message>
        <source>Send for &amp;consideration</source>
        <translation>Отправить на &amp;рассмотрение</translation>
    </message>
    <message>
        <source>General process of concluding a contract</source>
        <translation>Общий процесс заключения договора</translation>
    </message>
    <message>
        <source>Choice of the contract type</source>
        <translation>Выбор типа договора</translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <translation>%1 (текущий этап)</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (пройден)</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mygas::ApplicationsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Gas company</source>
        <translation>Газовая компания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>mygas::ApplicationsPage</name>
    <message>
        <source>Applications for contracts</source>
        <translation>Заявки на заключение договоров</translation>
    </message>
    <message>
        <source>Concluded contracts</source>
        <translation>Заключенные договоры</translation>
    </message>
    <message>
        <source>There are no applications yet.</source>
        <translation>Заявок пока нет.</translation>
    </message>
    <message>
        <source>&amp;Hide drafts</source>
        <translation>&amp;Скрыть черновики</translation>
    </message>
    <message>
        <source>Conclusion of a &amp;new contract</source>
        <translation>Заключение &amp;нового договора</translation>
    </message>
    <message>
        <source>C&amp;ontinue filling in</source>
        <translation>Продолжить &amp;заполнение</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>Reply to the &amp;operator</source>
        <translation>&amp;Ответить оператору</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Hide drafts</source>
        <translation>Скрыть черновики</translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation>Сервер не принял: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>History of the application</source>
        <translation>История рассмотрения заявки</translation>
    </message>
    <message>
        <source>The application has not been sent yet.</source>
        <translation>Заявка еще не отправлена на рассмотрение.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reply to the operator</source>
        <translation>Ответить оператору</translation>
    </message>
    <message>
        <source>The gas company asks: %1</source>
        <translation>Вопрос газовой компании: %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>mygas::AttachedFilesList</name>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Открыть файл</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикрепленные файлы</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Файл не удалось открыть: %1</translation>
    </message>
    <message>
        <source>The file is kept on this computer: %1</source>
        <translation>Файл хранится на этом компьютере: %1</translation>
    </message>
    <message>
        <source>Fetching the file from the server…</source>
        <translation>Файл загружается с сервера…</translation>
    </message>
</context>
<context>
    <name>mygas::AttachmentsBox</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Attach a &amp;file</source>
        <translation>Прикрепить &amp;файл</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикрепленные файлы</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG; up to %1 MB a file, at most %2 files and %3 MB together.</source>
        <translation>PDF, JPEG или PNG; до %1 МБ каждый файл, не более %2 файлов и %3 МБ вместе.</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF и изображения (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mygas::AuthWindow</name>
    <message>
        <source>My gas</source>
        <translation>Мой газ</translation>
    </message>
    <message>
        <source>Demo mail</source>
        <translation>Демо-почта</translation>
    </message>
</context>
<context>
    <name>mygas::BankPageDialog</name>
    <message>
        <source>The bank's page did not open. Check the internet connection and try paying again.</source>
        <translation>Страница банка не открылась. Проверьте подключение к интернету и повторите оплату.</translation>
    </message>
    <message>
        <source>Bank page</source>
        <translation>Страница банка</translation>
    </message>
    <message>
        <source>The authenticity of the bank's page could not be verified. The payment has not started.</source>
        <translation>Не удалось проверить подлинность страницы банка. Оплата не начата.</translation>
    </message>
</context>
<context>
    <name>mygas::CardsBlock</name>
    <message>
        <source>New card</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Удалить карту</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <source>Bank cards bound to the login</source>
        <translation>Банковские карты, привязанные к учетной записи</translation>
    </message>
    <message>
        <source>Bind a new bank card</source>
        <translation>Привязать новую банковскую карту</translation>
    </message>
    <message>
        <source>Remove the selected card</source>
        <translation>Удалить выбранную карту</translation>
    </message>
    <message>
        <source>Cards: message</source>
        <translation>Карты: сообщение</translation>
    </message>
    <message>
        <source>%1 %2, valid through %3</source>
        <translation>%1 %2, действует до %3</translation>
    </message>
    <message>
        <source>No cards are bound yet</source>
        <translation>Карт пока нет</translation>
    </message>
    <message>
        <source>The card is bound at the bank: its number stays with the bank, «My gas» keeps only the masked number, the payment system and the expiry date. A bound card pays without entering its details again; the bank asks for the 3-D Secure code of each payment. No money is charged when binding. You can remove the card in «Settings» at any time.</source>
        <translation>Карта привязывается в банке: ее номер остается у банка, «Мой газ» хранит только маскированный номер, платежную систему и срок действия. По привязанной карте можно платить, не вводя ее реквизиты снова; код подтверждения 3-D Secure банк запрашивает при каждой оплате. При привязке деньги не списываются. Удалить карту можно в разделе «Настройки» в любое время.</translation>
    </message>
    <message>
        <source>I have read the terms of the Bank's Public offer and accept them</source>
        <translation>С условиями Публичной оферты Банка ознакомлен и принимаю их</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The card is bound.</source>
        <translation>Карта привязана.</translation>
    </message>
    <message>
        <source>The bank did not bind the card: %1</source>
        <translation>Банк не привязал карту: %1</translation>
    </message>
    <message>
        <source>The card was not bound.</source>
        <translation>Карта не привязана.</translation>
    </message>
    <message>
        <source>The bank's page cannot be shown: the program's files are incomplete</source>
        <translation>Страницу банка невозможно показать: не хватает файлов программы</translation>
    </message>
    <message>
        <source>Remove the card %1 %2? It is removed at the bank too.</source>
        <translation>Удалить карту %1 %2? Она будет удалена и в банке.</translation>
    </message>
    <message>
        <source>The card is removed.</source>
        <translation>Карта удалена.</translation>
    </message>
    <message>
        <source>The Bank's Public offer</source>
        <translation>Публичная оферта Банка</translation>
    </message>
    <message>
        <source>Loading the offer…</source>
        <translation>Оферта загружается…</translation>
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
    <message>
        <source>Password recovery</source>
        <translation>Восстановление пароля</translation>
    </message>
    <message>
        <source>Confirmation of the registration</source>
        <translation>Подтверждение регистрации</translation>
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
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 от %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mygas::ConnectionSurveyDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Application for connection to the gas supply system</source>
        <translation>Заявка на подключение к системе газоснабжения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the regional gas company that will serve you</source>
        <translation>Выберите региональную газовую компанию, в которой будете обслуживаться</translation>
    </message>
    <message>
        <source>None of the gas companies accepts connection applications through the personal account yet.</source>
        <translation>Пока ни одна газовая компания не принимает заявки на подключение через личный кабинет.</translation>
    </message>
    <message>
        <source>Only the companies that accept connection applications through the personal account are listed.</source>
        <translation>В списке только компании, принимающие заявки на подключение через личный кабинет.</translation>
    </message>
    <message>
        <source>Regional gas company</source>
        <translation>Региональная газовая компания</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <source>The gas company asks no questions before the application</source>
        <translation>Газовая компания не задает вопросов перед заявкой</translation>
    </message>
    <message>
        <source>How your application will be considered</source>
        <translation>Порядок рассмотрения заявки</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your answers are attached to the application and fill in its form; you can change the form before sending it.</source>
        <translation>Ответы будут приложены к заявке и уже внесены в ее форму; форму можно изменить до отправки.</translation>
    </message>
    <message>
        <source>Go to &amp;filling in</source>
        <translation>Перейти к &amp;заполнению</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation>Выберите один из ответов</translation>
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
    <name>mygas::ConsumptionView</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Consumption, m³</source>
        <translation>Расход, м³</translation>
    </message>
    <message>
        <source>A year earlier, m³</source>
        <translation>Годом ранее, м³</translation>
    </message>
    <message>
        <source>Consumption per month</source>
        <translation>Потребление по месяцам</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Period of the consumption chart</source>
        <translation>Период графика потребления</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 месяцев</translation>
    </message>
    <message>
        <source>36 months</source>
        <translation>36 месяцев</translation>
    </message>
    <message>
        <source>Consumption per month chart</source>
        <translation>График потребления газа по месяцам</translation>
    </message>
    <message>
        <source>The chart cannot be shown: a part of the program is missing.</source>
        <translation>График не может быть показан: не найдена часть программы.</translation>
    </message>
    <message>
        <source>The same month a year earlier, m³</source>
        <translation>Тот же месяц годом ранее, м³</translation>
    </message>
    <message>
        <source>%1: %2 m³, a year earlier %3 m³</source>
        <translation>%1: %2 м³, годом ранее %3 м³</translation>
    </message>
    <message>
        <source>Consumption per month over the last %1 months, m³</source>
        <translation>Потребление по месяцам за последние %1 мес., м³</translation>
    </message>
</context>
<context>
    <name>mygas::ContractsModel</name>
    <message>
        <source>open-ended</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
</context>
<context>
    <name>mygas::ContractsSection</name>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Archive: show finished contracts</source>
        <translation>Архив: показать завершенные договоры</translation>
    </message>
    <message>
        <source>There are no finished contracts.</source>
        <translation>Завершенных договоров нет.</translation>
    </message>
    <message>
        <source>There are no active contracts.</source>
        <translation>Действующих договоров нет.</translation>
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
    <name>mygas::DemoServer</name>
    <message>
        <source>The demo server %1 could not be started: the program was not found or cannot be run.</source>
        <translation>Не удалось запустить демо-сервер %1: программа не найдена или не может быть запущена.</translation>
    </message>
</context>
<context>
    <name>mygas::ExtendedAccessDialog</name>
    <message>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Extended version of «My gas»</source>
        <translation>Расширенная версия ЛК «Мой газ»</translation>
    </message>
    <message>
        <source>To connect the extended version for the personal account %1, answer one of the control questions.</source>
        <translation>Чтобы подключить расширенную версию для лицевого счета %1, ответьте на один из контрольных вопросов.</translation>
    </message>
    <message>
        <source>Serial number of the gas meter</source>
        <translation>Серийный номер прибора учета</translation>
    </message>
    <message>
        <source>Amount of the last charges in kopecks</source>
        <translation>Сумма последних начислений в копейках</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>ПИН-код</translation>
    </message>
    <message>
        <source>Request a PIN code</source>
        <translation>Подать запрос на получение ПИН-кода</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The extended version of «My gas» is connected. All sections of the personal account are now open.</source>
        <translation>Расширенная версия ЛК «Мой газ» подключена. Теперь доступны все разделы лицевого счета.</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Приступить к работе</translation>
    </message>
    <message>
        <source>The serial number is on the meter itself and in its passport.</source>
        <translation>Серийный номер указан на самом приборе учета и в паспорте изделия.</translation>
    </message>
    <message>
        <source>The PIN code is on the receipt (not every gas company prints it); it can also be requested.</source>
        <translation>ПИН-код указан в квитанции (не все газовые компании его печатают); его также можно запросить.</translation>
    </message>
    <message>
        <source>Enter the answer to the question</source>
        <translation>Введите ответ на вопрос</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Demo mail</source>
        <translation>Демо-почта</translation>
    </message>
    <message>
        <source>The total charged for all services in the last closed month, as on its receipt. For 314 rub. 72 kop. enter 31472.</source>
        <translation>Общая сумма начислений по всем услугам за последний закрытый месяц, как в его квитанции. Если она составляет 314 руб. 72 коп., введите 31472.</translation>
    </message>
</context>
<context>
    <name>mygas::ExtendedOffer</name>
    <message>
        <source>Connect the extended version</source>
        <translation>Подключить расширенную версию</translation>
    </message>
    <message>
        <source>The section «%1» is available only in the extended version of «My gas».</source>
        <translation>Раздел «%1» доступен только в расширенной версии ЛК «Мой газ».</translation>
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
    <name>mygas::FormStepPage</name>
    <message>
        <source>Add a meter</source>
        <translation>Добавить прибор учета</translation>
    </message>
    <message>
        <source>Add equipment</source>
        <translation>Добавить оборудование</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить: %1</translation>
    </message>
</context>
<context>
    <name>mygas::HouseholdModel</name>
    <message>
        <source>Personal account</source>
        <translation>Лицевой счет</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Gas company</source>
        <translation>Газовая компания</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>mygas::LinkAccountDialog</name>
    <message>
        <source>Personal account number</source>
        <translation>Номер лицевого счета</translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation>Подключить лицевой счет</translation>
    </message>
    <message>
        <source>&amp;Regional gas company:</source>
        <translation>&amp;Региональная газовая компания:</translation>
    </message>
    <message>
        <source>Regional gas company</source>
        <translation>Региональная газовая компания</translation>
    </message>
    <message>
        <source>The number is printed on the receipt and in the contract; the gas company can also tell it.</source>
        <translation>Номер указан в квитанции и в договоре; его также можно узнать в газовой компании.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Number format: %1</source>
        <translation>Формат номера: %1</translation>
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
    <message>
        <source>All accounts</source>
        <translation>Все лицевые счета</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>The data have not been loaded yet</source>
        <translation>Данные еще не загружены</translation>
    </message>
    <message>
        <source> · no connection to the server</source>
        <translation> · нет связи с сервером</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>Договоры (%1)</translation>
    </message>
</context>
<context>
    <name>mygas::MetersModel</name>
    <message>
        <source>Working</source>
        <translation>Исправен</translation>
    </message>
    <message>
        <source>Verification overdue</source>
        <translation>Истек срок поверки</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 м³</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Прибор учета</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Последнее показание</translation>
    </message>
    <message>
        <source>Reading date</source>
        <translation>Дата показания</translation>
    </message>
    <message>
        <source>Next verification</source>
        <translation>Дата следующей поверки</translation>
    </message>
    <message>
        <source>Average per month</source>
        <translation>Среднемесячный расход</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>mygas::MetersSection</name>
    <message>
        <source>Meters</source>
        <translation>Приборы учета</translation>
    </message>
    <message>
        <source>No meter is registered on this account.</source>
        <translation>На лицевом счете нет приборов учета.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Reading history of the selected meter</source>
        <translation>История показаний выбранного прибора учета</translation>
    </message>
    <message>
        <source>Submit readings</source>
        <translation>Передать показания</translation>
    </message>
    <message>
        <source>Readings can be submitted in the extended version of «My gas».</source>
        <translation>Передать показания можно в расширенной версии ЛК «Мой газ».</translation>
    </message>
    <message>
        <source>Connect the extended version</source>
        <translation>Подключить расширенную версию</translation>
    </message>
    <message>
        <source>Readings not yet accepted</source>
        <translation>Показания, еще не принятые к учету</translation>
    </message>
    <message>
        <source>Available in the extended version</source>
        <translation>Доступно в расширенной версии</translation>
    </message>
    <message>
        <source>The gas company's rules for readings have not been received yet: connect to the server once.</source>
        <translation>Правила приема показаний поставщика услуг еще не получены: подключитесь к серверу хотя бы один раз.</translation>
    </message>
    <message>
        <source>Readings are accepted from day %1 to day %2 of the month, %3 days left</source>
        <translation>Прием показаний: с %1 по %2 число, осталось %3 дн.</translation>
    </message>
    <message>
        <source>%1, serial number %2</source>
        <translation>%1, заводской номер %2</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 — %2</source>
        <translation>Ожидает отправки: %1 — %2</translation>
    </message>
    <message>
        <source>Not accepted: %1 — %2. %3</source>
        <translation>Не принято: %1 — %2. %3</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Не принято: %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Correct the refused readings</source>
        <translation>Исправить непринятые показания</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the refused readings</source>
        <translation>Удалить непринятые показания</translation>
    </message>
    <message>
        <source>No connection to the server: the readings are saved and wait to be sent. They will be sent as soon as the connection returns.</source>
        <translation>Нет связи с сервером: показания сохранены и ожидают отправки. Они будут переданы, как только связь восстановится.</translation>
    </message>
</context>
<context>
    <name>mygas::NewApplicationDialog</name>
    <message>
        <source>Conclusion of a new contract</source>
        <translation>Заключение нового договора</translation>
    </message>
    <message>
        <source>Go to &amp;filling in</source>
        <translation>Перейти к &amp;заполнению</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Regional &amp;gas company</source>
        <translation>Региональная &amp;газовая компания</translation>
    </message>
    <message>
        <source>&amp;Type of contract</source>
        <translation>&amp;Тип договора</translation>
    </message>
    <message>
        <source>%1 does not accept connection applications through the personal account.</source>
        <translation>%1 не принимает заявки на подключение через личный кабинет.</translation>
    </message>
</context>
<context>
    <name>mygas::PaymentDialog</name>
    <message>
        <source>Payment for services</source>
        <translation>Оплата услуг</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Card for payment</source>
        <translation>Карта для оплаты</translation>
    </message>
    <message>
        <source>Tick the services you pay for and enter the amount of each.</source>
        <translation>Отметьте услуги, за которые вносится платеж, и введите сумму по каждой.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Pay the total</source>
        <translation>Оплатить сумму к оплате</translation>
    </message>
    <message>
        <source>Result of the payment</source>
        <translation>Результат оплаты</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Лицевой счет %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <source>Amount for %1, rubles</source>
        <translation>Сумма за услугу «%1», рублей</translation>
    </message>
    <message>
        <source>Enter on the bank's page</source>
        <translation>Ввести на странице банка</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>К оплате: %1</translation>
    </message>
    <message>
        <source>Enter the amount for «%1» in rubles, for example 1234,56</source>
        <translation>Введите сумму за услугу «%1» в рублях, например 1234,56</translation>
    </message>
    <message>
        <source>The bank's page cannot be shown: the program's files are incomplete</source>
        <translation>Страницу банка невозможно показать: не хватает файлов программы</translation>
    </message>
    <message>
        <source>Payment by card</source>
        <translation>Оплата банковской картой</translation>
    </message>
    <message>
        <source>The outcome of the payment is not known yet: %1. It will show in «Payments» after the next update.</source>
        <translation>Результат оплаты пока неизвестен: %1. Он появится в разделе «Платежи» после следующего обновления.</translation>
    </message>
    <message>
        <source>The payment of %1 was made. It is shown in «Payments».</source>
        <translation>Платеж на сумму %1 проведен. Он отражен в разделе «Платежи».</translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation>Платеж отклонен: %1</translation>
    </message>
    <message>
        <source>The payment was not finished on the bank's page. If it is finished later, it will show in «Payments» after the next update.</source>
        <translation>Оплата на странице банка не завершена. Если она будет завершена позже, платеж появится в разделе «Платежи» после следующего обновления.</translation>
    </message>
    <message>
        <source>Proceed to payment</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Показания приборов учета</translation>
    </message>
    <message>
        <source>A ticked meter's reading is sent with the payment even if you did not change its value: the gas company then takes a reading equal to the previous one for this period, which may lead to wrong charges in the next period. Tick only the meters whose readings you are sending.</source>
        <translation>Показание прибора учета с установленным флагом передается вместе с оплатой, даже если вы не изменили его значение: поставщик услуг примет показание в текущем учетном периоде со значением, равным предыдущему переданному показанию, что может привести к ошибочным начислениям в следующем расчетном периоде. Устанавливайте флаг только у тех приборов учета, показания по которым передаете.</translation>
    </message>
    <message>
        <source>%1, previous reading %2</source>
        <translation>%1, предыдущее показание %2</translation>
    </message>
    <message>
        <source>Current reading of %1, m³</source>
        <translation>Текущее показание прибора «%1», м³</translation>
    </message>
    <message>
        <source>Reading of «%1» accepted, consumption %2 m³</source>
        <translation>Показание прибора «%1» принято, расход %2 м³</translation>
    </message>
    <message>
        <source>Reading of «%1» refused: %2</source>
        <translation>Показание прибора «%1» не принято: %2</translation>
    </message>
    <message>
        <source>Pay for %1</source>
        <translation>Оплатить услугу «%1»</translation>
    </message>
    <message>
        <source>Send the reading of %1</source>
        <translation>Передать показание прибора «%1»</translation>
    </message>
    <message>
        <source>The bank's page is open in its own window. Finish the payment there.</source>
        <translation>Страница банка открыта в отдельном окне. Завершите оплату на ней.</translation>
    </message>
    <message>
        <source>Close the bank's page</source>
        <translation>Закрыть страницу банка</translation>
    </message>
</context>
<context>
    <name>mygas::PaymentReceiptDialog</name>
    <message>
        <source>Print the document</source>
        <translation>Распечатать документ</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Квитанция об оплате</translation>
    </message>
    <message>
        <source>Payment receipt preview</source>
        <translation>Просмотр квитанции об оплате</translation>
    </message>
    <message>
        <source>Print the payment receipt</source>
        <translation>Распечатать квитанцию об оплате</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The document has been sent to the printer.</source>
        <translation>Документ отправлен на печать.</translation>
    </message>
</context>
<context>
    <name>mygas::PaymentsModel</name>
    <message>
        <source>%1 (online)</source>
        <translation>%1 (онлайн)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Place of payment</source>
        <translation>Место оплаты</translation>
    </message>
</context>
<context>
    <name>mygas::PaymentsSection</name>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>No payments on this account yet.</source>
        <translation>Платежей по лицевому счету пока нет.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Выгрузить в CSV</translation>
    </message>
    <message>
        <source>Export the payments to CSV</source>
        <translation>Выгрузить платежи в CSV</translation>
    </message>
    <message>
        <source>Payments made elsewhere appear once the gas company sends them.</source>
        <translation>Платежи, проведенные не в личном кабинете, появятся после передачи данных от газовой компании.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детализация</translation>
    </message>
    <message>
        <source>The receipt of the selected payment made in «My gas»</source>
        <translation>Квитанция об оплате выбранного платежа, проведенного в «Мой газ»</translation>
    </message>
</context>
<context>
    <name>mygas::PinRequestDialog</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Request a PIN code</source>
        <translation>Подать запрос на получение ПИН-кода</translation>
    </message>
    <message>
        <source>The gas company will send the PIN code to the e-mail address you give.</source>
        <translation>Газовая компания пришлет ПИН-код на указанный адрес электронной почты.</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Отправить запрос</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The request is sent. The PIN code will come to %1.</source>
        <translation>Запрос отправлен. ПИН-код придет на адрес %1.</translation>
    </message>
</context>
<context>
    <name>mygas::ReadingsChart</name>
    <message>
        <source>Consumption chart</source>
        <translation>График расхода газа</translation>
    </message>
    <message>
        <source>Consumption, m³</source>
        <translation>Расход, м³</translation>
    </message>
    <message>
        <source>%1: %2 m³</source>
        <translation>%1: %2 м³</translation>
    </message>
    <message>
        <source>The chart cannot be shown: a part of the program is missing.</source>
        <translation>График не может быть показан: не найдена часть программы.</translation>
    </message>
</context>
<context>
    <name>mygas::ReadingsHistoryDialog</name>
    <message>
        <source>Readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Выгрузить в CSV</translation>
    </message>
    <message>
        <source>Reading history</source>
        <translation>История показаний</translation>
    </message>
    <message>
        <source>Export the readings to CSV</source>
        <translation>Выгрузить показания в CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1, serial number %2: readings from %3 to %4</source>
        <translation>%1, заводской номер %2: показания с %3 по %4</translation>
    </message>
    <message>
        <source>Reading history views</source>
        <translation>Разделы истории показаний</translation>
    </message>
    <message>
        <source>Consumption per month</source>
        <translation>Потребление по месяцам</translation>
    </message>
</context>
<context>
    <name>mygas::ReadingsModel</name>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Personal account online</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Контролер</translation>
    </message>
    <message>
        <source>Gas company</source>
        <translation>Газовая компания</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>На обработке</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reading, m³</source>
        <translation>Показание, м³</translation>
    </message>
    <message>
        <source>Consumption, m³</source>
        <translation>Расход, м³</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Кем передано</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>mygas::ReadingsSubmitDialog</name>
    <message>
        <source>Meter</source>
        <translation>Прибор учета</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Result of the submission</source>
        <translation>Результат передачи показаний</translation>
    </message>
    <message>
        <source>Submitting meter readings</source>
        <translation>Передача показаний</translation>
    </message>
    <message>
        <source>A ticked meter's reading is sent even if you did not change its value: the gas company then takes a reading equal to the previous one for this period, which may lead to wrong charges in the next period. Untick the meters whose readings you are not sending.</source>
        <translation>Установленный флаг у прибора учета означает, что по нему будет передано показание независимо от того, было ли внесено изменение значения последнего переданного показания. Если не снять флаг у прибора учета, показание по которому Вы передавать не будете, то поставщик услуг примет показание в текущем учетном периоде со значением, равным предыдущему переданному показанию, что может привести к ошибочным начислениям в следующем расчетном периоде.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Personal account %1</source>
        <translation>Лицевой счет %1</translation>
    </message>
    <message>
        <source>Readings are accepted from day %1 to day %2 of the month, %3 days left</source>
        <translation>Прием показаний: с %1 по %2 число, осталось %3 дн.</translation>
    </message>
    <message>
        <source>%1, serial number %2</source>
        <translation>%1, заводской номер %2</translation>
    </message>
    <message>
        <source>Send the reading of %1</source>
        <translation>Передать показание: %1</translation>
    </message>
    <message>
        <source>Last reading: %1 of %2</source>
        <translation>Последнее показание: %1 от %2</translation>
    </message>
    <message>
        <source>Last reading: %1</source>
        <translation>Последнее показание: %1</translation>
    </message>
    <message>
        <source>Current reading of %1</source>
        <translation>Текущее показание: %1</translation>
    </message>
    <message>
        <source>Consumption: %1 m³</source>
        <translation>Расход: %1 м³</translation>
    </message>
    <message>
        <source>Correct the readings shown in red or untick those meters.</source>
        <translation>Исправьте показания, отмеченные красным, или снимите флаг у этих приборов учета.</translation>
    </message>
    <message>
        <source>Tick at least one meter to submit its reading.</source>
        <translation>Установите флаг хотя бы у одного прибора учета, чтобы передать показание.</translation>
    </message>
    <message>
        <source>Submitting the readings…</source>
        <translation>Показания передаются…</translation>
    </message>
    <message>
        <source>Accepted, consumption %1 m³</source>
        <translation>Принято, расход %1 м³</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Не принято: %1</translation>
    </message>
    <message>
        <source>The readings were not accepted.</source>
        <translation>Показания не приняты.</translation>
    </message>
    <message>
        <source>The gas company accepted the readings.</source>
        <translation>Поставщик услуг принял показания.</translation>
    </message>
    <message>
        <source>Some readings were not accepted: correct them on the «Meters» page with «Correct» or remove them.</source>
        <translation>Часть показаний не принята: исправьте их в разделе «Приборы учета» кнопкой «Исправить» или удалите.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>mygas::ReceiptDialog</name>
    <message>
        <source>The preview is not available; the receipt can still be saved and printed.</source>
        <translation>Предварительный просмотр недоступен; квитанцию можно сохранить и распечатать.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Сохранить квитанцию</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Распечатать</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Расчетный период</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Предварительный просмотр квитанции</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Распечатать квитанцию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Making the receipt…</source>
        <translation>Квитанция формируется…</translation>
    </message>
    <message>
        <source>The receipt is made from the saved data: there is no connection to the server.</source>
        <translation>Квитанция сформирована по сохраненным данным: нет связи с сервером.</translation>
    </message>
    <message>
        <source>The receipt has been made. Save it to keep or print it.</source>
        <translation>Квитанция сформирована. Сохраните ее, чтобы хранить или распечатать.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Printing is not available: save the receipt and print the file.</source>
        <translation>Печать недоступна: сохраните квитанцию и распечатайте файл.</translation>
    </message>
    <message>
        <source>The receipt has been sent to the printer.</source>
        <translation>Квитанция отправлена на печать.</translation>
    </message>
</context>
<context>
    <name>mygas::ReminderService</name>
    <message>
        <source>%1 days left to submit the meter readings for personal account %2</source>
        <translation>Осталось %1 дн. для передачи показаний по л/с %2</translation>
    </message>
    <message>
        <source>Meter readings are being accepted for personal account %1: until %2</source>
        <translation>Открыт прием показаний по л/с %1: до %2</translation>
    </message>
</context>
<context>
    <name>mygas::ReminderTray</name>
    <message>
        <source>My gas</source>
        <translation>Мой газ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>mygas::RenameAccountDialog</name>
    <message>
        <source>Name of the personal account</source>
        <translation>Наименование лицевого счета</translation>
    </message>
    <message>
        <source>Rename the personal account</source>
        <translation>Переименование лицевого счета</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>mygas::ReplyDialog</name>
    <message>
        <source>Reply to the operator</source>
        <translation>Ответить оператору</translation>
    </message>
    <message>
        <source>The gas company asks: %1</source>
        <translation>Вопрос поставщика услуг: %1</translation>
    </message>
    <message>
        <source>Your &amp;answer</source>
        <translation>Ваш &amp;ответ</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Не более %1 символов</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>mygas::RequestDialog</name>
    <message>
        <source>&amp;Kind of work</source>
        <translation>&amp;Вид работ</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Не более %1 символов</translation>
    </message>
    <message>
        <source>Short &amp;description</source>
        <translation>Краткое &amp;описание</translation>
    </message>
    <message>
        <source>Desired date</source>
        <translation>Желаемая дата</translation>
    </message>
    <message>
        <source>Desired d&amp;ate (up to %1)</source>
        <translation>Желаемая д&amp;ата (не позднее %1)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Recalculate from</source>
        <translation>Дата, с которой выполнить перерасчет</translation>
    </message>
    <message>
        <source>Recalculate &amp;from</source>
        <translation>Дата, &amp;с которой выполнить перерасчет</translation>
    </message>
    <message>
        <source>Last day of the absence</source>
        <translation>Последний день отсутствия</translation>
    </message>
    <message>
        <source>&amp;Last day of the absence</source>
        <translation>П&amp;оследний день отсутствия</translation>
    </message>
    <message>
        <source>New number of r&amp;esidents</source>
        <translation>Новое &amp;количество проживающих</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> м²</translation>
    </message>
    <message>
        <source>New heated &amp;area</source>
        <translation>Новая отапливаемая пло&amp;щадь</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the application for recalculation</source>
        <translation>Отправить заявление на перерасчет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>mygas::RequestHistoryModel</name>
    <message>
        <source>Gas company</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Abonent</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Файлы: %1</translation>
    </message>
</context>
<context>
    <name>mygas::RequestsModel</name>
    <message>
        <source>In progress</source>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Требует уточнения</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Не согласована</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Maintenance request</source>
        <translation>Заявка на ТО</translation>
    </message>
    <message>
        <source>Recalculation request</source>
        <translation>Заявка на перерасчет</translation>
    </message>
    <message>
        <source>Change in the number of residents</source>
        <translation>Изменение количества проживающих</translation>
    </message>
    <message>
        <source>Temporary absence of more than 5 days</source>
        <translation>Временное отсутствие более 5 дней</translation>
    </message>
    <message>
        <source>Change of the heated area</source>
        <translation>Изменение отапливаемой площади</translation>
    </message>
    <message>
        <source>%1; desired date %2: %3</source>
        <translation>%1; желаемая дата %2: %3</translation>
    </message>
    <message>
        <source>residents: %1</source>
        <translation>проживающих: %1</translation>
    </message>
    <message>
        <source>absent until %1</source>
        <translation>отсутствие по %1</translation>
    </message>
    <message>
        <source>heated area: %1 m²</source>
        <translation>отапливаемая площадь: %1 м²</translation>
    </message>
    <message>
        <source>%1 from %2, %3</source>
        <translation>%1 с %2, %3</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Не принята</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
</context>
<context>
    <name>mygas::RequestsSection</name>
    <message>
        <source>Requests for maintenance and recalculation</source>
        <translation>Заявки на ТО ВДГО и перерасчет</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>История рассмотрения заявки</translation>
    </message>
    <message>
        <source>There are no requests yet.</source>
        <translation>Заявок пока нет.</translation>
    </message>
    <message>
        <source>History: %1 of %2, %3</source>
        <translation>История: %1 от %2, %3</translation>
    </message>
    <message>
        <source>Request for &amp;maintenance</source>
        <translation>Заявка на &amp;ТО</translation>
    </message>
    <message>
        <source>Request for re&amp;calculation</source>
        <translation>Заявка на п&amp;ерерасчет</translation>
    </message>
    <message>
        <source>Reply to the &amp;operator</source>
        <translation>Ответить &amp;оператору</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Removes a request the server did not accept</source>
        <translation>Удаляет заявку, которую сервер не принял</translation>
    </message>
</context>
<context>
    <name>mygas::ServicesModel</name>
    <message>
        <source>Debt</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Переплата</translation>
    </message>
    <message>
        <source>No debt</source>
        <translation>Нет задолженности</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>mygas::ServicesSection</name>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>No services on this account yet.</source>
        <translation>Услуг по лицевому счету пока нет.</translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation>Итого: %1 %2</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>Make the receipt for payment</source>
        <translation>Сформировать квитанцию на оплату</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплатить</translation>
    </message>
    <message>
        <source>Pay for the services by card</source>
        <translation>Оплатить услуги банковской картой</translation>
    </message>
</context>
<context>
    <name>mygas::SettingsPage</name>
    <message>
        <source>Personal accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation>Подключить лицевой счет</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Rename the selected personal account</source>
        <translation>Переименовать выбранный лицевой счет</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Disconnect the selected personal account</source>
        <translation>Отключить выбранный лицевой счет</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Connect the extended version for the selected personal account</source>
        <translation>Подключить расширенную версию для выбранного лицевого счета</translation>
    </message>
    <message>
        <source>Request a PIN code</source>
        <translation>Подать запрос на получение ПИН-кода</translation>
    </message>
    <message>
        <source>Request a PIN code for the selected personal account</source>
        <translation>Запросить ПИН-код для выбранного лицевого счета</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The extended version opens the subscriber's data, settlements, contracts and acts.</source>
        <translation>Расширенная версия открывает данные абонента, взаиморасчеты, договоры и акты.</translation>
    </message>
    <message>
        <source>At most three personal accounts can be connected to one login.</source>
        <translation>К одной учетной записи можно подключить не более трех лицевых счетов.</translation>
    </message>
    <message>
        <source>Remind me to submit meter readings</source>
        <translation>Напоминать о передаче показаний</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Показания приборов учета</translation>
    </message>
    <message>
        <source>A notification when the gas company starts accepting readings and two days before it stops, while a meter has no reading for the period.</source>
        <translation>Уведомление, когда поставщик услуг начинает прием показаний, и за два дня до его окончания, если по прибору учета нет показаний за этот период.</translation>
    </message>
</context>
<context>
    <name>mygas::SettlementsModel</name>
    <message>
        <source>month not closed</source>
        <translation>месяц не закрыт</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>At the start of the period</source>
        <translation>На начало периода</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Льготы</translation>
    </message>
    <message>
        <source>Recalculations</source>
        <translation>Перерасчеты</translation>
    </message>
    <message>
        <source>At the end of the period</source>
        <translation>На конец периода</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
</context>
<context>
    <name>mygas::SettlementsSection</name>
    <message>
        <source>Settlements</source>
        <translation>Взаиморасчеты</translation>
    </message>
    <message>
        <source>No settlements have been received for this account yet.</source>
        <translation>Взаиморасчеты по лицевому счету еще не получены.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Выгрузить в CSV</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Export the settlements to CSV</source>
        <translation>Выгрузить взаиморасчеты в CSV</translation>
    </message>
    <message>
        <source>To pay for %1: %2</source>
        <translation>К оплате за %1: %2</translation>
    </message>
    <message>
        <source>At the start of the period − charges + payments: %1 − %2 + %3 = %4</source>
        <translation>Состояние на начало периода − начисления + оплата: %1 − %2 + %3 = %4</translation>
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
    <name>mygas::SubscriberSection</name>
    <message>
        <source>Benefit</source>
        <translation>Льгота</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Consumption regime</source>
        <translation>Режим потребления</translation>
    </message>
    <message>
        <source>Norm, m³ per month</source>
        <translation>Норматив, м³ в месяц</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>Номер лицевого счета</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Проживающих</translation>
    </message>
    <message>
        <source>Heated / total area</source>
        <translation>Отапливаемая / общая площадь</translation>
    </message>
    <message>
        <source>The subscriber's data have not been received yet.</source>
        <translation>Данные абонента еще не получены.</translation>
    </message>
    <message>
        <source>These data are read-only. If something is wrong, contact your gas company.</source>
        <translation>Данные доступны только для просмотра. Если они неверны, обратитесь в газовую компанию.</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Льготы</translation>
    </message>
    <message>
        <source>Consumption regimes</source>
        <translation>Режимы потребления</translation>
    </message>
    <message>
        <source>Gas equipment</source>
        <translation>Газопотребляющее оборудование</translation>
    </message>
    <message>
        <source>%1 / %2 m²</source>
        <translation>%1 / %2 м²</translation>
    </message>
    <message>
        <source>without end</source>
        <translation>бессрочно</translation>
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