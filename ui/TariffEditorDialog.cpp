#include "TariffEditorDialog.h"

#include "QuoteView.h"
#include "SaleText.h"

#include "money/FixedPoint.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

enum BlockColumn
{
    FromColumn,
    ToColumn,
    PriceColumn
};

QString moneyText(Money m)
{
    return m.toString();
}

} // namespace

TariffEditorDialog::TariffEditorDialog(const Session &session, const TariffService::Tariff &tariff,
                                       const TariffVersion &base, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tariff(tariff)
{
    setWindowTitle(tr("New price version of %1").arg(tariff.name));
    resize(1120, 760);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 14);
    layout->setSpacing(10);
    auto *heading = new QLabel(tr("New price version of %1 (%2)").arg(tariff.name, tariff.code), this);
    heading->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("A new version takes effect on its date; sales already made keep their prices. "
                                "Prices include tax, in yuan per %1.")
                                 .arg(Domain::unit(tariff.utility)),
                             this);
    intro->setProperty("textRole", QStringLiteral("subtitle"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *body = new QHBoxLayout;
    body->setSpacing(18);
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(4);
    int row = 0;
    auto addError = [&](const QString &key) {
        auto *error = new QLabel(this);
        error->setObjectName(key + QStringLiteral("Error"));
        error->setProperty("textRole", QStringLiteral("fieldError"));
        error->setWordWrap(true);
        error->hide();
        form->addWidget(error, row++, 1, 1, 5);
        m_errorLabels.insert(key, error);
    };
    auto addLabel = [&](const QString &text, QWidget *buddy, int column = 0) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addWidget(label, row, column, Qt::AlignRight | Qt::AlignVCenter);
        return label;
    };

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(TariffService::localDay(session.clock.now()));
    addLabel(tr("&Effective from"), m_date);
    form->addWidget(m_date, row++, 1);
    addError(QStringLiteral("effective_from"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("meterKindCombo"));
    m_kind->addItem(tr("Unit meters (credit in %1)").arg(Domain::unit(tariff.utility)),
                    int(TariffVersion::MeterKind::Unit));
    m_kind->addItem(tr("Money meters (credit in yuan)"), int(TariffVersion::MeterKind::Money));
    addLabel(tr("&Meters"), m_kind);
    form->addWidget(m_kind, row, 1);
    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("basisCombo"));
    m_basis->addItem(tr("Units purchased in the cycle"), int(TariffVersion::Basis::Purchase));
    m_basis->addItem(tr("Units consumed in the cycle"), int(TariffVersion::Basis::Consumption));
    addLabel(tr("Blocks &counted by"), m_basis, 2);
    form->addWidget(m_basis, row++, 3, 1, 3);

    m_cycle = new QComboBox(this);
    m_cycle->setObjectName(QStringLiteral("cycleCombo"));
    m_cycle->addItem(tr("Monthly"), int(TariffVersion::Cycle::Monthly));
    m_cycle->addItem(tr("Annual"), int(TariffVersion::Cycle::Annual));
    addLabel(tr("C&ycle"), m_cycle);
    form->addWidget(m_cycle, row, 1);
    m_startMonth = new QSpinBox(this);
    m_startMonth->setObjectName(QStringLiteral("startMonthSpin"));
    m_startMonth->setRange(1, 12);
    m_startDay = new QSpinBox(this);
    m_startDay->setObjectName(QStringLiteral("startDaySpin"));
    m_startDay->setRange(1, 31);
    addLabel(tr("starts in month"), m_startMonth, 2);
    form->addWidget(m_startMonth, row, 3);
    addLabel(tr("on day"), m_startDay, 4);
    form->addWidget(m_startDay, row++, 5);
    addError(QStringLiteral("cycle"));
    left->addLayout(form);

    // Blocks.
    auto *blocksCaption = new QLabel(
        tr("Blocks (cumulative %1 in the cycle; the last block has no upper limit)").arg(Domain::unit(tariff.utility)),
        this);
    blocksCaption->setProperty("textRole", QStringLiteral("fieldLabel"));
    left->addWidget(blocksCaption);
    auto *blocksRow = new QHBoxLayout;
    m_blocks = new QTableWidget(0, 3, this);
    m_blocks->setObjectName(QStringLiteral("blocksTable"));
    m_blocks->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Price (yuan)")});
    m_blocks->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_blocks->verticalHeader()->setDefaultSectionSize(m_blocks->fontMetrics().height() + 10);
    m_blocks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_blocks->setAccessibleName(tr("Blocks"));
    m_blocks->setMinimumHeight(m_blocks->verticalHeader()->defaultSectionSize() * 4 + 30);
    blocksRow->addWidget(m_blocks, 1);
    auto *blockButtons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add block"), this);
    add->setObjectName(QStringLiteral("addBlockButton"));
    add->setToolTip(tr("Add a block above the open one (Ctrl+Ins)"));
    auto *remove = new QPushButton(tr("&Remove block"), this);
    remove->setObjectName(QStringLiteral("removeBlockButton"));
    remove->setToolTip(tr("Remove the selected block (Ctrl+Del)"));
    blockButtons->addWidget(add);
    blockButtons->addWidget(remove);
    blockButtons->addStretch(1);
    blocksRow->addLayout(blockButtons);
    left->addLayout(blocksRow);
    auto *blocksError = new QLabel(this);
    blocksError->setObjectName(QStringLiteral("blocksError"));
    blocksError->setProperty("textRole", QStringLiteral("fieldError"));
    blocksError->setWordWrap(true);
    blocksError->hide();
    m_errorLabels.insert(QStringLiteral("blocks"), blocksError);
    left->addWidget(blocksError);

    // Charges and limits.
    auto *limits = new QGridLayout;
    limits->setHorizontalSpacing(10);
    limits->setVerticalSpacing(4);
    form = limits;
    row = 0;
    m_fixed = lineEdit("fixedChargeEdit", QStringLiteral("0.00"));
    addLabel(tr("&Fixed charge a month"), m_fixed);
    form->addWidget(m_fixed, row, 1);
    m_tax = lineEdit("taxRateEdit", QStringLiteral("13"));
    addLabel(tr("&Tax rate %"), m_tax, 2);
    form->addWidget(m_tax, row, 3);
    m_free = lineEdit("freeUnitsEdit", QStringLiteral("0"));
    addLabel(tr("Free u&nits a cycle"), m_free, 4);
    form->addWidget(m_free, row++, 5);
    addError(QStringLiteral("fixed_charge_per_month"));
    addError(QStringLiteral("tax_rate_percent"));
    addError(QStringLiteral("free_units_per_cycle"));
    m_debtPercent = lineEdit("debtPercentEdit", QStringLiteral("0"));
    addLabel(tr("&Debt recovery %"), m_debtPercent);
    form->addWidget(m_debtPercent, row, 1);
    m_debtMin = lineEdit("debtMinEdit", QStringLiteral("0.00"));
    addLabel(tr("at least"), m_debtMin, 2);
    form->addWidget(m_debtMin, row, 3);
    m_debtMax = lineEdit("debtMaxEdit", tr("no limit"));
    addLabel(tr("at most"), m_debtMax, 4);
    form->addWidget(m_debtMax, row++, 5);
    addError(QStringLiteral("debt_recovery"));
    m_minVend = lineEdit("minVendEdit", tr("any"));
    addLabel(tr("Smallest p&urchase"), m_minVend);
    form->addWidget(m_minVend, row, 1);
    m_maxVend = lineEdit("maxVendEdit", tr("no limit"));
    addLabel(tr("Largest &purchase"), m_maxVend, 2);
    form->addWidget(m_maxVend, row, 3);
    m_maxCredit = lineEdit("maxCreditEdit", tr("none"));
    m_maxCreditLabel = addLabel(tr("Ma&x credit"), m_maxCredit, 4);
    form->addWidget(m_maxCredit, row++, 5);
    addError(QStringLiteral("vend"));
    addError(QStringLiteral("max_credit"));
    left->addLayout(limits);
    left->addStretch(1);
    body->addLayout(left, 3);

    // Preview.
    auto *right = new QVBoxLayout;
    right->setSpacing(6);
    auto *previewCaption = new QLabel(tr("Preview: a sample sale at these prices"), this);
    previewCaption->setProperty("textRole", QStringLiteral("fieldLabel"));
    right->addWidget(previewCaption);
    auto *sample = new QFormLayout;
    sample->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_sampleAmount = lineEdit("sampleAmountEdit", QStringLiteral("100"));
    m_sampleAmount->setText(QStringLiteral("100"));
    m_sampleCycleUnits = lineEdit("sampleCycleUnitsEdit", QStringLiteral("0"));
    m_sampleDebt = lineEdit("sampleDebtEdit", QStringLiteral("0.00"));
    auto *amountLabel = new QLabel(tr("&Sample amount"), this);
    amountLabel->setBuddy(m_sampleAmount);
    auto *unitsLabel = new QLabel(tr("%1 bou&ght this cycle before").arg(Domain::unit(tariff.utility)), this);
    unitsLabel->setBuddy(m_sampleCycleUnits);
    auto *debtLabel = new QLabel(tr("Debt o&wed"), this);
    debtLabel->setBuddy(m_sampleDebt);
    sample->addRow(amountLabel, m_sampleAmount);
    sample->addRow(unitsLabel, m_sampleCycleUnits);
    sample->addRow(debtLabel, m_sampleDebt);
    right->addLayout(sample);
    auto *sampleError = new QLabel(this);
    sampleError->setObjectName(QStringLiteral("sampleError"));
    sampleError->setProperty("textRole", QStringLiteral("fieldError"));
    sampleError->setWordWrap(true);
    sampleError->hide();
    m_errorLabels.insert(QStringLiteral("sample"), sampleError);
    right->addWidget(sampleError);
    m_preview = new QuoteView(this);
    right->addWidget(m_preview, 1);
    body->addLayout(right, 2);
    layout->addLayout(body, 1);

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setProperty("textRole", QStringLiteral("banner"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Sa&ve version"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Add this version to the tariff (Ctrl+Return)"));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("Close without saving (Esc)"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &TariffEditorDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &TariffEditorDialog::addBlock);
    connect(remove, &QPushButton::clicked, this, &TariffEditorDialog::removeBlock);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &TariffEditorDialog::save);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this), &QShortcut::activated, this,
            &TariffEditorDialog::save);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert), this), &QShortcut::activated, this,
            &TariffEditorDialog::addBlock);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), this), &QShortcut::activated, this,
            &TariffEditorDialog::removeBlock);

    load(base);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &TariffEditorDialog::revalidate);
    for (QComboBox *combo : {m_kind, m_basis, m_cycle})
        connect(combo, &QComboBox::currentIndexChanged, this, &TariffEditorDialog::revalidate);
    for (QSpinBox *spin : {m_startMonth, m_startDay})
        connect(spin, &QSpinBox::valueChanged, this, &TariffEditorDialog::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, &TariffEditorDialog::revalidate);
    connect(m_blocks, &QTableWidget::itemChanged, this, &TariffEditorDialog::revalidate);
    revalidate();
    m_date->setFocus();
}

