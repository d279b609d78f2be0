#pragma once

#include "Session.h"

#include "tariff/TariffService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace prepaydesk {

class RowTableModel;

// Settings. For now the tariffs (TariffService::tariffs) and their price versions, the rules of
// the one selected in words; administrators (Permission::ManageTariffs) add a version in the
// TariffEditorDialog, other roles see them read-only (the core refuses their changes anyway).
// The outlet, printer, serial port and card reader settings come later.
// Keyboard: Tab between the lists, Ctrl+Shift+N adds a version to the selected tariff.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(const Session &session, QWidget *parent = nullptr);
    ~SettingsPage() override;

    const QList<TariffService::Tariff> &tariffs() const { return m_tariffs; }
    const QList<TariffService::Version> &versions() const { return m_versions; }
    void selectTariff(qint64 tariffId);
    QString versionText() const;
    bool canEdit() const;

    // In words: "0 – 100 kWh: 0.5000 a kWh", the cycle, the tax, the limits.
    static QString describe(const TariffVersion &version, Utility utility);

public slots:
    void refresh();
    void focusDefault();
    void addVersion();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void tariffChanged();
    void versionChanged();
    void showMessage(const QString &text, bool error);
    void refreshPlugins();

    const Session m_session;
    QList<TariffService::Tariff> m_tariffs;
    QList<TariffService::Version> m_versions;
    RowTableModel *m_tariffModel;
    RowTableModel *m_versionModel;
    RowTableModel *m_pluginModel;
    QTableView *m_tariffView;
    QTableView *m_versionView;
    QLabel *m_readOnly;
    QLabel *m_message;
    QLabel *m_detail;
    QPushButton *m_add;
};

} // namespace prepaydesk
