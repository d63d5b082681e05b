// bench_submit: what ReportStore::submit() costs over the bare INSERT it
// cannot avoid, on a database that already holds a realistic number of
// reports. Target: median submit ≤ 1.5 × the bare INSERT, p99 submit ≤ 20 ms.
//
//   bench_submit [--existing 100000] [--count 2000] [--database URL]
//
// Without --database it uses a throwaway SQLite file in a temporary folder.

#include "devices/devicecatalog.h"
#include "model/prioritymatrix.h"
#include "model/report.h"
#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Helpdesk;

namespace {

const QString connection = QStringLiteral("bench_submit");

// The column list and statement ReportStore::submit() uses, so the floor
// writes exactly what submit writes.
const char *const insertSql =
    "INSERT INTO reports (client_id, created_at, status, priority, category, symptom, summary, "
    "description, started_at, impact, urgency, device_kind, device_make, device_model, "
    "device_custom, asset_tag, building, room, reporter_name, reporter_login, reporter_email, "
    "reporter_phone, reporter_department, reporter_location, preferred_contact, computer_name, "
    "operating_system) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Plausible reports: every category and symptom, catalogue devices (and some
// typed in), Russian and English names, descriptions from empty to a paragraph.
class ReportFactory final
{
public:
    explicit ReportFactory(quint32 seed) : m_random(seed) {}

