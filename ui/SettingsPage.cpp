#include "SettingsPage.h"

#include "TextRole.h"
#include "plugin/PluginManager.h"

#include "DisplayText.h"
#include "KeyVaultPanel.h"
#include "RowTableModel.h"
#include "SaleText.h"
#include "TariffEditorDialog.h"

#include "money/FixedPoint.h"
#include "util/Clock.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

QTableView *listView(const char *name, RowTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Codes, dates and names are read whole.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

SettingsPage::SettingsPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tariffModel(new RowTableModel({tr("Utility"), tr("Code"), tr("Name"), tr("Price in force from")}, this))
    , m_versionModel(
          new RowTableModel({tr("Effective from"), tr("Blocks"), tr("Tax"), tr("Added by"), tr("Added")}, this))
    , m_pluginModel(new RowTableModel({tr("Plugin"), tr("Version"), tr("Vendor"), tr("State"), tr("Details")}, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(16, 14, 16, 10);
    page->setSpacing(10);
    auto *title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setProperty("textRole", QStringLiteral("title"));
    page->addWidget(title);

    // Sections: the tariffs and the key vault in tabs, the driver plugins beneath them.
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("settingsSections"));
    m_sections->setDocumentMode(true);
    auto *tariffsTab = new QWidget(m_sections);
    tariffsTab->setObjectName(QStringLiteral("tariffsTab"));
    auto *tariffs = new QVBoxLayout(tariffsTab);
    tariffs->setContentsMargins(0, 10, 0, 0);
    tariffs->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *tariffsTitle = new QLabel(tr("Prices by utility; a new price version takes effect on its date."), tariffsTab);
    tariffsTitle->setProperty("textRole", QStringLiteral("hint"));
    header->addWidget(tariffsTitle);
    header->addStretch(1);
    m_add = new QPushButton(tr("&Add price version…"), tariffsTab);
    m_add->setObjectName(QStringLiteral("addVersionButton"));
    m_add->setAutoDefault(true);
    header->addWidget(m_add);
    tariffs->addLayout(header);

    m_readOnly = new QLabel(tr("Only administrators can change tariffs. You can see every price here."), tariffsTab);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnly->setProperty("textRole", QStringLiteral("infoBanner"));
    m_readOnly->setWordWrap(true);
    tariffs->addWidget(m_readOnly);
    m_message = new QLabel(tariffsTab);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    // A role from the start: the padding of the roles is applied when the label is first polished.
    m_message->setProperty("textRole", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->hide();
    tariffs->addWidget(m_message);

    auto *lists = new QHBoxLayout;
    lists->setSpacing(12);
    m_tariffView = listView("tariffView", m_tariffModel, tariffsTab);
    m_tariffView->setAccessibleName(tr("Tariffs"));
    lists->addWidget(m_tariffView, 5);
    m_versionView = listView("versionView", m_versionModel, tariffsTab);
    m_versionView->setAccessibleName(tr("Price versions"));
    lists->addWidget(m_versionView, 4);
    tariffs->addLayout(lists, 2);

    auto *detailTitle = new QLabel(tr("The selected version"), tariffsTab);
    detailTitle->setProperty("textRole", QStringLiteral("fieldLabel"));
    tariffs->addWidget(detailTitle);
    m_detail = new QLabel(tariffsTab);
    m_detail->setObjectName(QStringLiteral("versionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setStyleSheet(QStringLiteral("QLabel#versionDetail { background: #ffffff; border: 1px solid #d0d5dd; "
                                           "border-radius: 6px; padding: 10px 14px; }"));
    tariffs->addWidget(m_detail, 2);
    m_sections->addTab(tariffsTab, tr("&Tariffs"));

    m_keyVault = new KeyVaultPanel(session, m_sections);
    m_sections->addTab(m_keyVault, tr("&Key vault"));
    page->addWidget(m_sections, 3);
    connect(m_keyVault, &KeyVaultPanel::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_keyVault, &KeyVaultPanel::vaultChanged, this, &SettingsPage::vaultChanged);

    QFont bold = font();
    bold.setBold(true);
    auto *pluginsTitle = new QLabel(tr("Driver plugins"), this);
    pluginsTitle->setProperty("textRole", QStringLiteral("subtitle"));
    pluginsTitle->setFont(bold);
    page->addWidget(pluginsTitle);
    QTableView *pluginView = listView("pluginView", m_pluginModel, this);
    pluginView->setAccessibleName(tr("Driver plugins"));
    page->addWidget(pluginView, 1);
    refreshPlugins();

    auto *later =
        new QLabel(tr("Outlet, receipt printer, serial ports, card reader and operator settings are coming in "
                      "a later version."),
                   this);
    later->setObjectName(QStringLiteral("laterNote"));
    later->setProperty("textRole", QStringLiteral("hint"));
    later->setWordWrap(true);
    page->addWidget(later);

    if (canEdit()) {
        m_readOnly->hide();
        m_add->setToolTip(tr("Add a new price version to the selected tariff (Ctrl+Shift+N)"));
    } else {
        m_add->setEnabled(false);
        m_add->setToolTip(tr("Only administrators can change tariffs."));
    }
    connect(m_add, &QPushButton::clicked, this, &SettingsPage::addVersion);
    auto *addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    connect(addKey, &QShortcut::activated, this, &SettingsPage::addVersion);
    connect(m_tariffView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SettingsPage::tariffChanged);
    connect(m_versionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SettingsPage::versionChanged);
    refresh();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::refreshPlugins()
{
    QList<QStringList> rows;
    if (m_session.plugins) {
        for (const PluginManager::Plugin &p : m_session.plugins->plugins()) {
            QString state;
            switch (p.state) {
            case PluginManager::State::Loaded:
                state = tr("Loaded");
                break;
            case PluginManager::State::Disabled:
                state = tr("Disabled");
                break;
            case PluginManager::State::Incompatible:
                state = tr("Incompatible");
                break;
            case PluginManager::State::Failed:
                state = tr("Failed");
                break;
            }
            rows << QStringList{p.name, p.version, p.vendor, state, p.reason.isEmpty() ? p.description : p.reason};
        }
    }
    m_pluginModel->setRows(rows);
}

bool SettingsPage::canEdit() const
{
    return Access::allows(m_session.op.role, Permission::ManageTariffs);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_keyVault->refresh();
}

void SettingsPage::showSection(Section section)
{
    m_sections->setCurrentIndex(int(section));
}

void SettingsPage::showMessage(const QString &text, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SettingsPage::focusDefault()
{
    m_tariffView->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::refresh()
{
    const int row = m_tariffView->currentIndex().row();
    const qint64 keep = row >= 0 && row < m_tariffs.size() ? m_tariffs[row].id : 0;
    TariffService service(m_session.db, m_session.clock);
    auto tariffs = service.tariffs();
    if (!tariffs) {
        showMessage(tariffs.error().message, true);
        return;
    }
    m_tariffs = tariffs.value();
    const QDate today = TariffService::localDay(m_session.clock.now());
    QList<QStringList> rows;
    for (const TariffService::Tariff &t : std::as_const(m_tariffs)) {
        auto current = service.versionAt(t.id, today);
        rows << QStringList{Domain::name(t.utility), t.code, t.name,
                            current ? current->rules.effectiveFrom.toString(Qt::ISODate) : tr("no price yet")};
    }
    m_tariffModel->setRows(rows);
    if (keep != 0)
        selectTariff(keep);
    if (!m_tariffView->currentIndex().isValid() && !m_tariffs.isEmpty())
        m_tariffView->setCurrentIndex(m_tariffModel->index(0, 0));
    tariffChanged();
}

void SettingsPage::selectTariff(qint64 tariffId)
{
    for (qsizetype i = 0; i < m_tariffs.size(); ++i) {
        if (m_tariffs[i].id == tariffId) {
            m_tariffView->setCurrentIndex(m_tariffModel->index(int(i), 0));
            return;
        }
    }
}

void SettingsPage::tariffChanged()
{
    m_versions.clear();
    const int row = m_tariffView->currentIndex().row();
    if (row >= 0 && row < m_tariffs.size()) {
        auto versions = TariffService(m_session.db, m_session.clock).versions(m_tariffs[row].id);
        if (!versions)
            showMessage(versions.error().message, true);
        else
            m_versions = versions.value();
    }
    QList<QStringList> rows;
    for (const TariffService::Version &v : std::as_const(m_versions))
        rows << QStringList{v.rules.effectiveFrom.toString(Qt::ISODate), QString::number(v.rules.blocks.size()),
                            TariffVersion::percentText(v.rules.taxBasisPoints) + QStringLiteral(" %"), v.createdBy,
                            DisplayText::dateTime(v.createdAt)};
    m_versionModel->setRows(rows);
    // The newest version is the one that matters most.
    if (!m_versions.isEmpty())
        m_versionView->setCurrentIndex(m_versionModel->index(int(m_versions.size() - 1), 0));
    m_add->setEnabled(canEdit() && row >= 0);
    versionChanged();
}

void SettingsPage::versionChanged()
{
    const int row = m_versionView->currentIndex().row();
    const int tariffRow = m_tariffView->currentIndex().row();
    if (row < 0 || row >= m_versions.size() || tariffRow < 0 || tariffRow >= m_tariffs.size()) {
        m_detail->setText(m_tariffs.isEmpty() ? tr("There are no tariffs yet.")
                                              : tr("This tariff has no price yet; an administrator adds one."));
        return;
    }
    m_detail->setText(describe(m_versions[row].rules, m_tariffs[tariffRow].utility));
}

QString SettingsPage::versionText() const
{
    return m_detail->text();
}

QString SettingsPage::describe(const TariffVersion &v, Utility utility)
{
    const QString unit = Domain::unit(utility);
    QStringList lines;
    lines << tr("In force from %1, for %2.")
                 .arg(v.effectiveFrom.toString(Qt::ISODate), v.meterKind == TariffVersion::MeterKind::Unit
                                                                 ? tr("meters loaded with units")
                                                                 : tr("meters loaded with money"));
    const QString cycle =
        v.cycle == TariffVersion::Cycle::Monthly
            ? tr("Blocks count the %1 %2 in a monthly cycle starting on day %3.")
                  .arg(unit, v.basis == TariffVersion::Basis::Purchase ? tr("purchased") : tr("consumed"))
                  .arg(v.cycleStartDay)
            : tr("Blocks count the %1 %2 in an annual cycle starting on %3-%4.")
                  .arg(unit, v.basis == TariffVersion::Basis::Purchase ? tr("purchased") : tr("consumed"))
                  .arg(v.cycleStartMonth, 2, 10, QLatin1Char('0'))
                  .arg(v.cycleStartDay, 2, 10, QLatin1Char('0'));
    lines << cycle;
    for (qsizetype i = 0; i < v.blocks.size(); ++i) {
        const auto &b = v.blocks[i];
        lines << (b.to ? tr("Block %1: %2 to %3 %4 at %5 yuan a %4.")
                             .arg(i + 1)
                             .arg(b.from.toString(), b.to->toString(), unit, SaleText::price(b.price))
                       : tr("Block %1: from %2 %3 at %4 yuan a %3.")
                             .arg(i + 1)
                             .arg(b.from.toString(), unit, SaleText::price(b.price)));
    }
    lines << tr("Tax included in the prices: %1 %.").arg(TariffVersion::percentText(v.taxBasisPoints));
    if (!v.fixedChargePerMonth.isZero())
        lines << tr("Fixed charge: %1 a month.").arg(SaleText::money(v.fixedChargePerMonth));
    if (!v.freeUnitsPerCycle.isZero())
        lines << tr("Free units: %1 a cycle.").arg(SaleText::units(v.freeUnitsPerCycle, utility));
    if (v.debtRecoveryBasisPoints > 0)
        lines << tr("Debt recovery: %1 % of each purchase, at least %2, at most %3.")
                     .arg(TariffVersion::percentText(v.debtRecoveryBasisPoints), SaleText::money(v.debtRecoveryMin),
                          v.debtRecoveryMax.isZero() ? tr("no limit") : SaleText::money(v.debtRecoveryMax));
    lines << tr("Purchases from %1 to %2.")
                 .arg(v.minVend.isZero() ? tr("any amount") : SaleText::money(v.minVend),
                      v.maxVend.isZero() ? tr("no limit") : SaleText::money(v.maxVend));
    if (v.maxCreditUnits)
        lines << tr("A meter holds at most %1.").arg(SaleText::units(*v.maxCreditUnits, utility));
    if (v.maxCreditMoney)
        lines << tr("A meter holds at most %1.").arg(SaleText::money(*v.maxCreditMoney));
    return lines.join(u'\n');
}

void SettingsPage::addVersion()
{
    const int row = m_tariffView->currentIndex().row();
    if (!canEdit() || row < 0 || row >= m_tariffs.size() || !isVisible())
        return;
    const TariffService::Tariff tariff = m_tariffs[row];
    TariffVersion base;
    if (!m_versions.isEmpty()) {
        base = m_versions.last().rules;
    } else {
        // A flat price to start from.
        base.blocks = {TariffVersion::Block{Quantity(), std::nullopt, 5000}};
    }
    base.effectiveFrom = TariffService::localDay(m_session.clock.now());
    TariffEditorDialog editor(m_session, tariff, base, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    refresh();
    showMessage(tr("A new price version of %1 was added.").arg(tariff.name), false);
    emit statusMessage(tr("Tariff %1: new price version saved.").arg(tariff.code));
}

} // namespace prepaydesk