TariffEditorDialog::~TariffEditorDialog() = default;

QLineEdit *TariffEditorDialog::lineEdit(const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(20);
    edit->setMinimumWidth(90);
    return edit;
}

void TariffEditorDialog::load(const TariffVersion &v)
{
    m_loading = true;
    m_timeOfUse = v.timeOfUse;
    m_date->setDate(std::max(v.effectiveFrom, m_date->minimumDate()));
    m_kind->setCurrentIndex(m_kind->findData(int(v.meterKind)));
    m_basis->setCurrentIndex(m_basis->findData(int(v.basis)));
    m_cycle->setCurrentIndex(m_cycle->findData(int(v.cycle)));
    m_startMonth->setValue(v.cycleStartMonth);
    m_startDay->setValue(v.cycleStartDay);
    m_blocks->setRowCount(0);
    for (qsizetype i = 0; i < v.blocks.size(); ++i) {
        const auto &b = v.blocks[i];
        setBlock(int(i), b.from.toString(), b.to ? b.to->toString() : QString(), SaleText::price(b.price));
    }
    m_fixed->setText(moneyText(v.fixedChargePerMonth));
    m_tax->setText(TariffVersion::percentText(v.taxBasisPoints));
    m_free->setText(v.freeUnitsPerCycle.toString());
    m_debtPercent->setText(TariffVersion::percentText(v.debtRecoveryBasisPoints));
    m_debtMin->setText(moneyText(v.debtRecoveryMin));
    m_debtMax->setText(v.debtRecoveryMax.isZero() ? QString() : moneyText(v.debtRecoveryMax));
    m_minVend->setText(v.minVend.isZero() ? QString() : moneyText(v.minVend));
    m_maxVend->setText(v.maxVend.isZero() ? QString() : moneyText(v.maxVend));
    if (v.maxCreditUnits)
        m_maxCredit->setText(v.maxCreditUnits->toString());
    else if (v.maxCreditMoney)
        m_maxCredit->setText(moneyText(*v.maxCreditMoney));
    else
        m_maxCredit->clear();
    m_loading = false;
}

