#pragma once

#include "Session.h"

#include "vending/ShiftService.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace prepaydesk {

// Closing a shift: the drawer counted by denomination (ShiftService::denominations(): 100, 50,
// 20, 10, 5 and 1 yuan, 5 and 1 jiao), the counted total against the cash expected and the
// difference, live. When they agree the shift closes at once; when they differ a note is
// required and a supervisor approves (ApprovalDialog) before ShiftService::close.
// Keyboard: type the pieces, Enter or Tab moves down; Enter on the note (or the button) closes.
class ShiftCloseDialog : public QDialog
{
    Q_OBJECT
public:
    ShiftCloseDialog(const Session &session, const ShiftService::Shift &shift, QWidget *parent = nullptr);
    ~ShiftCloseDialog() override;

    QLineEdit *piecesEdit(qint64 denomination) const { return m_pieces.value(denomination); }
    QMap<qint64, int> counts() const;
    Money counted() const;
    Money expected() const { return m_expected; }
    std::optional<ShiftService::Shift> closedShift() const { return m_closed; }
    QString errorText() const;

public slots:
    void closeShift();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recount();
    void showError(const QString &message, QWidget *focus = nullptr);

    const Session m_session;
    const ShiftService::Shift m_shift;
    Money m_expected;
    std::optional<ShiftService::Shift> m_closed;
    QMap<qint64, QLineEdit *> m_pieces;
    QMap<qint64, QLabel *> m_subtotals;
    QList<QLineEdit *> m_order;
    QLabel *m_counted;
    QLabel *m_expectedLabel;
    QLabel *m_difference;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_close;
};

} // namespace prepaydesk
