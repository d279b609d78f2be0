#pragma once

#include "Session.h"

#include "vending/CreditCarrier.h"
#include "vending/Vend.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace prepaydesk {

class RowTableModel;

// Sales whose delivery was never confirmed (the console stopped mid-sale, a meter did not
// answer): each is recorded with its credit and payment, and must be finished — the same credit
// delivered again and its receipt reprinted (VendingService::finish) — or voided with a reason,
// the money going back (VendingService::voidPending). Nothing is lost or sold twice. Shown at
// start-up when any remain; Later puts it off (the Top-up page keeps a banner meanwhile).
// Keyboard: ↑/↓ choose, Enter finishes, Alt+R types the reason and Alt+V voids, Esc is Later.
class PendingVendsDialog : public QDialog
{
    Q_OBJECT
public:
    PendingVendsDialog(const Session &session, std::shared_ptr<CarrierRegistry> carriers, QWidget *parent = nullptr);
    ~PendingVendsDialog() override;

    void setOutletName(const QString &name) { m_outlet = name; }
    // Reads the pending sales again; false (with the error shown) when they cannot be read.
    bool reload();
    int remaining() const { return int(m_vends.size()); }
    const QList<Vend> &vends() const { return m_vends; }
    void selectVend(qint64 vendId);
    QString messageText() const;

public slots:
    void finishSelected();
    void voidSelected();

signals:
    // A pending sale was finished or voided.
    void vendsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Vend *selected() const;
    void showMessage(const QString &message, bool error);
    void updateButtons();

    const Session m_session;
    std::shared_ptr<CarrierRegistry> m_carriers;
    QString m_outlet;
    QList<Vend> m_vends;
    RowTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_reason;
    QLabel *m_message;
    QLabel *m_summary;
    QPushButton *m_finish;
    QPushButton *m_void;
    QPushButton *m_later;
};

} // namespace prepaydesk
