#include "admintestfixture.h"

using namespace Helpdesk;

const QString AdminTestFixture::connection = QStringLiteral("tst_admintool");

QString latestSchemaVersion()
{
    return QString::number(Helpdesk::Migrator(QSqlDatabase(), QStringLiteral("sqlite")).latestVersion());
}

QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted && !field.isEmpty()) {
                *error = QStringLiteral("quote inside an unquoted field at offset %1").arg(i);
                return {};
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("unterminated quoted field");
        return {};
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QString fieldValue(const QString &output, const QString &label)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(label))
            return line.mid(label.size()).trimmed();
    }
    return QStringLiteral("<no line %1>").arg(label);
}

const QByteArray deviceHeader = "asset_tag,kind,make,model,name,location,notes\r\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void AdminTestFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Plural forms ("1 hour", "2 hours") come from the English translation.
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    // As the programs have (setApplicationIdentity), but of the tests: the
    // settings files are laid out <folder>/<organisation>/<application>.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("helpdesk-intake-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_admintool"));
}

void AdminTestFixture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Settings of this test only: never the real ~/.config or /etc/xdg.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("user-config")));
    qputenv("HELPDESK_SYSTEM_CONFIG_DIR", m_dir->filePath(QStringLiteral("etc-xdg")).toUtf8());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_url = m_database->url();
    QString error;
    QVERIFY2(Database::open(m_url, connection, &error), qPrintable(error));
}

namespace {
const QString loginPassword = QStringLiteral("s3cret-Pa55");
} // namespace

void AdminTestFixture::cleanup()
{
    Database::close(connection);
    QStringList drops;
    for (const QString &login : std::as_const(m_logins))
        drops << QStringLiteral("DROP ROLE IF EXISTS %1").arg(login);
    if (!drops.isEmpty())
        m_database->execAsSuperuser(drops);
    m_logins.clear();
    m_database.reset();
    m_dir.reset();
}

Run AdminTestFixture::admin(const QStringList &arguments, bool withDatabase)
{
    // Never the real standard input: a test must not wait on a terminal.
    return adminWithInput(arguments, QByteArray(), withDatabase);
}

Run AdminTestFixture::adminWithInput(const QStringList &arguments, const QByteArray &input, bool withDatabase)
{
    QByteArray inputBytes = input;
    QBuffer in(&inputBytes);
    in.open(QIODevice::ReadOnly);
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QStringList all = {QStringLiteral("helpdesk-admin")};
    if (withDatabase)
        all << QStringLiteral("--database") << m_url;
    all += arguments;
    AdminTool tool;
    run.exitCode = tool.run(all, in, out, err);
    out.flush();
    err.flush();
    return run;
}

// Every field filled, with values that would trip a careless formatter: a
// comma, quotes and line breaks in the description, Cyrillic in the name.
Report AdminTestFixture::fullReport(int n) const
{
    Report r;
    r.category = QStringLiteral("printing");
    r.symptom = QStringLiteral("paper_jam");
    r.summary = QStringLiteral("Printer jams on every page, report %1").arg(n);
    r.description = QStringLiteral("Tray 2, \"thick\" paper, since Monday.\nSecond line, with a comma\n"
                                   "Third line: \"quoted\", done #%1")
                        .arg(n);
    r.startedAt = QDateTime::currentDateTime().addSecs(-3600 * (n + 1));
    r.impact = QStringLiteral("team");
    r.urgency = QStringLiteral("blocked");
    r.device.kind = QStringLiteral("printer");
    r.device.make = QStringLiteral("HP");
    r.device.model = QStringLiteral("LaserJet Pro M404dn");
    r.device.assetTag = QStringLiteral("INV-%1").arg(4400 + n);
    r.device.building = QStringLiteral("Main building");
    r.device.room = QStringLiteral("2-%1").arg(10 + n);
    r.contact.name = QStringLiteral("Иван Петров %1").arg(n);
    r.contact.login = QStringLiteral("ipetrov%1").arg(n);
    r.contact.email = QStringLiteral("ipetrov%1@example.org").arg(n);
    r.contact.phone = QStringLiteral("+7 495 123-45-%1").arg(10 + n);
    r.contact.department = QStringLiteral("Accounting");
    r.contact.location = QStringLiteral("Floor 2, east wing");
    r.contact.preferredContact = QStringLiteral("phone");
    return r;
}

qint64 AdminTestFixture::reportCount()
{
    QString error;
    const qint64 count = ReportStore(connection).count(&error);
    if (count < 0)
        qWarning() << "count failed:" << error;
    return count;
}

qint64 AdminTestFixture::submit(const Report &report)
{
    ReportStore store(connection);
    const auto result = store.submit(report);
    if (!result.ok())
        qWarning() << "submit failed:" << result.error;
    return result.id;
}

QString AdminTestFixture::newLogin(const QString &who, const QString &command)
{
    const QString login = m_database->name() + QLatin1Char('_') + who;
    m_logins.append(login); // dropped in cleanup() whichever step below fails
    QString error = m_database->execAsSuperuser(
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, loginPassword)});
    if (error.isEmpty()) {
        const Run granted = admin({command, login});
        error = granted.exitCode == 0 ? QString() : granted.err;
    }
    if (error.isEmpty())
        return login;
    qWarning("%s", qPrintable(error));
    return QString();
}

QString AdminTestFixture::urlAs(const QString &login) const
{
    return TestDatabase::serverUrlFor(login, loginPassword, m_database->name());
}
