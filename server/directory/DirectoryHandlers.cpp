#include "server/directory/DirectoryHandlers.h"

#include "models/core/ErrorCatalog.h"
#include "server/http/HttpUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace mygas::server {

namespace {
template <typename T> QByteArray serialize(const QList<T>& items)
{
    QJsonArray a;
    for (const T& item : items)
        a.append(item.toJson());
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// Great-circle distance in kilometres.
double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthKm = 6371.0;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

std::optional<QPair<double, double>> parseNear(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const QStringList parts = text.split(QLatin1Char(','));
    bool latOk = false;
    bool lonOk = false;
    const double lat = parts.size() == 2 ? parts[0].trimmed().toDouble(&latOk) : 0;
    const double lon = parts.size() == 2 ? parts[1].trimmed().toDouble(&lonOk) : 0;
    if (!latOk || !lonOk || std::abs(lat) > 90 || std::abs(lon) > 180) {
        *ok = false;
        return std::nullopt;
    }
    return qMakePair(lat, lon);
}
} // namespace

DirectoryHandlers::DirectoryHandlers(Directory directory)
{
    reload(std::move(directory));
}

void DirectoryHandlers::reload(Directory directory)
{
    m_directory = std::move(directory);
    m_officesByCompany.clear();
    m_companies = serialize(m_directory.companies);
    m_faq = serialize(m_directory.faq);
    m_allOffices = serialize(m_directory.offices);
    for (const Company& c : std::as_const(m_directory.companies))
        m_officesByCompany.insert(c.id, officesJson(c.id, std::nullopt));
}

QByteArray DirectoryHandlers::officesJson(const QString& companyId,
                                          const std::optional<QPair<double, double>>& near) const
{
    QList<Office> list;
    for (const Office& o : m_directory.offices) {
        if (companyId.isEmpty() || o.companyId == companyId)
            list.append(o);
    }
    if (near) {
        std::stable_sort(list.begin(), list.end(), [&near](const Office& a, const Office& b) {
            return distanceKm(near->first, near->second, a.lat, a.lon) <
                   distanceKm(near->first, near->second, b.lat, b.lon);
        });
    }
    return serialize(list);
}

QHttpServerResponse DirectoryHandlers::offices(const QHttpServerRequest& request) const
{
    const QUrlQuery query = request.query();
    const QString companyId = query.queryItemValue(QStringLiteral("company_id"));
    bool ok = false;
    const auto near = parseNear(query.queryItemValue(QStringLiteral("near")), &ok);
    if (!ok)
        return http::error(errc::FieldType, 400, QStringLiteral("near"));
    if (!near) {
        if (companyId.isEmpty())
            return http::jsonBytes(m_allOffices);
        return http::jsonBytes(m_officesByCompany.value(companyId, QByteArrayLiteral("[]")));
    }
    return http::jsonBytes(officesJson(companyId, near));
}

void DirectoryHandlers::registerRoutes(QHttpServer& server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/v1/companies"), Method::Get,
                 http::limited([this](const QHttpServerRequest&) { return http::jsonBytes(m_companies); }));
    server.route(QStringLiteral("/api/v1/faq"), Method::Get,
                 http::limited([this](const QHttpServerRequest&) { return http::jsonBytes(m_faq); }));
    server.route(QStringLiteral("/api/v1/offices"), Method::Get,
                 http::limited([this](const QHttpServerRequest& request) { return offices(request); }));
}

} // namespace mygas::server
