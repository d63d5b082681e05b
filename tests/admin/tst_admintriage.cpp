// tst_admintriage: helpdesk-admin as an administrator uses it — `triage`, incidents and the priority matrix.
// The tool runs in-process on a fresh database (admintestfixture.h).

#include "admintestfixture.h"

using namespace Helpdesk;

class tst_AdminTriage final : public AdminTestFixture
{
    Q_OBJECT

private slots:
    void triagePrintsOneJsonObjectPerLine();
    void triageOpensNoDatabaseAndTakesNoArguments();
    void incidentAddListShowResolve();
    void incidentUsageErrors_data();
    void incidentUsageErrors();
    void priorityShowSetAndFile();
    void showListsPeopleAffectedToo();
};

void tst_AdminTriage::triagePrintsOneJsonObjectPerLine()
{
    // Offsets count characters, so the emoji before the PIN counts once; an
    // empty line and a last line without a newline still get their answer.
    const QByteArray input = QStringLiteral("всё совсем сломано\n"
                                            "Карта 4276 3800 1234 5679, CVV 123\r\n"
                                            "\n"
                                            "😀 PIN 4821\n"
                                            "Windows Update fails with error 0x80070005")
                                     .toUtf8();
    const Run run = adminWithInput({QStringLiteral("triage")}, input, false);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);

    struct Expected
    {
        bool vague;
        QList<std::tuple<QString, int, int>> secrets;
    };
    const QList<Expected> expected = {
        {true, {}},
        {false, {{QStringLiteral("card"), 6, 25}, {QStringLiteral("cvv"), 31, 34}}},
        {false, {}},
        {false, {{QStringLiteral("pin"), 6, 10}}},
        {false, {}},
    };
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i).toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(lines.at(i)));
        const QJsonObject object = doc.object();
        QCOMPARE(object.keys(), (QStringList{QStringLiteral("secrets"), QStringLiteral("vague")}));
        QVERIFY(object.value(QLatin1String("vague")).isBool());
        QCOMPARE(object.value(QLatin1String("vague")).toBool(), expected.at(i).vague);
        const QJsonArray secrets = object.value(QLatin1String("secrets")).toArray();
        QCOMPARE(secrets.size(), expected.at(i).secrets.size());
        for (int j = 0; j < secrets.size(); ++j) {
            const QJsonObject secret = secrets.at(j).toObject();
            const auto &[kind, start, end] = expected.at(i).secrets.at(j);
            QCOMPARE(secret.value(QLatin1String("kind")).toString(), kind);
            QCOMPARE(secret.value(QLatin1String("start")).toInt(-1), start);
            QCOMPARE(secret.value(QLatin1String("end")).toInt(-1), end);
        }
    }
}

void tst_AdminTriage::triageOpensNoDatabaseAndTakesNoArguments()
{
    const QString folder = m_dir->filePath(QStringLiteral("never"));
    const QString url = QStringLiteral("sqlite:") + folder + QStringLiteral("/helpdesk.sqlite");
    const Run run = adminWithInput({QStringLiteral("--database"), url, QStringLiteral("triage")},
                                   QByteArrayLiteral("HELP!!!\n"), false);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("{\"vague\": true, \"secrets\": []}\n"));
    QVERIFY(!QFileInfo::exists(folder));

    QCOMPARE(admin({QStringLiteral("triage"), QStringLiteral("extra")}, false).exitCode, 2);
    QVERIFY(admin({QStringLiteral("help")}, false).out.contains(QLatin1String("  triage ")));
}

