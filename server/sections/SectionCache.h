#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace mygas::server {

// Serialized section answers of this process, each tagged with the change
// counter it was built at. Every write to provider data or links bumps that
// counter in the database, so an entry is served only while the counter the
// request's own read saw is still the same: other processes' writes are seen
// as soon as they commit. Bounded: everything is dropped when it grows too big.
class SectionCache
{
public:
    explicit SectionCache(qint64 maxBytes = 32 * 1024 * 1024) : m_maxBytes(maxBytes) {}

    // Null when absent or built at another version.
    QByteArray find(const QString& key, qint64 version) const;
    void store(const QString& key, qint64 version, const QByteArray& bytes);

private:
    struct Entry
    {
        qint64 version = 0;
        QByteArray bytes;
    };
    QHash<QString, Entry> m_entries;
    qint64 m_bytes = 0;
    qint64 m_maxBytes;
};

} // namespace mygas::server
