#pragma once

#include "ReceiptRenderer.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;

namespace prepaydesk {

class FixedColumnView;
class PrintRow;

// A fixed-column report (a shift's Z report) as the printer lays it out, with Print… and
// Save PDF…. The text is made for the chosen paper's width by the function given.
// Keyboard: Ctrl+P prints, Ctrl+S saves a PDF, Esc (or Enter) closes.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    using TextFor = std::function<QString(int columns)>;

    ReportDialog(const QString &title, TextFor text, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setPaper(ReceiptRenderer::Paper paper);
    ReceiptRenderer::Paper paper() const;
    QString text() const;
    Status savePdf(const QString &path) const;
    static int columns(ReceiptRenderer::Paper paper);

private:
    void refresh();

    TextFor m_textFor;
    QComboBox *m_paper;
    FixedColumnView *m_view;
    std::unique_ptr<PrintRow> m_printRow;
};

} // namespace prepaydesk
