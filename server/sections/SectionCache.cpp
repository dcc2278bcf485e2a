#include "server/sections/SectionCache.h"

namespace mygas::server {

QByteArray SectionCache::find(const QString& key, qint64 version) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || it->version != version)
        return {};
    return it->bytes;
}

void SectionCache::store(const QString& key, qint64 version, const QByteArray& bytes)
{
    const qint64 size = key.size() * 2 + bytes.size();
    if (size > m_maxBytes)
        return;
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        m_bytes -= it->bytes.size() + key.size() * 2;
        m_entries.erase(it);
    }
    if (m_bytes + size > m_maxBytes) {
        m_entries.clear();
        m_bytes = 0;
    }
    m_entries.insert(key, {version, bytes});
    m_bytes += size;
}

} // namespace mygas::server
