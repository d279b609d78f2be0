#include "ReceiptPreviewDialog.h"

#include "DisplayText.h"
#include "FixedColumnView.h"
#include "PrintRow.h"
#include "SaleText.h"

#include "records/CustomerService.h"
#include "util/Clock.h"

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

ReceiptPreviewDialog::ReceiptPreviewDialog(const Receipt &receipt, const QString &customerLanguage, QWidget *parent)
    : QDialog(parent)
    , m_receipt(receipt)
    , m_paper(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_customerHint(new QLabel(this))
    , m_preview(new FixedColumnView(this))
{
    setWindowTitle(receipt.isReprint()
                       ? tr("Receipt %1 (reprint %2)").arg(receipt.vend.id).arg(receipt.vend.receiptPrints)
                       : tr("Receipt %1").arg(receipt.vend.id));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    for (auto paper :
         {ReceiptRenderer::Paper::Thermal58, ReceiptRenderer::Paper::Thermal80, ReceiptRenderer::Paper::A4})
        m_paper->addItem(ReceiptRenderer::paperName(paper), int(paper));
    m_paper->setCurrentIndex(m_paper->findData(int(ReceiptRenderer::Paper::Thermal58)));
    form->addRow(tr("P&aper"), m_paper);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Languages are listed in their own names.
    m_language->addItem(DisplayText::language(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    m_language->addItem(DisplayText::language(QStringLiteral("en")), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(SaleText::currentLanguage()));
    form->addRow(tr("&Language"), m_language);
    layout->addLayout(form);

    m_customerHint->setObjectName(QStringLiteral("customerLanguageHint"));
    m_customerHint->setProperty("textRole", QStringLiteral("infoBanner"));
    m_customerHint->setWordWrap(true);
    const bool offer = !customerLanguage.isEmpty() && customerLanguage != SaleText::currentLanguage() &&
                       m_language->findData(customerLanguage) >= 0;
    if (offer) {
        const int index = m_language->findData(customerLanguage);
        m_language->setItemText(index, tr("%1 (the customer's language)").arg(DisplayText::language(customerLanguage)));
        m_customerHint->setText(tr("The customer prefers %1: choose it under Language to print the receipt in it.")
                                    .arg(DisplayText::language(customerLanguage)));
    }
    m_customerHint->setVisible(offer);
    layout->addWidget(m_customerHint);

    // The thermal layout on a paper-white strip, cell by cell as the printer prints it.
    m_preview->setObjectName(QStringLiteral("receiptText"));
    m_preview->setAccessibleName(tr("Receipt preview"));
    m_preview->setMinimumHeight(QFontMetrics(SaleText::fixedPitchFont(11)).lineSpacing() * 30);
    layout->addWidget(m_preview, 1);

    m_printRow = std::make_unique<PrintRow>(
        this, layout, tr("the receipt"),
        [this](QPrinter *printer) { return ReceiptRenderer::print(rows(), paper(), printer); },
        [this](const QString &path) { return savePdf(path); },
        [this] { return QStringLiteral("receipt-%1.pdf").arg(m_receipt.vend.id); });
    m_printRow->printButton()->setDefault(true);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReceiptPreviewDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReceiptPreviewDialog::refresh);
    refresh();
    m_printRow->printButton()->setFocus();
}

Status ReceiptPreviewDialog::showForVend(const Session &session, const Vend &vend, const QString &outletName,
                                         QWidget *parent)
{
    auto receipt = Receipt::forVend(session.db, vend, outletName, session.clock.now());
    if (!receipt)
        return receipt.error();
    // The customer's language is offered; a customer that cannot be read just is not asked.
    const auto customer = CustomerService(session.db, session.clock).get(vend.customerId);
    ReceiptPreviewDialog dialog(receipt.value(), customer ? customer->preferredLanguage : QString(), parent);
    dialog.exec();
    return {};
}

ReceiptRenderer::Paper ReceiptPreviewDialog::paper() const
{
    return ReceiptRenderer::Paper(m_paper->currentData().toInt());
}

QString ReceiptPreviewDialog::language() const
{
    return m_language->currentData().toString();
}

void ReceiptPreviewDialog::setPaper(ReceiptRenderer::Paper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

void ReceiptPreviewDialog::setLanguage(const QString &language)
{
    if (const int index = m_language->findData(language); index >= 0)
        m_language->setCurrentIndex(index);
}

QList<Receipt::Row> ReceiptPreviewDialog::rows() const
{
    LanguageScope scope(language());
    return m_receipt.rows(scope.locale());
}

QString ReceiptPreviewDialog::text() const
{
    return m_preview->text();
}

void ReceiptPreviewDialog::refresh()
{
    const int columns = ReceiptRenderer::columns(paper());
    m_preview->setText(Receipt::layout(rows(), columns), columns);
    if (m_printRow)
        m_printRow->hideMessage();
}

Status ReceiptPreviewDialog::savePdf(const QString &path) const
{
    return ReceiptRenderer::savePdf(rows(), paper(), path, windowTitle());
}

ReceiptPreviewDialog::~ReceiptPreviewDialog() = default;

} // namespace prepaydesk
