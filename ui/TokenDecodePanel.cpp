#include "TokenDecodePanel.h"

#include "SaleText.h"
#include "StsText.h"
#include "TextRole.h"

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
QFrame#decodeResult { background: #ffffff; border: 1px solid #d0d5dd; border-radius: 6px; }
QFrame#decodeResult QLabel { border: none; }
QLabel#decodeVerdict[verdict="accepted"] { color: #05603a; }
QLabel#decodeVerdict[verdict="refused"] { color: #b42318; }
)";

} // namespace

TokenDecodePanel::TokenDecodePanel(const Session &session, MeterTokens &tokens, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tokens(tokens)
    , m_token(new QLineEdit(this))
    , m_decode(new QPushButton(tr("&Decode"), this))
    , m_message(new QLabel(this))
    , m_result(new QFrame(this))
    , m_verdict(new QLabel(m_result))
    , m_kind(new QLabel(m_result))
    , m_detail(new QLabel(m_result))
{
    setObjectName(QStringLiteral("decodePanel"));
    setStyleSheet(QString::fromLatin1(panelStyle));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 12, 4, 4);
    layout->setSpacing(10);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Token"), this);
    label->setBuddy(m_token);
    row->addWidget(label);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setPlaceholderText(tr("The 20 digits the customer reads out"));
    // Digits with spaces or dashes between the groups, as receipts print them.
    m_token->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 \\-]{0,30}")), m_token));
    m_token->setFont(SaleText::fixedPitchFont(13));
    m_token->setClearButtonEnabled(true);
    row->addWidget(m_token, 1);
    m_decode->setObjectName(QStringLiteral("decodeButton"));
    m_decode->setAutoDefault(true);
    row->addWidget(m_decode);
    layout->addLayout(row);

    auto *hint = new QLabel(tr("Says whether the chosen meter takes the token and, if not, why: the wrong key or a "
                               "digit typed wrong, a key change needed first, already used, too old."),
                            this);
    hint->setProperty("textRole", QStringLiteral("hint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_message->setObjectName(QStringLiteral("decodeMessage"));
    m_message->setProperty("textRole", QStringLiteral("banner"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_result->setObjectName(QStringLiteral("decodeResult"));
    auto *result = new QVBoxLayout(m_result);
    result->setContentsMargins(16, 12, 16, 12);
    result->setSpacing(8);
    m_verdict->setObjectName(QStringLiteral("decodeVerdict"));
    m_verdict->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    result->addWidget(m_verdict);
    m_kind->setObjectName(QStringLiteral("decodeKind"));
    m_kind->setProperty("textRole", QStringLiteral("value"));
    m_kind->setWordWrap(true);
    result->addWidget(m_kind);
    m_detail->setObjectName(QStringLiteral("decodeDetail"));
    m_detail->setProperty("textRole", QStringLiteral("subtitle"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result->addWidget(m_detail);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_decode, &QPushButton::clicked, this, &TokenDecodePanel::decode);
    connect(m_token, &QLineEdit::returnPressed, this, &TokenDecodePanel::decode);
    connect(m_token, &QLineEdit::textEdited, m_message, &QWidget::hide);
    updateEnabled();
}

TokenDecodePanel::~TokenDecodePanel() = default;

void TokenDecodePanel::setTokenText(const QString &text)
{
    m_token->setText(text);
}

QString TokenDecodePanel::verdictText() const
{
    return m_explanation ? m_verdict->text() : QString();
}

QString TokenDecodePanel::detailText() const
{
    return m_explanation ? m_kind->text() + u'\n' + m_detail->text() : QString();
}

QString TokenDecodePanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void TokenDecodePanel::setMeter(const std::optional<MeterTokens::StsMeter> &meter)
{
    const bool other = !meter || !m_meter || meter->id != m_meter->id;
    m_meter = meter;
    if (other) {
        m_explanation.reset();
        m_result->hide();
        m_message->hide();
    }
    updateEnabled();
}

void TokenDecodePanel::updateEnabled()
{
    const bool may = MeterTokens::mayUse(m_session.op.role);
    const bool ready = may && m_meter && m_meter->hasKeys;
    m_token->setEnabled(may);
    m_decode->setEnabled(ready);
    m_decode->setToolTip(!may     ? tr("Only engineers, supervisors and administrators decode tokens.")
                         : !ready ? tr("Choose an STS meter with known keys first.")
                                  : tr("Decode with the chosen meter's keys (Enter)"));
}

void TokenDecodePanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TokenDecodePanel::decode()
{
    if (!m_meter || !m_decode->isEnabled())
        return;
    auto explained = m_tokens.explain(m_session.op, m_meter->id, m_token->text());
    if (!explained) {
        m_explanation.reset();
        m_result->hide();
        showMessage(explained.error().message);
        m_token->setFocus();
        return;
    }
    m_message->hide();
    m_explanation = explained.value();
    const MeterTokens::Explanation &e = *m_explanation;
    m_verdict->setText(e.verdictText);
    m_verdict->setProperty("verdict", e.verdict == MeterTokens::Verdict::Accepted ? QStringLiteral("accepted")
                                                                                  : QStringLiteral("refused"));
    repolish(m_verdict);
    m_kind->setText(e.valueText.isEmpty() ? e.kindText : tr("%1: %2").arg(e.kindText, e.valueText));
    m_detail->setText(e.details.join(u'\n'));
    m_result->show();
    emit statusMessage(tr("Token decoded for meter %1.").arg(m_meter->serial));
}

} // namespace prepaydesk
