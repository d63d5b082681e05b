// tst_adminsetup: helpdesk-admin as an administrator uses it — setting up: `init` on a new database, reporters and agents with their roles and passwords, `seed-demo`, and the command line refused.
// The tool runs in-process on a fresh database (admintestfixture.h).

#include "admintestfixture.h"

using namespace Helpdesk;

class tst_AdminSetup final : public AdminTestFixture
{
    Q_OBJECT

private slots:
    void addReporterAndAgentGrantRoles();
    void initCreatesDatabase();
    void initUsesEnvironment();
    void initNeverShowsPassword();
    void usageErrors_data();
    void usageErrors();
    void addAgentOnSqliteSetsAPasswordFromStandardInput();
    void filingLimitIsSetPerLogin();
    void seedDemoFillsRealisticReports();
};

void tst_AdminSetup::initCreatesDatabase()
{
    // A database that does not exist yet: init must create and migrate it.
    const QString path = m_dir->filePath(QStringLiteral("fresh/new.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;
    Run run;
    {
        QTextStream out(&run.out), err(&run.err);
        run.exitCode = AdminTool().run({QStringLiteral("helpdesk-admin"), QStringLiteral("init"),
                                        QStringLiteral("--database"), url},
                                       out, err);
    }
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(QFile::exists(path));
    QVERIFY2(run.out.contains(url), qPrintable(run.out));
    QCOMPARE(fieldValue(run.out, QStringLiteral("Schema version:")), latestSchemaVersion());
    QCOMPARE(fieldValue(run.out, QStringLiteral("Reports:")), QStringLiteral("0"));

    // A second init is harmless and sees the same version.
    Run again;
    {
        QTextStream out(&again.out), err(&again.err);
        again.exitCode = AdminTool().run({QStringLiteral("helpdesk-admin"), QStringLiteral("--database"), url,
                                          QStringLiteral("init")},
                                         out, err);
    }
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(fieldValue(again.out, QStringLiteral("Schema version:")), latestSchemaVersion());
}

void tst_AdminSetup::initUsesEnvironment()
{
    const QString path = m_dir->filePath(QStringLiteral("from-env.sqlite"));
    qputenv("HELPDESK_DATABASE", (QStringLiteral("sqlite:") + path).toUtf8());
    const Run run = admin({QStringLiteral("init")}, false);
    qunsetenv("HELPDESK_DATABASE");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(path));
    QVERIFY2(run.out.contains(QStringLiteral("HELPDESK_DATABASE")), qPrintable(run.out));
}

void tst_AdminSetup::initNeverShowsPassword()
{
    // Port 1: nothing listens, so this fails fast; the message must still not leak the password.
    const Run run = admin({QStringLiteral("--database"), QStringLiteral("postgresql://agent:s3cr3t@127.0.0.1:1/helpdesk"),
                           QStringLiteral("init")},
                          false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("s3cr3t")), qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("s3cr3t")));
}

