#pragma once

#include "models/core/Error.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// The limits and types of attached files, stated in the app's forms and in
// docs/openapi.yaml.
namespace mygas::files {

inline constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024; // one file
inline constexpr int kMaxFilesPerItem = 5;                // files of one request or answer
inline constexpr qint64 kMaxItemBytes = 20 * 1024 * 1024; // all files of one request or answer
// One PUT of an upload and one part of a download: every part but the last
// is exactly this long, so part n starts at n × kPartBytes.
inline constexpr qint64 kPartBytes = 1024 * 1024;
inline constexpr int kMaxNameLength = 200;
// Uploads a user may have unfinished at once.
inline constexpr int kMaxOpenUploads = 20;
// An upload no request or answer took within a day is removed (a form
// closed unsent, an upload left half-way).
inline constexpr qint64 kUnattachedKeepSeconds = 24 * 3600;

inline constexpr const char* kPdf = "application/pdf";
inline constexpr const char* kJpeg = "image/jpeg";
inline constexpr const char* kPng = "image/png";

// The type a file's first bytes show (pdf, jpeg, png); empty for any other.
QString typeOfContent(QByteArrayView head);
// The type its name promises by the extension (.pdf, .jpg/.jpeg, .png; any
// case); empty for any other.
QString typeOfName(const QString& name);
// A new upload: its name (not blank, no folders, no control characters, an
// accepted extension) and size (1 byte to kMaxFileBytes).
std::optional<Error> checkNewUpload(const QString& name, qint64 size);
// The first part against the name: its content must be what the name says.
std::optional<Error> checkFirstPart(const QString& name, QByteArrayView head);
// A file a person attaches, checked before it leaves the PC: the same rules
// as the server's (name, size, type by content).
std::optional<Error> checkAttachment(const QString& name, const QByteArray& content);
// One more file of `size` bytes next to those of `sizes`: the count and the
// total of one request or answer.
std::optional<Error> checkAttachmentCount(const QList<qint64>& sizes, qint64 size);

// The length a part at `offset` of a file of `size` bytes must have.
qint64 partLength(qint64 offset, qint64 size);
// PUT /api/v1/accounts/{id}/uploads/{id}: the one route whose body may be
// a whole part (kPartBytes) rather than the small limit of every other.
bool isUploadPart(QByteArrayView method, QByteArrayView target);

} // namespace mygas::files
