#pragma once

#include <QString>

namespace mygas {

// Installs the embedded translation for a language ("ru", "en") into the
// running application. Returns false when no such translation is embedded.
bool installTranslation(const QString& language);

// Installs Qt's own translations (file and print dialogs, context menus,
// the bank page's menus) for the language, from the program's folder
// `translations` (where the Windows package puts them) or from Qt's. Returns
// false when none is found ("en" needs none).
bool installQtTranslations(const QString& language);

// The language last installed by installTranslation() ("ru" before any).
QString currentLanguage();

// "ru" on a Russian system, otherwise "en".
QString systemLanguage();

} // namespace mygas
