#pragma once

#include "security/KeyVault.h"
#include "util/Result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace prepaydesk {

// Adds a vending key to the key vault: its supply group code, key revision, key type, the key
// itself in hex (16 hex digits for DKGA02, 40 for DKGA04; MeterTokens::parseVendingKey
// reads it), an expiry date and a description. The key field is a password field: what is typed
// is never shown, never logged, and cleared after each attempt and when the dialog goes. The
// action (KeyVault::addKey) runs on Add; its error is shown here and the dialog stays open.
// Keyboard: Enter adds, Esc cancels.
class KeyDialog : public QDialog
{
    Q_OBJECT
public:
    struct Fields
    {
        int sgc = 0;
        int keyRevision = 1;
        int keyType = 2;
        QDate expiresOn; // invalid: no expiry
        QString description;
    };
    using Action = std::function<Status(const Fields &fields, const SecretBytes &key)>;

    KeyDialog(const QDate &today, QWidget *parent = nullptr);
    ~KeyDialog() override;

    void setAction(Action action) { m_action = std::move(action); }
    QString errorText() const;

    // For tests and scripted use: the same as typing into the fields.
    void setSgc(const QString &sgc);
    void setKeyRevision(int krn);
    void setKeyType(int keyType);
    void setAlgorithm(const QString &dkga); // "02" or "04"
    void setKeyText(const QString &hex);
    void setExpiry(const QDate &date); // invalid: no expiry
    void setDescription(const QString &text);

public slots:
    void add();

protected:
    void done(int result) override;

private:
    void showError(const QString &message, QWidget *focus);
    void algorithmChanged();

    Action m_action;
    QLineEdit *m_sgc;
    QSpinBox *m_krn;
    QComboBox *m_keyType;
    QComboBox *m_algorithm;
    QLineEdit *m_key;
    QLabel *m_keyHint;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QLineEdit *m_description;
    QLabel *m_error;
};

} // namespace prepaydesk
