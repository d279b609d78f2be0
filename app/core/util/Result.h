#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace prepaydesk {

// What went wrong, in words a cashier can act on (already translated), plus a machine-readable
// code for tests and scripts and, for validation errors, the field it is about.
struct Error
{
    enum class Code
    {
        Invalid,   // input failed validation
        NotFound,  // the record does not exist
        Conflict,  // duplicate or stale data
        Forbidden, // the operator's role does not allow it
        Storage,   // the database refused or failed
        ReadOnly,  // the database file cannot be written
        Corrupt,   // the database file is damaged or not a database
        Locked,    // another console has the database open
        TooNew,    // the database was written by a newer PrepayDesk
        Io,        // a file could not be read or written
        Auth,      // wrong user name or password
    };

    Code code = Code::Invalid;
    QString message;
    QString field;

    static Error invalid(QString message, QString field = {})
    {
        return Error{Code::Invalid, std::move(message), std::move(field)};
    }
    static Error make(Code code, QString message) { return Error{code, std::move(message), {}}; }
};

// A value or an Error. Small on purpose: std::expected arrives with C++23.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, so that `for (auto &x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace prepaydesk
