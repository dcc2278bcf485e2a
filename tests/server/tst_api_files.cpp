// Files attached to «Заявки» against the real server: a file goes up in
// parts of 1 MiB, is told by its content (a .png that is not a PNG is
// refused), keeps its name and SHA-256, goes with a request or an answer
// and comes back part by part, byte for byte, to its owner and to the
// company's operators only; an interrupted upload continues from the part
// the server has; the limits of a file and of a request hold, and every
// other route keeps its small body limit.
#include "models/applications/ApplicationTypes.h"
#include "models/core/ApiTypes.h"
#include "models/files/FileRules.h"
#include "models/requests/RequestTypes.h"
#include "tests/server/ApiTestHelpers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mygas;
using namespace apitest;

class TestApiFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadedInPartsAttachedAndReadBack();
    void interruptedUploadContinues();
    void typeIsTheContents();
    void limitsOfFilesAndRequests();
    void ownersAndOperatorsOnly();
    void applicationFilesArePersonal();
    void untakenUploadsGoAfterADay();

private:
    // A file of `size` bytes starting with `head`, the rest random.
    static QByteArray fileOf(const QByteArray& head, qint64 size);
    ApiCaller::Reply begin(ApiCaller& a, const QString& account, const QString& name, qint64 size);
    ApiCaller::Reply put(ApiCaller& a, const QString& account, const QString& id, qint64 offset,
                         const QByteArray& data);
    // The whole file sent; its id ("" on failure).
    QString upload(ApiCaller& a, const QString& account, const QString& name, const QByteArray& data);
    ApiCaller::Reply request(ApiCaller& a, const QString& account, const QStringList& files);
    QByteArray download(ApiCaller& a, const QString& prefix, const FileInfo& f);

    ServerProcess m_server;
    ApiCaller m_a;
    ApiCaller m_b;
    QString m_accountA; // severogorsk, extended
    QString m_accountB; // zarechye, extended
    QString m_work;
    QDate m_day;
    int m_keys = 0;
};

void TestApiFiles::initTestCase()
{
    QString error;
    ServerProcess::Options options;
    options.extraArgs = {"--demo-operator-delay", "86400"};
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    for (ApiCaller* a : {&m_a, &m_b}) {
        a->setBase(m_server.apiUrl(QString()));
        a->setCaFile(m_server.caFile());
    }
    for (const QJsonValue& v : m_a.get("/companies").json.array()) {
        const Company c = Company::fromJson(v.toObject());
        if (c.id == "severogorsk") {
            m_work = c.maintenanceWorks.value(0);
            m_day = QDateTime::currentDateTime().toTimeZone(QTimeZone(c.timeZone.toLatin1())).date().addDays(2);
        }
    }
    consentedUser(m_a, "files-a@example.ru");
    m_accountA = linkExtended(m_a, kDemoAccounts[1]);
    consentedUser(m_b, "files-b@example.ru");
    m_accountB = linkExtended(m_b, kDemoAccounts[2]);
    QVERIFY(!m_accountA.isEmpty() && !m_accountB.isEmpty());
}

