#pragma once

#include <QStringList>

namespace mygas::server {

// `mygas-server operator …` (arguments without the command word; returns the
// process exit code):
//   add [--db URL] --company ID --login LOGIN   an operator account of the
//       company, its password read from standard input;
//   [--url URL] [--ca PEM] --login LOGIN list [--status S] [--kind K]
//   … show ID | clarify ID TEXT | reject ID TEXT | complete ID [TEXT]
//       drive the operator API as that operator (the password from
//       MYGAS_OPERATOR_PASSWORD or standard input).
int runOperator(const QStringList& args);

} // namespace mygas::server
