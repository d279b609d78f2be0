#include "ManagementTokenPanel.h"

#include "ApprovalDialog.h"
#include "SaleText.h"
#include "StsText.h"
#include "TextRole.h"

#include "vending/Vend.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

const char *const panelStyle = R"(
QFrame#managementResult { background: #ffffff; border: 1px solid #d0d5dd; border-radius: 6px; }
QFrame#managementResult QLabel { border: none; }
QLabel#managementToken { color: #14213d; background: #f2f4f7; border: 1px solid #d0d5dd; border-radius: 4px;
                         padding: 10px 6px; }
)";

QString functionHint(ManagementFunction f)
{
    switch (f) {
    case ManagementFunction::SetMaximumPowerLimit:
        return ManagementTokenPanel::tr("The meter disconnects the load above this power. Up to 16383 W the token "
                                        "carries the exact value; above it, steps of 10 W or more, rounded down.");
    case ManagementFunction::ClearCredit:
        return ManagementTokenPanel::tr("Sets the credit held in the meter to zero. 65535 clears every credit "
                                        "register.");
    case ManagementFunction::SetTariffRate:
        return ManagementTokenPanel::tr("Sets the rate the meter uses internally, as its maker defines it.");
    case ManagementFunction::ClearTamper:
        return ManagementTokenPanel::tr("Clears the meter's tamper condition so that it supplies again. The token "
                                        "carries no value.");
    case ManagementFunction::SetMaximumPhasePowerUnbalance:
        return ManagementTokenPanel::tr("The meter disconnects when the power of its phases differs by more than "
                                        "this.");
    case ManagementFunction::SetWaterMeterFactor:
        return ManagementTokenPanel::tr("Sets the water meter's factor, as its maker defines it.");
    }
    return {};
}

} // namespace

