#include "KeyVaultPanel.h"

#include "KeyDialog.h"
#include "PassphraseDialog.h"
#include "RowTableModel.h"
#include "TextRole.h"

#include "tariff/TariffService.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

const char *const panelStyle = R"(
QLabel#vaultState { font-size: 12pt; font-weight: 600; border-radius: 4px; padding: 4px 12px; }
QLabel#vaultState[vaultState="unlocked"] { background: #ecfdf3; color: #05603a; border: 1px solid #a6f4c5; }
QLabel#vaultState[vaultState="locked"] { background: #fffaeb; color: #b54708; border: 1px solid #fedf89; }
QLabel#vaultState[vaultState="none"] { background: #f2f4f7; color: #344054; border: 1px solid #d0d5dd; }
)";

QString keyTypeText(int keyType)
{
    switch (keyType) {
    case 0:
        return KeyVaultPanel::tr("0 — initialisation (DITK)");
    case 1:
        return KeyVaultPanel::tr("1 — default (DDTK)");
    case 2:
        return KeyVaultPanel::tr("2 — unique (DUTK)");
    case 3:
        return KeyVaultPanel::tr("3 — common (DCTK)");
    default:
        return QString::number(keyType);
    }
}

} // namespace

KeyVaultPanel::KeyVaultPanel(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RowTableModel({tr("SGC"), tr("KRN"), tr("Key type"), tr("Expires"), tr("Description")}, this))
    , m_stateLabel(new QLabel(this))
    , m_stateText(new QLabel(this))
    , m_adminNote(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QWidget(this))
    , m_keysTitle(new QLabel(tr("Vending keys"), this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("keyVaultPanel"));
    setStyleSheet(QString::fromLatin1(panelStyle));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(12);
    m_stateLabel->setObjectName(QStringLiteral("vaultState"));
    stateRow->addWidget(m_stateLabel, 0, Qt::AlignTop);
    m_stateText->setObjectName(QStringLiteral("vaultStateText"));
    m_stateText->setProperty("textRole", QStringLiteral("subtitle"));
    m_stateText->setWordWrap(true);
    stateRow->addWidget(m_stateText, 1);
    layout->addLayout(stateRow);

    m_adminNote->setObjectName(QStringLiteral("vaultAdminNote"));
    m_adminNote->setProperty("textRole", QStringLiteral("infoBanner"));
    m_adminNote->setWordWrap(true);
    m_adminNote->setText(tr("Administrators manage the key vault and its vending keys; you can see its state here."));
    layout->addWidget(m_adminNote);

    m_message->setObjectName(QStringLiteral("vaultMessage"));
    m_message->setProperty("textRole", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto button = [this, buttons](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, m_buttons);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(true);
        buttons->addWidget(b);
        return b;
    };
    m_setUp = button(tr("&Set up…"), "vaultSetUpButton", tr("Choose the passphrase that seals the vending keys"));
    m_unlock = button(tr("&Unlock…"), "vaultUnlockButton", tr("Type the passphrase so that STS tokens can be made"));
    m_lock =
        button(tr("&Lock"), "vaultLockButton", tr("Lock the vault now: no STS token can be made until it is unlocked"));
    m_change =
        button(tr("&Change passphrase…"), "vaultChangeButton", tr("Seal every key again under a new passphrase"));
    m_add = button(tr("Add &key…"), "vaultAddKeyButton", tr("Add a vending key (the vault must be unlocked)"));
    buttons->addStretch(1);
    layout->addWidget(m_buttons);

    QFont bold = m_keysTitle->font();
    bold.setBold(true);
    m_keysTitle->setFont(bold);
    m_keysTitle->setProperty("textRole", QStringLiteral("subtitle"));
    layout->addWidget(m_keysTitle);
    m_view->setObjectName(QStringLiteral("keyView"));
    m_view->setAccessibleName(tr("Vending keys"));
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
    layout->addWidget(m_view, 1);
    if (!canManage())
        layout->addStretch(1);

    connect(m_setUp, &QPushButton::clicked, this, &KeyVaultPanel::setUp);
    connect(m_unlock, &QPushButton::clicked, this, &KeyVaultPanel::unlock);
    connect(m_lock, &QPushButton::clicked, this, &KeyVaultPanel::lock);
    connect(m_change, &QPushButton::clicked, this, &KeyVaultPanel::changePassphrase);
    connect(m_add, &QPushButton::clicked, this, &KeyVaultPanel::addKey);
    refresh();
}

KeyVaultPanel::~KeyVaultPanel() = default;

bool KeyVaultPanel::canManage() const
{
    return m_session.vault && Access::allows(m_session.op.role, Permission::ManageTariffs);
}

