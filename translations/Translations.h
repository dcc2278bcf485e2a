#pragma once

#include <QString>

namespace mygas {

// Installs the embedded translation for a language ("ru", "en") into the
// running application. Returns false when no such translation is embedded.
bool installTranslation(const QString& language);

// "ru" on a Russian system, otherwise "en".
QString systemLanguage();

} // namespace mygas
