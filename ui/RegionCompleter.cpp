#include "RegionCompleter.h"

#include "storage/Database.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace prepaydesk {

RegionCompleter::RegionCompleter(Database &db, QLineEdit *edit)
    : QObject(edit)
    , m_db(db)
    , m_edit(edit)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &RegionCompleter::update);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &RegionCompleter::choose);
}

QStringList RegionCompleter::candidates() const
{
    QStringList list;
    for (int i = 0; m_completer->setCurrentRow(i); ++i)
        list << m_completer->currentCompletion();
    return list;
}

const QList<RegionService::Region> &RegionCompleter::childrenOf(std::optional<qint64> parentId)
{
    const qint64 key = parentId.value_or(0);
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        // Completion is a convenience: if the regions cannot be read, there is simply none.
        auto children = RegionService::children(m_db.connection(), parentId);
        it = m_cache.insert(key, children ? children.value() : QList<RegionService::Region>());
    }
    return it.value();
}

std::optional<std::optional<qint64>> RegionCompleter::resolve(const QStringList &path)
{
    std::optional<qint64> parent;
    for (const QString &name : path) {
        std::optional<qint64> found;
        for (const RegionService::Region &r : childrenOf(parent)) {
            if (r.name.compare(name, Qt::CaseInsensitive) == 0) {
                found = r.id;
                break;
            }
        }
        if (!found)
            return std::nullopt;
        parent = found;
    }
    return parent;
}

void RegionCompleter::update(const QString &text)
{
    QStringList typed = text.split(u'/');
    const QString partial = typed.takeLast().trimmed();
    const QStringList parents = RegionService::parsePath(typed.join(u'/'));
    const auto parent = parents.size() < RegionService::MaxDepth ? resolve(parents) : std::nullopt;
    if (!parent) {
        m_model->setStringList({});
        m_completer->popup()->hide();
        return;
    }
    QStringList paths;
    for (const RegionService::Region &r : childrenOf(*parent))
        paths << RegionService::formatPath(QStringList(parents) << r.name);
    m_model->setStringList(paths);
    const QString prefix =
        parents.isEmpty() ? partial : RegionService::formatPath(parents) + QStringLiteral(" / ") + partial;
    m_completer->setCompletionPrefix(prefix);
    const bool onlyItself = m_completer->completionCount() == 1 &&
                            m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0;
    if (paths.isEmpty() || m_completer->completionCount() == 0 || onlyItself)
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void RegionCompleter::choose(const QString &path)
{
    const QStringList parts = RegionService::parsePath(path);
    const auto id = resolve(parts);
    // Go straight on to the next level when there is one.
    const bool deeper = id && parts.size() < RegionService::MaxDepth && !childrenOf(*id).isEmpty();
    m_edit->setText(deeper ? path + QStringLiteral(" / ") : path);
    if (deeper)
        update(m_edit->text());
}

} // namespace prepaydesk