QString KeyVaultPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void KeyVaultPanel::showMessage(const QString &text, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void KeyVaultPanel::refresh()
{
    KeyVault *vault = m_session.vault;
    m_keys.clear();
    if (!vault) {
        m_state = State::Missing;
    } else {
        auto initialized = vault->isInitialized();
        if (!initialized) {
            showMessage(initialized.error().message, true);
            m_state = State::Missing;
        } else if (!initialized.value()) {
            m_state = State::NotSetUp;
        } else {
            m_state = vault->isUnlocked() ? State::Unlocked : State::Locked;
        }
    }
    QString badge, text, look;
    switch (m_state) {
    case State::Missing:
        badge = tr("Not available");
        text = tr("This console has no key vault, so it cannot make STS tokens.");
        look = QStringLiteral("none");
        break;
    case State::NotSetUp:
        badge = tr("Not set up");
        text = tr("The key vault is not set up yet: an administrator chooses its passphrase and adds the vending "
                  "keys. Until then no STS token can be sold or made.");
        look = QStringLiteral("none");
        break;
    case State::Locked:
        badge = tr("Locked");
        text = tr("The key vault is locked: no STS token can be sold or made until an administrator unlocks it with "
                  "the passphrase.");
        look = QStringLiteral("locked");
        break;
    case State::Unlocked:
        badge = tr("Unlocked");
        text = tr("The key vault is unlocked: this console can sell and make STS tokens. It locks again when the "
                  "console closes.");
        look = QStringLiteral("unlocked");
        break;
    }
    m_stateLabel->setText(badge);
    m_stateLabel->setProperty("vaultState", look);
    repolish(m_stateLabel);
    m_stateText->setText(text);

    const bool manage = canManage();
    m_adminNote->setVisible(!manage && m_session.vault);
    m_buttons->setVisible(manage);
    m_keysTitle->setVisible(manage);
    m_view->setVisible(manage);
    m_setUp->setVisible(m_state == State::NotSetUp);
    m_unlock->setVisible(m_state == State::Locked);
    m_lock->setVisible(m_state == State::Unlocked);
    m_change->setVisible(m_state == State::Locked || m_state == State::Unlocked);
    m_add->setVisible(m_state == State::Locked || m_state == State::Unlocked);
    m_add->setEnabled(m_state == State::Unlocked);
    m_add->setToolTip(m_state == State::Unlocked ? tr("Add a vending key (Alt+K)")
                                                 : tr("Unlock the vault first: a key is sealed as it is added."));

    QList<QStringList> rows;
    if (manage && (m_state == State::Locked || m_state == State::Unlocked)) {
        auto keys = vault->keys();
        if (!keys) {
            showMessage(keys.error().message, true);
        } else {
            m_keys = keys.value();
            for (const KeyVault::KeyInfo &k : std::as_const(m_keys))
                rows << QStringList{QStringLiteral("%1").arg(k.sgc, 6, 10, QLatin1Char('0')),
                                    QString::number(k.keyRevision), keyTypeText(k.keyType),
                                    k.expiresOn.isValid() ? k.expiresOn.toString(Qt::ISODate) : tr("no expiry"),
                                    k.description};
        }
    }
    m_model->setRows(rows);
}

void KeyVaultPanel::setUp()
{
    if (!canManage() || m_state != State::NotSetUp)
        return;
    PassphraseDialog dialog(PassphraseDialog::Mode::SetUp, KeyVault::MinPassphraseLength, this);
    dialog.setAction([this](const QString &, const QString &passphrase) {
        return m_session.vault->initialize(m_session.op, passphrase);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showMessage(tr("The key vault is set up and unlocked. Add the vending keys next."), false);
    emit statusMessage(tr("Key vault set up."));
    emit vaultChanged();
}

void KeyVaultPanel::unlock()
{
    if (!canManage() || m_state != State::Locked)
        return;
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock, KeyVault::MinPassphraseLength, this);
    dialog.setAction(
        [this](const QString &, const QString &passphrase) { return m_session.vault->unlock(passphrase); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showMessage(tr("The key vault is unlocked: STS tokens can be sold and made."), false);
    emit statusMessage(tr("Key vault unlocked."));
    emit vaultChanged();
}

void KeyVaultPanel::lock()
{
    if (!canManage() || m_state != State::Unlocked)
        return;
    m_session.vault->lock();
    refresh();
    showMessage(tr("The key vault is locked: no STS token can be sold or made until it is unlocked again."), false);
    emit statusMessage(tr("Key vault locked."));
    emit vaultChanged();
}

void KeyVaultPanel::changePassphrase()
{
    if (!canManage() || (m_state != State::Locked && m_state != State::Unlocked))
        return;
    PassphraseDialog dialog(PassphraseDialog::Mode::Change, KeyVault::MinPassphraseLength, this);
    dialog.setAction([this](const QString &current, const QString &passphrase) {
        return m_session.vault->changePassphrase(m_session.op, current, passphrase);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showMessage(tr("The passphrase was changed: every vending key is sealed under the new one."), false);
    emit statusMessage(tr("Key vault passphrase changed."));
    emit vaultChanged();
}

void KeyVaultPanel::addKey()
{
    if (!canManage() || m_state != State::Unlocked)
        return;
    KeyDialog dialog(TariffService::localDay(m_session.clock.now()), this);
    dialog.setAction([this](const KeyDialog::Fields &f, const SecretBytes &key) -> Status {
        auto added =
            m_session.vault->addKey(m_session.op, f.sgc, f.keyRevision, f.keyType, key, f.expiresOn, f.description);
        if (!added)
            return added.error();
        return {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showMessage(tr("The vending key was added and sealed; it is listed below."), false);
    emit statusMessage(tr("Vending key added."));
    emit vaultChanged();
}

} // namespace prepaydesk
