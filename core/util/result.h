#pragma once
#include <optional>
#include <utility>

#include <QString>

namespace rrsis {

/**
 * The outcome of a core operation that can fail: a value, or a message for the user that
 * keeps the third-party text (GDAL, LibTorch, ...). Core never prints and goes on.
 */
template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}
  static Result failure(QString message) {
    Result r;
    r.error_ = std::move(message);
    return r;
  }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const QString& error() const { return error_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  Result() = default;
  std::optional<T> value_;
  QString error_;
};

/** A success-or-message for operations that return nothing. */
class Status {
 public:
  Status() = default;
  static Status failure(QString message) {
    Status s;
    s.failed_ = true;
    s.error_ = std::move(message);
    return s;
  }
  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const QString& error() const { return error_; }

 private:
  bool failed_ = false;
  QString error_;
};

}  // namespace rrsis
