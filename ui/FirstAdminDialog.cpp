#include "FirstAdminDialog.h"
#include "ui_FirstAdminDialog.h"

#include "records/OperatorService.h"

#include <QGuiApplication>
#include <QPushButton>

namespace prepaydesk {

FirstAdminDialog::FirstAdminDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstAdminDialog>())
    , m_db(db)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    m_ui->passwordEdit->setPlaceholderText(tr("at least %1 characters").arg(OperatorService::MinPasswordLength));
    setMinimumWidth(480);
    clearErrors();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdminDialog::create);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->userEdit->setFocus();
}

FirstAdminDialog::~FirstAdminDialog() = default;

void FirstAdminDialog::clearErrors()
{
    for (QLabel *label : {m_ui->userError, m_ui->nameError, m_ui->passwordError, m_ui->repeatError, m_ui->errorLabel}) {
        label->clear();
        label->hide();
    }
}

QLabel *FirstAdminDialog::errorLabelFor(const QString &field) const
{
    if (field == QStringLiteral("username"))
        return m_ui->userError;
    if (field == QStringLiteral("display_name"))
        return m_ui->nameError;
    if (field == QStringLiteral("password"))
        return m_ui->passwordError;
    return m_ui->errorLabel;
}

void FirstAdminDialog::create()
{
    clearErrors();
    if (m_ui->repeatEdit->text() != m_ui->passwordEdit->text()) {
        m_ui->repeatError->setText(tr("The two passwords are not the same."));
        m_ui->repeatError->show();
        m_ui->repeatEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Operator> op = OperatorService(m_db, m_clock)
                                    .add(Operator::system(), m_ui->userEdit->text(), m_ui->nameEdit->text(),
                                         Role::Admin, m_ui->passwordEdit->text());
    QGuiApplication::restoreOverrideCursor();
    if (!op) {
        QLabel *label = errorLabelFor(op.error().field);
        label->setText(op.error().message);
        label->show();
        return;
    }
    m_created = op.value();
    accept();
}

} // namespace prepaydesk