void TariffEditorDialog::setBlock(int row, const QString &from, const QString &to, const QString &price)
{
    const QSignalBlocker block(m_blocks);
    if (m_blocks->rowCount() <= row)
        m_blocks->setRowCount(row + 1);
    const QString texts[] = {from, to, price};
    for (int c = 0; c < 3; ++c) {
        QTableWidgetItem *item = m_blocks->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_blocks->setItem(row, c, item);
        }
        item->setText(texts[c]);
    }
    if (!m_loading)
        revalidate();
}

void TariffEditorDialog::addBlock()
{
    const int rows = m_blocks->rowCount();
    if (rows >= TariffVersion::MaxBlocks)
        return;
    // The open block gets an end 100 units above its start; the new open block starts there.
    if (rows == 0) {
        setBlock(0, QStringLiteral("0"), QString(), QStringLiteral("0.5000"));
    } else {
        const QString start = m_blocks->item(rows - 1, FromColumn)->text();
        const QString price = m_blocks->item(rows - 1, PriceColumn)->text();
        const auto from = Quantity::parse(start);
        const QString end = ((from ? from.value() : Quantity()) + Quantity::fromWhole(100)).toString();
        // The new open block first, so that the one before it takes an end.
        setBlock(rows, end, QString(), price);
        setBlock(rows - 1, start, end, price);
    }
    m_blocks->setCurrentCell(rows, PriceColumn);
    m_blocks->setFocus();
    revalidate();
}

