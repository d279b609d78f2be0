#include "ShiftCloseDialog.h"

#include "ApprovalDialog.h"
#include "SaleText.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

// "¥100" for a note, "¥0.5" for five jiao: how the drawer's compartments are labelled.
QString denominationText(qint64 fen)
{
    if (fen % 100 == 0)
        return QStringLiteral("¥%1").arg(fen / 100);
    return QStringLiteral("¥0.%1").arg(fen / 10);
}

} // namespace

ShiftCloseDialog::ShiftCloseDialog(const Session &session, const ShiftService::Shift &shift, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_shift(shift)
    , m_counted(new QLabel(this))
    , m_expectedLabel(new QLabel(this))
    , m_difference(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Close shift %1").arg(shift.id));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    auto *heading = new QLabel(tr("Count the drawer"), this);
    heading->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(heading);
    auto *hint =
        new QLabel(tr("Type how many pieces of each note and coin are in the drawer; Enter moves down."), this);
    hint->setProperty("textRole", QStringLiteral("subtitle"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto expected = ShiftService(session.db, session.clock).expectedCash(shift.id);
    if (expected)
        m_expected = expected.value();

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    int row = 0;
    for (qint64 d : ShiftService::denominations()) {
        auto *label = new QLabel(denominationText(d), this);
        label->setFont(SaleText::largeFont(font(), 12));
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("pieces%1").arg(d));
        edit->setValidator(new QIntValidator(0, 100000, edit));
        edit->setAlignment(Qt::AlignRight);
        edit->setPlaceholderText(QStringLiteral("0"));
        edit->setMaximumWidth(110);
        edit->setAccessibleName(tr("Pieces of %1").arg(denominationText(d)));
        label->setBuddy(edit);
        auto *subtotal = new QLabel(this);
        subtotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        subtotal->setProperty("textRole", QStringLiteral("hint"));
        subtotal->setMinimumWidth(120);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(subtotal, row, 2);
        m_pieces.insert(d, edit);
        m_subtotals.insert(d, subtotal);
        m_order << edit;
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, &ShiftCloseDialog::recount);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    auto *totals = new QGridLayout;
    totals->setHorizontalSpacing(14);
    auto caption = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setProperty("textRole", QStringLiteral("fieldLabel"));
        return l;
    };
    m_counted->setObjectName(QStringLiteral("countedLabel"));
    m_counted->setFont(SaleText::largeFont(font(), 16));
    m_expectedLabel->setObjectName(QStringLiteral("expectedLabel"));
    m_expectedLabel->setFont(SaleText::largeFont(font(), 16, false));
    m_difference->setObjectName(QStringLiteral("differenceLabel"));
    m_difference->setFont(SaleText::largeFont(font(), 16));
    totals->addWidget(caption(tr("Counted")), 0, 0);
    totals->addWidget(caption(tr("Expected")), 0, 1);
    totals->addWidget(caption(tr("Difference")), 0, 2);
    totals->addWidget(m_counted, 1, 0);
    totals->addWidget(m_expectedLabel, 1, 1);
    totals->addWidget(m_difference, 1, 2);
    layout->addLayout(totals);
    if (!expected) {
        m_error->setText(expected.error().message);
        m_error->show();
    }

    m_noteLabel->setText(tr("&Note on the difference"));
    m_noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("why the cash differs (required when it does)"));
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setProperty("textRole", QStringLiteral("banner"));
    m_error->setWordWrap(true);
    m_error->setVisible(!expected);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(tr("&Close shift"), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(QStringLiteral("closeShiftButton"));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("Keep the shift open (Esc)"));
    m_close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftCloseDialog::closeShift);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QLineEdit::textEdited, m_error, &QWidget::hide);
    recount();
    m_order.first()->setFocus();
}

ShiftCloseDialog::~ShiftCloseDialog() = default;

