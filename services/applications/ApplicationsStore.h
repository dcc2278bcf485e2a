#pragma once

#include "models/applications/ApplicationTypes.h"
#include "models/core/Error.h"
#include "services/storage/SqliteFile.h"

#include <QList>

#include <optional>

namespace mygas {

// The id of a draft's file in its files while only this PC has it.
inline constexpr const char* kLocalFile = "local:";

// One application as the PC holds it: what the server last said of it and
// what is still to be carried there.
struct LocalApplication
{
    enum class Pending
    {
        None,
        Save,   // the form as typed, not yet on the server (a new draft: not yet made there)
        Submit, // «Отправить на рассмотрение» pressed
        Reply,  // «Ответить оператору» written
        Delete, // «Удалить» pressed on a draft the server has
    };
    qint64 localId = 0;
    ContractApplication application; // id empty until the server made it
    Pending pending = Pending::None;
    QString createKey; // the Idempotency-Key of the draft's making
    QString stepKey;   // of the submission or the answer
    QString replyText;
    QList<FileInfo> replyFiles; // "local:<n>" until the server has the whole file
    Error error;                // the server's last refusal, shown until the next step
};

// The «Договоры» file beside the cache (synchronous=FULL): a draft is
// written here as the person types, before anything goes to the server, and
// a damaged file is set aside, never deleted.
class ApplicationsStore
{
public:
    ApplicationsStore();

    Status open(const QString& filePath);
    void close() { m_file.close(); }
    bool isOpen() const { return m_file.isOpen(); }

    // Newest first.
    QList<LocalApplication> all() const;
    std::optional<LocalApplication> find(qint64 localId) const;
    std::optional<LocalApplication> findByServerId(const QString& id) const;
    // Inserts (localId 0: the new id in *localId) or replaces.
    Status write(const LocalApplication& item, qint64* localId = nullptr);
    // With its files' bytes.
    Status remove(qint64 localId);

    // A file of a draft, kept here until the server has it and for its
    // preview; its id in the application's files ("local:<n>").
    Result<QString> addFile(qint64 localId, const QByteArray& data);
    QByteArray fileData(const QString& fileId) const;
    // The upload under way of a file not yet whole on the server.
    QString uploadOf(const QString& fileId) const;
    Status setUpload(const QString& fileId, const QString& uploadId);
    // The file is whole on the server: its entry takes the server's id.
    Status renameFile(const QString& fileId, const QString& serverId);
    Status removeFile(const QString& fileId);

private:
    Status run(const QString& sql, const QVariantList& values) const;
    QList<LocalApplication> select(const QString& where, const QVariant& value) const;
    SqliteFile m_file;
    QString m_setAside;
};

} // namespace mygas