void tst_AdminTriage::incidentAddListShowResolve()
{
    Run run = admin({QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("Printers on floor 3 are down"),
                     QStringLiteral("--category"), QStringLiteral("printing"), QStringLiteral("--location"),
                     QStringLiteral("Main office, floor 3"), QStringLiteral("--message"),
                     QStringLiteral("The print server restarts; back by 11:00."), QStringLiteral("--make"),
                     QStringLiteral("HP"), QStringLiteral("--model"), QStringLiteral("LaserJet Pro M404dn")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString reference = run.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^INC-\\d{4}$")).match(reference).hasMatch(), qPrintable(reference));

    run = admin({QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("Почта недоступна")});
    QCOMPARE(run.exitCode, 0);
    const QString mail = run.out.trimmed();

    run = admin({QStringLiteral("incident"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(mail) && lines.at(0).contains(QStringLiteral("Почта недоступна"))
                 && lines.at(0).contains(QStringLiteral("everyone")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(reference) && lines.at(1).contains(QStringLiteral("Main office, floor 3"))
                 && lines.at(1).contains(QStringLiteral("0 affected")),
             qPrintable(lines.at(1)));

    run = admin({QStringLiteral("incident"), QStringLiteral("show"), reference.toLower()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(fieldValue(run.out, QStringLiteral("Title:")), QStringLiteral("Printers on floor 3 are down"));
    QCOMPARE(fieldValue(run.out, QStringLiteral("Device:")), QStringLiteral("HP LaserJet Pro M404dn"));
    QCOMPARE(fieldValue(run.out, QStringLiteral("State:")), QStringLiteral("active"));

    run = admin({QStringLiteral("incident"), QStringLiteral("resolve"), reference});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(reference), qPrintable(run.out));
    run = admin({QStringLiteral("incident"), QStringLiteral("resolve"), reference});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(reference), qPrintable(run.err));

    run = admin({QStringLiteral("incident"), QStringLiteral("list")});
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    run = admin({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--all")});
    lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(QStringLiteral("resolved")), qPrintable(lines.at(1)));
}

void tst_AdminTriage::incidentUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no subcommand") << QStringList{QStringLiteral("incident")} << 2 << QStringLiteral("add, list, show or resolve");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("incident"), QStringLiteral("delete")} << 2
                                        << QStringLiteral("delete");
    QTest::newRow("add without title") << QStringList{QStringLiteral("incident"), QStringLiteral("add")} << 2
                                       << QStringLiteral("title");
    QTest::newRow("empty title") << QStringList{QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("  ")}
                                 << 1 << QStringLiteral("title");
    QTest::newRow("unknown category") << QStringList{QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("Down"),
                                                     QStringLiteral("--category"), QStringLiteral("coffee")}
                                      << 1 << QStringLiteral("coffee");
    QTest::newRow("make without model") << QStringList{QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("Down"),
                                                       QStringLiteral("--make"), QStringLiteral("HP")}
                                        << 2 << QStringLiteral("--make and --model");
    QTest::newRow("option of add on list") << QStringList{QStringLiteral("incident"), QStringLiteral("list"),
                                                          QStringLiteral("--location"), QStringLiteral("x")}
                                           << 2 << QStringLiteral("incident add");
    QTest::newRow("option of incident elsewhere") << QStringList{QStringLiteral("list"), QStringLiteral("--all")} << 2
                                                  << QStringLiteral("incident");
    QTest::newRow("not a reference") << QStringList{QStringLiteral("incident"), QStringLiteral("resolve"),
                                                    QStringLiteral("printers")}
                                     << 1 << QStringLiteral("INC-0007");
    QTest::newRow("no such incident") << QStringList{QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("INC-0042")}
                                      << 1 << QStringLiteral("INC-0042");
}

void tst_AdminTriage::incidentUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = admin(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(admin({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--all")}).out, QString());
}

void tst_AdminTriage::priorityShowSetAndFile()
{
    Run run = admin({QStringLiteral("priority")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("P1 – Critical: within 1 hour")), qPrintable(run.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nme\\s+P4\\s+P4\\s+P3\\s*\\n")).match(run.out).hasMatch(),
             qPrintable(run.out));

    run = admin({QStringLiteral("priority"), QStringLiteral("set"), QStringLiteral("me"), QStringLiteral("blocked"),
                 QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("\\nme\\s+P4\\s+P4\\s+P2\\s*\\n")).match(run.out).hasMatch(),
             qPrintable(run.out));
    run = admin({QStringLiteral("priority"), QStringLiteral("response"), QStringLiteral("2"), QStringLiteral("120")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("P2 – High: within 2 hours")), qPrintable(run.out));

    // Refused changes change nothing.
    run = admin({QStringLiteral("priority"), QStringLiteral("set"), QStringLiteral("vip"), QStringLiteral("blocked"),
                 QStringLiteral("1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("vip")), qPrintable(run.err));
    run = admin({QStringLiteral("priority"), QStringLiteral("response"), QStringLiteral("1"), QStringLiteral("soon")});
    QCOMPARE(run.exitCode, 1);
    run = admin({QStringLiteral("priority"), QStringLiteral("set"), QStringLiteral("me")});
    QCOMPARE(run.exitCode, 2);

    // Filed reports follow the database's matrix.
    Report r = fullReport(1);
    r.impact = QStringLiteral("me");
    r.urgency = QStringLiteral("blocked");
    const qint64 id = submit(r);
    QVERIFY(id > 0);
    run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(fieldValue(run.out, QStringLiteral("Priority:")), Taxonomy::priorityName(2));
}

void tst_AdminTriage::showListsPeopleAffectedToo()
{
    const qint64 id = submit(fullReport(3));
    QVERIFY(id > 0);
    Run run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(fieldValue(run.out, QStringLiteral("Affected too:")), QStringLiteral("nobody else"));

    ReportStore store(connection);
    ContactInfo jane;
    jane.login = QStringLiteral("jdoe");
    jane.name = QStringLiteral("Jane Doe");
    jane.email = QStringLiteral("jane@example.com");
    QString error;
    QVERIFY2(store.addAffectedPerson(id, jane, &error), qPrintable(error));
    run = admin({QStringLiteral("show"), formatTicket(id)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(fieldValue(run.out, QStringLiteral("Affected too:")), QStringLiteral("Jane Doe (jdoe, jane@example.com)"));
}

QTEST_GUILESS_MAIN(tst_AdminTriage)
#include "tst_admintriage.moc"