QMap<qint64, int> ShiftCloseDialog::counts() const
{
    QMap<qint64, int> out;
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it)
        out.insert(it.key(), it.value()->text().toInt());
    return out;
}

Money ShiftCloseDialog::counted() const
{
    Money total;
    const QMap<qint64, int> c = counts();
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        total += Money::fromMinor(it.key() * it.value());
    return total;
}

QString ShiftCloseDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ShiftCloseDialog::recount()
{
    const QMap<qint64, int> c = counts();
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        m_subtotals.value(it.key())->setText(it.value() > 0 ? SaleText::money(Money::fromMinor(it.key() * it.value()))
                                                            : QString());
    const Money total = counted();
    const Money difference = total - m_expected;
    m_counted->setText(SaleText::money(total));
    m_expectedLabel->setText(SaleText::money(m_expected));
    if (difference.isZero()) {
        m_difference->setText(tr("none"));
        m_difference->setStyleSheet(QStringLiteral("color: #05603a;"));
    } else {
        m_difference->setText(difference.isNegative() ? tr("%1 short").arg(SaleText::money(-difference))
                                                      : tr("%1 over").arg(SaleText::money(difference)));
        m_difference->setStyleSheet(QStringLiteral("color: #b42318;"));
    }
    const bool differs = !difference.isZero();
    m_noteLabel->setEnabled(differs);
    m_note->setEnabled(differs);
    m_close->setText(differs ? tr("&Close with a supervisor's approval…") : tr("&Close shift"));
    m_close->setToolTip(differs ? tr("The cash differs: a supervisor must approve (Enter)")
                                : tr("Close the shift and show its Z report (Enter)"));
}

void ShiftCloseDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    adjustSize();
    if (focus)
        focus->setFocus();
}

bool ShiftCloseDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)) {
            const qsizetype i = m_order.indexOf(qobject_cast<QLineEdit *>(watched));
            if (i >= 0) {
                // Down the drawer, then to the note (when needed) or the button.
                if (i + 1 < m_order.size())
                    m_order[i + 1]->setFocus(Qt::TabFocusReason);
                else if (m_note->isEnabled())
                    m_note->setFocus(Qt::TabFocusReason);
                else
                    m_close->setFocus(Qt::TabFocusReason);
                if (auto *next = qobject_cast<QLineEdit *>(focusWidget()))
                    next->selectAll();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ShiftCloseDialog::closeShift()
{
    ShiftService shifts(m_session.db, m_session.clock);
    const QMap<qint64, int> c = counts();
    const Money difference = counted() - m_expected;
    if (difference.isZero()) {
        auto closed = shifts.close(m_session.op, c);
        if (!closed) {
            showError(closed.error().message);
            return;
        }
        m_closed = closed.value();
        accept();
        return;
    }
    if (m_note->text().trimmed().isEmpty()) {
        showError(tr("The counted cash differs from the expected: say why in the note."), m_note);
        return;
    }
    const QString what = difference.isNegative() ? tr("%1 short").arg(SaleText::money(-difference))
                                                 : tr("%1 over").arg(SaleText::money(difference));
    ApprovalDialog approval(
        m_session, tr("Approve the cash difference"),
        tr("Shift %1 of %2: the drawer holds %3 where %4 is expected (%5). A supervisor approves "
           "closing the shift with this difference.")
            .arg(m_shift.id)
            .arg(m_shift.operatorName, SaleText::money(counted()), SaleText::money(m_expected), what),
        this);
    approval.setObjectName(QStringLiteral("closeApproval"));
    approval.setReasonLabel({});
    const QString note = m_note->text().trimmed();
    approval.setAction([this, &shifts, c, note](const Operator &approver, const QString &, bool) {
        auto closed = shifts.close(m_session.op, c, approver, note);
        if (!closed)
            return Status(closed.error());
        m_closed = closed.value();
        return Status();
    });
    if (approval.exec() == QDialog::Accepted && m_closed)
        accept();
}

} // namespace prepaydesk
