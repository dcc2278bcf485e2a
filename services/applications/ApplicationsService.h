#pragma once

#include "models/core/Error.h"
#include "services/applications/ApplicationsStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QSet>

namespace mygas {

class ApiClient;
class CacheStore;
class SyncEngine;

// «Договоры» (manual 4.5), offline first: a draft is written on the PC as
// the person types and carried to the server, where it continues on another
// PC; «Отправить на рассмотрение» and «Ответить оператору» wait here with
// their Idempotency-Key until the server has answered (a kill, a restart or
// no network in between send them once). The server's list comes with every
// sync round and stays readable offline.
class ApplicationsService : public QObject
{
    Q_OBJECT
public:
    ApplicationsService(ApiClient* api, CacheStore* cache, SyncEngine* sync, QObject* parent = nullptr);

    // "<cache without .sqlite>.applications.sqlite".
    static QString storePathFor(const QString& cacheFilePath);
    Status open(const QString& filePath);
    void close();
    bool isOpen() const { return m_store.isOpen(); }

    // Newest first; a draft being deleted is no longer among them.
    QList<LocalApplication> items() const;
    std::optional<LocalApplication> item(qint64 localId) const { return m_store.find(localId); }

    // «Перейти к заполнению»: a new draft for the company and type; its local id.
    Result<qint64> startDraft(const QString& companyId, const QString& type, const QJsonObject& form = {},
                              const QList<applications::SurveyReply>& survey = {});
    // «Сохранить черновик», and the saving as the person types: the form as typed.
    Status saveDraft(qint64 localId, const QJsonObject& form);
    // Step `step` of the wizard by the shared rules and the company's «today».
    std::optional<Error> checkStep(qint64 localId, int step, const QJsonObject& form) const;
    // «Отправить на рассмотрение»: every step checked, then sent.
    Status submit(qint64 localId, const QJsonObject& form);
    // «Ответить оператору» with its files (checked as a draft's, kept on the
    // PC and uploaded before the answer).
    Status reply(qint64 localId, const QString& text, const QList<Attachment>& files = {});
    // «Удалить»: a draft.
    Status remove(qint64 localId);
    // «Прикрепить файл» on a draft: checked by the shared rules (the type by
    // its content, the sizes, the count), kept on the PC and carried to the
    // server before the next save or the submission.
    Status addFile(qint64 localId, const QString& name, const QByteArray& data);
    Status removeFile(qint64 localId, const QString& fileId);
    // A draft's file as kept on the PC (empty when only the server has it).
    QByteArray fileData(const QString& fileId) const;

    // Applications the company moved on since the person last opened
    // «Договоры» (the badge on the menu item); markSeen() clears them.
    int unseenCount() const { return int(m_unseen.size()); }
    void markSeen();

    // The server's list (after each sync round and at start), then push().
    void refresh();
    // Carries the next waiting step to the server, one at a time.
    void push();

signals:
    void changed();
    // The company moved an application on (an operator's new entry).
    void statusChanged(const mygas::ContractApplication& application);
    // The server refused a step for good: the draft stays, with the reason.
    void refused(qint64 localId, const mygas::Error& error);
    void unseenChanged(int count);

private:
    // Writes the person's step on the PC, tells the page and carries it.
    Status keep(const LocalApplication& item);
    void send(const LocalApplication& item);
    void onAnswer(qint64 localId, LocalApplication::Pending step, const QJsonObject& sentForm,
                  const QStringList& sentFiles, const Result<QJsonDocument>& reply);
    // The draft's file `f` to the server in parts (begun, or asked where it
    // is after an interruption); then send() again.
    void uploadFile(const LocalApplication& a, const FileInfo& f);
    void uploaded(qint64 localId, const QString& fileId, const Result<QJsonDocument>& reply);
    // The server refused a step for good: it stays here with the reason.
    void refuse(qint64 localId, const Error& e);
    void merge(const QList<ContractApplication>& fromServer);
    QDate todayOf(const QString& companyId) const;

    ApiClient* m_api;
    CacheStore* m_cache;
    ApplicationsStore m_store;
    bool m_busy = false;
    bool m_primed = false; // the first list after open() is no news
    QSet<QString> m_unseen;
};

} // namespace mygas
