<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
