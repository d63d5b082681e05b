// tst_adminsubmit: helpdesk-admin as an administrator uses it — `submit` as a script pipes a report in as JSON: what it files, what it refuses, and databases it must not change.
// The tool runs in-process on a fresh database (admintestfixture.h).

#include "admintestfixture.h"

using namespace Helpdesk;

class tst_AdminSubmit final : public AdminTestFixture
{
    Q_OBJECT

private slots:
    void submitFilesWhatShowPrints();
    void submitRefuses_data();
    void submitRefuses();
    void submitRefusedCreatesNoDatabase_data();
    void submitRefusedCreatesNoDatabase();
    void submitSameClientIdTwice();
    void submitToReadOnlyDatabaseChangesNothing();
    void submitToDamagedDatabaseChangesNothing();
    void submitCarriesAttachmentsAsBase64();
    void submitWithoutLoginFilesUnderDatabaseLogin();
    void submitInAnotherLoginIsRefusedBeforeWriting();
};

namespace {

// A report as a monitoring system or mail gateway would pipe it in: the
// building as free text ("location"), no device kind and no preferred contact.
QJsonObject scriptedReport()
{
    return QJsonObject{
        {QStringLiteral("category"), QStringLiteral("printing")},
        {QStringLiteral("symptom"), QStringLiteral("paper_jam")},
        {QStringLiteral("summary"), QStringLiteral("Принтер на 2 этаже зажёвывает каждый лист")},
        {QStringLiteral("description"), QStringLiteral("Tray 2, \"thick\" paper.\nReported by the mail gateway.")},
        {QStringLiteral("impact"), QStringLiteral("team")},
        {QStringLiteral("urgency"), QStringLiteral("blocked")},
        {QStringLiteral("started_at"), QStringLiteral("2024-03-05T09:41:00+03:00")},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("make"), QStringLiteral("HP")},
                     {QStringLiteral("model"), QStringLiteral("LaserJet Pro M404dn")},
                     {QStringLiteral("asset_tag"), QStringLiteral("INV-00417")},
                     {QStringLiteral("location"), QStringLiteral("Склад, 3 этаж")},
                     {QStringLiteral("room"), QStringLiteral("2-14")}}},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Анна Смирнова 🌻")},
                     {QStringLiteral("email"), QStringLiteral("a.smirnova@example.org")},
                     {QStringLiteral("phone"), QStringLiteral("+7 495 123-45-67")}}},
    };
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QJsonObject reportNaming(const QString &login)
{
    QJsonObject report = scriptedReport();
    QJsonObject contact = report.value(QStringLiteral("contact")).toObject();
    contact.insert(QStringLiteral("login"), login);
    report.insert(QStringLiteral("contact"), contact);
    return report;
}

} // namespace

