#pragma once

#include "Session.h"

#include "records/CustomerService.h"
#include "records/Records.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class OpenAccountDialog;
}

namespace prepaydesk {

// Opens an account for a customer: the utility (one account per utility) and its tariff from
// CustomerService::tariffs(), and optionally the account number the utility already uses.
class OpenAccountDialog : public QDialog
{
    Q_OBJECT
public:
    OpenAccountDialog(const Session &session, const Customer &customer, const QList<Account> &existing,
                      QWidget *parent = nullptr);
    ~OpenAccountDialog() override;

    std::optional<Account> opened() const { return m_opened; }

public slots:
    void save();

private:
    void fillTariffs();
    void clearErrors();
    QLabel *errorLabel(const QString &field) const;

    const std::unique_ptr<Ui::OpenAccountDialog> m_ui;
    const Session m_session;
    const qint64 m_customerId;
    QList<CustomerService::TariffRef> m_tariffs;
    std::optional<Account> m_opened;
};

} // namespace prepaydesk
