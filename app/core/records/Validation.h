#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace prepaydesk {

// Field rules shared by the services, the import and the dialogs' inline checks. Each check
// returns the error to show beside the field, or nothing when the value is fine.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxAddressLength = 200;
    static constexpr int MaxIdentifierLength = 32;

    // GB 11643-1999 citizen identity number: 18 characters, 6-digit area code, birth date
    // YYYYMMDD, 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).
    static std::optional<Error> checkIdNumber(const QString &idNumber, const QDate &today);
    // The check character for the first 17 digits ('?' when they are not 17 digits).
    static QChar idCheckCharacter(QStringView first17);
    // Upper-case X, no spaces.
    static QString normalizeIdNumber(const QString &idNumber);

    // Mobile numbers: 11 digits starting 1[3-9]; landlines: 0, area code, 7-8 digits.
    static std::optional<Error> checkPhone(const QString &phone);
    // Spaces and a +86/0086 country prefix removed.
    static QString normalizePhone(const QString &phone);

    // Trimmed, inner runs of spaces collapsed; control characters are refused by checkText.
    static QString normalizeText(const QString &text);
    static std::optional<Error> checkName(const QString &name);
    static std::optional<Error> checkAddress(const QString &address);
    // Meter serials, card, account and customer numbers: letters, digits and dashes.
    static std::optional<Error> checkIdentifier(const QString &value, const QString &field, const QString &what,
                                                bool required);
    static std::optional<Error> checkLanguage(const QString &language);

private:
    static std::optional<Error> checkText(const QString &text, const QString &field, const QString &what, int maxLength,
                                          bool required);
};

} // namespace prepaydesk
