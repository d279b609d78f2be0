#include "OpenAccountDialog.h"
#include "ui_OpenAccountDialog.h"

#include <QPushButton>
#include <QStandardItemModel>

namespace prepaydesk {

OpenAccountDialog::OpenAccountDialog(const Session &session, const Customer &customer, const QList<Account> &existing,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpenAccountDialog>())
    , m_session(session)
    , m_customerId(customer.id)
{
    m_ui->setupUi(this);
    setMinimumWidth(480);
    m_ui->headingLabel->setText(tr("New account for %1 (%2)").arg(customer.name, customer.customerNo));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Open account"));
    m_ui->accountNoEdit->setPlaceholderText(tr("assigned when saved, or the number the company already uses"));
    clearErrors();
    m_ui->generalError->hide();

    auto tariffs = CustomerService(session.db, session.clock).tariffs();
    if (tariffs) {
        m_tariffs = tariffs.value();
    } else {
        m_ui->generalError->setText(tariffs.error().message);
        m_ui->generalError->show();
    }

    // One account per utility: the ones the customer already has are shown but cannot be chosen.
    int firstFree = -1;
    for (Utility u : Domain::all<Utility>()) {
        bool taken = false;
        for (const Account &a : existing)
            taken = taken || a.utility == u;
        m_ui->utilityCombo->addItem(taken ? tr("%1 (already open)").arg(Domain::name(u)) : Domain::name(u), int(u));
        if (taken) {
            if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->utilityCombo->model()))
                model->item(m_ui->utilityCombo->count() - 1)->setEnabled(false);
        } else if (firstFree < 0) {
            firstFree = m_ui->utilityCombo->count() - 1;
        }
    }
    if (firstFree < 0) {
        m_ui->generalError->setText(tr("This customer already has an account for every utility."));
        m_ui->generalError->show();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        m_ui->utilityCombo->setCurrentIndex(firstFree);
    }
    fillTariffs();
    connect(m_ui->utilityCombo, &QComboBox::currentIndexChanged, this, &OpenAccountDialog::fillTariffs);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OpenAccountDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->utilityCombo->setFocus();
}

OpenAccountDialog::~OpenAccountDialog() = default;

void OpenAccountDialog::fillTariffs()
{
    const Utility utility = Utility(m_ui->utilityCombo->currentData().toInt());
    m_ui->tariffCombo->clear();
    for (const CustomerService::TariffRef &t : std::as_const(m_tariffs)) {
        if (t.utility == utility)
            m_ui->tariffCombo->addItem(tr("%1 (%2)").arg(t.name, t.code), t.id);
    }
    // Without a tariff the account can still be opened; the tariff is set before the first sale.
    m_ui->tariffCombo->addItem(tr("No tariff yet"), QVariant());
    m_ui->tariffCombo->setCurrentIndex(0);
}

void OpenAccountDialog::clearErrors()
{
    for (QLabel *label : {m_ui->utilityError, m_ui->tariffError, m_ui->accountNoError}) {
        label->clear();
        label->hide();
    }
}

QLabel *OpenAccountDialog::errorLabel(const QString &field) const
{
    if (field == QStringLiteral("utility"))
        return m_ui->utilityError;
    if (field == QStringLiteral("tariff"))
        return m_ui->tariffError;
    if (field == QStringLiteral("account_no"))
        return m_ui->accountNoError;
    return nullptr;
}

void OpenAccountDialog::save()
{
    clearErrors();
    m_ui->generalError->hide();
    const QVariant tariff = m_ui->tariffCombo->currentData();
    const Result<Account> account =
        CustomerService(m_session.db, m_session.clock)
            .openAccount(m_session.op, m_customerId, Utility(m_ui->utilityCombo->currentData().toInt()),
                         tariff.isValid() ? std::optional<qint64>(tariff.toLongLong()) : std::nullopt,
                         m_ui->accountNoEdit->text());
    if (!account) {
        QLabel *label = errorLabel(account.error().field);
        if (!label)
            label = m_ui->generalError;
        label->setText(account.error().message);
        label->show();
        return;
    }
    m_opened = account.value();
    accept();
}

} // namespace prepaydesk