// «Прикрепить файл» of an application (manual 4.5.2): the person's own
// uploads (an applicant may have no account), for one company, held by the
// draft as it is saved, read by the company's operators only once it is sent.
void TestApiFiles::applicationFilesArePersonal()
{
    const QByteArray pdf = fileOf("%PDF-1.7", files::kPartBytes + 500);
    const auto beginOwn = [](ApiCaller& a, const QString& name, qint64 size, const QString& company) {
        return a.post("/uploads", {{"name", name}, {"size", double(size)}, {"company_id", company}});
    };
    QCOMPARE(m_a.post("/uploads", {{"name", "a.pdf"}, {"size", 10.0}}).errorCode(), QString("field_required"));
    QCOMPARE(beginOwn(m_a, "a.pdf", 10, "nowhere").errorCode(), QString("company_not_found"));
    // The type is the contents here too.
    const ApiCaller::Reply fake = beginOwn(m_a, "photo.png", 4000, "severogorsk");
    QCOMPARE(fake.status, 201);
    const ApiCaller::Reply refused = m_a.send("PUT", "/uploads/" + fake.object().value("id").toString() + "?offset=0",
                                              pdf.left(4000), {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(refused.errorCode(), QString("file_type_mismatch"));

    const auto uploadOwn = [&](ApiCaller& a, const QString& name, const QByteArray& data, const QString& company) {
        const QString id = beginOwn(a, name, data.size(), company).object().value("id").toString();
        for (qint64 at = 0; !id.isEmpty() && at < data.size(); at += files::kPartBytes) {
            if (a.send("PUT", QStringLiteral("/uploads/%1?offset=%2").arg(id).arg(at), data.mid(at, files::kPartBytes),
                       {{"Content-Type", "application/octet-stream"}})
                    .status != 200)
                return QString();
        }
        return id;
    };
    const QString id = uploadOwn(m_a, "Выписка ЕГРН.pdf", pdf, "severogorsk");
    const QString elsewhere = uploadOwn(m_a, "other.pdf", pdf, "zarechye");
    QVERIFY(!id.isEmpty() && !elsewhere.isEmpty());
    QVERIFY(m_a.get("/uploads/" + id).object().value("complete").toBool());
    // Not another person's, nor an account's.
    QCOMPARE(m_b.get("/uploads/" + id).status, 404);
    QCOMPARE(m_a.get(QStringLiteral("/accounts/%1/uploads/%2").arg(m_accountA, id)).status, 404);
    QCOMPARE(request(m_a, m_accountA, {id}).status, 400);

    const ContractApplication draft = ContractApplication::fromJson(
        m_a.post("/applications", {{"company_id", "severogorsk"}, {"type", "maintenance"}},
                 {{"Idempotency-Key", "files-draft"}})
            .object());
    QVERIFY(!draft.id.isEmpty());
    const auto save = [this](ApiCaller& a, const ContractApplication& app, const QJsonObject& form,
                             const QStringList& ids) {
        const QJsonObject body{{"form", form}, {"version", app.version}, {"files", QJsonArray::fromStringList(ids)}};
        return a.send("PUT", "/applications/" + app.id, QJsonDocument(body).toJson(QJsonDocument::Compact),
                      {{"Content-Type", "application/json"}});
    };
    // Another company's file does not go with it; this one does.
    QCOMPARE(save(m_a, draft, {}, {elsewhere}).errorCode(), QString("upload_not_found"));
    const ApiCaller::Reply saved = save(m_a, draft, {}, {id});
    QCOMPARE(saved.status, 200);
    const ContractApplication held = ContractApplication::fromJson(saved.object());
    QCOMPARE(held.files.size(), 1);
    QCOMPARE(held.files.first().name, QString("Выписка ЕГРН.pdf"));
    QCOMPARE(held.files.first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    // Another draft cannot take it too.
    const ContractApplication second =
        ContractApplication::fromJson(m_a.post("/applications", {{"company_id", "severogorsk"}, {"type", "supply"}},
                                               {{"Idempotency-Key", "files-second"}})
                                          .object());
    QCOMPARE(save(m_a, second, {}, {id}).errorCode(), QString("upload_not_found"));
    QCOMPARE(download(m_a, QString(), held.files.first()), pdf);
    QCOMPARE(download(m_b, QString(), held.files.first()), QByteArray());

    // No operator sees a draft's file; once sent, the company's do.
    ApiCaller op;
    signIn(op, m_server, "operator@severogorsk.example", "oper1");
    QCOMPARE(op.get("/operator/files/" + id + "/parts/0").status, 404);
    const QJsonObject form{
        {"full_name", "Петрова Анна"},
        {"residence_address", "г. Северогорск"},
        {"id_document", "passport"},
        {"id_number", "4510 123456"},
        {"id_issued", "ОВД, 2015"},
        {"object_type", "house"},
        {"object_address", "п. Сосновка, д. 7"},
        {"ownership", "Выписка ЕГРН"},
        {"equipment", QJsonArray{QJsonObject{{"kind", "stove"}, {"model", "Гефест"}, {"count", "1"}}}},
        {"payment_form", "monthly"},
        {"email", "anna@example.ru"},
        {"phone", "+79123456789"}};
    const ApiCaller::Reply sent = m_a.post("/applications/" + draft.id + "/submit",
                                           {{"form", form}, {"version", held.version}, {"files", QJsonArray{id}}},
                                           {{"Idempotency-Key", "files-submit"}});
    QCOMPARE(sent.status, 200);
    QCOMPARE(ContractApplication::fromJson(sent.object()).files.size(), 1);
    QCOMPARE(download(op, "/operator", held.files.first()), pdf);
    const ApiCaller::Reply incoming = op.get("/operator/applications/" + draft.id);
    QCOMPARE(ContractApplication::fromJson(incoming.object()).files.first().id, id);

    // «Ответить оператору» with a file: the answer's step holds it, the
    // operator reads it; another company's file does not go with it.
    QCOMPARE(op.post("/operator/applications/" + draft.id + "/status",
                     {{"status", "clarification"}, {"comment", "Приложите план участка"}})
                 .status,
             200);
    const QByteArray plan = fileOf("\x89PNG\r\n\x1a\n", 5000);
    const QString planId = uploadOwn(m_a, "план.png", plan, "severogorsk");
    const QString foreign = uploadOwn(m_a, "чужой.png", plan, "zarechye");
    const auto answer = [this, &draft](const QStringList& ids, const QByteArray& key) {
        return m_a.post("/applications/" + draft.id + "/replies",
                        {{"comment", "План приложен"}, {"files", QJsonArray::fromStringList(ids)}},
                        {{"Idempotency-Key", key}});
    };
    QCOMPARE(answer({foreign}, "files-answer-foreign").errorCode(), QString("upload_not_found"));
    const ApiCaller::Reply answered = answer({planId}, "files-answer");
    QCOMPARE(answered.status, 200);
    const RequestEvent last = ContractApplication::fromJson(answered.object()).history.last();
    QCOMPARE(last.comment, QString("План приложен"));
    QCOMPARE(last.files.size(), 1);
    QCOMPARE(last.files.first().name, QString("план.png"));
    QCOMPARE(download(op, "/operator", last.files.first()), plan);

    // A draft that lets a file go gives it back (to be removed within a day).
    const QString loose = uploadOwn(m_a, "scan.pdf", fileOf("%PDF-1.4", 900), "severogorsk");
    ContractApplication again = ContractApplication::fromJson(save(m_a, second, {}, {loose}).object());
    QCOMPARE(again.files.size(), 1);
    again = ContractApplication::fromJson(save(m_a, again, {}, {}).object());
    QVERIFY(again.files.isEmpty());
    const ContractApplication third =
        ContractApplication::fromJson(m_a.post("/applications", {{"company_id", "severogorsk"}, {"type", "supply"}},
                                               {{"Idempotency-Key", "files-third"}})
                                          .object());
    QCOMPARE(save(m_a, third, {}, {loose}).status, 200);
}

// A file no request took is removed after a day (files::kUnattachedKeepSeconds);
// one a request took stays. (Last: the clock moves a day on.)
void TestApiFiles::untakenUploadsGoAfterADay()
{
    const QByteArray png = fileOf("\x89PNG\r\n\x1a\n", 2000);
    const QString left = upload(m_a, m_accountA, "left.png", png);
    const QString taken = upload(m_a, m_accountA, "taken.png", png);
    QVERIFY(!left.isEmpty() && !taken.isEmpty());
    const ApiCaller::Reply made = request(m_a, m_accountA, {taken});
    QCOMPARE(made.status, 201);
    const FileInfo kept = ServiceRequest::fromJson(made.object()).history.value(0).files.value(0);
    QCOMPARE(kept.id, taken);
    // Not yet: a new upload an hour short of the day leaves it.
    m_server.advanceClock(files::kUnattachedKeepSeconds - 3600);
    signIn(m_a, m_server, "files-a@example.ru", "pass1");
    QVERIFY(!upload(m_a, m_accountA, "next.png", png).isEmpty());
    QCOMPARE(m_a.get("/accounts/" + m_accountA + "/uploads/" + left).status, 200);
    m_server.advanceClock(3600 + 60);
    signIn(m_a, m_server, "files-a@example.ru", "pass1");
    QCOMPARE(begin(m_a, m_accountA, "another.png", 10).status, 201);
    const ApiCaller::Reply gone = m_a.get("/accounts/" + m_accountA + "/uploads/" + left);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), QString("upload_not_found"));
    QCOMPARE(download(m_a, "/accounts/" + m_accountA, kept), png);
}

QByteArray TestApiFiles::fileOf(const QByteArray& head, qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(qHash(head) ^ quint32(size));
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(rng.bounded(256));
    data.replace(0, head.size(), head);
    return data;
}

ApiCaller::Reply TestApiFiles::begin(ApiCaller& a, const QString& account, const QString& name, qint64 size)
{
    return a.post("/accounts/" + account + "/uploads", {{"name", name}, {"size", double(size)}});
}

ApiCaller::Reply TestApiFiles::put(ApiCaller& a, const QString& account, const QString& id, qint64 offset,
                                   const QByteArray& data)
{
    return a.send("PUT", QStringLiteral("/accounts/%1/uploads/%2?offset=%3").arg(account, id).arg(offset), data,
                  {{"Content-Type", "application/octet-stream"}});
}

QString TestApiFiles::upload(ApiCaller& a, const QString& account, const QString& name, const QByteArray& data)
{
    const ApiCaller::Reply made = begin(a, account, name, data.size());
    if (made.status != 201) {
        qWarning() << "upload refused" << made.status << made.body;
        return {};
    }
    const QString id = made.object().value("id").toString();
    for (qint64 at = 0; at < data.size(); at += files::kPartBytes) {
        const ApiCaller::Reply r = put(a, account, id, at, data.mid(at, files::kPartBytes));
        if (r.status != 200) {
            qWarning() << "part refused" << r.status << r.body;
            return {};
        }
    }
    return id;
}

ApiCaller::Reply TestApiFiles::request(ApiCaller& a, const QString& account, const QStringList& files)
{
    return a.post("/accounts/" + account + "/requests",
                  {{"kind", "maintenance"},
                   {"work_kind", m_work},
                   {"description", "С файлами"},
                   {"desired_date", m_day.toString(Qt::ISODate)},
                   {"files", QJsonArray::fromStringList(files)}},
                  {{"Idempotency-Key", QByteArray::number(++m_keys)}});
}

QByteArray TestApiFiles::download(ApiCaller& a, const QString& prefix, const FileInfo& f)
{
    QByteArray out;
    for (int n = 0; qint64(n) * files::kPartBytes < f.size; ++n) {
        const ApiCaller::Reply r = a.get(QStringLiteral("%1/files/%2/parts/%3").arg(prefix, f.id).arg(n));
        if (r.status != 200)
            return {};
        out += r.body;
    }
    return out;
}

void TestApiFiles::uploadedInPartsAttachedAndReadBack()
{
    const QByteArray pdf = fileOf("%PDF-1.7\n", 2 * files::kPartBytes + 512 * 1024 + 17);
    const ApiCaller::Reply made = begin(m_a, m_accountA, "Справка о составе семьи.pdf", pdf.size());
    QCOMPARE(made.status, 201);
    const UploadState fresh = UploadState::fromJson(made.object());
    QCOMPARE(fresh.received, 0);
    QVERIFY(!fresh.complete);
    qint64 at = 0;
    UploadState last;
    for (; at < pdf.size(); at += files::kPartBytes) {
        const ApiCaller::Reply r = put(m_a, m_accountA, fresh.id, at, pdf.mid(at, files::kPartBytes));
        QCOMPARE(r.status, 200);
        last = UploadState::fromJson(r.object());
        QCOMPARE(last.received, std::min<qint64>(at + files::kPartBytes, pdf.size()));
    }
    QVERIFY(last.complete);
    QCOMPARE(last.contentType, QString(files::kPdf));
    QCOMPARE(last.sha256, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));

    const QByteArray png = fileOf("\x89PNG\r\n\x1A\n", 40000);
    const QString pngId = upload(m_a, m_accountA, "плита.PNG", png);
    QVERIFY(!pngId.isEmpty());
    const ApiCaller::Reply r = request(m_a, m_accountA, {fresh.id, pngId});
    QCOMPARE(r.status, 201);
    const ServiceRequest made2 = ServiceRequest::fromJson(r.object());
    const QList<FileInfo> attached = made2.history.first().files;
    QCOMPARE(attached.size(), 2);
    QCOMPARE(attached[0].name, QString("Справка о составе семьи.pdf")); // the name kept
    QCOMPARE(attached[0].size, pdf.size());
    QCOMPARE(attached[0].sha256, last.sha256);
    QCOMPARE(attached[1].contentType, QString(files::kPng));
    // Byte for byte back, part by part.
    QCOMPARE(download(m_a, "/accounts/" + m_accountA, attached[0]), pdf);
    QCOMPARE(download(m_a, "/accounts/" + m_accountA, attached[1]), png);
    // In the list and the sync with the request.
    const QJsonArray listed = m_a.get("/accounts/" + m_accountA + "/requests").json.array();
    QCOMPARE(ServiceRequest::fromJson(listed.first().toObject()).history.first().files.size(), 2);
    // A file goes with one request only.
    const ApiCaller::Reply again = request(m_a, m_accountA, {pngId});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorField(), QString("files"));
}