    Report make(const QDateTime &startedBefore)
    {
        static const QStringList firstNames = {
            QStringLiteral("Иван"),   QStringLiteral("Мария"), QStringLiteral("Алексей"), QStringLiteral("Ольга"),
            QStringLiteral("Дмитрий"), QStringLiteral("Anna"),  QStringLiteral("James"),   QStringLiteral("Priya"),
            QStringLiteral("Sergei"), QStringLiteral("Elena"), QStringLiteral("Tom"),     QStringLiteral("Fatima")};
        static const QStringList lastNames = {
            QStringLiteral("Петров"),  QStringLiteral("Смирнова"), QStringLiteral("Кузнецов"), QStringLiteral("Иванова"),
            QStringLiteral("Miller"),  QStringLiteral("Novak"),    QStringLiteral("Sharma"),   QStringLiteral("Okafor"),
            QStringLiteral("Volkova"), QStringLiteral("Brown"),    QStringLiteral("Lindqvist")};
        static const QStringList departments = {
            QStringLiteral("Accounting"), QStringLiteral("Sales"),   QStringLiteral("Legal"),
            QStringLiteral("Logistics"),  QStringLiteral("HR"),      QStringLiteral("Бухгалтерия"),
            QStringLiteral("Отдел кадров"), QStringLiteral("Reception"), QString()};
        static const QStringList buildings = {QStringLiteral("Main building"), QStringLiteral("Warehouse"),
                                              QStringLiteral("Корпус Б"), QString()};
        static const QStringList descriptions = {
            QString(),
            QStringLiteral("Started after the update this morning."),
            QStringLiteral("It shows error 0x0000011b when I try.\nRestarting did not help."),
            QStringLiteral("Three of us in room 214 have the same problem since about 10:00, "
                           "we tried turning it off and on again, the light blinks orange, "
                           "and the queue keeps growing. Customer documents are waiting."),
            QStringLiteral("С утра не работает, перезагрузка не помогла."),
        };
        const auto &categories = Taxonomy::instance().categories();
        const Category &category = categories.at(pick(categories.size()));
        const Symptom &symptom = category.symptoms.at(pick(category.symptoms.size()));

        Report r;
        r.category = category.id;
        r.symptom = symptom.id;
        r.summary = (symptom.id == QLatin1String("other") ? category.displayName() : symptom.displayName())
                    + QStringLiteral(" — ") + buildings.at(pick(buildings.size() - 1)) + QStringLiteral(", room ")
                    + QString::number(100 + pick(400));
        r.description = descriptions.at(pick(descriptions.size()));
        r.startedAt = startedBefore.addSecs(-qint64(60 * (1 + pick(3 * 24 * 60))));
        r.impact = Taxonomy::impacts().at(pick(3));
        r.urgency = Taxonomy::urgencies().at(pick(3));

        r.device.kind = category.deviceKind;
        const QStringList makes = DeviceCatalog::builtIn().makes(r.device.kind);
        if (!makes.isEmpty() && pick(10) != 0) {
            r.device.make = makes.at(pick(makes.size()));
            const QStringList models = DeviceCatalog::builtIn().models(r.device.kind, r.device.make);
            r.device.model = models.at(pick(models.size()));
        } else if (!makes.isEmpty()) {
            r.device.make = QStringLiteral("Noname");
            r.device.model = QStringLiteral("Model %1").arg(pick(1000));
            r.device.customModel = true;
        }
        if (pick(3) == 0)
            r.device.assetTag = QStringLiteral("INV-%1").arg(10000 + pick(90000));
        r.device.building = buildings.at(pick(buildings.size()));
        r.device.room = r.device.building.isEmpty() ? QString() : QString::number(100 + pick(400));

        const int person = pick(5000);
        r.contact.name = firstNames.at(person % firstNames.size()) + QLatin1Char(' ')
                         + lastNames.at(person % lastNames.size());
        r.contact.login = QStringLiteral("user%1").arg(person);
        r.contact.email = pick(8) == 0 ? QString() : QStringLiteral("user%1@example.org").arg(person);
        r.contact.phone = r.contact.email.isEmpty() || pick(2) == 0
            ? QStringLiteral("+7 495 %1-%2").arg(100 + person % 900).arg(1000 + person % 9000)
            : QString();
        r.contact.department = departments.at(pick(departments.size()));
        r.contact.location = r.device.room.isEmpty() ? QString() : QStringLiteral("Room ") + r.device.room;
        r.contact.preferredContact = r.contact.email.isEmpty() ? QStringLiteral("phone") : QStringLiteral("email");
        r.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Empty, never null, as QLineEdit::text() hands them over: a null
        // QString binds as SQL NULL and the text columns are NOT NULL.
        for (QString *text : {&r.description, &r.device.make, &r.device.model, &r.device.assetTag,
                              &r.device.building, &r.device.room, &r.contact.email, &r.contact.phone,
                              &r.contact.department, &r.contact.location}) {
            if (text->isNull())
                *text = QLatin1String("");
        }
        return r;
    }

private:
    int pick(qsizetype n) { return int(m_random.bounded(quint32(n))); }
    QRandomGenerator m_random;
};

// Exactly the values submit() binds for `r` (trimmed, priority computed,
// computer and OS stamped), in insertSql's column order.
QVariantList rowValues(const Report &r, const QString &clientId, const QString &status, const QString &createdAt,
                       const QString &computer, const QString &os)
{
    return {clientId, createdAt, status, PriorityMatrix::itilDefaults().priority(r.impact, r.urgency),
            r.category, r.symptom, r.summary.trimmed(), r.description,
            StorageTime::text(r.startedAt), r.impact, r.urgency,
            r.device.kind, r.device.make.trimmed(), r.device.model.trimmed(),
            r.device.customModel, r.device.assetTag.trimmed(),
            r.device.building.trimmed(), r.device.room.trimmed(),
            r.contact.name.trimmed(), r.contact.login.trimmed(), r.contact.email.trimmed(),
            r.contact.phone.trimmed(), r.contact.department.trimmed(),
            r.contact.location.trimmed(), r.contact.preferredContact, computer, os};
}

bool execInsert(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// Fills the table up to `target` rows in one transaction, spread over the
// last two years, older reports mostly closed: what a queue looks like after a while.
bool fill(qint64 target, ReportFactory &factory, QTextStream &out, QString *error)
{
    const qint64 existing = ReportStore(connection).count(error);
    if (existing < 0)
        return false;
    const qint64 missing = target - existing;
    if (missing <= 0) {
        out << "existing reports: " << existing << " (nothing to add)\n";
        return true;
    }

    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QString::fromLatin1(insertSql))) {
        *error = insert.lastError().text();
        db.rollback();
        return false;
    }
    static const QStringList computers = {QStringLiteral("PC-ACC-%1"), QStringLiteral("NB-SALES-%1"),
                                          QStringLiteral("WS-%1")};
    static const QStringList systems = {QStringLiteral("Windows 10 Pro"), QStringLiteral("Windows 11 Pro"),
                                        QStringLiteral("Debian GNU/Linux 12 (bookworm)"),
                                        QStringLiteral("Astra Linux 1.7")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 span = 2LL * 365 * 24 * 3600 * 1000; // ms
    for (qint64 i = 0; i < missing; ++i) {
        const QDateTime created = now.addMSecs(-span + span * i / missing);
        const Report r = factory.make(created);
        const qint64 ageDays = created.daysTo(now);
        const int roll = int(i % 10);
        const QString status = ageDays > 30 ? (roll < 8 ? QStringLiteral("closed") : QStringLiteral("resolved"))
            : roll < 3 ? QStringLiteral("new")
            : roll < 6 ? QStringLiteral("in_progress")
            : roll < 7 ? QStringLiteral("waiting")
                       : QStringLiteral("resolved");
        const QString computer = computers.at(int(i % computers.size())).arg(i % 977, 4, 10, QLatin1Char('0'));
        if (!execInsert(insert, rowValues(r, r.clientId, status, StorageTime::text(created), computer,
                                          systems.at(int(i % systems.size()))),
                        error)) {
            db.rollback();
            return false;
        }
    }
    insert.finish();
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    out << "existing reports: " << target << " (added " << missing << " in "
        << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s)\n";
    return true;
}

