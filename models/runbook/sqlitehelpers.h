#pragma once

// Small RAII helpers over the SQLite C API for the search index. Internal to sre_runbook.
#include <QFile>
#include <QString>
#include <sqlite3.h>

namespace sre::rb::sql {

inline QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_error = sqliteError(db);
    }
    // A statement kept prepared elsewhere (SearchIndex's cache per connection): reset and its
    // bindings cleared here instead of finalized.
    Statement(sqlite3 *db, sqlite3_stmt *borrowed, const QString &error)
        : m_db(db)
        , m_stmt(borrowed)
        , m_error(error)
        , m_borrowed(true)
    { }
    ~Statement()
    {
        if (!m_borrowed) {
            sqlite3_finalize(m_stmt);
        } else if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *handle() const { return m_stmt; }
    QString error() const { return m_error.isEmpty() ? sqliteError(m_db) : m_error; }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    // The bytes must outlive step().
    void bind(int i, const QByteArray &v) { sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_STATIC); }
    void bindCopy(int i, const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    bool m_borrowed = false;
};

inline bool exec(sqlite3 *db, const char *sql, QString *error = nullptr)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

inline sqlite3 *connect(const QString &file, bool create, QString *error)
{
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, flags, nullptr) != SQLITE_OK) {
        *error = db ? sqliteError(db) : QStringLiteral("out of memory");
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 10000);
    // The index is a cache, rebuilt from the runbooks whenever it is lost: no fsync (a crash of the
    // OS may cost a rebuild, never a runbook), which keeps a 40 MB build from waiting on the disk.
    exec(db, "PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768; PRAGMA mmap_size=268435456");
    return db;
}

} // namespace sre::rb::sql
