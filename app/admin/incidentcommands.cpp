#include "incidentcommands.h"

#include "admintool.h"

#include "model/prioritymatrix.h"
#include "model/report.h"
#include "model/taxonomy.h"
#include "runtime/systemaccount.h"
#include "store/database.h"
#include "store/incidentstore.h"
#include "triage/triage.h"
#include "store/prioritymatrixstore.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Helpdesk {

namespace {

// A line is never longer than a report can be (see submit), so a runaway
// pipe without newlines cannot eat the memory.
constexpr qint64 MaxLineBytes = 1024 * 1024;

const QStringList &addOptions()
{
    static const QStringList names = {QStringLiteral("category"), QStringLiteral("location"),
                                      QStringLiteral("message"),  QStringLiteral("make"),
                                      QStringLiteral("model"),    QStringLiteral("asset-tag")};
    return names;
}

} // namespace

int IncidentCommands::incident(CommandContext &c)
{
    const QString sub = c.arguments.value(0);
    const bool addOnly = std::any_of(addOptions().cbegin(), addOptions().cend(),
                                     [&c](const QString &name) { return c.parser.isSet(name); });
    if (addOnly && sub != QLatin1String("add"))
        return c.usageError(tr("--category, --location, --message, --make, --model and --asset-tag belong to "
                               "incident add."));
    if (c.parser.isSet(QStringLiteral("all")) && sub != QLatin1String("list"))
        return c.usageError(tr("--all belongs to incident list."));
    if (sub == QLatin1String("list"))
        return incidentList(c);
    if (sub == QLatin1String("add"))
        return incidentAdd(c);
    if (sub == QLatin1String("resolve") || sub == QLatin1String("show"))
        return incidentShow(c, sub);
    return c.usageError(sub.isEmpty() ? tr("The incident command needs add, list, show or resolve.")
                                      : tr("Unknown incident command “%1”; use add, list, show or resolve.").arg(sub));
}

QString IncidentCommands::incidentState(const Incident &incident)
{
    return incident.isActive() ? tr("active") : tr("resolved %1").arg(adminTime(incident.resolvedAt));
}

int IncidentCommands::incidentList(CommandContext &c)
{
    if (c.arguments.size() > 1)
        return c.usageError(tr("Unexpected argument “%1” for the %2 command.").arg(c.arguments.at(1), c.arguments.at(0)));
    if (!c.openDatabase())
        return AdminTool::Failure;
    const bool includeResolved = c.parser.isSet(QStringLiteral("all"));
    QString error;
    const QList<Incident> incidents = IncidentStore(c.connectionName()).list(includeResolved, &error);
    if (!error.isEmpty())
        return c.fail(error);
    // Tab-separated: reference, since, state, affected, location, title.
    for (const Incident &i : incidents) {
        c.out << i.reference() << '\t' << adminTime(i.createdAt) << '\t' << incidentState(i) << '\t'
              << tr("%n affected", nullptr, i.affectedCount) << '\t'
              << (i.location.isEmpty() ? tr("everyone") : i.location) << '\t' << i.title << '\n';
    }
    if (incidents.isEmpty())
        c.err << (includeResolved ? tr("No incidents.") : tr("No active incidents.")) << '\n';
    return AdminTool::Success;
}

int IncidentCommands::incidentAdd(CommandContext &c)
{
    if (c.arguments.size() != 2)
        return c.usageError(tr("incident add needs one title, in quotes if it has spaces, e.g. "
                               "incident add \"Printers on floor 3 are down\"."));
    Incident incident;
    incident.title = c.arguments.at(1);
    incident.category = c.parser.value(QStringLiteral("category")).trimmed();
    incident.location = c.parser.value(QStringLiteral("location"));
    incident.message = c.parser.value(QStringLiteral("message"));
    incident.deviceMake = c.parser.value(QStringLiteral("make"));
    incident.deviceModel = c.parser.value(QStringLiteral("model"));
    incident.assetTag = c.parser.value(QStringLiteral("asset-tag"));
    if ((incident.deviceMake.isEmpty()) != (incident.deviceModel.isEmpty()))
        return c.usageError(tr("--make and --model go together."));
    if (!c.openDatabase())
        return AdminTool::Failure;
    // A server login is who posted it; the embedded database has none, so the system account is.
    incident.createdBy = Database::serverLogin(c.connectionName()).value_or(SystemAccount::current().login);
    QString error;
    const qint64 id = IncidentStore(c.connectionName()).add(incident, &error);
    if (id <= 0)
        return c.fail(error);
    incident.id = id;
    c.out << incident.reference() << '\n';
    return AdminTool::Success;
}

