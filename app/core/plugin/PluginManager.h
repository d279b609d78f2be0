#pragma once

#include "plugin/DriverInterfaces.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPluginLoader>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace prepaydesk {

// Finds driver plugins, reads each one's metadata (interface id, name, version, vendor) without
// loading it, and loads only those that are enabled and built for an interface version this
// console speaks. As Tiled's PluginManager: QPluginLoader::metaData() before instance().
//
// Folders, in order (the first copy of a plugin name wins):
//   every folder in PREPAYDESK_PLUGIN_PATH (':'-separated; ';' on Windows),
//   <executable>/../lib/prepaydesk/plugins   (installed),
//   <executable>/../plugins                  (the build tree: executables in <build>/bin).
class PluginManager
{
    Q_DECLARE_TR_FUNCTIONS(PluginManager)
public:
    enum class State
    {
        Loaded,
        Disabled,     // named in the disabled set: never loaded
        Incompatible, // built for another interface version, or for no interface we know
        Failed,       // not a plugin, or it would not load (reason says why)
    };

    struct Plugin
    {
        QString fileName;
        QString name; // from plugin.json; the file's base name when it has none
        QString version;
        QString vendor;
        QString description;
        QString iid;
        State state = State::Failed;
        QString reason; // translated, for Incompatible and Failed
        QObject *instance = nullptr;
    };

    PluginManager();
    ~PluginManager();
    PluginManager(const PluginManager &) = delete;
    PluginManager &operator=(const PluginManager &) = delete;

    static QStringList defaultSearchPaths();
    void setSearchPaths(const QStringList &paths) { m_searchPaths = paths; }
    const QStringList &searchPaths() const { return m_searchPaths; }

    // Plugin names (plugin.json "name") that must not be loaded.
    void setDisabled(const QSet<QString> &names) { m_disabled = names; }

    // Looks at every library in the search paths; loads the enabled, compatible ones. Calling it
    // again finds plugins added since; plugins already loaded stay loaded.
    void scan();

    const QList<Plugin> &plugins() const { return m_plugins; }
    const Plugin *plugin(const QString &name) const;

    // Loaded plugins implementing an interface.
    template<typename T>
    QList<T *> instances() const
    {
        QList<T *> out;
        for (const Plugin &p : m_plugins) {
            if (p.state == State::Loaded) {
                if (T *t = qobject_cast<T *>(p.instance))
                    out.append(t);
            }
        }
        return out;
    }
    // The loaded token generator for a scheme ("sts"), or null.
    TokenGenerator *tokenGenerator(const QString &scheme) const;
    // The loaded meter protocol by its name ("dlt645", "cjt188", "modbus"), or null.
    MeterProtocol *meterProtocol(const QString &protocol) const;
    // The loaded card driver by chip ("sle4442", "cpu"), or null; forAtr: the one that
    // recognises a card's answer-to-reset.
    CardDriver *cardDriver(const QString &cardType) const;
    CardDriver *cardDriverForAtr(const QByteArray &atr) const;

    static QString stateCode(State state); // "loaded", "disabled", "incompatible", "failed"
    static QString stateText(State state); // translated

    // The interface ids this console speaks, as "org.prepaydesk.Name/major.minor".
    static QStringList knownInterfaces();

private:
    Plugin inspect(const QString &fileName);

    QStringList m_searchPaths;
    QSet<QString> m_disabled;
    QList<Plugin> m_plugins;
    QList<std::shared_ptr<QPluginLoader>> m_loaders;
};

} // namespace prepaydesk
