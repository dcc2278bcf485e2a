#pragma once

#include "models/core/Error.h"
#include "services/readings/ReadingsService.h"
#include "services/storage/SqliteFile.h"

#include <QList>
#include <QString>

#include <optional>

namespace mygas {

// The readings outbox file of ReadingsService: SQLite in WAL mode with
// synchronous=FULL, so an entry whose INSERT has returned is on disk before
// its request leaves. Versioned with PRAGMA user_version. Unlike the cache
// it holds what exists nowhere else: a damaged file is set aside under a
// ".damaged-…" name (never deleted) and a new one is started; a file of a
// newer program version, or one that cannot be read right now, is left
// untouched and refused.
class ReadingsOutbox
{
public:
    ReadingsOutbox();
    ~ReadingsOutbox();
    ReadingsOutbox(const ReadingsOutbox&) = delete;
    ReadingsOutbox& operator=(const ReadingsOutbox&) = delete;

    static int latestVersion();

    Status open(const QString& filePath);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_file.path(); }
    QString setAsidePath() const { return m_setAside; } // where a damaged file went; empty when none

    Status insert(const OutboxEntry& entry);
    // Oldest first; all accounts when accountId is empty.
    QList<OutboxEntry> entries(const QString& accountId = {}) const;
    std::optional<OutboxEntry> entry(const QString& key) const;
    // The entry becomes Rejected keeping only the refused items, their
    // verdicts and the error of the whole request (any may be empty).
    Status reject(const QString& key, const QList<ReadingItem>& items, const QList<ReadingResult>& results,
                  const Error& error);
    Status remove(const QString& key);

private:
    QSqlDatabase db() const { return m_file.db(); }

    SqliteFile m_file;
    QString m_setAside;
};

} // namespace mygas
