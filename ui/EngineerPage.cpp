#include "EngineerPage.h"

#include "CardsPanel.h"

#include "KeyChangePanel.h"
#include "ManagementTokenPanel.h"
#include "MeterWorkbench.h"
#include "RowTableModel.h"
#include "StsText.h"
#include "TextRole.h"
#include "TokenDecodePanel.h"

#include "plugin/PluginManager.h"
#include "security/KeyVault.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

const char *const pageStyle = R"(
QFrame#meterStatePanel { background: #ffffff; border: 1px solid #d0d5dd; border-radius: 6px; }
QFrame#meterStatePanel QLabel { border: none; }
)";

const TokenGenerator *stsGenerator(const Session &session)
{
    return session.plugins ? session.plugins->tokenGenerator(QStringLiteral("sts")) : nullptr;
}

} // namespace

EngineerPage::EngineerPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tokens(std::make_unique<MeterTokens>(session.db, session.clock, stsGenerator(session), session.vault))
    , m_model(new RowTableModel({tr("Meter"), tr("Customer"), tr("Keys")}, this))
    , m_banner(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_state(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sections(new QTabWidget(this))
    , m_workbench(new MeterWorkbench(session, this))
    , m_cards(new CardsPanel(session, this))
{
    setObjectName(QStringLiteral("engineerPage"));
    setStyleSheet(QString::fromLatin1(pageStyle));
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(16, 14, 16, 10);
    page->setSpacing(8);
    auto *title = new QLabel(tr("Cards & meters"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setProperty("textRole", QStringLiteral("title"));
    page->addWidget(title);
    auto *later = new QLabel(tr("STS keypad meters: management tokens, key changes and tokens a customer reads out. "
                                "Serial meters: read, control and load credit over the serial line. IC cards: read "
                                "the card in the reader, issue, replace and write engineers' cards."),
                             this);
    later->setObjectName(QStringLiteral("laterNote"));
    later->setProperty("textRole", QStringLiteral("hint"));
    later->setWordWrap(true);
    page->addWidget(later);
    m_banner->setObjectName(QStringLiteral("engineerBanner"));
    m_banner->setProperty("textRole", QStringLiteral("infoBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    // Two sections: STS keypad meters (this page's own work) and the serial-meter workbench.
    auto *stsSection = new QWidget(this);
    auto *stsLayout = new QVBoxLayout(stsSection);
    stsLayout->setContentsMargins(0, 8, 0, 0);
    stsLayout->addWidget(m_banner);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    auto *searchLabel = new QLabel(tr("&Meter serial"), this);
    searchLabel->setProperty("textRole", QStringLiteral("fieldLabel"));
    searchLabel->setBuddy(m_search);
    left->addWidget(searchLabel);
    m_search->setObjectName(QStringLiteral("meterSearchEdit"));
    m_search->setPlaceholderText(tr("Serial of an STS meter, or part of it"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Ctrl+F; Enter chooses the first meter found"));
    left->addWidget(m_search);
    m_view->setObjectName(QStringLiteral("meterView"));
    m_view->setAccessibleName(tr("STS meters"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    left->addWidget(m_view, 2);

    auto *statePanel = new QFrame(this);
    statePanel->setObjectName(QStringLiteral("meterStatePanel"));
    auto *stateLayout = new QVBoxLayout(statePanel);
    stateLayout->setContentsMargins(14, 10, 14, 10);
    auto *stateTitle = new QLabel(tr("STS state of the meter"), statePanel);
    stateTitle->setProperty("textRole", QStringLiteral("fieldLabel"));
    stateLayout->addWidget(stateTitle);
    m_state->setObjectName(QStringLiteral("meterState"));
    m_state->setParent(statePanel);
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateLayout->addWidget(m_state, 1);
    left->addWidget(statePanel, 3);
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    leftBox->setFixedWidth(390);
    columns->addWidget(leftBox);

    m_tabs->setObjectName(QStringLiteral("engineerTabs"));
    m_tabs->setDocumentMode(true);
    m_management = new ManagementTokenPanel(session, *m_tokens, m_tabs);
    m_keyChange = new KeyChangePanel(session, *m_tokens, m_tabs);
    m_decode = new TokenDecodePanel(session, *m_tokens, m_tabs);
    m_tabs->addTab(m_management, tr("&1 Management token"));
    m_tabs->addTab(m_keyChange, tr("&2 Key change"));
    m_tabs->addTab(m_decode, tr("&3 Decode a token"));
    columns->addWidget(m_tabs, 1);
    stsLayout->addLayout(columns, 1);
    m_sections->setObjectName(QStringLiteral("engineerSections"));
    m_sections->addTab(stsSection, tr("STS &keypad meters"));
    m_sections->addTab(m_workbench, tr("&Serial meters"));
    m_sections->addTab(m_cards, tr("&IC cards"));
    page->addWidget(m_sections, 1);
    connect(m_workbench, &MeterWorkbench::statusMessage, this, &EngineerPage::statusMessage);
    connect(m_workbench, &MeterWorkbench::topUpRequested, this, &EngineerPage::topUpRequested);
    connect(m_cards, &CardsPanel::statusMessage, this, &EngineerPage::statusMessage);
    connect(m_cards, &CardsPanel::topUpRequested, this, &EngineerPage::topUpRequested);

    connect(m_search, &QLineEdit::textChanged, this, &EngineerPage::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_found.isEmpty()) {
            m_view->setCurrentIndex(m_model->index(0, 0));
            // Into the open tab's first field, so the engineer goes on typing.
            QWidget *panel = m_tabs->currentWidget();
            for (QWidget *w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain()) {
                if (panel->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
                    w->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EngineerPage::rowChanged);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &EngineerPage::focusDefault);
    connect(m_management, &ManagementTokenPanel::statusMessage, this, &EngineerPage::statusMessage);
    connect(m_keyChange, &KeyChangePanel::statusMessage, this, &EngineerPage::statusMessage);
    connect(m_decode, &TokenDecodePanel::statusMessage, this, &EngineerPage::statusMessage);
    connect(m_management, &ManagementTokenPanel::meterChanged, this, &EngineerPage::refresh);
    connect(m_keyChange, &KeyChangePanel::meterChanged, this, &EngineerPage::refresh);
    searchChanged();
}

EngineerPage::~EngineerPage() = default;

void EngineerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void EngineerPage::showWorkbench(bool workbench)
{
    m_sections->setCurrentWidget(workbench ? static_cast<QWidget *>(m_workbench) : m_sections->widget(0));
}

void EngineerPage::focusDefault()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EngineerPage::updateBanner()
{
    QString text;
    bool warn = false;
    if (!MeterTokens::mayUse(m_session.op.role)) {
        text = tr("You can look meters up here. Management tokens, key changes and decoding tokens are for engineers, "
                  "supervisors and administrators.");
    } else if (!stsGenerator(m_session)) {
        text = tr("The STS driver plugin is not loaded, so no token can be made or decoded here. Settings lists the "
                  "driver plugins and why one did not load.");
        warn = true;
    } else if (!m_session.vault || !m_session.vault->isUnlocked()) {
        text = tr("The key vault is locked: management tokens and decoding need it unlocked. An administrator "
                  "unlocks it in Settings, Key vault. Key changes can be scheduled meanwhile.");
        warn = true;
    }
    setTextRole(m_banner, warn ? QStringLiteral("banner") : QStringLiteral("infoBanner"));
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString EngineerPage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void EngineerPage::search(const QString &text)
{
    m_search->setText(text);
    searchChanged();
    for (qsizetype i = 0; i < m_found.size(); ++i) {
        if (m_found[i].serial == text.trimmed()) {
            m_view->setCurrentIndex(m_model->index(int(i), 0));
            return;
        }
    }
}

bool EngineerPage::chooseMeter(qint64 meterId)
{
    for (qsizetype i = 0; i < m_found.size(); ++i) {
        if (m_found[i].id == meterId) {
            m_view->setCurrentIndex(m_model->index(int(i), 0));
            return true;
        }
    }
    return false;
}

void EngineerPage::refresh()
{
    updateBanner();
    const std::optional<qint64> keep = m_meter ? std::optional<qint64>(m_meter->id) : std::nullopt;
    searchChanged();
    if (keep)
        chooseMeter(*keep);
}

void EngineerPage::searchChanged()
{
    auto found = m_tokens->find(m_search->text());
    const std::optional<qint64> keep = m_meter ? std::optional<qint64>(m_meter->id) : std::nullopt;
    if (!found) {
        m_found.clear();
        m_model->clear();
        m_state->setText(found.error().message);
        return;
    }
    m_found = found.value();
    QList<QStringList> rows;
    for (const MeterTokens::StsMeter &m : std::as_const(m_found))
        rows << QStringList{m.serial, m.customerName.isEmpty() ? Domain::name(m.status) : m.customerName,
                            m.hasKeys ? StsText::vaultKey(m.sgc, m.keyRevision) : tr("no keys")};
    m_model->setRows(rows);
    bool kept = false;
    if (keep)
        kept = chooseMeter(*keep);
    if (!kept && m_found.size() == 1)
        m_view->setCurrentIndex(m_model->index(0, 0));
    else if (!kept)
        rowChanged();
}

void EngineerPage::rowChanged()
{
    const int row = m_view->currentIndex().row();
    if (row >= 0 && row < m_found.size()) {
        // Read again: a token made or a sale since the list was filled moves the last token on.
        auto fresh = m_tokens->meter(m_found[row].id);
        m_meter = fresh ? fresh.value() : m_found[row];
    } else {
        m_meter.reset();
    }
    showMeter();
}

QString EngineerPage::stateText() const
{
    return m_state->text();
}

void EngineerPage::showMeter()
{
    if (!m_meter) {
        m_state->setText(m_found.isEmpty() ? tr("No STS keypad meter matches the serial typed.")
                                           : tr("Choose a meter in the list."));
    } else {
        const MeterTokens::StsMeter &m = *m_meter;
        QStringList lines;
        lines << tr("Meter %1 (%2, %3)").arg(m.serial, Domain::name(m.utility), Domain::name(m.status));
        if (!m.customerName.isEmpty())
            lines << tr("Customer: %1, account %2").arg(m.customerName, m.accountNo);
        if (m.hasKeys)
            lines << tr("Keys: %1").arg(StsText::keys(m.sgc, m.tariffIndex, m.keyRevision));
        else
            lines << tr("Keys: none recorded; the meter's SGC, TI and KRN are needed for tokens.");
        lines << tr("Token identifiers count from base date %1.").arg(m.baseDate);
        lines << (m.lastTid
                      ? tr("Last token: identifier %1, made for %2.").arg(*m.lastTid).arg(StsText::when(m.lastTidAt))
                      : tr("Last token: none made at this console yet."));
        if (m.keyExpiry.isValid())
            lines << tr("Key expires on %1.").arg(m.keyExpiry.toString(Qt::ISODate));
        if (m.keyChangePending())
            lines << tr("Key change waiting: to %1. The meter's next sale begins with the key change tokens.")
                         .arg(StsText::keys(m.targetSgc(), m.targetTariffIndex(), m.targetKeyRevision()));
        else
            lines << tr("No key change waiting.");
        m_state->setText(lines.join(u'\n'));
    }
    m_management->setMeter(m_meter);
    m_keyChange->setMeter(m_meter);
    m_decode->setMeter(m_meter);
}

void EngineerPage::showCards()
{
    m_sections->setCurrentWidget(m_cards);
}

} // namespace prepaydesk