int IncidentCommands::incidentShow(CommandContext &c, const QString &sub)
{
    if (c.arguments.size() != 2)
        return c.usageError(tr("incident %1 needs an incident reference, e.g. incident %1 INC-0007.").arg(sub));
    const qint64 id = IncidentStore::parseReference(c.arguments.at(1));
    if (id <= 0)
        return c.fail(tr("“%1” is not an incident reference; write it like INC-0007.").arg(c.arguments.at(1)));
    if (!c.openDatabase())
        return AdminTool::Failure;
    IncidentStore store(c.connectionName());
    QString error;
    if (sub == QLatin1String("resolve")) {
        if (!store.resolve(id, &error))
            return c.fail(error);
        c.out << tr("%1 is resolved; the wizard no longer shows it.").arg(Incident{id}.reference()) << '\n';
        return AdminTool::Success;
    }
    const std::optional<Incident> found = store.find(id, &error);
    if (!found)
        return c.fail(error);
    const QList<ContactInfo> people = store.affectedPeople(id, &error);
    if (!error.isEmpty())
        return c.fail(error);
    printIncident(c, *found, people);
    return AdminTool::Success;
}

void IncidentCommands::printIncident(CommandContext &c, const Incident &found, const QList<ContactInfo> &people)
{
    c.out << tr("Incident:") << ' ' << found.reference() << '\n'
          << tr("Title:") << ' ' << found.title << '\n'
          << tr("State:") << ' ' << incidentState(found) << '\n'
          << tr("Posted:") << ' ' << adminTime(found.createdAt) << ' ' << found.createdBy << '\n'
          << tr("Location:") << ' ' << (found.location.isEmpty() ? tr("everyone") : found.location) << '\n';
    if (!found.category.isEmpty())
        c.out << tr("Category:") << ' ' << found.category << '\n';
    if (!found.deviceMake.isEmpty() || !found.assetTag.isEmpty())
        c.out << tr("Device:") << ' '
              << QStringList{found.deviceMake, found.deviceModel, found.assetTag}.join(QLatin1Char(' ')).simplified()
              << '\n';
    if (!found.message.isEmpty())
        c.out << tr("Message:") << ' ' << found.message << '\n';
    c.out << tr("Affected (%n):", nullptr, int(people.size())) << '\n';
    for (const ContactInfo &person : people) {
        c.out << QString(DescriptionIndent, QLatin1Char(' ')) << person.name << '\t' << person.login << '\t'
              << person.email << '\t' << person.phone << '\n';
    }
}

// One JSON object for one line of text.
QString IncidentCommands::triageLine(const Triage &triage, QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    // Offsets are counted in Unicode characters, as FieldRules counts them and
    // as a script slicing the line (Python, jq) does, not in UTF-16 units.
    auto characters = [&text](int utf16Offset) { return FieldRules::characterCount(text.left(utf16Offset)); };
    QString secrets;
    for (const SecretMatch &match : triage.findSecrets(text)) {
        if (!secrets.isEmpty())
            secrets += QStringLiteral(", ");
        const QByteArray kind = QJsonDocument(QJsonObject{{QStringLiteral("kind"), match.kind}})
                                        .toJson(QJsonDocument::Compact);
        secrets += QStringLiteral("{\"kind\": %1, \"start\": %2, \"end\": %3}")
                           .arg(QString::fromUtf8(kind.mid(8, kind.size() - 9)))
                           .arg(characters(match.start))
                           .arg(characters(match.end));
    }
    // Written by hand rather than by QJsonDocument, which sorts keys:
    // "vague" first reads better in a terminal.
    return QStringLiteral("{\"vague\": ") + (triage.isVague(text) ? QStringLiteral("true") : QStringLiteral("false"))
        + QStringLiteral(", \"secrets\": [") + secrets + QStringLiteral("]}\n");
}