void TariffEditorDialog::removeBlock()
{
    const int row = m_blocks->currentRow();
    if (row < 0 || m_blocks->rowCount() <= 1)
        return;
    {
        const QSignalBlocker block(m_blocks);
        m_blocks->removeRow(row);
    }
    revalidate();
}

TariffVersion TariffEditorDialog::version(QList<Error> *problems) const
{
    QList<Error> found;
    TariffVersion v;
    v.effectiveFrom = m_date->date();
    v.meterKind = TariffVersion::MeterKind(m_kind->currentData().toInt());
    v.basis = TariffVersion::Basis(m_basis->currentData().toInt());
    v.cycle = TariffVersion::Cycle(m_cycle->currentData().toInt());
    v.cycleStartMonth = m_startMonth->value();
    v.cycleStartDay = m_startDay->value();
    v.timeOfUse = m_timeOfUse;
    auto money = [&found](const QLineEdit *edit, const QString &field, Money *out) {
        if (edit->text().trimmed().isEmpty())
            return;
        const auto m = SaleText::parseMoney(edit->text());
        if (m)
            *out = m.value();
        else
            found << Error::invalid(m.error().message, field);
    };
    auto percent = [&found](const QLineEdit *edit, const QString &field, int *out) {
        qint64 value = 0;
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        if (fixedpoint::parse(text, 2, 1'000'000, &value) != fixedpoint::ParseError::None)
            found << Error::invalid(tr("Write a percentage like 13 or 12.5."), field);
        else
            *out = int(value);
    };
    const int lastRow = m_blocks->rowCount() - 1;
    for (int r = 0; r <= lastRow; ++r) {
        TariffVersion::Block b;
        auto text = [this, r](int c) {
            const QTableWidgetItem *item = m_blocks->item(r, c);
            return item ? item->text().trimmed() : QString();
        };
        const QString blockField = QStringLiteral("blocks[%1].").arg(r);
        if (const auto from = Quantity::parse(text(FromColumn)); from)
            b.from = from.value();
        else
            found << Error::invalid(tr("Block %1 starts at: %2").arg(r + 1).arg(from.error().message),
                                    blockField + QStringLiteral("from"));
        if (r != lastRow && !text(ToColumn).isEmpty()) {
            if (const auto to = Quantity::parse(text(ToColumn)); to)
                b.to = to.value();
            else
                found << Error::invalid(tr("Block %1 ends at: %2").arg(r + 1).arg(to.error().message),
                                        blockField + QStringLiteral("to"));
        }
        qint64 price = 0;
        if (fixedpoint::parse(text(PriceColumn), 4, TariffVersion::MaxPrice * 10, &price) !=
            fixedpoint::ParseError::None)
            found << Error::invalid(tr("Write the price of block %1 in yuan a unit, like 0.4883.").arg(r + 1),
                                    blockField + QStringLiteral("price"));
        b.price = price;
        v.blocks << b;
    }
    money(m_fixed, QStringLiteral("fixed_charge_per_month"), &v.fixedChargePerMonth);
    percent(m_tax, QStringLiteral("tax_rate_percent"), &v.taxBasisPoints);
    if (!m_free->text().trimmed().isEmpty()) {
        if (const auto free = SaleText::parseUnits(m_free->text()); free)
            v.freeUnitsPerCycle = free.value();
        else
            found << Error::invalid(free.error().message, QStringLiteral("free_units_per_cycle"));
    }
    percent(m_debtPercent, QStringLiteral("debt_recovery.percent"), &v.debtRecoveryBasisPoints);
    money(m_debtMin, QStringLiteral("debt_recovery.min"), &v.debtRecoveryMin);
    money(m_debtMax, QStringLiteral("debt_recovery.max"), &v.debtRecoveryMax);
    money(m_minVend, QStringLiteral("min_vend"), &v.minVend);
    money(m_maxVend, QStringLiteral("max_vend"), &v.maxVend);
    if (!m_maxCredit->text().trimmed().isEmpty()) {
        if (v.meterKind == TariffVersion::MeterKind::Unit) {
            if (const auto q = SaleText::parseUnits(m_maxCredit->text()); q)
                v.maxCreditUnits = q.value();
            else
                found << Error::invalid(q.error().message, QStringLiteral("max_credit_units"));
        } else {
            Money m;
            money(m_maxCredit, QStringLiteral("max_credit_money"), &m);
            v.maxCreditMoney = m;
        }
    }
    if (problems)
        *problems << found;
    return v;
}