void TestApiFiles::interruptedUploadContinues()
{
    const QByteArray jpeg = fileOf("\xFF\xD8\xFF\xE0", files::kPartBytes + 1000);
    const ApiCaller::Reply made = begin(m_a, m_accountA, "photo.jpg", jpeg.size());
    const QString id = made.object().value("id").toString();
    QCOMPARE(put(m_a, m_accountA, id, 0, jpeg.left(files::kPartBytes)).status, 200);
    // The client lost the answer and sends the first part again: the server
    // says what it has, and the upload goes on from there.
    const ApiCaller::Reply twice = put(m_a, m_accountA, id, 0, jpeg.left(files::kPartBytes));
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), QString("upload_offset_mismatch"));
    const UploadState state = UploadState::fromJson(m_a.get("/accounts/" + m_accountA + "/uploads/" + id).object());
    QCOMPARE(state.received, files::kPartBytes);
    // Not attachable before it is complete.
    QCOMPARE(request(m_a, m_accountA, {id}).errorCode(), QString("file_not_ready"));
    const ApiCaller::Reply rest = put(m_a, m_accountA, id, state.received, jpeg.mid(state.received));
    QCOMPARE(rest.status, 200);
    QVERIFY(UploadState::fromJson(rest.object()).complete);
    QCOMPARE(UploadState::fromJson(rest.object()).sha256,
             QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()));
}

