#include "KeyDialog.h"

#include "vending/MeterTokens.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace prepaydesk {

KeyDialog::KeyDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_sgc(new QLineEdit(this))
    , m_krn(new QSpinBox(this))
    , m_keyType(new QComboBox(this))
    , m_algorithm(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_keyHint(new QLabel(this))
    , m_expires(new QCheckBox(tr("E&xpires on"), this))
    , m_expiry(new QDateEdit(this))
    , m_description(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a vending key"));
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    auto *heading = new QLabel(tr("Add a vending key"), this);
    heading->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(heading);
    auto *text = new QLabel(tr("The key is sealed in the vault as soon as it is added. It is never shown again, not "
                               "even here: check it before adding."),
                            this);
    text->setProperty("textRole", QStringLiteral("subtitle"));
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);

    m_sgc->setObjectName(QStringLiteral("sgcEdit"));
    m_sgc->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,6}")), m_sgc));
    m_sgc->setPlaceholderText(tr("six digits"));
    m_sgc->setMaximumWidth(160);
    auto *sgcLabel = new QLabel(tr("&Supply group code"), this);
    sgcLabel->setBuddy(m_sgc);
    form->addRow(sgcLabel, m_sgc);

    m_krn->setObjectName(QStringLiteral("krnSpin"));
    m_krn->setRange(1, 9);
    m_krn->setMaximumWidth(80);
    auto *krnLabel = new QLabel(tr("Key &revision"), this);
    krnLabel->setBuddy(m_krn);
    form->addRow(krnLabel, m_krn);

    // IEC 62055-41 key types.
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    m_keyType->addItem(tr("0 — initialisation key (DITK)"), 0);
    m_keyType->addItem(tr("1 — default key (DDTK)"), 1);
    m_keyType->addItem(tr("2 — unique key (DUTK)"), 2);
    m_keyType->addItem(tr("3 — common key (DCTK)"), 3);
    m_keyType->setCurrentIndex(2);
    auto *typeLabel = new QLabel(tr("Key &type"), this);
    typeLabel->setBuddy(m_keyType);
    form->addRow(typeLabel, m_keyType);

    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    m_algorithm->addItem(tr("DKGA02 (DES) with EA07"), QStringLiteral("02"));
    m_algorithm->addItem(tr("DKGA04 (HMAC) with EA11"), QStringLiteral("04"));
    auto *algorithmLabel = new QLabel(tr("Al&gorithm"), this);
    algorithmLabel->setBuddy(m_algorithm);
    form->addRow(algorithmLabel, m_algorithm);

    // The key: a password field, so it is never shown, copied or dragged out.
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_key->setMaxLength(100);
    auto *keyLabel = new QLabel(tr("Vending &key (hex)"), this);
    keyLabel->setBuddy(m_key);
    auto *keyBox = new QVBoxLayout;
    keyBox->setSpacing(2);
    keyBox->addWidget(m_key);
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setProperty("textRole", QStringLiteral("hint"));
    keyBox->addWidget(m_keyHint);
    form->addRow(keyLabel, keyBox);

    m_expires->setObjectName(QStringLiteral("expiresCheck"));
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setDate(today.addYears(5));
    m_expiry->setMinimumDate(today);
    m_expiry->setEnabled(false);
    auto *expiryBox = new QHBoxLayout;
    expiryBox->addWidget(m_expires);
    expiryBox->addWidget(m_expiry);
    expiryBox->addStretch(1);
    form->addRow(tr("Expiry"), expiryBox);

    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaxLength(100);
    m_description->setPlaceholderText(tr("where the key comes from, what it is for"));
    auto *descriptionLabel = new QLabel(tr("&Description"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setProperty("textRole", QStringLiteral("banner"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *addButton = buttons->addButton(tr("&Add key"), QDialogButtonBox::AcceptRole);
    addButton->setObjectName(QStringLiteral("addButton"));
    addButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("Go back without adding a key (Esc)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeyDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &KeyDialog::algorithmChanged);
    for (QLineEdit *edit : {m_sgc, m_key, m_description})
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    algorithmChanged();
    m_sgc->setFocus();
}

KeyDialog::~KeyDialog()
{
    m_key->clear();
}

void KeyDialog::algorithmChanged()
{
    m_keyHint->setText(m_algorithm->currentData().toString() == QStringLiteral("02")
                           ? tr("16 hex digits (8 bytes); spaces between groups are fine.")
                           : tr("40 hex digits (20 bytes); spaces between groups are fine."));
}

void KeyDialog::setSgc(const QString &sgc)
{
    m_sgc->setText(sgc);
}

void KeyDialog::setKeyRevision(int krn)
{
    m_krn->setValue(krn);
}

void KeyDialog::setKeyType(int keyType)
{
    m_keyType->setCurrentIndex(m_keyType->findData(keyType));
}

void KeyDialog::setAlgorithm(const QString &dkga)
{
    m_algorithm->setCurrentIndex(m_algorithm->findData(dkga));
}

void KeyDialog::setKeyText(const QString &hex)
{
    m_key->setText(hex);
}

void KeyDialog::setExpiry(const QDate &date)
{
    m_expires->setChecked(date.isValid());
    if (date.isValid())
        m_expiry->setDate(date);
}

void KeyDialog::setDescription(const QString &text)
{
    m_description->setText(text);
}

QString KeyDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void KeyDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    adjustSize();
    if (focus)
        focus->setFocus();
}

void KeyDialog::done(int result)
{
    m_key->clear();
    QDialog::done(result);
}

void KeyDialog::add()
{
    if (m_sgc->text().isEmpty()) {
        showError(tr("Type the supply group code (six digits)."), m_sgc);
        return;
    }
    auto key = MeterTokens::parseVendingKey(m_key->text(), m_algorithm->currentData().toString());
    // Typed once, used once: the field is empty again whatever happens next.
    m_key->clear();
    if (!key) {
        showError(key.error().message + u' ' + tr("Type the key again."), m_key);
        return;
    }
    Fields fields;
    fields.sgc = m_sgc->text().toInt();
    fields.keyRevision = m_krn->value();
    fields.keyType = m_keyType->currentData().toInt();
    fields.expiresOn = m_expires->isChecked() ? m_expiry->date() : QDate();
    fields.description = m_description->text().trimmed();
    const Status outcome = m_action ? m_action(fields, key.value()) : Status();
    if (!outcome) {
        showError(outcome.error().message + u' ' + tr("Type the key again."),
                  outcome.error().field == QStringLiteral("sgc") ? static_cast<QWidget *>(m_sgc) : m_key);
        return;
    }
    accept();
}

} // namespace prepaydesk