// Pure text checks: no database.
int IncidentCommands::triage(CommandContext &c)
{
    if (const int refused = c.expectArguments(0, QString()))
        return refused;
    if (!c.in.isReadable())
        return c.fail(tr("Cannot read standard input: %1").arg(c.in.errorString()));
    const Triage &rules = Triage::builtIn();
    auto checkLine = [&](const QByteArray &line) {
        c.out << triageLine(rules, line);
        c.out.flush(); // one answer per line as it comes, so a script can talk to a running process
    };
    // Line by line as input arrives.
    QByteArray pending;
    for (;;) {
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        const qint64 read = c.in.read(chunk.data(), chunk.size());
        if (read < 0)
            return c.fail(tr("Cannot read standard input: %1").arg(c.in.errorString()));
        if (read == 0) {
            if (c.in.waitForReadyRead(-1))
                continue;
            break; // end of the file or pipe
        }
        pending.append(chunk.constData(), qsizetype(read));
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            checkLine(pending.left(newline));
            pending.remove(0, newline + 1);
        }
        if (pending.size() > MaxLineBytes)
            return c.fail(tr("A line of standard input is longer than 1 MiB; triage checks one text per line."));
    }
    if (!pending.isEmpty())
        checkLine(pending);
    return AdminTool::Success;
}

int IncidentCommands::priority(CommandContext &c)
{
    const QStringList &arguments = c.arguments;
    const QString sub = arguments.value(0);
    if (!sub.isEmpty() && sub != QLatin1String("set") && sub != QLatin1String("response"))
        return c.usageError(tr("Unknown priority command “%1”; use set or response, or nothing to show the matrix.")
                                .arg(sub));
    if (sub == QLatin1String("set") && arguments.size() != 4)
        return c.usageError(tr("priority set needs IMPACT URGENCY PRIORITY, e.g. priority set me blocked 2."));
    if (sub == QLatin1String("response") && arguments.size() != 3)
        return c.usageError(tr("priority response needs PRIORITY MINUTES, e.g. priority response 2 120."));
    if (sub.isEmpty() && !arguments.isEmpty())
        return c.usageError(tr("Unexpected argument “%1” for the %2 command.").arg(arguments.at(0), c.command));
    if (!c.openDatabase())
        return AdminTool::Failure;
    QString error;
    std::optional<PriorityMatrix> matrix = PriorityMatrixStore::load(c.connectionName(), &error);
    if (!matrix)
        return c.fail(error);
    if (!sub.isEmpty()) {
        const QString refused = changePriorities(arguments, &*matrix);
        if (!refused.isEmpty())
            return c.fail(refused);
        if (!PriorityMatrixStore::save(*matrix, c.connectionName(), &error))
            return c.fail(error);
    }
    printMatrix(c, *matrix);
    return AdminTool::Success;
}

// `priority set` or `priority response` applied to the matrix; why not, or empty.
QString IncidentCommands::changePriorities(const QStringList &arguments, PriorityMatrix *matrix)
{
    auto number = [](const QString &text, bool *ok) { return text.trimmed().toInt(ok); };
    const QString notAPriority =
        tr("A priority is a number from %1 to %2.").arg(PriorityMatrix::Highest).arg(PriorityMatrix::Lowest);
    bool ok = false;
    if (arguments.at(0) == QLatin1String("set")) {
        const int p = number(arguments.at(3), &ok);
        return ok ? matrix->setPriority(arguments.at(1), arguments.at(2), p) : notAPriority;
    }
    const int p = number(arguments.at(1), &ok);
    bool minutesOk = false;
    const int minutes = number(arguments.at(2), &minutesOk);
    return !ok          ? notAPriority
        : !minutesOk    ? tr("A response time is a positive number of minutes.")
                        : matrix->setResponseMinutes(p, minutes);
}

// The matrix as a table: impact rows, urgency columns; then the response times.
void IncidentCommands::printMatrix(CommandContext &c, const PriorityMatrix &matrix)
{
    const QStringList &urgencies = Taxonomy::urgencies();
    c.out << QStringLiteral("impact \\ urgency").leftJustified(18);
    for (const QString &u : urgencies)
        c.out << u.leftJustified(10);
    c.out << '\n';
    for (const QString &i : Taxonomy::impacts()) {
        c.out << i.leftJustified(18);
        for (const QString &u : urgencies)
            c.out << QString(QStringLiteral("P") + QString::number(matrix.priority(i, u))).leftJustified(10);
        c.out << '\n';
    }
    c.out << '\n';
    for (int p = PriorityMatrix::Highest; p <= PriorityMatrix::Lowest; ++p) {
        c.out << Taxonomy::priorityName(p) << ": " << PriorityMatrix::responseTimeText(matrix.responseMinutes(p))
              << " (" << matrix.responseMinutes(p) << ' ' << tr("minutes") << ")\n";
    }
}

} // namespace Helpdesk