void TestApiFiles::typeIsTheContents()
{
    // A JPEG named .png, a text named .png, a name of another type.
    const QByteArray jpeg = fileOf("\xFF\xD8\xFF\xE0", 5000);
    ApiCaller::Reply made = begin(m_a, m_accountA, "scan.png", jpeg.size());
    QCOMPARE(made.status, 201);
    ApiCaller::Reply r = put(m_a, m_accountA, made.object().value("id").toString(), 0, jpeg);
    QCOMPARE(r.status, 415);
    QCOMPARE(r.errorCode(), QString("file_type_mismatch"));
    QVERIFY(r.errorMessage().startsWith(QString("Содержимое файла")));
    const QByteArray text = QByteArray("just some text, not an image").repeated(10);
    made = begin(m_a, m_accountA, "image.png", text.size());
    r = put(m_a, m_accountA, made.object().value("id").toString(), 0, text);
    QCOMPARE(r.status, 415);
    QCOMPARE(r.errorCode(), QString("file_type_invalid"));
    r = begin(m_a, m_accountA, "notes.txt", 100);
    QCOMPARE(r.status, 415);
    QCOMPARE(r.errorCode(), QString("file_type_invalid"));
    QCOMPARE(r.errorMessage(), QString("Прикрепить можно только файлы PDF, JPEG и PNG"));
    for (const char* bad : {"../x.pdf", "a/b.pdf", "", "tab\t.pdf"})
        QCOMPARE(begin(m_a, m_accountA, QString::fromUtf8(bad), 100).status, 400);
}