ManagementTokenPanel::ManagementTokenPanel(const Session &session, MeterTokens &tokens, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tokens(tokens)
    , m_function(new QComboBox(this))
    , m_valueLabel(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_make(new QPushButton(tr("&Make token…"), this))
    , m_message(new QLabel(this))
    , m_result(new QFrame(this))
    , m_caption(new QLabel(m_result))
    , m_token(new QLabel(m_result))
    , m_detail(new QLabel(m_result))
{
    setObjectName(QStringLiteral("managementPanel"));
    setStyleSheet(QString::fromLatin1(panelStyle));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 12, 4, 4);
    layout->setSpacing(10);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    m_function->setObjectName(QStringLiteral("functionCombo"));
    for (ManagementFunction f : MeterTokens::functions())
        m_function->addItem(MeterTokens::functionName(f), int(f));
    auto *functionLabel = new QLabel(tr("&Function"), this);
    functionLabel->setBuddy(m_function);
    form->addRow(functionLabel, m_function);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_value));
    m_value->setMaximumWidth(200);
    m_valueLabel->setBuddy(m_value);
    form->addRow(m_valueLabel, m_value);
    layout->addLayout(form);
    m_hint->setObjectName(QStringLiteral("functionHint"));
    m_hint->setProperty("textRole", QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *actions = new QHBoxLayout;
    m_make->setObjectName(QStringLiteral("makeTokenButton"));
    m_make->setAutoDefault(true);
    m_make->setMinimumHeight(36);
    m_make->setToolTip(tr("A supervisor other than you approves the token, with the reason"));
    actions->addWidget(m_make);
    auto *approval = new QLabel(tr("Needs a supervisor's approval and a reason; both are kept in the meter's "
                                   "history."),
                                this);
    approval->setProperty("textRole", QStringLiteral("hint"));
    approval->setWordWrap(true);
    actions->addWidget(approval, 1);
    layout->addLayout(actions);

    m_message->setObjectName(QStringLiteral("managementMessage"));
    m_message->setProperty("textRole", QStringLiteral("banner"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_result->setObjectName(QStringLiteral("managementResult"));
    auto *result = new QVBoxLayout(m_result);
    result->setContentsMargins(16, 12, 16, 12);
    result->setSpacing(8);
    m_caption->setObjectName(QStringLiteral("tokenCaption"));
    m_caption->setWordWrap(true);
    m_caption->setFont(SaleText::largeFont(font(), 12, true));
    result->addWidget(m_caption);
    m_token->setObjectName(QStringLiteral("managementToken"));
    QFont big = SaleText::fixedPitchFont(26);
    big.setBold(true);
    m_token->setFont(big);
    m_token->setAlignment(Qt::AlignCenter);
    m_token->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_token->setAccessibleName(tr("Management token"));
    result->addWidget(m_token);
    m_detail->setObjectName(QStringLiteral("tokenDetail"));
    m_detail->setProperty("textRole", QStringLiteral("subtitle"));
    m_detail->setWordWrap(true);
    result->addWidget(m_detail);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_function, &QComboBox::currentIndexChanged, this, &ManagementTokenPanel::functionChanged);
    connect(m_make, &QPushButton::clicked, this, &ManagementTokenPanel::makeToken);
    connect(m_value, &QLineEdit::returnPressed, this, &ManagementTokenPanel::makeToken);
    connect(m_value, &QLineEdit::textEdited, m_message, &QWidget::hide);
    functionChanged();
}

ManagementTokenPanel::~ManagementTokenPanel() = default;

ManagementFunction ManagementTokenPanel::function() const
{
    return ManagementFunction(m_function->currentData().toInt());
}

void ManagementTokenPanel::setFunction(ManagementFunction f)
{
    m_function->setCurrentIndex(m_function->findData(int(f)));
}

void ManagementTokenPanel::setValueText(const QString &text)
{
    m_value->setText(text);
}

QString ManagementTokenPanel::tokenText() const
{
    return m_issued ? m_token->text() : QString();
}

QString ManagementTokenPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ManagementTokenPanel::functionChanged()
{
    const ManagementFunction f = function();
    const bool takes = MeterTokens::takesValue(f);
    m_valueLabel->setText(takes ? MeterTokens::valueLabel(f) : QString());
    m_valueLabel->setVisible(takes);
    m_value->setVisible(takes);
    if (f == ManagementFunction::ClearCredit && m_value->text().isEmpty())
        m_value->setText(QStringLiteral("65535"));
    m_hint->setText(functionHint(f));
    m_message->hide();
}

void ManagementTokenPanel::updateEnabled()
{
    const bool may = MeterTokens::mayUse(m_session.op.role);
    const bool ready = may && m_meter && m_meter->hasKeys;
    for (QWidget *w : {static_cast<QWidget *>(m_function), static_cast<QWidget *>(m_value)})
        w->setEnabled(may);
    m_make->setEnabled(ready);
    m_make->setToolTip(!may     ? tr("Only engineers, supervisors and administrators make management tokens.")
                       : !ready ? tr("Choose an STS meter with known keys first.")
                                : tr("A supervisor other than you approves the token, with the reason"));
}

void ManagementTokenPanel::setMeter(const std::optional<MeterTokens::StsMeter> &meter)
{
    const bool other = !meter || !m_meter || meter->id != m_meter->id;
    m_meter = meter;
    if (other) {
        m_issued.reset();
        m_result->hide();
        m_message->hide();
    }
    updateEnabled();
}

void ManagementTokenPanel::showMessage(const QString &text, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ManagementTokenPanel::makeToken()
{
    if (!m_meter || !m_make->isEnabled())
        return;
    const ManagementFunction f = function();
    quint32 value = 0;
    if (MeterTokens::takesValue(f)) {
        bool ok = false;
        value = m_value->text().toUInt(&ok);
        if (!ok) {
            showMessage(tr("Type the value: %1.").arg(MeterTokens::valueLabel(f)), true);
            m_value->setFocus();
            return;
        }
    }
    const MeterTokens::StsMeter meter = *m_meter;
    const QString what = MeterTokens::takesValue(f)
                             ? tr("%1: %2").arg(MeterTokens::functionName(f), MeterTokens::valueText(f, value))
                             : MeterTokens::functionName(f);
    ApprovalDialog dialog(m_session, tr("Approve a management token"),
                          tr("%1, for meter %2. The token changes the meter once it is entered; the reason is kept "
                             "in the meter's history.")
                              .arg(what, meter.serial),
                          this);
    std::optional<MeterTokens::Issued> issued;
    dialog.setAction([&](const Operator &approver, const QString &reason, bool) -> Status {
        auto made = m_tokens.issueManagement(m_session.op, approver, meter.id, f, value, reason);
        if (!made)
            return made.error();
        issued = made.value();
        return {};
    });
    if (dialog.exec() != QDialog::Accepted || !issued)
        return;
    m_issued = issued;
    m_message->hide();
    const GeneratedToken &t = issued->token;
    const QString carried = MeterTokens::takesValue(f) ? MeterTokens::valueText(f, t.value.value_or(value)) : QString();
    m_caption->setText(carried.isEmpty()
                           ? tr("%1 — meter %2").arg(MeterTokens::functionName(f), meter.serial)
                           : tr("%1: %2 — meter %3").arg(MeterTokens::functionName(f), carried, meter.serial));
    m_token->setText(VendText::grouped(t.digits));
    QStringList detail;
    detail << tr("Token identifier %1, made %2, approved by %3.")
                  .arg(t.tid.value_or(0))
                  .arg(StsText::when(issued->issued), dialog.approver() ? dialog.approver()->displayName : QString());
    if (t.asked)
        detail
            << tr("A token cannot carry %1 exactly: it carries %2.").arg(MeterTokens::valueText(f, *t.asked), carried);
    detail << tr("Read it out or write it down for whoever is at the meter; the meter takes it once.");
    m_detail->setText(detail.join(u' '));
    m_result->show();
    emit statusMessage(tr("Management token made for meter %1.").arg(meter.serial));
    emit meterChanged();
}

} // namespace prepaydesk
