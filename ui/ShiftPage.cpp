#include "ShiftPage.h"

#include "FixedColumnView.h"
#include "PendingVendsDialog.h"
#include "ReportDialog.h"
#include "RowTableModel.h"
#include "SaleText.h"
#include "ShiftCloseDialog.h"
#include "TextRole.h"

#include "vending/VendingService.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

enum Column
{
    NumberColumn,
    CashierColumn,
    OpenedColumn,
    ClosedColumn,
    ExpectedColumn,
    CountedColumn,
    DifferenceColumn,
    ApprovedColumn
};

// The Z report beside the list, at ShiftService's own default width.
constexpr int ReportColumns = 42;

const char *const pageStyle = R"(
QFrame#openPanel, QFrame#currentPanel { background: #ffffff; border: 1px solid #d0d5dd; border-radius: 6px; }
QFrame#openPanel QLabel, QFrame#currentPanel QLabel { border: none; }
QFrame#pendingBox { background: #fef3f2; border: 1px solid #fecdca; border-radius: 4px; }
QFrame#pendingBox QLabel { color: #b42318; border: none; }
QPushButton#openShiftButton { background: #1d5bd6; color: #ffffff; font-weight: 600; padding: 6px 20px;
                              border-radius: 5px; border: 1px solid #1849a9; }
)";

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setProperty("textRole", QStringLiteral("fieldLabel"));
    return l;
}

} // namespace

