#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QBoxLayout;
class QDialog;
class QLabel;
class QPrinter;
class QPushButton;

namespace prepaydesk {

// The bottom of a print preview (receipts, reports): a message line and Print… / Save PDF… /
// Close, with Ctrl+P and Ctrl+S. Printing and saving keep the dialog open, for a second copy;
// each says where the document went, or why it did not.
class PrintRow
{
    Q_DECLARE_TR_FUNCTIONS(PrintRow)
public:
    using Print = std::function<Status(QPrinter *printer)>;
    using Save = std::function<Status(const QString &path)>;

    // `what` names the document in tooltips and messages ("the receipt", "the report");
    // `suggestedPdf` is the file name the save dialog offers.
    PrintRow(QDialog *dialog, QBoxLayout *layout, const QString &what, Print print, Save save,
             std::function<QString()> suggestedPdf);

    QPushButton *printButton() const { return m_print; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *message() const { return m_message; }
    void showMessage(const QString &text, bool error);
    void hideMessage();

    void print();
    void saveAs();

private:
    QDialog *m_dialog;
    QString m_what;
    Print m_printFn;
    Save m_saveFn;
    std::function<QString()> m_suggested;
    QLabel *m_message;
    QPushButton *m_print;
    QPushButton *m_close;
};

} // namespace prepaydesk
