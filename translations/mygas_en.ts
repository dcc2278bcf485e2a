<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppOptions</name>
    <message>
        <source>«My gas» desktop client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled demo server and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the provider&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the first window has been painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show «Demo mail» (the outbox of a demo server) with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: not an address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: ru or en</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <source>Contract for technical connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract for gas supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract for maintenance of in-house gas equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport of a citizen of the Russian Federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document series and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by and on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garden house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbuilding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas stove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas boiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instantaneous water heater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object of gasification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned maximum hourly gas flow, m³/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned commissioning date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the last verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heated living area, m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heated non-living area, m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm animals and poultry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm animals and poultry: kinds and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits you are entitled to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment for the maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, after the work is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly, with the payment for gas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculation, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance, RUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Enter your mobile phone number or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile phone number (+7XXXXXXXXXX) or an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be 5 to 10 Latin letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with this login is already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with this login is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation code is 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong confirmation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation code has expired. Request a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation request was not found. Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code can be requested a little later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Please log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to the processing of personal data is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the consent text is not current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error. Please try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server. Check the Internet connection and press Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Press Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a regional gas company from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the personal account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal account number does not match this company&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal account cannot be connected: no account with this number was found. Check the number or contact the regional gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than 3 personal accounts can be connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This personal account is already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 40 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section is available in the extended version only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a control question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the control question is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong answers today. Try again tomorrow or request a PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your full name, e-mail address and phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data must be loaded again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data saved on this computer could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current reading must not be less than the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading has more digits than the meter can show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumption exceeds the maximum allowed by the gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company does not accept a reading equal to the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s verification date has passed: readings are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings are not accepted on this day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter was not found on this personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is not in service: readings are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one meter and enter its reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meter is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no Idempotency-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading must not be less than the previous accepted reading, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter has %1 digits: the reading must not exceed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumption exceeds the maximum set by the gas company, %1 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading equals the previous one, %1: the gas company does not accept zero consumption. Untick the meter if you are not sending its reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s verification date, %1, has passed: readings are not accepted. Contact the gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings are accepted from day %1 to day %2 of the month. The next period is %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no charges for this period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to pay is less than the minimum (10 rubles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to pay is more than the maximum available (15 000 rubles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of this payment system are not accepted: use Visa, Mastercard, Maestro or Mir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the three digits from the back of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card holder&apos;s name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the services to pay for and enter a positive amount for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such service on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the terms of the bank&apos;s public offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are not enough funds on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cards issued in Russia are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation code is wrong: the payment was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s notification failed its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This personal account is not connected to your sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains characters that cannot be typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is among the most common and easy to guess: choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings are accepted from day %1 of the month to day %2 of the next month. The next period is %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong answers. Try again in %1 h %2 min or request a PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request does not follow the HTTP protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request headers are too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not received in time. Press Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes. Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN code has been issued for this personal account yet. Request a PIN code or answer another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question cannot be answered for this personal account. Answer another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value can be seen without the extended version, so it does not confirm access. Check the answer or answer another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meters of this personal account have no serial number long enough to confirm access. Answer another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This personal account has no closed month with charges yet. Answer another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of work from the gas company&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the work briefly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long (at most 1000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desired date cannot be in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company does not accept requests that far ahead: choose an earlier date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for the recalculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date from which the charges are to be recalculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges are recalculated for an absence of more than 5 days: enter its last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of residents is a whole number from 0 to 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heated area is a number of square metres above 0 and at most 10 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new status: needs clarification, rejected or completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is already closed: completed or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abonent has not yet answered the previous question on this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was changed meanwhile: open it again and repeat the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long (at most 1000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company is not waiting for an answer on this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the gas company&apos;s operators can do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is too long or has characters a file name cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its name: it is not the kind of file its name says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (at most 10 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found: attach it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has another part of the file: continue from the part it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the file has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many files are being sent at once. Try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file has not been sent completely yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 5 files can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached files are too large together (at most 20 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has been sent for consideration: only a draft can be changed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was changed on another computer meanwhile: it has been loaded again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have too many applications: delete unneeded drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gas company does not accept connection applications through the personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is too long (at most 20 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number within the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the offered values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number such as +7 912 345-67-89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers do not follow the gas company&apos;s survey: go through the survey again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRules</name>
    <message>
        <source>Mir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::AccountActions</name>
    <message>
        <source>Disconnect the personal account %1 from your login? You can connect it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the personal account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::AccountListModel</name>
    <message>
        <source>Extended version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::AccountPage</name>
    <message>
        <source>Connect the extended version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available in the extended version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::AccountSwitcher</name>
    <message>
        <source>Add a personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal accounts: choose the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most three personal accounts can be connected to one login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::AccountsPage</name>
    <message>
        <source>Personal accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal account is connected yet. Connect your account to see charges, submit meter readings and pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most three personal accounts can be connected to one login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ActWorksModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ActsModel</name>
    <message>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ActsSection</name>
    <message>
        <source>Acts of work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works of the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no acts of work done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act %1 of %2: works and costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ApplicationWizard</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue filling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for &amp;consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General process of concluding a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice of the contract type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ApplicationsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ApplicationsPage</name>
    <message>
        <source>Applications for contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no applications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion of a &amp;new contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue filling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the &amp;operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has not been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company asks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::AttachedFilesList</name>
    <message>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is kept on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the file from the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::AttachmentsBox</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG; up to %1 MB a file, at most %2 files and %3 MB together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::AuthWindow</name>
    <message>
        <source>My gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::BankPageDialog</name>
    <message>
        <source>The bank&apos;s page did not open. Check the internet connection and try paying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticity of the bank&apos;s page could not be verified. The payment has not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::CardsBlock</name>
    <message>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank cards bound to the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a new bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards: message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, valid through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards are bound yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is bound at the bank: its number stays with the bank, «My gas» keeps only the masked number, the payment system and the expiry date. A bound card pays without entering its details again; the bank asks for the 3-D Secure code of each payment. No money is charged when binding. You can remove the card in «Settings» at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the terms of the Bank&apos;s Public offer and accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank did not bind the card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s page cannot be shown: the program&apos;s files are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the card %1 %2? It is removed at the bank too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bank&apos;s Public offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the offer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::CodePage</name>
    <message>
        <source>Confirmation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmation code was sent to %1. Enter it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can request the code again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation of the registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::CompositionRoot</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not set. Start the program with --server URL (or --demo to try it with the demo server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ConnectionSurveyDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for connection to the gas supply system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the regional gas company that will serve you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the gas companies accepts connection applications through the personal account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the companies that accept connection applications through the personal account are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company asks no questions before the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your application will be considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are attached to the application and fill in its form; you can change the form before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;filling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ConsentPage</name>
    <message>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to the processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I consent to the regional gas company processing my personal data (surname, name and patronymic, address, telephone number, e-mail address, personal account number, meter readings and payments) in order to provide me with the services of the «My gas» personal account: showing charges and payments, accepting meter readings, payments and requests, and sending notices.

Processing includes collection, recording, storage, clarification, use, transfer to the payment agent and deletion, with or without automation. The consent is valid until I withdraw it by a written request to the gas company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ConsumptionView</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the consumption chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>36 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per month chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be shown: a part of the program is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same month a year earlier, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 m³, a year earlier %3 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per month over the last %1 months, m³</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ContractsModel</name>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ContractsSection</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: show finished contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no finished contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active contracts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::CredentialsPage</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mobile phone number or e-mail address is your login: the confirmation code will be sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login you registered with and a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 10 Latin letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the login form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::DemoMailWindow</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages the demo server would have sent by SMS or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (login)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::DemoServer</name>
    <message>
        <source>The demo server %1 could not be started: the program was not found or cannot be run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ExtendedAccessDialog</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended version of «My gas»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect the extended version for the personal account %1, answer one of the control questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number of the gas meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of the last charges in kopecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended version of «My gas» is connected. All sections of the personal account are now open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number is on the meter itself and in its passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN code is on the receipt (not every gas company prints it); it can also be requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the answer to the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total charged for all services in the last closed month, as on its receipt. For 314 rub. 72 kop. enter 31472.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ExtendedOffer</name>
    <message>
        <source>Connect the extended version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section «%1» is available only in the extended version of «My gas».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::FirstStepPage</name>
    <message>
        <source>To continue, connect your personal account if you have one, or apply for connection to the gas supply system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for connection to the gas supply system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the main page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::FormStepPage</name>
    <message>
        <source>Add a meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::HouseholdModel</name>
    <message>
        <source>Personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::LinkAccountDialog</name>
    <message>
        <source>Personal account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regional gas company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is printed on the receipt and in the contract; the gas company can also tell it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::LoginPage</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to «My gas»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::MainWindow</name>
    <message>
        <source>Demo mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the login: the password storage is unavailable — log in again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data have not been loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::MetersModel</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::MetersSection</name>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter is registered on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading history of the selected meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings can be submitted in the extended version of «My gas».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the extended version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available in the extended version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company&apos;s rules for readings have not been received yet: connect to the server once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings are accepted from day %1 to day %2 of the month, %3 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, serial number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1 — %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the refused readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the refused readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server: the readings are saved and wait to be sent. They will be sent as soon as the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::NewApplicationDialog</name>
    <message>
        <source>Conclusion of a new contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;filling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional &amp;gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept connection applications through the personal account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::PaymentDialog</name>
    <message>
        <source>Payment for services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the services you pay for and enter the amount of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount for %1, rubles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on the bank&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount for «%1» in rubles, for example 1234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s page cannot be shown: the program&apos;s files are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the payment is not known yet: %1. It will show in «Payments» after the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of %1 was made. It is shown in «Payments».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not finished on the bank&apos;s page. If it is finished later, it will show in «Payments» after the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed to payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticked meter&apos;s reading is sent with the payment even if you did not change its value: the gas company then takes a reading equal to the previous one for this period, which may lead to wrong charges in the next period. Tick only the meters whose readings you are sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, previous reading %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current reading of %1, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading of «%1» accepted, consumption %2 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading of «%1» refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reading of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s page is open in its own window. Finish the payment there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the bank&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::PaymentReceiptDialog</name>
    <message>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment receipt preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the payment receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has been sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::PaymentsModel</name>
    <message>
        <source>%1 (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::PaymentsSection</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments on this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the payments to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments made elsewhere appear once the gas company sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of the selected payment made in «My gas»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::PinRequestDialog</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company will send the PIN code to the e-mail address you give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is sent. The PIN code will come to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ReadingsChart</name>
    <message>
        <source>Consumption chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be shown: a part of the program is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ReadingsHistoryDialog</name>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the readings to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, serial number %2: readings from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading history views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ReadingsModel</name>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption, m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ReadingsSubmitDialog</name>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticked meter&apos;s reading is sent even if you did not change its value: the gas company then takes a reading equal to the previous one for this period, which may lead to wrong charges in the next period. Untick the meters whose readings you are not sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings are accepted from day %1 to day %2 of the month, %3 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, serial number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reading of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reading: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current reading of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption: %1 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the readings shown in red or untick those meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one meter to submit its reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the readings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, consumption %1 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readings were not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company accepted the readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some readings were not accepted: correct them on the «Meters» page with «Correct» or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ReceiptDialog</name>
    <message>
        <source>The preview is not available; the receipt can still be saved and printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is made from the saved data: there is no connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt has been made. Save it to keep or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available: save the receipt and print the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt has been sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ReminderService</name>
    <message>
        <source>%1 days left to submit the meter readings for personal account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter readings are being accepted for personal account %1: until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ReminderTray</name>
    <message>
        <source>My gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::RenameAccountDialog</name>
    <message>
        <source>Name of the personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ReplyDialog</name>
    <message>
        <source>Reply to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas company asks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::RequestDialog</name>
    <message>
        <source>&amp;Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short &amp;description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired d&amp;ate (up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculate from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculate &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day of the absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New number of r&amp;esidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New heated &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the application for recalculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::RequestHistoryModel</name>
    <message>
        <source>Gas company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abonent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::RequestsModel</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the number of residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary absence of more than 5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the heated area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; desired date %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heated area: %1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::RequestsSection</name>
    <message>
        <source>Requests for maintenance and recalculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for &amp;maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for re&amp;calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the &amp;operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a request the server did not accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ServicesModel</name>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::ServicesSection</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services on this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the receipt for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for the services by card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::SettingsPage</name>
    <message>
        <source>Personal accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the extended version for the selected personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a PIN code for the selected personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended version opens the subscriber&apos;s data, settlements, contracts and acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most three personal accounts can be connected to one login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to submit meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification when the gas company starts accepting readings and two days before it stops, while a meter has no reading for the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::SettlementsModel</name>
    <message>
        <source>month not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::SettlementsSection</name>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settlements have been received for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the settlements to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start of the period − charges + payments: %1 − %2 + %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::StatusBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::SubscriberSection</name>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm, m³ per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heated / total area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber&apos;s data have not been received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These data are read-only. If something is wrong, contact your gas company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption regimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::UpcomingPage</name>
    <message>
        <source>This section will arrive with an upcoming version of «My gas».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mygas::WelcomePage</name>
    <message>
        <source>Virtual assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello! I am your virtual assistant. I will help you get started with «My gas»: connect your personal account, submit meter readings and pay for gas without visiting the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
