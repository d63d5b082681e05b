#include "store/reportstore.h"

// ReportStore for the reporter after filing: answering the helpdesk, and
// saying whether a resolved report is fixed (schema 15).

#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/sqldialect.h"
#include "store/writetransaction.h"
#include "triage/triage.h"

namespace Helpdesk {

namespace {

// The status a reporter's row of `kind` gives a report that is `status` now;
// empty when it stays as it is.
QString statusAfter(const QString &kind, const QString &status)
{
    if (kind == QLatin1String(ReportEvent::Fixed))
        return QStringLiteral("closed");
    if (kind == QLatin1String(ReportEvent::NotFixed))
        return QStringLiteral("in_progress");
    return status == QLatin1String("waiting") ? QStringLiteral("in_progress") : QString();
}

} // namespace

ReportStore::AnswerResult ReportStore::answer(qint64 reportId, const QString &login, const QString &text)
{
    return writeAnswer(reportId, login, ReportEvent::Answer, text);
}

ReportStore::AnswerResult ReportStore::confirmFixed(qint64 reportId, const QString &login, int rating,
                                                    const QString &comment)
{
    return writeAnswer(reportId, login, ReportEvent::Fixed, comment, rating);
}

ReportStore::AnswerResult ReportStore::reopen(qint64 reportId, const QString &login, const QString &reason)
{
    return writeAnswer(reportId, login, ReportEvent::NotFixed, reason);
}

ReportStore::AnswerResult ReportStore::writeAnswer(qint64 reportId, const QString &login, const char *kindId,
                                                   const QString &written, int rating)
{
    AnswerResult result;
    if (rating < 0 || rating > 5) {
        result.error = tr("A rating is 1 to 5 stars.");
        return result;
    }
    // The rating, as the history row keeps it: "1" to "5", or nothing.
    const QString stars = rating > 0 ? QString::number(rating) : QStringLiteral("");
    const QString kind = QLatin1String(kindId);
    const QString text = FieldRules::cleanText(written, true).trimmed();
    const bool needsText = kind != QLatin1String(ReportEvent::Fixed);
    if (needsText && text.isEmpty()) {
        result.error = kind == QLatin1String(ReportEvent::Answer) ? tr("Write your answer first.")
                                                                  : tr("Write what is still wrong first.");
        return result;
    }
    if (FieldRules::characterCount(text) > AnswerMax) {
        result.error = tr("The text is too long: at most %1 characters.").arg(AnswerMax);
        return result;
    }
    const QList<SecretMatch> secrets = Triage::builtIn().findSecrets(text);
    if (!secrets.isEmpty()) {
        result.error = tr("The text contains what looks like %1. Remove it before sending: the helpdesk never "
                          "needs it.")
                           .arg(Triage::secretKindName(secrets.constFirst().kind));
        return result;
    }

    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    const auto failed = [&](const QString &what) {
        transaction.rollback();
        result.error = tr("%1 could not be changed: %2").arg(formatTicket(reportId), what);
        return result;
    };
    if (!transaction.begin())
        return failed(Database::explain(transaction.lastError(), db));
    QSqlQuery query(db);
    // With whether the server writes the rest itself (schema 15). Not
    // locked: a reporter may not lock reports (PostgreSQL), the server checks
    // again under its own lock, and the UPDATE below names the version.
    query.prepare(QStringLiteral("SELECT status, version, reporter_login, %1 FROM reports WHERE id = ?")
                      .arg(SqlDialect(db).serverWritesHistoryExpression()));
    query.addBindValue(reportId);
    // On PostgreSQL a reporter sees only their own reports: another's is "no such report".
    if (!query.exec())
        return failed(Database::explain(query.lastError(), db));
    if (!query.next() || query.value(2).toString().trimmed() != login.trimmed())
        return failed(tr("it is not one of your reports."));
    const QString status = query.value(0).toString();
    const int version = query.value(1).toInt();
    const bool serverWritesRest = query.value(3).toBool();
    query.finish();
    const bool resolvedOnly = kind != QLatin1String(ReportEvent::Answer);
    if (resolvedOnly && status != QLatin1String("resolved"))
        return failed(tr("it is %1, and only a resolved report can be fixed or not.").arg(Taxonomy::statusName(status)));
    if (!resolvedOnly && !Taxonomy::isOpenStatus(status))
        return failed(tr("it is %1: say whether it is fixed instead, or file a new report.")
                          .arg(Taxonomy::statusName(status)));
    const QString target = statusAfter(kind, status);

    if (serverWritesRest) {
        query.prepare(QStringLiteral("INSERT INTO report_events (report_id, kind, text, new_value) VALUES (?, ?, ?, ?)"));
        query.addBindValue(reportId);
        query.addBindValue(kind);
        query.addBindValue(text.isNull() ? QStringLiteral("") : text);
        query.addBindValue(stars);
        if (!query.exec())
            return failed(Database::explain(query.lastError(), db));
    } else {
        const QString now = StorageTime::text(QDateTime::currentDateTimeUtc());
        const QString closedOrReopened = target == QLatin1String("in_progress") ? QStringLiteral(", resolved_at = NULL")
                                                                               : QString();
        query.prepare(QStringLiteral("UPDATE reports SET version = version + 1, updated_at = ?, status = ?, "
                                     "answered_at = ?%1 WHERE id = ? AND version = ?")
                          .arg(closedOrReopened));
        query.addBindValue(now);
        query.addBindValue(target.isEmpty() ? status : target);
        // It waits for the helpdesk, unless it is closed.
        query.addBindValue(kind == QLatin1String(ReportEvent::Fixed) ? QVariant(QMetaType(QMetaType::QString))
                                                                     : QVariant(now));
        query.addBindValue(reportId);
        query.addBindValue(version);
        if (!query.exec())
            return failed(Database::explain(query.lastError(), db));
        if (query.numRowsAffected() != 1)
            return failed(tr("the helpdesk changed it at the same moment. Look at it again and try once more."));
        const auto writeEvent = [&](const QString &eventKind, const QString &oldValue, const QString &newValue,
                                    const QString &eventText) {
            query.prepare(QStringLiteral("INSERT INTO report_events (report_id, at, actor, kind, old_value, "
                                         "new_value, text, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : {QVariant(reportId), QVariant(now), QVariant(login.trimmed()),
                                          QVariant(eventKind), QVariant(oldValue), QVariant(newValue),
                                          QVariant(eventText.isNull() ? QStringLiteral("") : eventText),
                                          QVariant(version + 1)})
                query.addBindValue(value);
            return query.exec();
        };
        if (!writeEvent(kind, QStringLiteral(""), stars, text)
            || (!target.isEmpty() && !writeEvent(QStringLiteral("status"), status, target, QString())))
            return failed(Database::explain(query.lastError(), db));
    }
    if (!transaction.commit())
        return failed(Database::explain(transaction.lastError(), db));
    result.ok = true;
    result.status = target.isEmpty() ? status : target;
    return result;
}

} // namespace Helpdesk
