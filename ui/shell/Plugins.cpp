#include "ui/shell/Plugins.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace mygas {

QObject* loadPlugin(const QString& name, const QString& buildDir)
{
    const QDir app(QCoreApplication::applicationDirPath());
    const QStringList dirs = {app.filePath(QStringLiteral(MYGAS_PLUGIN_DIR_FROM_BIN)), buildDir};
    for (const QString& dir : dirs) {
        QPluginLoader loader(QDir(dir).filePath(name));
        if (QObject* instance = loader.instance())
            return instance;
    }
    qWarning("mygas: the plugin %s was not found", qPrintable(name));
    return nullptr;
}

} // namespace mygas
