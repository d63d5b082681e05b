// Safe upgrades: for every schema version N ≥ 2, a database at version N-1
// with a row in every table that exists then (Cyrillic, emoji, binary bytes,
// booleans, times) is migrated to N, and every row and every field is still
// there, unchanged. A table or column this test has no value for fails the
// test, so a new migration cannot add one without being covered here. Runs on
// SQLite and on PostgreSQL.

#include "store/database.h"
#include "store/migrator.h"
#include "store/sqldialect.h"
#include "testdatabase.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <map>

using namespace Helpdesk;

namespace {

using Row = QList<std::pair<QString, QVariant>>;

// One row per table, in an order that satisfies the foreign keys; every
// column any version has had. Tables filled by their migration (the priority
// matrix and levels) get no row of ours, only their own.
const QList<std::pair<QString, Row>> &testRows()
{
    static const QString time = QStringLiteral("2026-11-25T09:41:07.250Z");
    static const QString later = QStringLiteral("2026-11-25T11:02:00.000Z");
    static const QList<std::pair<QString, Row>> rows = {
        {QStringLiteral("reports"),
         {{"id", 7}, {"client_id", "migration-client-7"}, {"created_at", time}, {"status", "in_progress"},
          {"priority", 2}, {"category", "printing"}, {"symptom", "paper_jam"},
          {"summary", QStringLiteral("Принтер жуёт бумагу 🖨️ on floor 2")},
          {"description", QStringLiteral("Строка 1\nLine 2 — RTL: שלום\tTab ✓")}, {"started_at", later},
          {"impact", "team"}, {"urgency", "blocked"}, {"device_kind", "printer"}, {"device_make", "Brother"},
          {"device_model", "HL-L2340D"}, {"device_custom", true}, {"asset_tag", "INV-00417"},
          {"asset_key", "INV00417"}, {"building", QStringLiteral("Главный офис")}, {"room", "214"},
          {"reporter_name", QStringLiteral("Ирина Петрова")}, {"reporter_login", "ipetrova"},
          {"reporter_email", "irina@example.com"}, {"reporter_phone", "+7 495 123-45-67"},
          {"reporter_department", QStringLiteral("Бухгалтерия")}, {"reporter_location", "Main office, 214"},
          {"preferred_contact", "phone"}, {"computer_name", "PC-ACC-07"}, {"operating_system", "Debian 12"},
          {"version", 3}, {"vague", true}, {"assignee", "akozlov"}, {"updated_at", later}, {"resolved_at", later},
          {"updated_by", "akozlov"}, {"filed_by", "ipetrova"}, {"answered_at", later}}},
        {QStringLiteral("devices"),
         {{"id", 5}, {"asset_tag", "INV-00417"}, {"asset_key", "INV00417"}, {"kind", "printer"},
          {"make", "Brother"}, {"model", "HL-L2340D"}, {"name", QStringLiteral("Принтер бухгалтерии")},
          {"location", "Main office, 214"}, {"notes", QStringLiteral("Лоток 2 🛠")}, {"updated_at", time}}},
        {QStringLiteral("priority_matrix"), {}},
        {QStringLiteral("priority_levels"), {}},
        {QStringLiteral("report_symptoms"), {}},
        {QStringLiteral("filing_limits"), {}},
        {QStringLiteral("notification_channel"), {}},
        {QStringLiteral("filing_lock_salt"), {}},
        {QStringLiteral("report_affected"),
         {{"report_id", 7}, {"login", "akozlov"}, {"name", QStringLiteral("Антон Козлов")},
          {"email", "anton@example.com"}, {"phone", "+7 495 765-43-21"}, {"created_at", later}}},
        {QStringLiteral("incidents"),
         {{"id", 3}, {"title", QStringLiteral("Почта не работает 📧")}, {"category", "email"},
          {"device_make", "HP"}, {"device_model", "LaserJet M404dn"}, {"asset_tag", "INV-1"},
          {"location", "Main office"}, {"message", "We are on it"}, {"created_at", time},
          {"created_by", "agent1"}, {"resolved_at", later}}},
        {QStringLiteral("incident_affected"),
         {{"incident_id", 3}, {"login", "ipetrova"}, {"name", QStringLiteral("Ирина Петрова")},
          {"email", "irina@example.com"}, {"phone", "+7 495 123-45-67"}, {"created_at", later}}},
        {QStringLiteral("attachments"),
         {{"id", 11}, {"report_id", 7}, {"position", 1}, {"file_name", QStringLiteral("экран.png")},
          {"mime_type", "image/png"}, {"size", 5},
          {"sha256", "361ea078b57fc64fc787df32322cf459df61f31669dbf25adea1133c7dbd7df0"},
          {"data", QByteArray("\x00\x01\xff\x80\n", 5)}}},
        {QStringLiteral("report_events"),
         {{"id", 21}, {"report_id", 7}, {"at", later}, {"actor", "akozlov"}, {"kind", "status"},
          {"old_value", "new"}, {"new_value", "in_progress"}, {"text", QStringLiteral("Взял в работу ✓")},
          {"version", 2}}},
        {QStringLiteral("agents"),
         {{"id", 2}, {"login", "akozlov"}, {"display_name", QStringLiteral("Антон Козлов")},
          {"password_hash", QByteArray("\x01\x02\xfe", 3)}, {"salt", QByteArray(16, 's')}, {"iterations", 120000},
          {"failed_attempts", 1}, {"locked_until", later}, {"created_at", time}}},
    };
    return rows;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void upgradeKeepsEveryRowAndField_data();
    void upgradeKeepsEveryRowAndField();

private:
    QStringList tables(QSqlDatabase db);
    // Columns that hold data (not generated from others).
    QStringList columns(QSqlDatabase db, const QString &table);
    // Every row, every column, in a stable order.
    QList<QVariantList> contents(QSqlDatabase db, const QString &table, const QStringList &columns);
};

QStringList tst_Migrations::tables(QSqlDatabase db)
{
    QStringList names;
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QStringList virtualTables;
        if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
            qWarning("%s", qPrintable(query.lastError().text()));
        QList<std::pair<QString, QString>> all;
        while (query.next()) {
            all.append({query.value(0).toString(), query.value(1).toString()});
            if (query.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
                virtualTables.append(query.value(0).toString());
        }
        // Full-text indexes (and their shadow tables) are rebuilt from the
        // data; they hold nothing of their own.
        for (const auto &[name, sql] : all) {
            bool derived = virtualTables.contains(name);
            for (const QString &v : std::as_const(virtualTables))
                derived = derived || name.startsWith(v + QLatin1Char('_'));
            if (!derived)
                names.append(name);
        }
    } else {
        if (!query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                       "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            names.append(query.value(0).toString());
    }
    names.removeAll(QStringLiteral("schema_version")); // each migration adds its row
    return names;
}

QStringList tst_Migrations::columns(QSqlDatabase db, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QSQLITE")) {
        query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    } else {
        query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                     "current_schema() AND table_name = ? AND is_generated = 'NEVER' "
                                     "ORDER BY ordinal_position"));
    }
    query.addBindValue(table);
    if (!query.exec())
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QList<QVariantList> tst_Migrations::contents(QSqlDatabase db, const QString &table, const QStringList &columns)
{
    QList<QVariantList> rows;
    QSqlQuery query(db);
    // Names come from the catalogue, never from input.
    const QString order = QStringList(columns.mid(0, 2)).join(QStringLiteral(", "));
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, order)))
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

