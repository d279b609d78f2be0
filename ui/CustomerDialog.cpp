#include "CustomerDialog.h"
#include "ui_CustomerDialog.h"

#include "RegionCompleter.h"

#include "records/CustomerService.h"
#include "records/RegionService.h"

#include <QPushButton>

namespace prepaydesk {

namespace {

// CustomerService::validate names these fields.
const QString CustomerNoField = QStringLiteral("customer_no");
const QString NameField = QStringLiteral("name");
const QString PhoneField = QStringLiteral("phone");
const QString IdNumberField = QStringLiteral("id_number");
const QString AddressField = QStringLiteral("address");
const QString RegionField = QStringLiteral("region");
const QString LanguageField = QStringLiteral("preferred_language");

const QStringList AllFields{CustomerNoField, NameField,   PhoneField,   IdNumberField,
                            AddressField,    RegionField, LanguageField};

} // namespace

CustomerDialog::CustomerDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerDialog>())
    , m_session(session)
{
    setUp();
    setWindowTitle(tr("New customer"));
    m_ui->headingLabel->setText(tr("New customer"));
    revalidate();
}

CustomerDialog::CustomerDialog(const Session &session, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerDialog>())
    , m_session(session)
    , m_existing(customer)
{
    setUp();
    setWindowTitle(tr("Edit customer %1").arg(customer.customerNo));
    m_ui->headingLabel->setText(tr("Edit customer %1").arg(customer.customerNo));
    setDraft(customer.draft());
    // A stored record may predate today's rules (an old import): show every problem at once.
    m_showAll = true;
    revalidate();
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::setUp()
{
    m_ui->setupUi(this);
    setMinimumWidth(600);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_ui->customerNoEdit->setPlaceholderText(tr("assigned when saved"));
    m_ui->nameEdit->setPlaceholderText(tr("required"));
    m_ui->phoneEdit->setPlaceholderText(tr("mobile 13800138000 or landline 010-12345678"));
    m_ui->idNumberEdit->setPlaceholderText(tr("18 characters"));
    m_ui->regionEdit->setPlaceholderText(tr("City / District / Community / Building"));
    for (CustomerCategory c : Domain::all<CustomerCategory>())
        m_ui->categoryCombo->addItem(Domain::name(c), int(c));
    // Languages are listed in their own names.
    m_ui->languageCombo->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->generalError->hide();
    m_regionCompleter = new RegionCompleter(m_session.db, m_ui->regionEdit);

    const std::pair<QLineEdit *, QString> edits[] = {
        {m_ui->customerNoEdit, CustomerNoField}, {m_ui->nameEdit, NameField},       {m_ui->phoneEdit, PhoneField},
        {m_ui->idNumberEdit, IdNumberField},     {m_ui->addressEdit, AddressField}, {m_ui->regionEdit, RegionField}};
    for (const auto &[edit, field] : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, f = field] { touch(f); });
        connect(edit, &QLineEdit::textChanged, this, &CustomerDialog::revalidate);
    }
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] { touch(LanguageField); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
}

CustomerDraft CustomerDialog::draft() const
{
    CustomerDraft d;
    d.customerNo = m_ui->customerNoEdit->text();
    d.name = m_ui->nameEdit->text();
    d.phone = m_ui->phoneEdit->text();
    d.idNumber = m_ui->idNumberEdit->text();
    d.address = m_ui->addressEdit->text();
    d.regionPath = RegionService::parsePath(m_ui->regionEdit->text());
    d.category = CustomerCategory(m_ui->categoryCombo->currentData().toInt());
    d.assistElderly = m_ui->elderlyCheck->isChecked();
    d.assistLargePrint = m_ui->largePrintCheck->isChecked();
    d.assistHearing = m_ui->hearingCheck->isChecked();
    d.preferredLanguage = m_ui->languageCombo->currentData().toString();
    return d;
}