void tst_AdminSetup::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList() << QStringLiteral("command");
    QTest::newRow("unknown command") << QStringList({QStringLiteral("frobnicate")}) << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList({QStringLiteral("list"), QStringLiteral("--colour")})
                                    << QStringLiteral("colour");
    QTest::newRow("show without ticket") << QStringList({QStringLiteral("show")}) << QStringLiteral("HD-");
    QTest::newRow("export without format") << QStringList({QStringLiteral("export")}) << QStringLiteral("--format");
    QTest::newRow("export xml") << QStringList({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")})
                                << QStringLiteral("xml");
    QTest::newRow("limit on show") << QStringList({QStringLiteral("show"), QStringLiteral("1"),
                                                   QStringLiteral("--limit"), QStringLiteral("3")})
                                   << QStringLiteral("--limit");
    QTest::newRow("extra argument") << QStringList({QStringLiteral("list"), QStringLiteral("everything")})
                                    << QStringLiteral("everything");
    QTest::newRow("submit reads no file") << QStringList({QStringLiteral("submit"), QStringLiteral("report.json")})
                                          << QStringLiteral("report.json");
    QTest::newRow("attachment without number") << QStringList({QStringLiteral("attachment"), QStringLiteral("HD-000001")})
                                               << QStringLiteral("number of the attachment");
    QTest::newRow("attachment number zero") << QStringList({QStringLiteral("attachment"), QStringLiteral("1"),
                                                            QStringLiteral("0"), QStringLiteral("--output"),
                                                            QStringLiteral("x.png")})
                                            << QStringLiteral("“0” is not the number of an attachment");
    QTest::newRow("attachment without output") << QStringList({QStringLiteral("attachment"), QStringLiteral("1"),
                                                               QStringLiteral("1")})
                                               << QStringLiteral("--output FILE");
    QTest::newRow("output on show") << QStringList({QStringLiteral("show"), QStringLiteral("1"),
                                                    QStringLiteral("--output"), QStringLiteral("x")})
                                    << QStringLiteral("export / export-devices / attachment");
    QTest::newRow("unknown language") << QStringList({QStringLiteral("--lang"), QStringLiteral("tlh"), QStringLiteral("list")})
                                      << QStringLiteral("tlh");
}

void tst_AdminSetup::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = admin(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Usage:")), qPrintable(run.err));
}

void tst_AdminSetup::addReporterAndAgentGrantRoles()
{
    if (!TestDatabase::isPostgres()) {
        // The embedded database has no roles: say so, do not pretend.
        const Run run = admin({QStringLiteral("add-reporter"), QStringLiteral("ivanov")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("only on a shared PostgreSQL database")), qPrintable(run.err));
        return;
    }
    const QString reporter = m_database->name() + QStringLiteral("_ivanov");
    const QString agent = m_database->name() + QStringLiteral("_petrova");
    QString error = m_database->execAsSuperuser({QStringLiteral("CREATE ROLE %1 LOGIN").arg(reporter),
                                                 QStringLiteral("CREATE ROLE %1 LOGIN").arg(agent)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto dropRoles = qScopeGuard([&] {
        m_database->execAsSuperuser({QStringLiteral("DROP ROLE IF EXISTS %1").arg(reporter),
                                     QStringLiteral("DROP ROLE IF EXISTS %1").arg(agent)});
    });

    const Run addReporter = admin({QStringLiteral("add-reporter"), reporter});
    QVERIFY2(addReporter.exitCode == 0, qPrintable(addReporter.err));
    QVERIFY(addReporter.out.contains(QStringLiteral("helpdesk_reporter")));
    const Run addAgent = admin({QStringLiteral("add-agent"), agent});
    QVERIFY2(addAgent.exitCode == 0, qPrintable(addAgent.err));

    QSqlQuery query(QSqlDatabase::database(connection));
    QVERIFY(query.prepare(QStringLiteral("SELECT pg_has_role(?, 'helpdesk_reporter', 'member'), "
                                         "pg_has_role(?, 'helpdesk_agent', 'member'), "
                                         "pg_has_role(?, 'helpdesk_agent', 'member')")));
    query.addBindValue(reporter);
    query.addBindValue(agent);
    query.addBindValue(reporter);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QVERIFY(query.value(0).toBool());
    QVERIFY(query.value(1).toBool());
    QVERIFY(!query.value(2).toBool()); // a reporter is not an agent

    // A login that does not exist, and one built to break out of quoting.
    const Run missing = admin({QStringLiteral("add-agent"), QStringLiteral("nobody_here_at_all")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("There is no login “nobody_here_at_all”")), qPrintable(missing.err));
    const Run hostile = admin({QStringLiteral("add-agent"), QStringLiteral("x\"; DROP TABLE reports; --")});
    QCOMPARE(hostile.exitCode, 1);
    QCOMPARE(ReportStore(connection).count(), 0);
    const Run noLogin = admin({QStringLiteral("add-reporter")});
    QCOMPARE(noLogin.exitCode, 2);
}

void tst_AdminSetup::filingLimitIsSetPerLogin()
{
    if (!TestDatabase::isPostgres()) {
        const Run run = admin({QStringLiteral("filing-limit")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("the embedded database has no logins to limit")), qPrintable(run.err));
        return;
    }
    Run run = admin({QStringLiteral("filing-limit")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Everyone: 30 new reports an hour\n"));

    // A monitoring system files more; everyone else fewer.
    run = admin({QStringLiteral("filing-limit"), QStringLiteral("monitoring"), QStringLiteral("500")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = admin({QStringLiteral("filing-limit"), QStringLiteral("--everyone"), QStringLiteral("20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Everyone: 20 new reports an hour\nmonitoring: 500 new reports an hour\n"));
    QSqlQuery query(QSqlDatabase::database(connection));
    QVERIFY(query.exec(QStringLiteral("SELECT reports_per_hour FROM filing_limits WHERE login = 'monitoring'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 500);
    query.finish();

    // Back to everyone's; nonsense changes nothing.
    run = admin({QStringLiteral("filing-limit"), QStringLiteral("monitoring"), QStringLiteral("default")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Everyone: 20 new reports an hour\n"));
    run = admin({QStringLiteral("filing-limit"), QStringLiteral("monitoring"), QStringLiteral("default")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("has no filing limit of its own")), qPrintable(run.err));
    run = admin({QStringLiteral("filing-limit"), QStringLiteral("monitoring"), QStringLiteral("lots")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("is not a number of reports an hour")), qPrintable(run.err));
    run = admin({QStringLiteral("filing-limit"), QStringLiteral("monitoring")});
    QCOMPARE(run.exitCode, 2);
    run = admin({QStringLiteral("filing-limit"), QStringLiteral("--everyone"), QStringLiteral("30")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Everyone: 30 new reports an hour\n"));
}

void tst_AdminSetup::addAgentOnSqliteSetsAPasswordFromStandardInput()
{
    if (TestDatabase::isPostgres()) {
        // On a shared server the login is the agent; there is no name or password to set.
        const Run run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("petrova"), QStringLiteral("--name"),
                                        QStringLiteral("Olga Petrova")}, "correct horse\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--name is for agents of the embedded database")), qPrintable(run.err));
        return;
    }
    // A script pipes the password; it never appears in the output.
    Run run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("petrova"), QStringLiteral("--name"),
                              QStringLiteral("Olga Petrova")}, "correct horse\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Agent petrova added")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("correct horse")) && !run.err.contains(QStringLiteral("correct horse")));
    AgentAccounts accounts(connection);
    AgentAccounts::Verdict verdict = accounts.verify(QStringLiteral("petrova"), QStringLiteral("correct horse"));
    QCOMPARE(verdict.status, AgentAccounts::Status::Ok);
    QCOMPARE(verdict.displayName, QStringLiteral("Olga Petrova"));

    // Again without --reset: refused before a password is read; the old one still works.
    run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("petrova")}, "battery staple\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already exists")) && run.err.contains(QStringLiteral("--reset")),
             qPrintable(run.err));
    QCOMPARE(accounts.verify(QStringLiteral("petrova"), QStringLiteral("correct horse")).status,
             AgentAccounts::Status::Ok);

    // With --reset: a new password (Windows line end and all), the old one no longer works.
    run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("petrova"), QStringLiteral("--reset")},
                         "battery staple\r\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("new password")), qPrintable(run.out));
    QCOMPARE(accounts.verify(QStringLiteral("petrova"), QStringLiteral("correct horse")).status,
             AgentAccounts::Status::WrongPassword);
    QCOMPARE(accounts.verify(QStringLiteral("petrova"), QStringLiteral("battery staple")).status,
             AgentAccounts::Status::Ok);

    // No password, or one too short: refused, nothing saved.
    run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("ivanov")}, QByteArray());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("No password on standard input")), qPrintable(run.err));
    run = adminWithInput({QStringLiteral("add-agent"), QStringLiteral("ivanov")}, "short\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("at least 8 characters")), qPrintable(run.err));
    QCOMPARE(accounts.verify(QStringLiteral("ivanov"), QStringLiteral("short")).status,
             AgentAccounts::Status::UnknownLogin);
}

