#pragma once

namespace mygas {

class AccountsService;
class ApplicationsService;
class AuthService;
class CacheStore;
class FileDownloads;
class PaymentsService;
class ReadingsService;
class ReceiptService;
class RequestsService;
class SyncEngine;

// The client's services as the windows get them: made by the composition root
// (app/), handed to MainWindow when it is made and on to its pages and
// sections. A null one is a service a test does without; its buttons stay off.
struct ClientServices
{
    AuthService* auth = nullptr;
    CacheStore* cache = nullptr;
    SyncEngine* sync = nullptr;
    AccountsService* accounts = nullptr;
    ReadingsService* readings = nullptr;
    ReceiptService* receipts = nullptr;
    PaymentsService* payments = nullptr;
    RequestsService* requests = nullptr;
    ApplicationsService* applications = nullptr;
    FileDownloads* downloads = nullptr;
};

} // namespace mygas
