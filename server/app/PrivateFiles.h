#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The server's own files hold personal data and secrets: what it creates
// only its own user may read (a directory 0700, a file 0600).
namespace mygas::server::privatefiles {

// Creates the directory and any missing parents, each made private; an
// existing directory keeps the modes its administrator chose.
bool makeDir(const QString& path);

// Creates an empty private file where none exists (SQLite then gives its
// WAL and shared-memory files the same mode); an existing file is left.
bool makeFile(const QString& path);

// A secret kept in a file (a key, a signing secret), trimmed. Where the file
// is missing and `initial` is not empty, it is first created private with
// `initial` in it. Nothing and *error set when it cannot be made or read.
std::optional<QByteArray> readSecret(const QString& path, const QByteArray& initial, QString* error);

} // namespace mygas::server::privatefiles
