#pragma once

#include "server/directory/DirectoryStore.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServer>

namespace mygas::server {

// GET /companies, /offices and /faq. The directory changes only when a
// company's export is imported, so the answers are serialized once and served
// from memory without touching the database; reload() takes a new directory.
class DirectoryHandlers
{
public:
    explicit DirectoryHandlers(Directory directory);
    void reload(Directory directory);
    void registerRoutes(QHttpServer& server);

    const QByteArray& companiesJson() const { return m_companies; }
    // Offices of one company (empty id: all), nearest first when near is given.
    QByteArray officesJson(const QString& companyId, const std::optional<QPair<double, double>>& near) const;

private:
    QHttpServerResponse offices(const QHttpServerRequest& request) const;

    Directory m_directory;
    QByteArray m_companies;
    QByteArray m_faq;
    QByteArray m_allOffices;
    QHash<QString, QByteArray> m_officesByCompany;
};

} // namespace mygas::server