ShiftPage::ShiftPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_carriers(std::make_shared<CarrierRegistry>())
    , m_model(new RowTableModel({tr("Shift"), tr("Cashier"), tr("Opened"), tr("Closed"), tr("Expected"), tr("Counted"),
                                 tr("Difference"), tr("Approved by")},
                                this))
{
    setObjectName(QStringLiteral("shiftPage"));
    setStyleSheet(QString::fromLatin1(pageStyle));
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(16, 14, 16, 10);
    page->setSpacing(10);
    auto *title = new QLabel(tr("Shift"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setProperty("textRole", QStringLiteral("title"));
    page->addWidget(title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    // A role from the start: the padding of the roles is applied when the label is first polished.
    m_message->setProperty("textRole", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->hide();
    page->addWidget(m_message);

    // No shift: open one.
    m_openPanel = new QFrame(this);
    m_openPanel->setObjectName(QStringLiteral("openPanel"));
    auto *open = new QVBoxLayout(m_openPanel);
    open->setContentsMargins(18, 14, 18, 14);
    auto *openText = new QLabel(tr("No shift is open. Count the cash float into the drawer, type it and press Enter "
                                   "to open your shift."),
                                m_openPanel);
    openText->setObjectName(QStringLiteral("noShiftLabel"));
    openText->setProperty("textRole", QStringLiteral("subtitle"));
    openText->setWordWrap(true);
    open->addWidget(openText);
    auto *openRow = new QHBoxLayout;
    auto *floatLabel = new QLabel(tr("Cash &float"), m_openPanel);
    floatLabel->setFont(SaleText::largeFont(font(), 12, false));
    m_float = new QLineEdit(m_openPanel);
    m_float->setObjectName(QStringLiteral("floatEdit"));
    m_float->setFont(SaleText::largeFont(font(), 18));
    m_float->setMaxLength(12);
    m_float->setMaximumWidth(220);
    m_float->setPlaceholderText(QStringLiteral("0.00"));
    m_float->setToolTip(tr("The cash put in the drawer to give change; Enter opens the shift"));
    floatLabel->setBuddy(m_float);
    m_open = new QPushButton(tr("&Open shift"), m_openPanel);
    m_open->setObjectName(QStringLiteral("openShiftButton"));
    m_open->setToolTip(tr("Open the shift with this float (Enter)"));
    m_open->setAutoDefault(true);
    openRow->addWidget(floatLabel);
    openRow->addWidget(m_float);
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    open->addLayout(openRow);
    m_floatError = new QLabel(m_openPanel);
    m_floatError->setObjectName(QStringLiteral("floatError"));
    m_floatError->setProperty("textRole", QStringLiteral("fieldError"));
    m_floatError->hide();
    open->addWidget(m_floatError);
    page->addWidget(m_openPanel);

    // The open shift.
    m_currentPanel = new QFrame(this);
    m_currentPanel->setObjectName(QStringLiteral("currentPanel"));
    auto *current = new QVBoxLayout(m_currentPanel);
    current->setContentsMargins(18, 14, 18, 14);
    current->setSpacing(10);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(36);
    grid->setVerticalSpacing(2);
    m_shiftNo = new QLabel(m_currentPanel);
    m_shiftNo->setObjectName(QStringLiteral("shiftNumber"));
    m_openedAt = new QLabel(m_currentPanel);
    m_openedAt->setObjectName(QStringLiteral("shiftOpenedAt"));
    m_floatValue = new QLabel(m_currentPanel);
    m_floatValue->setObjectName(QStringLiteral("shiftFloat"));
    m_sales = new QLabel(m_currentPanel);
    m_sales->setObjectName(QStringLiteral("shiftSales"));
    m_expected = new QLabel(m_currentPanel);
    m_expected->setObjectName(QStringLiteral("shiftExpected"));
    const std::pair<QString, QLabel *> cells[] = {{tr("Shift"), m_shiftNo},
                                                  {tr("Opened"), m_openedAt},
                                                  {tr("Cash float"), m_floatValue},
                                                  {tr("Sales"), m_sales},
                                                  {tr("Cash expected in the drawer"), m_expected}};
    int column = 0;
    for (const auto &[text, value] : cells) {
        grid->addWidget(caption(text, m_currentPanel), 0, column);
        value->setFont(SaleText::largeFont(font(), value == m_expected ? 20 : 14, value == m_expected));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(value, 1, column);
        ++column;
    }
    grid->setColumnStretch(column, 1);
    current->addLayout(grid);
    m_pendingBox = new QFrame(m_currentPanel);
    m_pendingBox->setObjectName(QStringLiteral("pendingBox"));
    auto *pending = new QHBoxLayout(m_pendingBox);
    pending->setContentsMargins(10, 6, 8, 6);
    m_pendingText = new QLabel(m_pendingBox);
    m_pendingText->setObjectName(QStringLiteral("pendingWarning"));
    m_pendingText->setWordWrap(true);
    auto *resolve = new QPushButton(tr("&Resolve…"), m_pendingBox);
    resolve->setObjectName(QStringLiteral("resolvePendingButton"));
    resolve->setAutoDefault(true);
    pending->addWidget(m_pendingText, 1);
    pending->addWidget(resolve);
    current->addWidget(m_pendingBox);
    auto *actions = new QHBoxLayout;
    m_close = new QPushButton(tr("&Close shift…"), m_currentPanel);
    m_close->setObjectName(QStringLiteral("closeShiftButton"));
    m_close->setToolTip(tr("Count the drawer and close the shift (Ctrl+Shift+C)"));
    m_close->setAutoDefault(true);
    auto *soFar = new QPushButton(tr("Report so &far…"), m_currentPanel);
    soFar->setObjectName(QStringLiteral("currentReportButton"));
    soFar->setToolTip(tr("The shift's report as it stands, to print or save (Ctrl+Shift+Z)"));
    soFar->setAutoDefault(true);
    actions->addWidget(m_close);
    actions->addWidget(soFar);
    actions->addStretch(1);
    current->addLayout(actions);
    page->addWidget(m_currentPanel);

    // Past shifts and their Z reports.
    page->addWidget(caption(tr("Recent shifts"), this));
    auto *history = new QHBoxLayout;
    history->setSpacing(12);
    m_model->setRightAligned(NumberColumn);
    m_model->setRightAligned(ExpectedColumn);
    m_model->setRightAligned(CountedColumn);
    m_model->setRightAligned(DifferenceColumn);
    m_history = new QTableView(this);
    m_history->setObjectName(QStringLiteral("shiftHistory"));
    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    m_history->setShowGrid(false);
    m_history->setTabKeyNavigation(false);
    m_history->setWordWrap(false);
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 12);
    m_history->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setAccessibleName(tr("Recent shifts"));
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    history->addWidget(m_history, 3);
    auto *reportSide = new QVBoxLayout;
    m_report = new FixedColumnView(this);
    m_report->setObjectName(QStringLiteral("reportView"));
    m_report->setPointSize(9);
    m_report->setAccessibleName(tr("Z report of the selected shift"));
    reportSide->addWidget(m_report, 1);
    m_printReport = new QPushButton(tr("&Print or save report…"), this);
    m_printReport->setObjectName(QStringLiteral("printReportButton"));
    m_printReport->setToolTip(tr("Print the selected shift's Z report or save it as PDF"));
    m_printReport->setAutoDefault(true);
    reportSide->addWidget(m_printReport, 0, Qt::AlignRight);
    history->addLayout(reportSide, 2);
    page->addLayout(history, 1);

    connect(m_open, &QPushButton::clicked, this, &ShiftPage::openShift);
    connect(m_float, &QLineEdit::returnPressed, this, &ShiftPage::openShift);
    connect(m_float, &QLineEdit::textEdited, m_floatError, &QWidget::hide);
    connect(m_close, &QPushButton::clicked, this, &ShiftPage::closeShift);
    connect(soFar, &QPushButton::clicked, this, &ShiftPage::showCurrentReport);
    connect(resolve, &QPushButton::clicked, this, &ShiftPage::resolvePending);
    connect(m_printReport, &QPushButton::clicked, this, &ShiftPage::showSelectedReport);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ShiftPage::updateReportView);
    auto *closeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(closeKey, &QShortcut::activated, this, &ShiftPage::closeShift);
    auto *reportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this);
    connect(reportKey, &QShortcut::activated, this, &ShiftPage::showCurrentReport);
    refresh();
}

ShiftPage::~ShiftPage() = default;

void ShiftPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString ShiftPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ShiftPage::showMessage(const QString &text, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ShiftPage::refresh()
{
    ShiftService shifts(m_session.db, m_session.clock);
    const bool sells = Access::allows(m_session.op.role, Permission::Vend);
    m_shift.reset();
    if (sells) {
        auto current = shifts.current(m_session.op);
        if (!current)
            showMessage(current.error().message, true);
        else
            m_shift = current.value();
    }
    m_openPanel->setVisible(sells && !m_shift);
    m_currentPanel->setVisible(m_shift.has_value());
    if (m_shift) {
        m_shiftNo->setText(QString::number(m_shift->id));
        m_openedAt->setText(SaleText::when(m_shift->openedAt));
        m_floatValue->setText(SaleText::money(m_shift->floatAmount));
        auto expected = shifts.expectedCash(m_shift->id);
        m_expected->setText(expected ? SaleText::money(expected.value()) : expected.error().message);
        auto z = shifts.zReport(m_shift->id);
        if (z) {
            int vends = 0;
            Money amount;
            for (const auto &u : z->utilities) {
                vends += u.vends;
                amount += u.amount;
            }
            m_sales->setText(tr("%n sale(s), %1", nullptr, vends).arg(SaleText::money(amount)));
        } else {
            m_sales->setText(z.error().message);
        }
        auto pending = VendingService(m_session.db, m_session.clock, m_carriers).pending();
        int mine = 0;
        if (pending) {
            for (const Vend &v : pending.value())
                mine += v.shiftId == m_shift->id ? 1 : 0;
        }
        m_pendingText->setText(tr("%n sale(s) of this shift are unfinished: their delivery was not confirmed. Finish "
                                  "or void them before closing.",
                                  nullptr, mine));
        m_pendingBox->setVisible(mine > 0);
    }

    const qint64 keep = m_history->currentIndex().isValid() && m_history->currentIndex().row() < m_recent.size()
                            ? m_recent[m_history->currentIndex().row()].id
                            : 0;
    auto recent = shifts.recent(20);
    if (!recent) {
        showMessage(recent.error().message, true);
        return;
    }
    m_recent = recent.value();
    QList<QStringList> rows;
    for (const ShiftService::Shift &s : std::as_const(m_recent)) {
        const Money difference = s.countedCash - s.expectedCash;
        rows << QStringList{QString::number(s.id),
                            s.operatorName,
                            SaleText::when(s.openedAt),
                            s.open ? tr("open") : SaleText::when(s.closedAt),
                            s.open ? QString() : SaleText::money(s.expectedCash),
                            s.open ? QString() : SaleText::money(s.countedCash),
                            s.open || difference.isZero() ? QString() : SaleText::money(difference),
                            s.approvedBy};
    }
    m_model->setRows(rows);
    if (keep != 0)
        selectShift(keep);
    if (!m_history->currentIndex().isValid() && !m_recent.isEmpty())
        m_history->setCurrentIndex(m_model->index(0, 0));
    updateReportView();
}

void ShiftPage::focusDefault()
{
    if (m_openPanel->isVisible()) {
        m_float->setFocus(Qt::OtherFocusReason);
        m_float->selectAll();
    } else if (m_shift) {
        m_close->setFocus(Qt::OtherFocusReason);
    } else {
        m_history->setFocus(Qt::OtherFocusReason);
    }
}

void ShiftPage::selectShift(qint64 shiftId)
{
    for (qsizetype i = 0; i < m_recent.size(); ++i) {
        if (m_recent[i].id == shiftId) {
            m_history->setCurrentIndex(m_model->index(int(i), 0));
            return;
        }
    }
}

void ShiftPage::updateReportView()
{
    const int row = m_history->currentIndex().row();
    m_printReport->setEnabled(row >= 0 && row < m_recent.size());
    if (row < 0 || row >= m_recent.size()) {
        m_report->setText(QString(), ReportColumns);
        return;
    }
    auto z = ShiftService(m_session.db, m_session.clock).zReport(m_recent[row].id);
    m_report->setText(z ? z->text(QLocale(), ReportColumns) : z.error().message, ReportColumns);
}

QString ShiftPage::selectedReportText() const
{
    return m_report->text();
}

void ShiftPage::openShift()
{
    const auto amount =
        SaleText::parseMoney(m_float->text().trimmed().isEmpty() ? QStringLiteral("0") : m_float->text());
    if (!amount) {
        m_floatError->setText(amount.error().message);
        m_floatError->show();
        m_float->setFocus();
        return;
    }
    auto opened = ShiftService(m_session.db, m_session.clock).open(m_session.op, amount.value());
    if (!opened) {
        m_floatError->setText(opened.error().message);
        m_floatError->show();
        m_float->setFocus();
        return;
    }
    m_float->clear();
    m_floatError->hide();
    showMessage(tr("Shift %1 is open with a float of %2.").arg(opened->id).arg(SaleText::money(opened->floatAmount)),
                false);
    refresh();
    emit shiftChanged();
    emit statusMessage(tr("Shift %1 opened.").arg(opened->id));
    focusDefault();
}

void ShiftPage::closeShift()
{
    refresh();
    if (!m_shift || !isVisible())
        return;
    ShiftCloseDialog dialog(m_session, m_shift.value(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.closedShift()) {
        focusDefault();
        return;
    }
    const ShiftService::Shift closed = dialog.closedShift().value();
    showMessage(tr("Shift %1 is closed.").arg(closed.id), false);
    refresh();
    emit shiftChanged();
    emit statusMessage(tr("Shift %1 closed.").arg(closed.id));
    selectShift(closed.id);
    showReport(closed.id);
    focusDefault();
}

void ShiftPage::showReport(qint64 shiftId)
{
    ShiftService shifts(m_session.db, m_session.clock);
    auto first = shifts.zReport(shiftId);
    if (!first) {
        showMessage(first.error().message, true);
        return;
    }
    ReportDialog dialog(
        tr("Z report, shift %1").arg(shiftId), [z = first.value()](int columns) { return z.text(QLocale(), columns); },
        this);
    dialog.setObjectName(QStringLiteral("zReportDialog"));
    dialog.exec();
}

void ShiftPage::showCurrentReport()
{
    if (m_shift && isVisible())
        showReport(m_shift->id);
}

void ShiftPage::showSelectedReport()
{
    const int row = m_history->currentIndex().row();
    if (row >= 0 && row < m_recent.size())
        showReport(m_recent[row].id);
}

void ShiftPage::resolvePending()
{
    PendingVendsDialog dialog(m_session, m_carriers, this);
    dialog.setOutletName(m_outlet);
    connect(&dialog, &PendingVendsDialog::vendsChanged, this, &ShiftPage::vendsChanged);
    dialog.exec();
    refresh();
    focusDefault();
}

} // namespace prepaydesk