void TestApiFiles::limitsOfFilesAndRequests()
{
    ApiCaller::Reply r = begin(m_a, m_accountA, "big.pdf", files::kMaxFileBytes + 1);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QString("file_too_large"));
    QCOMPARE(begin(m_a, m_accountA, "empty.pdf", 0).errorCode(), QString("file_empty"));
    QCOMPARE(begin(m_a, m_accountA, "exact.pdf", files::kMaxFileBytes).status, 201);
    // Every part but the last is exactly one part long.
    const QByteArray pdf = fileOf("%PDF-1.4", 2 * files::kPartBytes);
    const QString id = begin(m_a, m_accountA, "parts.pdf", pdf.size()).object().value("id").toString();
    QCOMPARE(put(m_a, m_accountA, id, 0, pdf.left(1000)).errorCode(), QString("part_length_invalid"));
    // A body over one part is refused at the edge; any other route keeps its small limit.
    QCOMPARE(put(m_a, m_accountA, id, 0, pdf.left(files::kPartBytes + 1)).status, 413);
    const ApiCaller::Reply bigJson =
        m_a.postRaw("/accounts/" + m_accountA + "/requests", "{\"kind\":\"" + QByteArray(100 * 1024, 'x') + "\"}",
                    {{"Idempotency-Key", "big"}, {"Content-Type", "application/json"}});
    QCOMPARE(bigJson.status, 413);
    // At most five files a request, 20 MB together.
    QStringList six;
    for (int i = 0; i < 6; ++i)
        six << upload(m_a, m_accountA, QStringLiteral("p%1.png").arg(i), fileOf("\x89PNG\r\n\x1A\n", 100));
    r = request(m_a, m_accountA, six);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QString("too_many_files"));
    QStringList heavy;
    for (int i = 0; i < 3; ++i)
        heavy << upload(m_a, m_accountA, QStringLiteral("h%1.pdf").arg(i), fileOf("%PDF-1.4", 7 * files::kPartBytes));
    r = request(m_a, m_accountA, heavy);
    QCOMPARE(r.errorCode(), QString("files_too_large"));
    // Nothing was taken by the refused requests: five of the six go.
    QCOMPARE(request(m_a, m_accountA, six.mid(0, 5)).status, 201);
}

