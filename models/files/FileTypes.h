#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Files a person attaches to a request or an answer (manual 4.4.2, 4.5.2):
// pdf, jpeg and png, uploaded in parts.
namespace mygas {

// A file kept by the server: what the history shows of it and what its
// download needs.
// A file a person attached in a form, not yet on the server: its name and bytes.
struct Attachment
{
    QString name;
    QByteArray data;
};

struct FileInfo
{
    QString id;
    QString name;        // as the person's file was called
    QString contentType; // from the file's first bytes: application/pdf, image/jpeg, image/png
    qint64 size = 0;     // bytes
    QString sha256;      // hex, of the whole file
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("id", x.id);
        v("name", x.name);
        v("content_type", x.contentType);
        v("size", x.size);
        v("sha256", x.sha256);
    }
};

// An upload on its way (POST/PUT/GET …/uploads): how much the server has.
struct UploadState
{
    QString id;
    QString name;
    qint64 size = 0;
    qint64 received = 0;
    QString contentType; // known from the first part on
    QString sha256;      // once complete
    bool complete = false;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("id", x.id);
        v("name", x.name);
        v("size", x.size);
        v("received", x.received);
        v("content_type", x.contentType);
        v("sha256", x.sha256);
        v("complete", x.complete);
    }
    QJsonObject toJson() const;
    static UploadState fromJson(const QJsonObject& o);
};

} // namespace mygas