void tst_AdminSubmit::submitFilesWhatShowPrints()
{
    const qint64 before = reportCount();
    const Run run = adminWithInput({QStringLiteral("submit")}, jsonBytes(scriptedReport()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // Only the ticket, so `ticket=$(helpdesk-admin submit < report.json)` works.
    QVERIFY2(QRegularExpression(QStringLiteral("\\AHD-\\d{6}\\n\\z")).match(run.out).hasMatch(), qPrintable(run.out));
    QCOMPARE(reportCount(), before + 1);

    const QString ticket = run.out.trimmed();
    const Run show = admin({QStringLiteral("show"), ticket});
    QCOMPARE(show.exitCode, 0);
    const QString &o = show.out;
    QCOMPARE(fieldValue(o, QStringLiteral("Ticket:")), ticket);
    QVERIFY(fieldValue(o, QStringLiteral("Category:")).endsWith(QLatin1String("[printing]")));
    QVERIFY(fieldValue(o, QStringLiteral("Symptom:")).endsWith(QLatin1String("[paper_jam]")));
    QCOMPARE(fieldValue(o, QStringLiteral("Summary:")), QStringLiteral("Принтер на 2 этаже зажёвывает каждый лист"));
    QVERIFY2(o.contains(QStringLiteral("Description:\n    Tray 2, \"thick\" paper.\n    Reported by the mail gateway.\n")),
             qPrintable(o));
    QCOMPARE(fieldValue(o, QStringLiteral("Started:")),
             QDateTime(QDate(2024, 3, 5), QTime(6, 41), Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(fieldValue(o, QStringLiteral("Impact:")), Taxonomy::impactName(QStringLiteral("team")) + QStringLiteral(" [team]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Urgency:")),
             Taxonomy::urgencyName(QStringLiteral("blocked")) + QStringLiteral(" [blocked]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Priority:")), Taxonomy::priorityName(2)); // team × blocked, as in the wizard
    // The kind the wizard would have preset for a printing problem.
    QCOMPARE(fieldValue(o, QStringLiteral("Device kind:")),
             Taxonomy::deviceKindName(QStringLiteral("printer")) + QStringLiteral(" [printer]"));
    QCOMPARE(fieldValue(o, QStringLiteral("Make:")), QStringLiteral("HP"));
    QCOMPARE(fieldValue(o, QStringLiteral("Model:")), QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(fieldValue(o, QStringLiteral("Asset tag:")), QStringLiteral("INV-00417"));
    QCOMPARE(fieldValue(o, QStringLiteral("Building:")), QStringLiteral("Склад, 3 этаж")); // from "location"
    QCOMPARE(fieldValue(o, QStringLiteral("Room:")), QStringLiteral("2-14"));
    QCOMPARE(fieldValue(o, QStringLiteral("Name:")), QStringLiteral("Анна Смирнова 🌻"));
    QCOMPARE(fieldValue(o, QStringLiteral("Email:")), QStringLiteral("a.smirnova@example.org"));
    QCOMPARE(fieldValue(o, QStringLiteral("Phone:")), QStringLiteral("+7 495 123-45-67"));
    QCOMPARE(fieldValue(o, QStringLiteral("Preferred contact:")),
             Taxonomy::contactMethodName(QStringLiteral("email")) + QStringLiteral(" [email]"));
}

void tst_AdminSubmit::submitRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("lines"); // each starts a line of standard error

    QJsonObject typo = scriptedReport();
    typo.insert(QStringLiteral("sumary"), typo.take(QStringLiteral("summary")));
    QTest::newRow("typo in a key") << jsonBytes(typo)
                                   << QStringList{QStringLiteral("sumary: Unknown key “sumary”; did you mean “summary”?"),
                                                  QStringLiteral("problem.summary: ") + FieldRules::summaryError(QString())};

    QJsonObject badEmail = scriptedReport();
    QJsonObject contact = badEmail.value(QStringLiteral("contact")).toObject();
    contact.insert(QStringLiteral("email"), QStringLiteral("anna at example"));
    badEmail.insert(QStringLiteral("contact"), contact);
    QTest::newRow("not an email") << jsonBytes(badEmail)
                                  << QStringList{QStringLiteral("contact.email: ")
                                                 + FieldRules::emailError(QStringLiteral("anna at example"))};

    QJsonObject vague = scriptedReport();
    vague.insert(QStringLiteral("summary"), QStringLiteral("broken"));
    vague.insert(QStringLiteral("device"), QJsonObject());
    QTest::newRow("the grey printer, vaguely")
        << jsonBytes(vague)
        << QStringList{QStringLiteral("problem.summary: ") + FieldRules::summaryError(QStringLiteral("broken")),
                       QStringLiteral("device.make: ") + FieldRules::deviceMakeError(QStringLiteral("printing"), DeviceInfo()),
                       QStringLiteral("device.model: ") + FieldRules::deviceModelError(QStringLiteral("printing"), DeviceInfo())};

    QJsonObject number = scriptedReport();
    contact = number.value(QStringLiteral("contact")).toObject();
    contact.insert(QStringLiteral("phone"), 74951234567.0);
    number.insert(QStringLiteral("contact"), contact);
    QTest::newRow("a number for text") << jsonBytes(number)
                                       << QStringList{QStringLiteral("contact.phone: “contact.phone” must be text, not a number.")};

    QTest::newRow("trailing comma") << QByteArray("{\n  \"summary\": \"Принтер\",\n}\n")
                                    << QStringList{QStringLiteral("json: Not valid JSON at line 3, column 2: ")};
    QTest::newRow("truncated") << jsonBytes(scriptedReport()).left(100)
                               << QStringList{QStringLiteral("json: Not valid JSON at line ")};
    QByteArray invalidUtf8 = jsonBytes(scriptedReport());
    const int summaryAt = int(invalidUtf8.indexOf(QStringLiteral("Принтер").toUtf8()));
    QVERIFY(summaryAt > 0);
    invalidUtf8.insert(summaryAt, "\xff\xc3"); // a paste from a Windows-1251 mail, say
    QTest::newRow("invalid UTF-8") << invalidUtf8 << QStringList{QStringLiteral("json: Not valid JSON at line ")};
    QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("helpdesk-admin: Nothing to submit")};
    QTest::newRow("blank lines") << QByteArray("\n  \n") << QStringList{QStringLiteral("helpdesk-admin: Nothing to submit")};
}

void tst_AdminSubmit::submitRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, lines);

    QVERIFY(submit(fullReport(0)) > 0); // refusing must not disturb what is there
    const qint64 before = reportCount();
    const Run run = adminWithInput({QStringLiteral("submit")}, input);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    const QStringList errLines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &expected : lines) {
        const bool found = std::any_of(errLines.cbegin(), errLines.cend(),
                                       [&expected](const QString &line) { return line.startsWith(expected); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected a line starting “%1” in:\n%2").arg(expected, run.err)));
    }
    // Every line names its field first, so a script can pick them apart.
    const QRegularExpression fieldLine(QStringLiteral("^[A-Za-z_][A-Za-z_.-]*: \\S"));
    for (const QString &line : errLines)
        QVERIFY2(fieldLine.match(line).hasMatch(), qPrintable(line));
    QCOMPARE(reportCount(), before);
}

void tst_AdminSubmit::submitRefusedCreatesNoDatabase_data()
{
    QTest::addColumn<QByteArray>("input");
    QJsonObject invalid = scriptedReport();
    invalid.remove(QStringLiteral("contact"));
    QTest::newRow("invalid report") << jsonBytes(invalid);
    QTest::newRow("broken JSON") << QByteArray("{\"summary\": ");
    QTest::newRow("empty") << QByteArray();
}

void tst_AdminSubmit::submitRefusedCreatesNoDatabase()
{
    QFETCH(QByteArray, input);
    const QString folder = m_dir->filePath(QStringLiteral("never"));
    const QString url = QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
    const Run run = adminWithInput({QStringLiteral("--database"), url, QStringLiteral("submit")}, input, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(!QDir(folder).exists(), "a refused report left a database behind");

    // The same URL with a valid report does create it: the check above can fail.
    const Run valid = adminWithInput({QStringLiteral("--database"), url, QStringLiteral("submit")},
                                     jsonBytes(scriptedReport()), false);
    QCOMPARE(valid.exitCode, 0);
    QVERIFY(QFile::exists(folder + QStringLiteral("/helpdesk.sqlite")));
}

void tst_AdminSubmit::submitSameClientIdTwice()
{
    // A mail gateway that lost the answer sends the same message again.
    QJsonObject report = scriptedReport();
    report.insert(QStringLiteral("client_id"), QStringLiteral("mail-gateway:<20261125093000.4711@example.org>"));
    const qint64 before = reportCount();

    const Run first = adminWithInput({QStringLiteral("submit")}, jsonBytes(report));
    QCOMPARE(first.exitCode, 0);
    const Run second = adminWithInput({QStringLiteral("submit")}, jsonBytes(report));
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
    QCOMPARE(second.out, first.out);
    QCOMPARE(reportCount(), before + 1);

    // It is the id that makes it a retry, not the content: without one, the same report is filed anew.
    report.remove(QStringLiteral("client_id"));
    const Run third = adminWithInput({QStringLiteral("submit")}, jsonBytes(report));
    QCOMPARE(third.exitCode, 0);
    QVERIFY(third.out != first.out);
    QCOMPARE(reportCount(), before + 2);
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// An SQLite file with one report, closed again (its write-ahead log folded in).
QString sqliteWithOneReport(const QString &folder, const QByteArray &report)
{
    const QString path = folder + QStringLiteral("/helpdesk.sqlite");
    QByteArray input = report;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    AdminTool tool;
    if (tool.run({QStringLiteral("helpdesk-admin"), QStringLiteral("--database"), QStringLiteral("sqlite:") + path,
                  QStringLiteral("submit")},
                 in, outStream, errStream)
        != 0)
        return QString();
    return path;
}

} // namespace

void tst_AdminSubmit::submitToReadOnlyDatabaseChangesNothing()
{
    // A database file this user may read but not write (IT's copy, a file
    // owned by another account). For root, whom file modes do not stop, the
    // real program runs as the unprivileged user "nobody".
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = sqliteWithOneReport(folder, jsonBytes(scriptedReport()));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileBytes(path);

    const bool root = ::geteuid() == 0;
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, readable));
    if (root) {
        // "nobody" must reach the file: the temporary folders are private.
        for (QString dir = folder; dir.startsWith(m_dir->path()); dir = QFileInfo(dir).absolutePath())
            QVERIFY(QFile::setPermissions(dir, readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                                   | QFileDevice::ExeOther | QFileDevice::WriteOwner));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder); // no settings of this user to read
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder);
    process.setProcessEnvironment(environment);
    QStringList arguments = {QStringLiteral(HELPDESK_BINARY_DIR "/bin/helpdesk-admin"), QStringLiteral("--database"),
                             QStringLiteral("sqlite:") + path, QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("submit")};
    if (root)
        arguments = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} + arguments;
    process.start(root ? QStringLiteral("runuser") : arguments.takeFirst(), arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QJsonObject second = scriptedReport();
    second.insert(QStringLiteral("summary"), QStringLiteral("Second printer jams as well"));
    process.write(jsonBytes(second));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("is read-only for this user")), qPrintable(err));
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no ticket printed
    QCOMPARE(fileBytes(path), before);
}

