// AdminTestFixture: what every tests/admin/tst_admin*.cpp shares — helpdesk-admin
// run in-process on a fresh database of the backend under test (testdatabase.h),
// a temporary folder for the files a test writes, and settings of the test only,
// never the real ~/.config or /etc/xdg. It holds no test of its own: QTest runs
// its initTestCase(), init() and cleanup() around the tests of the class that
// derives from it.

#pragma once

#include "admintool.h"
#include "devices/devicecatalog.h"
#include "model/report.h"
#include "model/taxonomy.h"
#include "runtime/application.h"
#include "runtime/config.h"
#include "runtime/databasechoice.h"
#include "runtime/selftest.h"
#include "store/agentaccounts.h"
#include "store/database.h"
#include "store/deviceinventory.h"
#include "store/migrator.h"
#include "store/reportstore.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlError>
#include <QTest>
#include <QTextStream>
#include <QSettings>
#include <QProcess>
#include <unistd.h>

#include <memory>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// What `init` must report: the newest schema this program knows.
QString latestSchemaVersion();

// A CSV reader just big enough for RFC 4180: quoted fields with commas,
// doubled quotes and line breaks. Written independently of the exporter so a
// quoting mistake in one is not mirrored in the other.
QList<QStringList> parseCsv(const QString &text, QString *error);

// The value printed after "Label:" on its own line of `show` output.
QString fieldValue(const QString &output, const QString &label);

// The header row `import-devices` reads and `export-devices` writes.
extern const QByteArray deviceHeader;

bool writeFile(const QString &path, const QByteArray &bytes);

class AdminTestFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    // The connection the tests read and file reports through (ReportStore).
    static const QString connection;

    Run admin(const QStringList &arguments, bool withDatabase = true);
    // As a script pipes it: `input` is what the tool reads as its standard input.
    Run adminWithInput(const QStringList &arguments, const QByteArray &input, bool withDatabase = true);
    qint64 reportCount();
    Helpdesk::Report fullReport(int n) const;
    qint64 submit(const Helpdesk::Report &report);
    // PostgreSQL: a new login, as IT makes one, given its role with the tool
    // itself (`command` is "add-reporter" or "add-agent"); empty on failure.
    // cleanup() drops it: logins outlive the test's database.
    QString newLogin(const QString &who, const QString &command);
    // The URL of the test's database as `login` (made by newLogin()).
    QString urlAs(const QString &login) const;

    std::unique_ptr<QTemporaryDir> m_dir;   // files the test writes (exports, SQLite-only cases)
    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
    QStringList m_logins; // newLogin()'s, dropped in cleanup()
};
