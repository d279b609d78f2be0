#include "KeyChangePanel.h"

#include "ApprovalDialog.h"
#include "StsText.h"
#include "TextRole.h"

#include "security/KeyVault.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace prepaydesk {

KeyChangePanel::KeyChangePanel(const Session &session, MeterTokens &tokens, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tokens(tokens)
    , m_present(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_newKey(new QComboBox(this))
    , m_tariffIndex(new QSpinBox(this))
    , m_keysHint(new QLabel(this))
    , m_schedule(new QPushButton(tr("&Schedule key change…"), this))
    , m_cancel(new QPushButton(tr("Call &off the waiting change…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("keyChangePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 12, 4, 4);
    layout->setSpacing(10);

    auto *explanation =
        new QLabel(tr("A key change moves the meter to another supply group code, tariff index or key revision (a new "
                      "key, a tariff change, key expiry, the move off base date 1993). Once it is scheduled, the "
                      "meter's next sale begins with the key change tokens — two for a 64-bit key, four for a 128-bit "
                      "one — and the receipt tells the customer to enter them first, in order. Credit from then on is "
                      "made with the new key."),
                   this);
    explanation->setObjectName(QStringLiteral("keyChangeExplanation"));
    explanation->setProperty("textRole", QStringLiteral("subtitle"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    m_present->setObjectName(QStringLiteral("presentKey"));
    m_present->setProperty("textRole", QStringLiteral("value"));
    form->addRow(tr("Present key"), m_present);
    m_pending->setObjectName(QStringLiteral("pendingKey"));
    m_pending->setWordWrap(true);
    form->addRow(tr("Waiting"), m_pending);
    m_newKey->setObjectName(QStringLiteral("newKeyCombo"));
    m_newKey->setMinimumWidth(320);
    auto *keyLabel = new QLabel(tr("New &key"), this);
    keyLabel->setBuddy(m_newKey);
    form->addRow(keyLabel, m_newKey);
    m_tariffIndex->setObjectName(QStringLiteral("newTariffIndexSpin"));
    m_tariffIndex->setRange(0, 99);
    m_tariffIndex->setMaximumWidth(90);
    auto *tiLabel = new QLabel(tr("New &tariff index"), this);
    tiLabel->setBuddy(m_tariffIndex);
    form->addRow(tiLabel, m_tariffIndex);
    layout->addLayout(form);
    m_keysHint->setObjectName(QStringLiteral("vaultKeysHint"));
    m_keysHint->setProperty("textRole", QStringLiteral("hint"));
    m_keysHint->setWordWrap(true);
    layout->addWidget(m_keysHint);

    auto *buttons = new QHBoxLayout;
    m_schedule->setObjectName(QStringLiteral("scheduleKeyChangeButton"));
    m_schedule->setMinimumHeight(36);
    m_cancel->setObjectName(QStringLiteral("cancelKeyChangeButton"));
    for (QPushButton *b : {m_schedule, m_cancel}) {
        b->setAutoDefault(true);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message->setObjectName(QStringLiteral("keyChangeMessage"));
    m_message->setProperty("textRole", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_schedule, &QPushButton::clicked, this, &KeyChangePanel::schedule);
    connect(m_cancel, &QPushButton::clicked, this, &KeyChangePanel::cancelChange);
    refreshKeys();
}

KeyChangePanel::~KeyChangePanel() = default;

QString KeyChangePanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void KeyChangePanel::showMessage(const QString &text, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void KeyChangePanel::refreshKeys()
{
    const QVariant keep = m_newKey->currentData();
    m_newKey->clear();
    if (!m_session.vault) {
        m_keysHint->setText(tr("This console has no key vault, so there is no key to change to."));
        updateState();
        return;
    }
    auto keys = m_session.vault->keys();
    if (!keys) {
        m_keysHint->setText(keys.error().message);
        updateState();
        return;
    }
    for (const KeyVault::KeyInfo &k : keys.value()) {
        QString text = StsText::vaultKey(k.sgc, k.keyRevision);
        if (!k.description.isEmpty())
            text = tr("%1 — %2").arg(text, k.description);
        m_newKey->addItem(text, QList<QVariant>{k.sgc, k.keyRevision});
    }
    if (keep.isValid())
        m_newKey->setCurrentIndex(std::max(0, m_newKey->findData(keep)));
    m_keysHint->setText(keys->isEmpty()
                            ? tr("The key vault has no vending keys yet: an administrator adds them in Settings, Key "
                                 "vault.")
                            : tr("The keys are those in the key vault; an administrator adds a new one in Settings, "
                                 "Key vault."));
    updateState();
}

bool KeyChangePanel::setNewKey(int sgc, int keyRevision)
{
    const int i = m_newKey->findData(QList<QVariant>{sgc, keyRevision});
    if (i >= 0)
        m_newKey->setCurrentIndex(i);
    return i >= 0;
}

void KeyChangePanel::setNewTariffIndex(int tariffIndex)
{
    m_tariffIndex->setValue(tariffIndex);
}

void KeyChangePanel::setMeter(const std::optional<MeterTokens::StsMeter> &meter)
{
    const bool other = !meter || !m_meter || meter->id != m_meter->id;
    m_meter = meter;
    if (other) {
        m_message->hide();
        refreshKeys();
        if (m_meter && m_meter->hasKeys) {
            // Start from the next key revision of the same supply group, when the vault has it.
            m_tariffIndex->setValue(m_meter->targetTariffIndex());
            if (!setNewKey(m_meter->targetSgc(), m_meter->targetKeyRevision() + 1))
                setNewKey(m_meter->targetSgc(), m_meter->targetKeyRevision());
        }
    }
    updateState();
}

void KeyChangePanel::updateState()
{
    const bool may = MeterTokens::mayUse(m_session.op.role);
    const bool keys = m_meter && m_meter->hasKeys;
    m_present->setText(!m_meter ? tr("Choose a meter.")
                       : keys   ? StsText::keys(m_meter->sgc, m_meter->tariffIndex, m_meter->keyRevision)
                                : tr("none recorded"));
    if (m_meter && m_meter->keyChangePending()) {
        m_pending->setText(
            tr("%1 — the meter's next sale begins with its key change tokens.")
                .arg(StsText::keys(m_meter->targetSgc(), m_meter->targetTariffIndex(), m_meter->targetKeyRevision())));
        m_pending->setProperty("textRole", QStringLiteral("attention"));
    } else {
        m_pending->setText(tr("No key change waiting."));
        m_pending->setProperty("textRole", QStringLiteral("value"));
    }
    repolish(m_pending);
    m_newKey->setEnabled(may && keys);
    m_tariffIndex->setEnabled(may && keys);
    m_schedule->setEnabled(may && keys && m_newKey->count() > 0);
    m_cancel->setVisible(m_meter && m_meter->keyChangePending());
    m_cancel->setEnabled(may);
    if (!may)
        m_schedule->setToolTip(tr("Only engineers, supervisors and administrators change meter keys."));
    else
        m_schedule->setToolTip(tr("A supervisor other than you approves the key change, with the reason"));
}

void KeyChangePanel::schedule()
{
    if (!m_meter || !m_schedule->isEnabled() || m_newKey->currentIndex() < 0)
        return;
    const QList<QVariant> key = m_newKey->currentData().toList();
    const int sgc = key.value(0).toInt();
    const int krn = key.value(1).toInt();
    const int ti = m_tariffIndex->value();
    const MeterTokens::StsMeter meter = *m_meter;
    ApprovalDialog dialog(m_session, tr("Approve a key change"),
                          tr("Meter %1 moves from %2 to %3. Its next sale begins with the key change tokens; the "
                             "reason is kept in the meter's history.")
                              .arg(meter.serial, StsText::keys(meter.sgc, meter.tariffIndex, meter.keyRevision),
                                   StsText::keys(sgc, ti, krn)),
                          this);
    dialog.setAction([&](const Operator &approver, const QString &reason, bool) {
        return m_tokens.scheduleKeyChange(m_session.op, approver, meter.id, sgc, ti, krn, reason);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Key change to %1 scheduled for meter %2. The meter's next sale begins with the key change "
                   "tokens, and the receipt tells the customer to enter them first, in order.")
                    .arg(StsText::keys(sgc, ti, krn), meter.serial),
                false);
    emit statusMessage(tr("Key change scheduled for meter %1.").arg(meter.serial));
    emit meterChanged();
}

void KeyChangePanel::cancelChange()
{
    if (!m_meter || !m_meter->keyChangePending())
        return;
    const MeterTokens::StsMeter meter = *m_meter;
    ApprovalDialog dialog(
        m_session, tr("Approve calling off a key change"),
        tr("Meter %1 keeps %2; the key change to %3 is called off.")
            .arg(meter.serial, StsText::keys(meter.sgc, meter.tariffIndex, meter.keyRevision),
                 StsText::keys(meter.targetSgc(), meter.targetTariffIndex(), meter.targetKeyRevision())),
        this);
    dialog.setAction([&](const Operator &approver, const QString &reason, bool) {
        return m_tokens.cancelKeyChange(m_session.op, approver, meter.id, reason);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("The key change of meter %1 was called off; it keeps its present key.").arg(meter.serial), false);
    emit statusMessage(tr("Key change called off for meter %1.").arg(meter.serial));
    emit meterChanged();
}

} // namespace prepaydesk
