#pragma once

#include "Session.h"

#include "vending/CreditCarrier.h"
#include "vending/Vend.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace prepaydesk {

class RowTableModel;

// The recent sales of one account (VendingService::ofAccount), newest first, with Reprint (the
// same credit on a receipt marked REPRINT n) and, for a delivered sale, Reverse… — which needs a
// supervisor's approval (ApprovalDialog) and calls VendingService::reverse.
// Keyboard: Alt+R reprints the selected sale, Alt+V reverses it.
class AccountVendsPanel : public QWidget
{
    Q_OBJECT
public:
    AccountVendsPanel(const Session &session, QWidget *parent = nullptr);
    ~AccountVendsPanel() override;

    void setCarriers(std::shared_ptr<CarrierRegistry> carriers) { m_carriers = std::move(carriers); }
    void setOutletName(const QString &name) { m_outlet = name; }
    // Shows the account's sales (0: none).
    void setAccount(qint64 accountId);
    void refresh();
    const QList<Vend> &vends() const { return m_vends; }
    void selectVend(qint64 vendId);
    const Vend *selectedVend() const;
    QTableView *view() const { return m_view; }

public slots:
    void reprintSelected();
    void reverseSelected();

signals:
    // A result for the page's message line (error: a refusal).
    void message(const QString &text, bool error);
    // A sale was reversed (the account's debt may have changed).
    void vendsChanged();

private:
    void updateButtons();

    const Session m_session;
    std::shared_ptr<CarrierRegistry> m_carriers;
    QString m_outlet;
    qint64 m_accountId = 0;
    QList<Vend> m_vends;
    RowTableModel *m_model;
    QTableView *m_view;
    QLabel *m_caption;
    QPushButton *m_reprint;
    QPushButton *m_reverse;
};

} // namespace prepaydesk