void tst_AdminSetup::seedDemoFillsRealisticReports()
{
    // More than one multi-row statement, and a last one that is not full.
    const Run run = admin({QStringLiteral("seed-demo"), QStringLiteral("--reports"), QStringLiteral("1234")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Added 1234 demo reports")), qPrintable(run.out));
    QCOMPARE(reportCount(), qint64(1234));

    QSqlQuery query(QSqlDatabase::database(connection));
    auto distinct = [&](const char *column) {
        QStringList values;
        if (!query.exec(QStringLiteral("SELECT DISTINCT %1 FROM reports ORDER BY 1").arg(QLatin1String(column))))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    };
    QStringList categories;
    for (const Category &category : Taxonomy::instance().categories())
        categories.append(category.id);
    categories.sort();
    QCOMPARE(distinct("category"), categories);
    QCOMPARE(distinct("status"), QStringList({QStringLiteral("closed"), QStringLiteral("in_progress"),
                                              QStringLiteral("new"), QStringLiteral("resolved"),
                                              QStringLiteral("waiting")}));
    QVERIFY(distinct("priority").size() >= 4);

    // Real devices from the catalogue, and both languages in the text.
    QVERIFY(query.exec(QStringLiteral("SELECT device_kind, device_make, device_model, summary, created_at, category, "
                                      "symptom FROM reports")));
    int withDevice = 0;
    int russian = 0;
    QDateTime oldest = QDateTime::currentDateTimeUtc();
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    while (query.next()) {
        if (!query.value(1).toString().isEmpty()) {
            ++withDevice;
            QVERIFY2(catalog.contains(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()),
                     qPrintable(query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString()));
        }
        if (query.value(3).toString().contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))))
            ++russian;
        const QVariant created = query.value(4);
        const QDateTime time = created.metaType().id() == QMetaType::QDateTime
            ? created.toDateTime()
            : QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        oldest = std::min(oldest, time);
        QVERIFY(Taxonomy::instance().symptom(query.value(5).toString(), query.value(6).toString()));
    }
    QVERIFY(withDevice > 600);
    QVERIFY(russian > 200 && russian < 1000);
    QVERIFY(oldest < QDateTime::currentDateTimeUtc().addDays(-60));
    QVERIFY(oldest > QDateTime::currentDateTimeUtc().addDays(-91));

    // Asset tags carry the key the wizard's same-device duplicate check looks
    // up, exactly as a filed report does.
    QVERIFY(query.exec(QStringLiteral("SELECT asset_tag, asset_key FROM reports")));
    int tagged = 0;
    while (query.next()) {
        const QString tag = query.value(0).toString();
        QCOMPARE(query.value(1).toString(), tag.isEmpty() ? QString() : DeviceInfo::assetKey(tag));
        tagged += tag.isEmpty() ? 0 : 1;
    }
    QVERIFY(tagged > 100);

    const Run bad = admin({QStringLiteral("seed-demo"), QStringLiteral("--reports"), QStringLiteral("many")});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_AdminSetup)
#include "tst_adminsetup.moc"
