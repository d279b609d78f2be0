#pragma once

#include "Session.h"

#include "vending/CreditCarrier.h"
#include "vending/ShiftService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace prepaydesk {

class FixedColumnView;
class RowTableModel;

// The cashier's shift: opened with a cash float (type it, Enter); while open, its number, when
// it opened, the float, the sales so far, the cash expected in the drawer
// (ShiftService::expectedCash) and a warning while sales are unfinished; Close shift… counts the
// drawer (ShiftCloseDialog) and shows the Z report. Below, the recent shifts and the Z report of
// the one selected, to print or save as PDF.
// Keyboard: Enter opens, Ctrl+Shift+C closes, Ctrl+Shift+Z shows the report so far.
class ShiftPage : public QWidget
{
    Q_OBJECT
public:
    explicit ShiftPage(const Session &session, QWidget *parent = nullptr);
    ~ShiftPage() override;

    void setCarriers(std::shared_ptr<CarrierRegistry> carriers) { m_carriers = std::move(carriers); }
    void setOutletName(const QString &name) { m_outlet = name; }
    const std::optional<ShiftService::Shift> &currentShift() const { return m_shift; }
    const QList<ShiftService::Shift> &recentShifts() const { return m_recent; }
    QString messageText() const;
    // The Z report of the shift selected in the list.
    QString selectedReportText() const;
    void selectShift(qint64 shiftId);

public slots:
    void refresh();
    void focusDefault();
    void openShift();
    void closeShift();
    void showCurrentReport();
    void showSelectedReport();
    void resolvePending();

signals:
    // A shift was opened or closed.
    void shiftChanged();
    void vendsChanged();
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text, bool error);
    void showReport(qint64 shiftId);
    void updateReportView();

    const Session m_session;
    std::shared_ptr<CarrierRegistry> m_carriers;
    QString m_outlet;
    std::optional<ShiftService::Shift> m_shift;
    QList<ShiftService::Shift> m_recent;

    QLabel *m_message;
    QFrame *m_openPanel;
    QLineEdit *m_float;
    QLabel *m_floatError;
    QPushButton *m_open;
    QFrame *m_currentPanel;
    QLabel *m_shiftNo;
    QLabel *m_openedAt;
    QLabel *m_floatValue;
    QLabel *m_sales;
    QLabel *m_expected;
    QFrame *m_pendingBox;
    QLabel *m_pendingText;
    QPushButton *m_close;
    RowTableModel *m_model;
    QTableView *m_history;
    FixedColumnView *m_report;
    QPushButton *m_printReport;
};

} // namespace prepaydesk
