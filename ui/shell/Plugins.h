#pragma once

#include <QString>

class QObject;

namespace mygas {

// Loads one of the program's own plugins (Qt Charts, QtPdf and printing
// stay out of the start-up this way) from where the package installs them,
// then from the build tree (test programs); nullptr when it is not found.
QObject* loadPlugin(const QString& name, const QString& buildDir);

} // namespace mygas