void tst_AdminSubmit::submitToDamagedDatabaseChangesNothing()
{
    // A file damaged in the middle (a disk fault, a half-copied backup):
    // refused with a message naming it, and not one byte of it changed.
    const QString folder = m_dir->filePath(QStringLiteral("damaged"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = sqliteWithOneReport(folder, jsonBytes(scriptedReport()));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    // Pages 2 to 8 (the schema's tables and indexes) overwritten with noise.
    QByteArray noise(7 * 4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QVERIFY(file.seek(4096));
    QCOMPARE(file.write(noise), qint64(noise.size()));
    file.close();
    const QByteArray before = fileBytes(path);

    const Run run = adminWithInput({QStringLiteral("--database"), QStringLiteral("sqlite:") + path,
                                    QStringLiteral("submit")},
                                   jsonBytes(scriptedReport()), false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is damaged or is not a helpdesk database")), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileBytes(path), before);
}

void tst_AdminSubmit::submitCarriesAttachmentsAsBase64()
{
    // Bigger than the 1 MiB a report alone may be: the attachments make room.
    QByteArray dump(3 * 1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < dump.size(); ++i)
        dump[i] = char((i * 2654435761u) >> 24);
    QJsonObject json = scriptedReport();
    json.insert(QStringLiteral("attachments"),
                QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("spool.bin")},
                                       {QStringLiteral("data"), QString::fromLatin1(dump.toBase64())}}});
    const Run run = adminWithInput({QStringLiteral("submit")}, QJsonDocument(json).toJson());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString ticket = run.out.trimmed();

    const Run shown = admin({QStringLiteral("show"), ticket});
    QVERIFY2(shown.out.contains(QStringLiteral("spool.bin")), qPrintable(shown.out));
    const QString path = m_dir->filePath(QStringLiteral("spool.bin"));
    const Run saved = admin({QStringLiteral("attachment"), ticket, QStringLiteral("1"), QStringLiteral("--output"), path});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == dump);

    // A refused attachment files nothing.
    const qint64 before = reportCount();
    json.insert(QStringLiteral("attachments"),
                QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("x.txt")},
                                       {QStringLiteral("data"), QStringLiteral("***")}}});
    json.remove(QStringLiteral("client_id"));
    const Run refused = adminWithInput({QStringLiteral("submit")}, QJsonDocument(json).toJson());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("attachments[1].data: ")), qPrintable(refused.err));
    QCOMPARE(reportCount(), before);
}