void CustomerDialog::setDraft(const CustomerDraft &d)
{
    m_ui->customerNoEdit->setText(d.customerNo);
    m_ui->nameEdit->setText(d.name);
    m_ui->phoneEdit->setText(d.phone);
    m_ui->idNumberEdit->setText(d.idNumber);
    m_ui->addressEdit->setText(d.address);
    m_ui->regionEdit->setText(RegionService::formatPath(d.regionPath));
    m_ui->categoryCombo->setCurrentIndex(qMax(0, m_ui->categoryCombo->findData(int(d.category))));
    m_ui->elderlyCheck->setChecked(d.assistElderly);
    m_ui->largePrintCheck->setChecked(d.assistLargePrint);
    m_ui->hearingCheck->setChecked(d.assistHearing);
    const int language = m_ui->languageCombo->findData(d.preferredLanguage);
    if (language < 0) {
        // Keep an unknown stored code visible, so that validation can name it.
        m_ui->languageCombo->addItem(d.preferredLanguage, d.preferredLanguage);
        m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->count() - 1);
    } else {
        m_ui->languageCombo->setCurrentIndex(language);
    }
    revalidate();
}

QLabel *CustomerDialog::errorLabel(const QString &field) const
{
    if (field == CustomerNoField)
        return m_ui->customerNoError;
    if (field == NameField)
        return m_ui->nameError;
    if (field == PhoneField)
        return m_ui->phoneError;
    if (field == IdNumberField)
        return m_ui->idNumberError;
    if (field == AddressField)
        return m_ui->addressError;
    if (field == RegionField)
        return m_ui->regionError;
    if (field == LanguageField)
        return m_ui->languageError;
    return nullptr;
}

QWidget *CustomerDialog::input(const QString &field) const
{
    if (field == CustomerNoField)
        return m_ui->customerNoEdit;
    if (field == NameField)
        return m_ui->nameEdit;
    if (field == PhoneField)
        return m_ui->phoneEdit;
    if (field == IdNumberField)
        return m_ui->idNumberEdit;
    if (field == AddressField)
        return m_ui->addressEdit;
    if (field == RegionField)
        return m_ui->regionEdit;
    if (field == LanguageField)
        return m_ui->languageCombo;
    return nullptr;
}

void CustomerDialog::touch(const QString &field)
{
    m_touched.insert(field);
    m_saveErrors.remove(field);
    revalidate();
}

void CustomerDialog::revalidate()
{
    const QList<Error> errors = CustomerService(m_session.db, m_session.clock).validate(draft());
    QHash<QString, QString> shown;
    for (const Error &e : errors) {
        if ((m_showAll || m_touched.contains(e.field)) && !shown.contains(e.field))
            shown.insert(e.field, e.message);
    }
    for (auto it = m_saveErrors.constBegin(); it != m_saveErrors.constEnd(); ++it) {
        if (!shown.contains(it.key()))
            shown.insert(it.key(), it.value());
    }
    for (const QString &field : AllFields) {
        QLabel *label = errorLabel(field);
        const QString message = shown.value(field);
        label->setText(message);
        label->setVisible(!message.isEmpty());
        if (QWidget *w = input(field)) {
            w->setProperty("invalid", !message.isEmpty());
            w->setStyleSheet(message.isEmpty() ? QString()
                                               : QStringLiteral("QLineEdit, QComboBox { border: 1px solid #d92d20; "
                                                                "border-radius: 3px; padding: 3px 4px; "
                                                                "background: #fffbfa; }"));
        }
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

QStringList CustomerDialog::fieldsWithErrors() const
{
    QStringList fields;
    for (const QString &field : AllFields) {
        if (!errorLabel(field)->isHidden())
            fields << field;
    }
    return fields;
}

void CustomerDialog::save()
{
    m_showAll = true;
    m_saveErrors.clear();
    revalidate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled()) {
        if (const QStringList fields = fieldsWithErrors(); !fields.isEmpty())
            input(fields.first())->setFocus();
        return;
    }
    CustomerService customers(m_session.db, m_session.clock);
    std::optional<Error> failure;
    if (m_existing) {
        const Status s = customers.update(m_session.op, m_existing->id, draft(), m_existing->revision);
        if (s)
            m_savedId = m_existing->id;
        else
            failure = s.error();
    } else {
        const Result<qint64> id = customers.create(m_session.op, draft());
        if (id)
            m_savedId = id.value();
        else
            failure = id.error();
    }
    if (failure) {
        // Everything typed stays in place; the cashier reads why and decides.
        if (errorLabel(failure->field)) {
            m_saveErrors.insert(failure->field, failure->message);
            revalidate();
            input(failure->field)->setFocus();
            m_ui->generalError->hide();
        } else {
            m_ui->generalError->setText(failure->message);
            m_ui->generalError->show();
        }
        return;
    }
    accept();
}

} // namespace prepaydesk