double percentile(std::vector<qint64> samples, double fraction)
{
    // Nearest rank: the p99 of 2 000 samples is the 1 980th smallest.
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::max(1.0, std::ceil(fraction * double(samples.size()))));
    return double(samples.at(std::min(rank, samples.size()) - 1));
}

QString microseconds(double ns)
{
    return QString::number(ns / 1000.0, 'f', 1) + QStringLiteral(" µs");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_submit"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times ReportStore::submit() against a bare prepared INSERT."));
    parser.addHelpOption();
    const QCommandLineOption existingOption(QStringLiteral("existing"),
                                            QStringLiteral("Reports in the table before timing (default 100000)."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Timed calls of each kind (default 2000)."),
                                         QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Database URL (default: a throwaway SQLite file). It receives the rows: use a scratch database."),
        QStringLiteral("URL"));
    parser.addOptions({existingOption, countOption, databaseOption});
    parser.process(app);

    bool existingOk = false;
    bool countOk = false;
    const qint64 existing = parser.value(existingOption).toLongLong(&existingOk);
    const int count = parser.value(countOption).toInt(&countOk);
    if (!existingOk || existing < 0 || !countOk || count < 1) {
        err << "bench_submit: --existing needs a number ≥ 0 and --count a number ≥ 1\n";
        return 2;
    }

    QTemporaryDir dir;
    QString url = parser.value(databaseOption);
    if (url.isEmpty()) {
        if (!dir.isValid()) {
            err << "bench_submit: cannot create a temporary folder: " << dir.errorString() << '\n';
            return 1;
        }
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite"));
    }
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    if (!parsed || !Database::open(url, connection, &error)) {
        err << "bench_submit: " << error << '\n';
        return 1;
    }
    out << "bench_submit: " << parsed->toDisplayString() << '\n';
    out.flush();

    ReportFactory factory(20240501);
    if (!fill(existing, factory, out, &error)) {
        err << "bench_submit: filling the table failed: " << error << '\n';
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (parsed->backend == DatabaseUrl::Backend::Sqlite) {
        // Start the timed part with an empty WAL, not with the fill's 100 MB in it.
        QSqlQuery checkpoint(db);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            err << "bench_submit: checkpoint failed (timing anyway): " << checkpoint.lastError().text() << '\n';
    }

    ReportStore store(connection);
    QSqlQuery bare(db);
    if (!bare.prepare(QString::fromLatin1(insertSql))) {
        err << "bench_submit: cannot prepare the bare INSERT: " << bare.lastError().text() << '\n';
        return 1;
    }
    const QString computer = QSysInfo::machineHostName();
    const QString os = QSysInfo::prettyProductName();

    // One submit and one bare INSERT of the same report per round, the order
    // swapped every round, so both see the same table size, cache and WAL state.
    // The first rounds warm up (prepare, page cache) and are not counted.
    const int warmUp = std::min(50, count);
    std::vector<qint64> submitNs;
    std::vector<qint64> bareNs;
    submitNs.reserve(size_t(count));
    bareNs.reserve(size_t(count));
    QElapsedTimer timer;
    for (int round = -warmUp; round < count; ++round) {
        const Report report = factory.make(QDateTime::currentDateTime());
        // Precomputed: the floor is the INSERT alone, not building its values.
        const QVariantList values = rowValues(report, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                              QStringLiteral("new"), StorageTime::text(QDateTime::currentDateTimeUtc()),
                                              computer, os);
        qint64 submitTime = 0;
        qint64 bareTime = 0;
        for (int step = 0; step < 2; ++step) {
            if ((step == 0) == (round % 2 == 0)) {
                timer.start();
                const ReportStore::SubmitResult result = store.submit(report);
                submitTime = timer.nsecsElapsed();
                if (!result.ok()) {
                    err << "bench_submit: submit failed: " << result.error << '\n';
                    return 1;
                }
            } else {
                timer.start();
                const bool ok = execInsert(bare, values, &error);
                bareTime = timer.nsecsElapsed();
                if (!ok) {
                    err << "bench_submit: bare INSERT failed: " << error << '\n';
                    return 1;
                }
            }
        }
        if (round >= 0) {
            submitNs.push_back(submitTime);
            bareNs.push_back(bareTime);
        }
    }

    const double submitMedian = percentile(submitNs, 0.50);
    const double submitP99 = percentile(submitNs, 0.99);
    const double bareMedian = percentile(bareNs, 0.50);
    const double bareP99 = percentile(bareNs, 0.99);
    const double medianRatio = submitMedian / bareMedian;
    const double p99Ratio = submitP99 / bareP99;
    auto verdict = [](bool ok) -> QString { return ok ? QStringLiteral("ok") : QStringLiteral("MISSED"); };
    auto ratio = [](double r) -> QString { return QString::number(r, 'f', 2) + QStringLiteral("×"); };

    out << count << " timed calls of each, alternating (" << warmUp << " warm-up rounds not counted)\n\n";
    out << QStringLiteral("%1 %2 %3\n").arg(QString(), -22).arg(QStringLiteral("median"), 12).arg(QStringLiteral("p99"), 12);
    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("ReportStore::submit()"), -22)
               .arg(microseconds(submitMedian), 12).arg(microseconds(submitP99), 12);
    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("bare INSERT"), -22)
               .arg(microseconds(bareMedian), 12).arg(microseconds(bareP99), 12);
    out << QStringLiteral("%1 %2 %3\n\n").arg(QStringLiteral("submit / bare"), -22)
               .arg(ratio(medianRatio), 12).arg(ratio(p99Ratio), 12);
    out << "targets: median ratio ≤ 1.5× " << verdict(medianRatio <= 1.5)
        << "; p99 ratio ≤ 1.5× " << verdict(p99Ratio <= 1.5)
        << "; submit p99 ≤ 20 ms " << verdict(submitP99 <= 20e6) << '\n';
    out.flush();

    bare = QSqlQuery();
    db = QSqlDatabase();
    return 0;
}
