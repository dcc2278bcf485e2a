#pragma once

#include "models/applications/ApplicationTypes.h"
#include "models/core/Error.h"
#include "services/storage/SqliteFile.h"

#include <QList>

#include <optional>

namespace mygas {

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
    Error error; // the server's last refusal, shown until the next step
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
    Status remove(qint64 localId);

private:
    QList<LocalApplication> select(const QString& where, const QVariant& value) const;
    SqliteFile m_file;
    QString m_setAside;
};

} // namespace mygas