void TestApiFiles::ownersAndOperatorsOnly()
{
    const QByteArray pdf = fileOf("%PDF-1.5", 3000);
    const QString id = upload(m_a, m_accountA, "act.pdf", pdf);
    const ApiCaller::Reply made = request(m_a, m_accountA, {id});
    QCOMPARE(made.status, 201);
    const FileInfo f = ServiceRequest::fromJson(made.object()).history.first().files.first();
    // Another abonent: neither through its account nor through this one.
    QCOMPARE(m_b.get(QStringLiteral("/accounts/%1/files/%2/parts/0").arg(m_accountB, id)).status, 404);
    QCOMPARE(m_b.get(QStringLiteral("/accounts/%1/files/%2/parts/0").arg(m_accountA, id)).status, 404);
    QCOMPARE(m_b.get(QStringLiteral("/accounts/%1/uploads/%2").arg(m_accountB, id)).status, 404);
    QCOMPARE(request(m_b, m_accountB, {id}).status, 400); // not its file
    // The company's operator reads it; another company's does not.
    ApiCaller op(m_server.apiUrl(QString()), m_server.caFile());
    const ApiCaller::Reply in = op.post("/auth/login", credentials("operator@severogorsk.example", "oper1"));
    QCOMPARE(in.status, 200);
    op.setBearer(in.object().value("access_token").toString());
    QCOMPARE(download(op, "/operator", f), pdf);
    // And from a terminal: `show` lists the file, `file` writes it.
    QTemporaryDir out;
    auto tool = [&](const QStringList& words) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("MYGAS_OPERATOR_PASSWORD", "oper1");
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(ServerProcess::binary(), QStringList{"operator", "--url", m_server.baseUrl().toString(), "--ca",
                                                     m_server.caFile(), "--login", "operator@severogorsk.example"} +
                                             words);
        p.waitForFinished(60000);
        return QPair<int, QString>(p.exitCode(), QString::fromUtf8(p.readAll()));
    };
    const auto shown = tool({"show", ServiceRequest::fromJson(made.object()).id});
    QVERIFY2(shown.first == 0 && shown.second.contains("file " + id + "\tact.pdf"), qPrintable(shown.second));
    const auto saved = tool({"file", id, out.filePath("act.pdf")});
    QVERIFY2(saved.first == 0, qPrintable(saved.second));
    QFile written(out.filePath("act.pdf"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), pdf);
    QVERIFY2(saved.second.contains(f.sha256), qPrintable(saved.second));
    QProcess add;
    add.start(ServerProcess::binary(), {"operator", "add", "--db", m_server.databaseUrl(), "--company", "zarechye",
                                        "--login", "files-op@zarechye.example"});
    add.write("zar7op\n");
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(60000) && add.exitCode() == 0);
    ApiCaller other;
    signIn(other, m_server, "files-op@zarechye.example", "zar7op");
    QCOMPARE(other.get("/operator/files/" + id + "/parts/0").status, 404);
    // The abonent's token is no operator's.
    QCOMPARE(m_a.get("/operator/files/" + id + "/parts/0").status, 403);
    // The limited version sends no files.
    ApiCaller c(m_server.apiUrl(QString()), m_server.caFile());
    consentedUser(c, "files-c@example.ru");
    const QString limited = linkAccount(c, kDemoAccounts[3]);
    QCOMPARE(begin(c, limited, "x.pdf", 10).status, 403);
}

QTEST_GUILESS_MAIN(TestApiFiles)
#include "tst_api_files.moc"
