#include "store/database.h"

// What a database error means: a server that could not be reached, a lost
// connection, a password that is missing or refused; and the words that tell
// the person what to fix. Members of Database (database.h).

#include "store/sqldialect.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>

namespace Helpdesk {

Database::PasswordProblem Database::passwordProblem(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive))
        return PasswordProblem::Needed;
    if (error.nativeErrorCode() == QLatin1String("28P01")
        || text.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive))
        return PasswordProblem::Refused;
    return PasswordProblem::None;
}

bool Database::serverUnreachable(const QSqlError &error)
{
    // 08xxx connection exceptions, 57P01..57P03 server shutting down / starting.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    const QString text = error.text();
    for (const char *needle : {"Connection refused", "could not connect", "timeout expired",
                               "could not translate host name", "No route to host", "Network is unreachable",
                               "server closed the connection", "no connection to the server",
                               "terminating connection", "the database system is starting up",
                               "the database system is shutting down", "the database system is in recovery mode",
                               "Connection reset", "Connection timed out"}) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool Database::isConnectionLost(const QSqlError &error, const QSqlDatabase &db)
{
    if (!SqlDialect(db).isPostgres())
        return false;
    return error.type() == QSqlError::ConnectionError || serverUnreachable(error);
}

bool Database::isUnreachable(const QSqlError &error, const QSqlDatabase &db)
{
    if (SqlDialect(db).isSqlite()) {
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
        const int code = error.nativeErrorCode().toInt();
        return (code & 0xff) == 5 || (code & 0xff) == 6
            || error.text().contains(QLatin1String("database is locked"));
    }
    return isConnectionLost(error, db);
}

bool Database::isUnreachableAtOpen(const QSqlError &error, const QSqlDatabase &db)
{
    if (!SqlDialect(db).isPostgres())
        return isUnreachable(error, db);
    // QPSQL calls every failed open a connection error, a refused password
    // too: only the server's own words say it could not be reached or was
    // not ready.
    return serverUnreachable(error);
}

QString Database::explainSqlite(const QSqlError &error, const QSqlDatabase &db)
{
    // The driver's text says what SQLite said ("attempt to write a readonly
    // database") and what Qt tried ("Unable to fetch row"): keep the first.
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString file = QDir::toNativeSeparators(db.databaseName());
    // The primary result code is the low byte of an extended one.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("The database file %1 is busy: another program has been writing to it for more than 5 seconds. "
                  "Nothing was changed; try again in a moment.").arg(file);
    case 8: // SQLITE_READONLY
        return tr("The database file %1 is read-only for this user, so nothing was saved. Ask IT to make it "
                  "writable for you, or choose another database with --database.").arg(file);
    case 10: // SQLITE_IOERR
        return tr("The database file %1 could not be read or written (%2): the disk may be full or failing. "
                  "Nothing was saved; free some space or check the disk, then try again.").arg(file, reason);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("The file %1 is damaged or is not a helpdesk database (%2). Nothing was changed in it. Ask IT "
                  "to restore it from a backup, or choose another database with --database.").arg(file, reason);
    case 13: // SQLITE_FULL
        return tr("The disk that holds the database file %1 is full, so nothing was saved. Free some space, then "
                  "try again.").arg(file);
    case 14: // SQLITE_CANTOPEN
        return tr("The database file %1 cannot be opened (%2). Check that its folder exists and that you may "
                  "write there.").arg(file, reason);
    default:
        return error.text();
    }
}

QString Database::explain(const QSqlError &error, const QSqlDatabase &db)
{
    const SqlDialect dialect(db);
    if (dialect.isSqlite())
        return explainSqlite(error, db);
    if (!dialect.isPostgres())
        return error.text();
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString server = db.hostName() + (db.port() > 0 ? QLatin1Char(':') + QString::number(db.port()) : QString());
    auto has = [&text](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };

    if (code == QLatin1String("28P01") || has("password authentication failed"))
        return tr("The database server %1 refused the password for the login “%2”. Check the password in the "
                  "database URL, or ask IT to reset it.").arg(server, db.userName());
    if (has("no password supplied"))
        return tr("The database server %1 asks for a password for the login “%2”. The wizard asks for it once and "
                  "keeps it in the desktop's keyring; a script can use ~/.pgpass. Never put it in a settings file.")
            .arg(server, db.userName());
    if (has("no encryption") || has("SSL off") || has("server does not support SSL"))
        return has("server does not support SSL")
            ? tr("The database URL asks for an encrypted (TLS) connection, but the server %1 does not offer one. "
                 "Remove sslmode from the URL or ask IT to enable TLS on the server.").arg(server)
            : tr("The database server %1 accepts only encrypted (TLS) connections: add ?sslmode=require "
                 "(or verify-full) to the database URL.").arg(server);
    if (code == QLatin1String("3D000") || (has("database") && has("does not exist")))
        return tr("There is no database “%1” on the server %2. Ask IT to create it and run “helpdesk-admin init”.")
            .arg(db.databaseName(), server);
    if (code == QLatin1String("28000") || has("no pg_hba.conf entry"))
        return tr("The database server %1 does not let the login “%2” connect from this computer "
                  "(pg_hba.conf). Ask IT to allow it.").arg(server, db.userName());
    // 42501 is both a missing grant ("permission denied for table …") and a
    // row the reporters' policy refuses: only the text tells them apart.
    if (code == QLatin1String("42501") && has("row-level security"))
        return tr("Not saved: the database lets the login “%1” file and read only its own reports, and this was "
                  "in another person's name or for another person's report. File it under “%1”, or ask IT to "
                  "make the login a helpdesk agent (helpdesk-admin add-agent) to file for others.")
            .arg(db.userName());
    if (code == QLatin1String("42501"))
        return tr("Permission denied: the login “%1” may not do this. Ask IT to give it the helpdesk_reporter or "
                  "helpdesk_agent role (helpdesk-admin add-reporter / add-agent).").arg(db.userName());
    if (const QString broken = explainBrokenRule(code, text, db); !broken.isEmpty())
        return broken;
    if (code == QLatin1String("42P01"))
        return tr("The database “%1” has no helpdesk schema yet. Ask IT to run “helpdesk-admin init” on it.")
            .arg(db.databaseName());
    if (isConnectionLost(error, db))
        return tr("Cannot reach the database server %1: %2 Check that the server runs and that this computer "
                  "may reach it (network, firewall).").arg(server, text.trimmed());
    return error.text();
}

