#pragma once

#include "Session.h"

#include "records/Records.h"
#include "util/Result.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class CustomerDetailPanel;
}

namespace prepaydesk {

class RowTableModel;

// One customer at a glance: a header (name, customer no., phone, masked ID number, address,
// region, category, assistance needs) and tabs for accounts, meters, meter history and the
// change history. Everything shown comes from CustomerService and MeterService.
class CustomerDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDetailPanel(const Session &session, QWidget *parent = nullptr);
    ~CustomerDetailPanel() override;

    // Reads the customer and fills every tab; on failure the panel is cleared.
    Status showCustomer(qint64 customerId);
    // Reads the shown customer again (after an edit).
    Status reload();
    void clear();

    qint64 customerId() const { return m_customer ? m_customer->id : 0; }
    const std::optional<Customer> &customer() const { return m_customer; }
    const QList<Account> &accounts() const { return m_accounts; }

private:
    static void setUpTable(QTableView *view, RowTableModel *model, bool multiLine = false);
    static void fitColumns(QTableView *view);

    const std::unique_ptr<Ui::CustomerDetailPanel> m_ui;
    const Session m_session;
    RowTableModel *m_accountsModel;
    RowTableModel *m_metersModel;
    RowTableModel *m_eventsModel;
    RowTableModel *m_historyModel;
    std::optional<Customer> m_customer;
    QList<Account> m_accounts;
};

} // namespace prepaydesk
