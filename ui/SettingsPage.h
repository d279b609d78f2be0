#pragma once

#include "Session.h"

#include "tariff/TariffService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace prepaydesk {

class KeyVaultPanel;
class RowTableModel;

// Settings, in sections (tabs) with the driver plugins beneath them:
//   Tariffs: the tariffs (TariffService::tariffs) and their price versions, the rules of the one
//     selected in words; administrators (Permission::ManageTariffs) add a version in the
//     TariffEditorDialog, other roles see them read-only (the core refuses their changes anyway).
//   Key vault: the vault of vending keys (KeyVaultPanel).
// The outlet, printer, serial port and card reader settings come later.
// Keyboard: Tab between the lists, Ctrl+Shift+N adds a version to the selected tariff.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Section
    {
        Tariffs,
        KeyVault
    };

    explicit SettingsPage(const Session &session, QWidget *parent = nullptr);
    ~SettingsPage() override;

    void showSection(Section section);
    KeyVaultPanel *keyVaultPanel() const { return m_keyVault; }

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
    // The key vault was set up, unlocked or locked.
    void vaultChanged();

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
    QTabWidget *m_sections;
    KeyVaultPanel *m_keyVault;
};

} // namespace prepaydesk