namespace {

// The login a ticket printed by `submit` was stored under.
QString storedLogin(const QString &connection, const QString &submitOutput)
{
    QString error;
    const std::optional<Report> found = ReportStore(connection).find(parseTicket(submitOutput.trimmed()), &error);
    return found ? found->contact.login : QStringLiteral("<no report: %1>").arg(error);
}

} // namespace

void tst_AdminSubmit::submitWithoutLoginFilesUnderDatabaseLogin()
{
    // scriptedReport() names no login, as a monitoring system's report may not.
    if (!TestDatabase::isPostgres()) {
        // The embedded database has no logins: filed under none.
        const Run run = adminWithInput({QStringLiteral("submit")}, jsonBytes(scriptedReport()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(storedLogin(connection, run.out), QString());
        return;
    }
    const QString monitor = newLogin(QStringLiteral("monitor"), QStringLiteral("add-reporter"));
    QVERIFY(!monitor.isEmpty());
    const qint64 before = reportCount();
    const Run run = adminWithInput({QStringLiteral("--database"), urlAs(monitor), QStringLiteral("submit")},
                                   jsonBytes(scriptedReport()), false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(reportCount(), before + 1);
    QCOMPARE(storedLogin(connection, run.out), monitor);
}

void tst_AdminSubmit::submitInAnotherLoginIsRefusedBeforeWriting()
{
    const QString other = QStringLiteral("ipetrov");
    if (!TestDatabase::isPostgres()) {
        // No logins to hold it against: filed as the report says.
        const Run run = adminWithInput({QStringLiteral("submit")}, jsonBytes(reportNaming(other)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(storedLogin(connection, run.out), other);
        return;
    }
    const QString monitor = newLogin(QStringLiteral("monitor"), QStringLiteral("add-reporter"));
    QVERIFY(!monitor.isEmpty());
    auto submitAs = [&](const QString &login, const QString &named) {
        return adminWithInput({QStringLiteral("--database"), urlAs(login), QStringLiteral("submit")},
                              jsonBytes(reportNaming(named)), false);
    };
    const qint64 before = reportCount();
    const Run refused = submitAs(monitor, other);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out));
    QVERIFY2(refused.err.startsWith(QStringLiteral("contact.login: The report names the login “%1”, but you are "
                                                   "connected to the database as “%2”; a report can only be filed "
                                                   "under your own login.")
                                        .arg(other, monitor)),
             qPrintable(refused.err));
    QCOMPARE(reportCount(), before);

    // Its own login, spelled out, is what it gets anyway.
    const Run own = submitAs(monitor, monitor);
    QVERIFY2(own.exitCode == 0, qPrintable(own.err));
    QCOMPARE(storedLogin(connection, own.out), monitor);

    // An agent files for other people, and so does the administrator.
    const QString gateway = newLogin(QStringLiteral("gateway"), QStringLiteral("add-agent"));
    QVERIFY(!gateway.isEmpty());
    const Run forOthers = submitAs(gateway, other);
    QVERIFY2(forOthers.exitCode == 0, qPrintable(forOthers.err));
    QCOMPARE(storedLogin(connection, forOthers.out), other);
    const Run asAdministrator = adminWithInput({QStringLiteral("submit")}, jsonBytes(reportNaming(other)));
    QVERIFY2(asAdministrator.exitCode == 0, qPrintable(asAdministrator.err));
    QCOMPARE(reportCount(), before + 3);
}

QTEST_GUILESS_MAIN(tst_AdminSubmit)
#include "tst_adminsubmit.moc"