QLabel *TariffEditorDialog::errorLabelFor(const QString &field) const
{
    QString key = field;
    if (field.startsWith(QStringLiteral("blocks")))
        key = QStringLiteral("blocks");
    else if (field.startsWith(QStringLiteral("cycle")))
        key = QStringLiteral("cycle");
    else if (field.startsWith(QStringLiteral("debt_recovery")))
        key = QStringLiteral("debt_recovery");
    else if (field == QStringLiteral("min_vend") || field == QStringLiteral("max_vend"))
        key = QStringLiteral("vend");
    else if (field.startsWith(QStringLiteral("max_credit")))
        key = QStringLiteral("max_credit");
    return m_errorLabels.value(key);
}

QString TariffEditorDialog::errorText(const QString &field) const
{
    const QLabel *label = errorLabelFor(field);
    if (!label)
        return m_generalError->isVisibleTo(this) ? m_generalError->text() : QString();
    return label->isVisibleTo(this) ? label->text() : QString();
}

void TariffEditorDialog::revalidate()
{
    if (m_loading)
        return;
    const bool units = m_kind->currentData().toInt() == int(TariffVersion::MeterKind::Unit);
    m_maxCreditLabel->setText(units ? tr("Ma&x credit (%1)").arg(Domain::unit(m_tariff.utility))
                                    : tr("Ma&x credit (yuan)"));
    m_startMonth->setEnabled(m_cycle->currentData().toInt() == int(TariffVersion::Cycle::Annual));

    // The last block is open: its end is not typed; the others' ends are.
    {
        const QSignalBlocker block(m_blocks);
        const int lastRow = m_blocks->rowCount() - 1;
        for (int r = 0; r <= lastRow; ++r) {
            QTableWidgetItem *item = m_blocks->item(r, ToColumn);
            if (!item)
                continue;
            const bool open = r == lastRow;
            item->setFlags(open ? (item->flags() & ~Qt::ItemIsEditable) : (item->flags() | Qt::ItemIsEditable));
            if (open)
                item->setText(tr("no limit"));
            else if (item->text() == tr("no limit"))
                item->setText(QString());
            item->setToolTip(open ? tr("The last block is open: no upper limit.") : QString());
        }
    }
    QList<Error> problems;
    const TariffVersion v = version(&problems);
    // Structural problems only where the numbers could be read.
    if (problems.isEmpty())
        problems << v.validate();
    m_problems = problems;

    QHash<QLabel *, QStringList> messages;
    QStringList general;
    for (const Error &e : std::as_const(problems)) {
        if (QLabel *label = errorLabelFor(e.field))
            messages[label] << e.message;
        else
            general << e.message;
    }
    for (QLabel *label : std::as_const(m_errorLabels)) {
        if (label->objectName() == QStringLiteral("sampleError"))
            continue;
        label->setText(messages.value(label).join(u'\n'));
        label->setVisible(messages.contains(label));
    }
    m_generalError->setText(general.join(u'\n'));
    m_generalError->setVisible(!general.isEmpty());

    // The cells a problem names are marked.
    {
        const QSignalBlocker block(m_blocks);
        const int lastRow = m_blocks->rowCount() - 1;
        for (int r = 0; r <= lastRow; ++r) {
            for (int c = 0; c < 3; ++c) {
                QTableWidgetItem *item = m_blocks->item(r, c);
                if (!item)
                    continue;
                const QString cell =
                    QStringLiteral("blocks[%1].%2")
                        .arg(r)
                        .arg(c == FromColumn ? QStringLiteral("from")
                                             : (c == ToColumn ? QStringLiteral("to") : QStringLiteral("price")));
                bool bad = false;
                for (const Error &e : std::as_const(problems))
                    bad = bad || e.field == cell;
                if (bad)
                    item->setBackground(QColor(0xfe, 0xe4, 0xe2));
                else if (c == ToColumn && r == lastRow)
                    item->setBackground(QColor(0xf2, 0xf4, 0xf7));
                else
                    item->setBackground(QBrush());
            }
        }
    }
    m_save->setEnabled(problems.isEmpty());
    updatePreview(v, problems.isEmpty());
}

