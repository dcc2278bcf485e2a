#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mygas {

// An error carried as a value across layers: a stable machine code, the
// text a person reads (Russian in the product), and the field it concerns.
struct Error
{
    QString code;
    QString message;
    QString field;
    int httpStatus = 0;    // 0 when the error never crossed HTTP
    int retryAfterSec = 0; // from a 429's Retry-After

    bool isNetwork() const { return code == QLatin1String("network_unreachable") || code == QLatin1String("timeout"); }
};

template <typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<T>(m_data); }
    T& value() { return std::get<T>(m_data); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that yields nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace mygas
