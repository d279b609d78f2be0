#include "records/Validation.h"

#include <QRegularExpression>

namespace prepaydesk {

namespace {

// Province-level codes that begin an identity number's area code (GB/T 2260), plus 81/82/83
// for the residence permits of Hong Kong, Macao and Taiwan residents.
bool knownProvince(int code)
{
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                                44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int c : codes) {
        if (c == code)
            return true;
    }
    return false;
}

} // namespace

QChar Validation::idCheckCharacter(QStringView first17)
{
    // GB 11643-1999 section 4, ISO 7064:1983 MOD 11-2: weight of position i (1-based from the
    // left) is 2^(18-i) mod 11; the check character is "10X98765432"[sum mod 11].
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    if (first17.size() != 17)
        return u'?';
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!first17[i].isDigit() || first17[i].unicode() > u'9')
            return u'?';
        sum += (first17[i].unicode() - u'0') * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

QString Validation::normalizeIdNumber(const QString &idNumber)
{
    QString s = idNumber;
    s.remove(u' ');
    return s.toUpper();
}

std::optional<Error> Validation::checkIdNumber(const QString &idNumber, const QDate &today)
{
    const QString field = QStringLiteral("id_number");
    const QString id = normalizeIdNumber(idNumber);
    if (id.isEmpty())
        return std::nullopt; // optional
    static const QRegularExpression shape(QStringLiteral("^\\d{17}[\\dX]$"));
    if (id.size() != 18 || !shape.match(id).hasMatch()) {
        if (id.size() == 15)
            return Error::invalid(tr("15-digit identity numbers were replaced in 2013; enter the 18-character number."),
                                  field);
        return Error::invalid(tr("An identity number has 18 characters: 17 digits and a final digit or X."), field);
    }
    if (!knownProvince(id.left(2).toInt()))
        return Error::invalid(tr("The identity number's area code %1 is not a Chinese region.").arg(id.left(6)), field);
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1880 || birth > today)
        return Error::invalid(tr("The identity number's birth date %1 is not a real date.").arg(id.mid(6, 8)), field);
    const QChar expected = idCheckCharacter(QStringView(id).left(17));
    if (id[17] != expected)
        return Error::invalid(tr("The identity number's check character is wrong: for these 17 digits it is %1. "
                                 "Check the number for a typing mistake.")
                                  .arg(expected),
                              field);
    return std::nullopt;
}

QString Validation::normalizePhone(const QString &phone)
{
    QString s = phone;
    s.remove(u' ');
    if (s.startsWith(QLatin1String("+86")))
        s.remove(0, 3);
    else if (s.startsWith(QLatin1String("0086")))
        s.remove(0, 4);
    return s;
}

std::optional<Error> Validation::checkPhone(const QString &phone)
{
    const QString p = normalizePhone(phone);
    if (p.isEmpty())
        return std::nullopt; // optional: not every customer has a phone
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    if (mobile.match(p).hasMatch() || landline.match(p).hasMatch())
        return std::nullopt;
    if (p.startsWith(u'1'))
        return Error::invalid(tr("A mobile number has 11 digits and starts with 13 to 19."), QStringLiteral("phone"));
    return Error::invalid(tr("Enter a mobile number (11 digits) or a landline with its area code, like 010-12345678."),
                          QStringLiteral("phone"));
}

QString Validation::normalizeText(const QString &text)
{
    return text.simplified();
}

std::optional<Error> Validation::checkText(const QString &text, const QString &field, const QString &what,
                                           int maxLength, bool required)
{
    if (required && text.trimmed().isEmpty())
        return Error::invalid(tr("Enter the %1.").arg(what), field);
    if (text.size() > maxLength)
        return Error::invalid(
            tr("The %1 is too long: %2 characters, at most %3.").arg(what).arg(text.size()).arg(maxLength), field);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\t')
            return Error::invalid(tr("The %1 contains a control character.").arg(what), field);
    }
    return std::nullopt;
}

std::optional<Error> Validation::checkName(const QString &name)
{
    return checkText(name, QStringLiteral("name"), tr("customer's name"), MaxNameLength, true);
}

std::optional<Error> Validation::checkAddress(const QString &address)
{
    return checkText(address, QStringLiteral("address"), tr("address"), MaxAddressLength, false);
}

std::optional<Error> Validation::checkIdentifier(const QString &value, const QString &field, const QString &what,
                                                 bool required)
{
    if (value.isEmpty()) {
        if (required)
            return Error::invalid(tr("Enter the %1.").arg(what), field);
        return std::nullopt;
    }
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]*$"));
    if (value.size() > MaxIdentifierLength)
        return Error::invalid(tr("The %1 is too long: at most %2 characters.").arg(what).arg(MaxIdentifierLength),
                              field);
    if (!shape.match(value).hasMatch())
        return Error::invalid(tr("The %1 may contain only letters, digits and dashes.").arg(what), field);
    return std::nullopt;
}

std::optional<Error> Validation::checkLanguage(const QString &language)
{
    if (language == QLatin1String("zh_CN") || language == QLatin1String("en"))
        return std::nullopt;
    return Error::invalid(tr("The preferred language is zh_CN (Chinese) or en (English)."),
                          QStringLiteral("preferred_language"));
}

} // namespace prepaydesk