QString Database::explainBrokenRule(const QString &code, const QString &text, const QSqlDatabase &db)
{
    if (code == QLatin1String("HD429")) {
        static const QRegularExpression limit(QStringLiteral("its limit is (\\d+)"));
        return tr("Not saved: the database takes at most %1 new reports an hour from the login “%2”, and that many "
                  "came in the last hour. Try again later; if this login files for many people (a monitoring "
                  "system), ask IT to raise its limit (helpdesk-admin filing-limit).")
            .arg(limit.match(text).captured(1), db.userName());
    }
    if (code != QLatin1String("23514") && code != QLatin1String("23503"))
        return QString();
    static const QRegularExpression named(QStringLiteral("constraint \"([a-z0-9_]+)\""));
    const QString constraint = named.match(text).captured(1);
    static const QHash<QString, const char *> rules = {
        {QStringLiteral("reports_symptom_known"), QT_TR_NOOP("the category or symptom is not one the helpdesk knows")},
        {QStringLiteral("reports_summary_length"), QT_TR_NOOP("the summary must have 10 to 120 characters")},
        {QStringLiteral("reports_description_length"), QT_TR_NOOP("the description may have at most 4000 characters")},
        {QStringLiteral("reports_choices_known"),
         QT_TR_NOOP("who is affected, how urgent it is, the kind of device or the preferred contact is not one of "
                    "the choices")},
        {QStringLiteral("reports_started_known"), QT_TR_NOOP("when the problem started is missing or in the future")},
        {QStringLiteral("reports_name_given"), QT_TR_NOOP("the reporter's name is missing")},
        {QStringLiteral("reports_reachable"), QT_TR_NOOP("there is neither an email address nor a phone number")},
        {QStringLiteral("reports_email_form"), QT_TR_NOOP("the email address is not one")},
        {QStringLiteral("reports_short_texts"), QT_TR_NOOP("a field has more than 200 characters")},
        {QStringLiteral("reports_plain_text"), QT_TR_NOOP("a field contains control characters")},
        {QStringLiteral("attachments_at_most_five"), QT_TR_NOOP("at most 5 files can be attached")},
        {QStringLiteral("attachments_size_limit"), QT_TR_NOOP("a file is empty or larger than 10 MB")},
        {QStringLiteral("attachments_size_matches"), QT_TR_NOOP("a file's size does not match its bytes")},
        {QStringLiteral("attachments_sha256_matches"), QT_TR_NOOP("a file's checksum does not match its bytes")},
        {QStringLiteral("attachments_file_name_plain"),
         QT_TR_NOOP("a file name is empty, too long, or contains a folder or control characters")},
        {QStringLiteral("attachments_mime_type_given"), QT_TR_NOOP("a file has no type")},
        {QStringLiteral("reports_workflow"), QT_TR_NOOP("the workflow does not let the status change that way")},
        {QStringLiteral("reports_duplicate_original"),
         QT_TR_NOOP("the report it would be a duplicate of is not an open report")},
        {QStringLiteral("report_events_answer_open"),
         QT_TR_NOOP("only an open report can be answered; say whether a resolved one is fixed")},
        {QStringLiteral("report_events_resolved_only"), QT_TR_NOOP("only a resolved report can be fixed or not fixed")},
        {QStringLiteral("report_events_text_length"), QT_TR_NOOP("the text must have 1 to 4000 characters")},
        {QStringLiteral("report_events_rating"), QT_TR_NOOP("a rating is 1 to 5, given only with “it is fixed”")},
    };
    const auto rule = rules.constFind(constraint);
    // A rule of a later schema than this program knows: its English words.
    const QString why = rule != rules.cend() ? tr(rule.value()) : text.trimmed();
    return tr("Not saved: the database refused it because %1. The program checks this before it sends, so this "
              "program and the database disagree: tell IT.")
        .arg(why);
}

} // namespace Helpdesk
