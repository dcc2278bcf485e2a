// bench/requests_section: «Заявки» with many requests in the cache, opened
// as the app opens it (RequestsSection::load and the first paint), against
// a plain QTableView of the same rows and columns from a QStandardItemModel
// (the toolkit's floor). Prints "result …" with the medians in ms.
#include "models/requests/RequestsModel.h"
#include "models/sync/SyncTypes.h"
#include "services/cache/CacheStore.h"
#include "ui/requests/RequestsSection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mygas;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// A request of each kind in turn, each with a history of two or three steps.
ServiceRequest requestAt(int i, const QString& accountId)
{
    ServiceRequest r;
    r.id = QStringLiteral("%1-request-%2").arg(accountId).arg(i);
    r.accountId = accountId;
    const QDateTime at = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i) * 3600 * 7);
    r.createdAt = at.toString(Qt::ISODate);
    if (i % 2 == 0) {
        r.kind = QLatin1String(requests::kMaintenance);
        r.workKind = QStringLiteral("Техническое обслуживание ВДГО");
        r.description = QStringLiteral("Плановое обслуживание плиты и колонки, заявка %1").arg(i);
        r.desiredDate = at.date().addDays(5);
    } else {
        r.kind = QLatin1String(requests::kRecalculation);
        r.reason = QLatin1String(requests::kResidents);
        r.fromDate = at.date().addDays(-10);
        r.residents = i % 5;
    }
    r.status = QLatin1String(i % 3 == 0 ? requests::kDone : requests::kInProgress);
    r.history = {{QLatin1String(requests::kInProgress), r.createdAt, QLatin1String(requests::kAbonent), QString()},
                 {QLatin1String(requests::kClarification), at.addDays(1).toString(Qt::ISODate),
                  QLatin1String(requests::kOperator), QStringLiteral("Уточните, пожалуйста, время визита")}};
    if (i % 3 == 0)
        r.history.append({r.status, at.addDays(2).toString(Qt::ISODate), QLatin1String(requests::kOperator),
                          QStringLiteral("Выполнено")});
    return r;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("requests"), QStringLiteral("Requests in the cache."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Openings timed."), QStringLiteral("N"), QStringLiteral("20")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("requests")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    CacheStore cache;
    if (!cache.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok())
        return 1;
    Account account{QStringLiteral("1"),
                    QStringLiteral("severogorsk"),
                    QStringLiteral("0412345678"),
                    QString(),
                    QStringLiteral("г. Северогорск, ул. Гагарина, д. 27, кв. 170"),
                    Access::Extended};
    SyncPayload payload;
    payload.full = true;
    payload.cursor = QStringLiteral("bench");
    payload.accounts = {account};
    for (int i = 0; i < count; ++i)
        payload.requests.append(requestAt(i, account.id));
    if (!cache.apply(payload, QDateTime::currentDateTimeUtc()).ok())
        return 1;

    QList<double> section;
    QList<double> floor;
    for (int run = 0; run <= runs; ++run) {
        // The section as «Заявки» is opened: built, filled from the cache
        // file, painted once.
        QElapsedTimer t;
        t.start();
        {
            RequestsSection s(ClientServices{nullptr, &cache});
            s.resize(1000, 700);
            s.load(account);
            s.show();
            s.grab();
            if (run > 0)
                section.append(t.nsecsElapsed() / 1e6);
            if (s.model()->rowCount() != count)
                return 2;
        }
        // The floor: the same rows and columns, already in memory.
        t.restart();
        {
            QStandardItemModel model(count, RequestsModel::ColumnCount);
            for (int i = 0; i < count; ++i) {
                const ServiceRequest r = payload.requests.at(i);
                model.setItem(i, 0, new QStandardItem(r.createdAt));
                model.setItem(i, 1, new QStandardItem(RequestsModel::kindName(r.kind)));
                model.setItem(i, 2, new QStandardItem(RequestsModel::details(r)));
                model.setItem(i, 3, new QStandardItem(RequestsModel::statusName(r.status)));
            }
            QTableView view;
            view.setModel(&model);
            view.resize(1000, 700);
            view.resizeColumnsToContents();
            view.show();
            view.grab();
            if (run > 0)
                floor.append(t.nsecsElapsed() / 1e6);
        }
    }
    std::printf("result requests=%d section_ms=%.2f floor_ms=%.2f\n", count, median(section), median(floor));
    return 0;
}