void TariffEditorDialog::updatePreview(const TariffVersion &v, bool valid)
{
    QLabel *sampleError = m_errorLabels.value(QStringLiteral("sample"));
    sampleError->hide();
    if (!valid) {
        m_preview->clear(tr("Correct the tariff to see a sample sale."));
        return;
    }
    QuoteInput input;
    QStringList problems;
    const auto amount = SaleText::parseMoney(m_sampleAmount->text());
    if (amount)
        input.amount = amount.value();
    else
        problems << amount.error().message;
    if (!m_sampleCycleUnits->text().trimmed().isEmpty()) {
        const auto units = SaleText::parseUnits(m_sampleCycleUnits->text());
        if (units)
            input.cycleUnitsBefore = units.value();
        else
            problems << units.error().message;
    }
    if (!m_sampleDebt->text().trimmed().isEmpty()) {
        const auto debt = SaleText::parseMoney(m_sampleDebt->text());
        if (debt)
            input.debtOutstanding = debt.value();
        else
            problems << debt.error().message;
    }
    // One month's fixed charge is due, as with a customer's first sale of the month.
    input.fixedChargeMonthsDue = v.fixedChargePerMonth.isZero() ? 0 : 1;
    if (!problems.isEmpty()) {
        sampleError->setText(problems.join(u'\n'));
        sampleError->show();
        m_preview->clear(QString());
        return;
    }
    const auto quote = TariffEngine::quote(v, input);
    if (!quote)
        m_preview->setError(quote.error().message);
    else
        m_preview->setQuote(quote.value(), m_tariff.utility, input.fixedChargeMonthsDue);
}

void TariffEditorDialog::save()
{
    revalidate();
    if (!m_problems.isEmpty()) {
        m_generalError->setText(tr("Correct the problems shown before saving."));
        m_generalError->show();
        return;
    }
    const TariffVersion v = version();
    auto saved = TariffService(m_session.db, m_session.clock).addVersion(m_session.op, m_tariff.id, v);
    if (!saved) {
        QLabel *label = errorLabelFor(saved.error().field);
        if (!label)
            label = m_generalError;
        label->setText(saved.error().message);
        label->show();
        return;
    }
    m_saved = saved.value();
    accept();
}

} // namespace prepaydesk
