#include "ReportDialog.h"

#include "FixedColumnView.h"
#include "PrintRow.h"
#include "SaleText.h"
#include "TextRole.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace prepaydesk {

ReportDialog::ReportDialog(const QString &title, TextFor text, QWidget *parent)
    : QDialog(parent)
    , m_textFor(std::move(text))
    , m_paper(new QComboBox(this))
    , m_view(new FixedColumnView(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    for (auto paper :
         {ReceiptRenderer::Paper::A4, ReceiptRenderer::Paper::Thermal80, ReceiptRenderer::Paper::Thermal58})
        m_paper->addItem(ReceiptRenderer::paperName(paper), int(paper));
    form->addRow(tr("P&aper"), m_paper);
    layout->addLayout(form);

    m_view->setObjectName(QStringLiteral("reportText"));
    m_view->setAccessibleName(title);
    m_view->setPointSize(10);
    m_view->setMinimumHeight(QFontMetrics(SaleText::fixedPitchFont(10)).lineSpacing() * 30);
    layout->addWidget(m_view, 1);

    m_printRow = std::make_unique<PrintRow>(
        this, layout, tr("the report"),
        [this](QPrinter *printer) { return ReceiptRenderer::printText(this->text(), paper(), printer); },
        [this](const QString &path) { return savePdf(path); },
        [this] { return windowTitle().replace(u' ', u'-') + QStringLiteral(".pdf"); });
    m_printRow->closeButton()->setDefault(true);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportDialog::refresh);
    refresh();
    m_printRow->closeButton()->setFocus();
}

int ReportDialog::columns(ReceiptRenderer::Paper paper)
{
    // A4 holds a wider report than the rolls.
    return paper == ReceiptRenderer::Paper::A4 ? 60 : ReceiptRenderer::columns(paper);
}

void ReportDialog::setPaper(ReceiptRenderer::Paper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

ReceiptRenderer::Paper ReportDialog::paper() const
{
    return ReceiptRenderer::Paper(m_paper->currentData().toInt());
}

QString ReportDialog::text() const
{
    return m_view->text();
}

void ReportDialog::refresh()
{
    const int width = columns(paper());
    m_view->setText(m_textFor(width), width);
    if (m_printRow)
        m_printRow->hideMessage();
}

Status ReportDialog::savePdf(const QString &path) const
{
    return ReceiptRenderer::saveTextPdf(text(), paper(), path, windowTitle());
}

ReportDialog::~ReportDialog() = default;

} // namespace prepaydesk
