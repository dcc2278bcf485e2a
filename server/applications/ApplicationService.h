#pragma once

#include "models/core/Error.h"
#include "server/applications/ApplicationStore.h"
#include "server/files/FileService.h"
#include "server/http/IdempotencyStore.h"

#include <QJsonObject>

#include <optional>

namespace mygas::server {

class CompanyCalendar;

// «Договоры» (manual 4.5): a person's contract applications, from the
// first draft through «Отправить на рассмотрение» to the company's steps.
class ApplicationService
{
public:
    ApplicationService(const Database& db, const CompanyCalendar& calendar);

    struct Keyed
    {
        qint64 userId = 0;
        QString applicationId; // empty for a new one
        QByteArray idempotencyKey;
        QByteArray requestHash;
        QJsonObject body;
    };
    // A new draft: 201 with it, once per Idempotency-Key.
    Result<StoredAnswer> create(const Keyed& request) const;
    // «Отправить на рассмотрение»: every step complete, the draft becomes
    // «В обработке». 200 with the application, once per Idempotency-Key.
    Result<StoredAnswer> submit(const Keyed& request) const;
    // «Ответить оператору»: back to «В обработке» with the answer.
    Result<StoredAnswer> reply(const Keyed& request) const;

    Result<QList<ContractApplication>> ofUser(qint64 userId) const;
    // «Сохранить черновик» and the saving as the person types: the form as
    // a whole, over the version it was loaded at (409 application_changed
    // when another PC saved meanwhile, unless that saved the same form).
    Result<ContractApplication> save(qint64 userId, const QString& id, const QJsonObject& body) const;
    // «Удалить»: a draft only.
    std::optional<Error> remove(qint64 userId, const QString& id) const;

    // The company's side: its sent applications and an operator's step.
    Result<QList<IncomingApplication>> incoming(const ApplicationFilter& filter) const;
    Result<IncomingApplication> incomingOne(const QString& companyId, const QString& id) const;
    Result<IncomingApplication> changeStatus(const QString& companyId, const QString& id,
                                             const QJsonObject& body) const;

    const Database& database() const { return m_db; }

private:
    // The person's own application, 404 for anyone else's.
    Result<StoredApplication> own(qint64 userId, const QString& id) const;
    // The company's sent one, 404 for a draft or another company's.
    Result<StoredApplication> sent(const QString& companyId, const QString& id) const;
    // Writes `changed` over `stored` in `tx` (opened here when empty) with
    // the next version; 409 application_changed when another writer came first.
    Result<ContractApplication> write(const StoredApplication& stored, ContractApplication changed,
                                      std::optional<Transaction>& tx) const;
    // Whether a save names the files the application holds (or none).
    static bool sameFiles(const ContractApplication& stored, const std::optional<QStringList>& files);
    // `changed` holding the files named (taken, kept or given back); inside
    // the caller's transaction.
    Result<ContractApplication> withFiles(qint64 userId, ContractApplication changed,
                                          const std::optional<QStringList>& files) const;
    // The answer of a keyed step; the stored first answer when the same
    // request came twice at once.
    Result<StoredAnswer> answerOnce(const Keyed& request, const Result<ContractApplication>& done,
                                    std::optional<Transaction>& tx, int status) const;

    const Database& m_db;
    const CompanyCalendar& m_calendar;
    ApplicationStore m_store;
    IdempotencyStore m_keys;
    FileService m_files;
};

} // namespace mygas::server
