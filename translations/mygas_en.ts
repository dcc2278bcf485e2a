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
        <source>Too many wrong codes. Request a new code</source>
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
</context>
<context>
    <name>mygas::AuthWindow</name>
    <message>
        <source>My gas</source>
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
        <source>Demo mail</source>
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
        <source>Connect a personal account</source>
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
</context>
<context>
    <name>mygas::StatusBanner</name>
    <message>
        <source>Retry</source>
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
