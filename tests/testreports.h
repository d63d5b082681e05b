#pragma once

// A valid report for tests that need one to file: a printer paper jam with
// every required field set and a fresh client id. Tests change what they test.

#include "model/report.h"

Helpdesk::Report validTestReport(const QString &summary = QStringLiteral("Printer on floor 2 jams on every page"));

// What helpdesk-submit-worker files as report `index` of worker `tag`, with
// client ids "<prefix>-<index>": the worker and the tests that start it
// (tst_concurrentsubmit, tst_serveroutage) recognise every row by these.
QString workerReportSummary(const QString &tag, int index);
QString workerReportClientId(const QString &prefix, int index);

class QSqlDatabase;
// Files a report with the columns of schema version 1 only, the way a program
// of that version did, for tests that upgrade an old database. Returns its id,
// 0 on failure (with a warning).
qint64 insertVersion1Report(const QSqlDatabase &db, const QString &summary);

// Lets a test change an attachment's bytes or checksum behind the program's
// back (a disk error, a bad restore) to see that the program notices. On
// PostgreSQL the database refuses such a row from any statement (0010), so
// its check is switched off in this test database first. True on success.
bool allowDamagedAttachments(const QSqlDatabase &db);
