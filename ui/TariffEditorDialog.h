#pragma once

#include "Session.h"

#include "tariff/TariffService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace prepaydesk {

class QuoteView;

// A new price version of a tariff (administrators): the effective date (today or later),
// meter kind, basis, cycle and its start, the blocks (from, to, price; the last one open),
// fixed charge, tax rate, free units, debt recovery, minimum and maximum purchase and maximum
// credit. Every change is checked at once with TariffVersion::validate(), each problem shown
// beside its field, and a sample sale is priced with TariffEngine::quote as the admin types.
// Save calls TariffService::addVersion.
// Keyboard: Tab moves through the fields and the blocks table, Ctrl+Ins adds a block,
// Ctrl+Del removes the selected one, Ctrl+Return saves, Esc cancels.
class TariffEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts from `base` (the version in force, or a default flat price when there is none).
    TariffEditorDialog(const Session &session, const TariffService::Tariff &tariff, const TariffVersion &base,
                       QWidget *parent = nullptr);
    ~TariffEditorDialog() override;

    // The version as typed; parse problems are added to `problems`.
    TariffVersion version(QList<Error> *problems = nullptr) const;
    // The problems shown now, by field ("blocks[1].from", "min_vend", ...).
    QList<Error> problems() const { return m_problems; }
    QString errorText(const QString &field) const;
    qint64 savedVersionId() const { return m_saved; }
    QuoteView *preview() const { return m_preview; }
    QTableWidget *blocksTable() const { return m_blocks; }

    void setBlock(int row, const QString &from, const QString &to, const QString &price);

public slots:
    void addBlock();
    void removeBlock();
    void save();

private:
    void load(const TariffVersion &version);
    void revalidate();
    void updatePreview(const TariffVersion &version, bool valid);
    QLabel *errorLabelFor(const QString &field) const;
    QLineEdit *lineEdit(const char *name, const QString &placeholder = {});

    const Session m_session;
    const TariffService::Tariff m_tariff;
    QList<TariffVersion::TimeOfUse> m_timeOfUse; // kept from the base version (not edited here)
    QList<Error> m_problems;
    qint64 m_saved = 0;
    bool m_loading = false;

    QDateEdit *m_date;
    QComboBox *m_kind;
    QComboBox *m_basis;
    QComboBox *m_cycle;
    QSpinBox *m_startMonth;
    QSpinBox *m_startDay;
    QTableWidget *m_blocks;
    QLineEdit *m_fixed;
    QLineEdit *m_tax;
    QLineEdit *m_free;
    QLineEdit *m_debtPercent;
    QLineEdit *m_debtMin;
    QLineEdit *m_debtMax;
    QLineEdit *m_minVend;
    QLineEdit *m_maxVend;
    QLineEdit *m_maxCredit;
    QLabel *m_maxCreditLabel;
    QLineEdit *m_sampleAmount;
    QLineEdit *m_sampleCycleUnits;
    QLineEdit *m_sampleDebt;
    QuoteView *m_preview;
    QLabel *m_generalError;
    QPushButton *m_save;
    QHash<QString, QLabel *> m_errorLabels; // by field prefix
};

} // namespace prepaydesk
