#pragma once

#include "ReceiptRenderer.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;

namespace prepaydesk {

class FixedColumnView;

// A fixed-column report (a shift's Z report) as the printer lays it out, with Print… and
// Save PDF…. The text is made for the chosen paper's width by the function given.
// Keyboard: Ctrl+P prints, Ctrl+S saves a PDF, Esc (or Enter) closes.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    using TextFor = std::function<QString(int columns)>;

    ReportDialog(const QString &title, TextFor text, QWidget *parent = nullptr);

    void setPaper(ReceiptRenderer::Paper paper);
    ReceiptRenderer::Paper paper() const;
    QString text() const;
    Status savePdf(const QString &path) const;
    static int columns(ReceiptRenderer::Paper paper);

public slots:
    void printReport();
    void savePdfAs();

private:
    void refresh();
    void showMessage(const QString &text, bool error);

    TextFor m_textFor;
    QComboBox *m_paper;
    FixedColumnView *m_view;
    QLabel *m_message;
};

} // namespace prepaydesk
