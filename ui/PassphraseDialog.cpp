#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

QLineEdit *secretEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setMaxLength(200);
    edit->setMinimumWidth(280);
    return edit;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, int minimumLength, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_minimumLength(minimumLength)
    , m_passphrase(secretEdit("passphraseEdit", this))
    , m_error(new QLabel(this))
{
    QString title, text, okText;
    switch (mode) {
    case Mode::SetUp:
        title = tr("Set up the key vault");
        text = tr("Choose the passphrase that seals the vending keys. It is never stored: without it the keys cannot "
                  "be used, so keep it where the administrators can find it. It has at least %n characters; a few "
                  "unrelated words are easy to type and hard to guess.",
                  nullptr, minimumLength);
        okText = tr("&Set up");
        break;
    case Mode::Unlock:
        title = tr("Unlock the key vault");
        text = tr("Type the key vault's passphrase. While the vault is unlocked, this console can make STS tokens; it "
                  "locks again when the console closes.");
        okText = tr("&Unlock");
        break;
    case Mode::Change:
        title = tr("Change the key vault's passphrase");
        text = tr("Every vending key is sealed again under the new passphrase, all at once. The new one has at least "
                  "%n characters.",
                  nullptr, minimumLength);
        okText = tr("&Change");
        break;
    }
    setWindowTitle(title);
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(heading);
    auto *explanation = new QLabel(text, this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setProperty("textRole", QStringLiteral("subtitle"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    if (mode == Mode::Change) {
        m_current = secretEdit("currentPassphraseEdit", this);
        auto *label = new QLabel(tr("P&resent passphrase"), this);
        label->setBuddy(m_current);
        form->addRow(label, m_current);
    }
    auto *label = new QLabel(mode == Mode::Change ? tr("&New passphrase") : tr("&Passphrase"), this);
    label->setBuddy(m_passphrase);
    form->addRow(label, m_passphrase);
    if (mode != Mode::Unlock) {
        m_repeat = secretEdit("repeatEdit", this);
        auto *repeatLabel = new QLabel(tr("&Type it again"), this);
        repeatLabel->setBuddy(m_repeat);
        form->addRow(repeatLabel, m_repeat);
    }
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setProperty("textRole", QStringLiteral("banner"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("Go back without changing anything (Esc)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_current, m_passphrase, m_repeat}) {
        if (edit)
            connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    }
    (m_current ? m_current : m_passphrase)->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    clearFields();
}

QString PassphraseDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PassphraseDialog::showError(const QString &message, QLineEdit *focus)
{
    m_error->setText(message);
    m_error->show();
    adjustSize();
    if (focus)
        focus->setFocus();
}

void PassphraseDialog::clearFields()
{
    for (QLineEdit *edit : {m_current, m_passphrase, m_repeat}) {
        if (edit)
            edit->clear();
    }
}

void PassphraseDialog::done(int result)
{
    clearFields();
    QDialog::done(result);
}

void PassphraseDialog::confirm()
{
    const QString current = m_current ? m_current->text() : QString();
    const QString passphrase = m_passphrase->text();
    if (m_current && current.isEmpty()) {
        showError(tr("Type the present passphrase."), m_current);
        return;
    }
    if (passphrase.isEmpty()) {
        showError(tr("Type the passphrase."), m_passphrase);
        return;
    }
    if (m_repeat && m_repeat->text() != passphrase) {
        m_repeat->clear();
        showError(tr("The two passphrases differ; type the new one again."), m_repeat);
        return;
    }
    if (m_mode != Mode::Unlock && passphrase.size() < m_minimumLength) {
        clearFields();
        showError(tr("The passphrase has at least %n characters.", nullptr, m_minimumLength), m_passphrase);
        return;
    }
    Status outcome;
    if (m_action) {
        // The key derivation is deliberately slow (memory-hard): say so with the cursor.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        outcome = m_action(current, passphrase);
        QGuiApplication::restoreOverrideCursor();
    }
    clearFields();
    if (!outcome) {
        showError(outcome.error().message, m_current ? m_current : m_passphrase);
        return;
    }
    accept();
}

} // namespace prepaydesk