void tst_Migrations::upgradeKeepsEveryRowAndField_data()
{
    QTest::addColumn<int>("version");
    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    const auto url = DatabaseUrl::parse(database.url(), nullptr);
    QVERIFY(url);
    QString error;
    QVERIFY2(Database::openWithoutMigrating(*url, QStringLiteral("list"), &error), qPrintable(error));
    int latest = 0;
    {
        Migrator migrator(QSqlDatabase::database(QStringLiteral("list"), false), url->dialect());
        latest = migrator.latestVersion();
    }
    Database::close(QStringLiteral("list"));
    QVERIFY(latest >= 2);
    for (int version = 2; version <= latest; ++version)
        QTest::addRow("%d", version) << version;
}

void tst_Migrations::upgradeKeepsEveryRowAndField()
{
    QFETCH(int, version);
    TestDatabase database;
    QVERIFY2(database.isValid(), qPrintable(database.error()));
    const auto url = DatabaseUrl::parse(database.url(), nullptr);
    QVERIFY(url);
    const QString connection = QStringLiteral("upgrade");
    QString error;
    QVERIFY2(Database::openWithoutMigrating(*url, connection, &error), qPrintable(error));
    auto closer = qScopeGuard([&connection] { Database::close(connection); });
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    {
        Migrator migrator(db, url->dialect());
        QVERIFY2(migrator.migrateTo(version - 1, &error), qPrintable(error));
        QCOMPARE(migrator.currentVersion(&error), version - 1);
    }

    // A row in every table of version N-1.
    const QStringList before = tables(db);
    QVERIFY(!before.isEmpty());
    QStringList known;
    for (const auto &[table, row] : testRows())
        known.append(table);
    for (const QString &table : before)
        QVERIFY2(known.contains(table), qPrintable(QStringLiteral("no test row for table %1 of version %2: add one to "
                                                                  "testRows()").arg(table).arg(version - 1)));
    std::map<QString, QStringList> columnsBefore;
    std::map<QString, QList<QVariantList>> contentsBefore;
    for (const auto &[table, row] : testRows()) {
        if (!before.contains(table))
            continue;
        const QStringList present = columns(db, table);
        columnsBefore[table] = present;
        if (!row.isEmpty()) {
            QStringList names;
            QVariantList values;
            for (const QString &column : present) {
                auto it = std::find_if(row.cbegin(), row.cend(), [&column](const auto &c) { return c.first == column; });
                QVERIFY2(it != row.cend(), qPrintable(QStringLiteral("no test value for %1.%2 (version %3): add one to "
                                                                     "testRows()").arg(table, column).arg(version - 1)));
                names.append(column);
                values.append(it->second);
            }
            QSqlQuery insert(db);
            QStringList marks;
            for (int i = 0; i < names.size(); ++i)
                marks.append(QStringLiteral("?"));
            // Our own ids, also where only the identity may give one (PostgreSQL, version 9).
            const QString overriding = SqlDialect(db).isPostgres() ? QStringLiteral(" OVERRIDING SYSTEM VALUE")
                                                                   : QString();
            QVERIFY2(insert.prepare(QStringLiteral("INSERT INTO %1 (%2)%4 VALUES (%3)")
                                        .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                                             overriding)),
                     qPrintable(insert.lastError().text()));
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values.at(i));
            QVERIFY2(insert.exec(), qPrintable(table + QStringLiteral(": ") + insert.lastError().text()));
        }
        contentsBefore[table] = contents(db, table, present);
        QVERIFY2(!contentsBefore[table].isEmpty(), qPrintable(QStringLiteral("table %1 is empty").arg(table)));
    }

    {
        Migrator migrator(db, url->dialect());
        QVERIFY2(migrator.migrateTo(version, &error), qPrintable(error));
        QCOMPARE(migrator.currentVersion(&error), version);
    }

    // Every table, column, row and value of before is still there.
    const QStringList after = tables(db);
    for (const auto &[table, present] : columnsBefore) {
        QVERIFY2(after.contains(table), qPrintable(QStringLiteral("table %1 is gone after version %2").arg(table).arg(version)));
        const QStringList nowColumns = columns(db, table);
        for (const QString &column : present)
            QVERIFY2(nowColumns.contains(column),
                     qPrintable(QStringLiteral("column %1.%2 is gone after version %3").arg(table, column).arg(version)));
        const QList<QVariantList> nowRows = contents(db, table, present);
        QCOMPARE(nowRows.size(), contentsBefore[table].size());
        for (int r = 0; r < nowRows.size(); ++r) {
            for (int c = 0; c < present.size(); ++c) {
                const QVariant was = contentsBefore[table].at(r).at(c);
                const QVariant now = nowRows.at(r).at(c);
                QVERIFY2(was == now, qPrintable(QStringLiteral("%1.%2 row %3 changed from “%4” to “%5” by version %6")
                                                    .arg(table, present.at(c)).arg(r + 1)
                                                    .arg(was.toString(), now.toString()).arg(version)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
