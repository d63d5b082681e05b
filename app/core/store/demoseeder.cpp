#include "store/demoseeder.h"

#include "devices/devicecatalog.h"
#include "model/prioritymatrix.h"
#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/deviceinventory.h"
#include "store/prioritymatrixstore.h"
#include "store/reportstore.h"
#include "store/sqldialect.h"
#include "store/writetransaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Helpdesk {

namespace {

const char *const columns =
    "client_id, created_at, status, priority, category, symptom, summary, description, impact, urgency, "
    "device_kind, device_make, device_model, device_custom, asset_tag, asset_key, building, room, reporter_name, "
    "reporter_login, reporter_email, reporter_phone, reporter_department, reporter_location, preferred_contact, "
    "computer_name, operating_system, vague, assignee, updated_at, resolved_at, version, started_at";
constexpr int ColumnCount = 33;

struct Phrase
{
    const char *summary;
    const char *description;
};

// Per category; %1 is the device ("HP LaserJet 4050"), %2 a room.
const QHash<QString, QList<Phrase>> &phrases()
{
    static const QHash<QString, QList<Phrase>> all = {
        {QStringLiteral("printing"),
         {{"%1 jams on every page", "Since this morning the printer in room %2 jams after the first sheet."},
          {"Принтер %1 не печатает", "В кабинете %2 принтер принимает задание, но ничего не печатает."},
          {"Streaks on printouts from %1", "Grey streaks down the left side of every page, toner replaced last week."},
          {"Замятие бумаги в %1", "Бумага застревает во втором лотке, приходится вынимать вручную."}}},
        {QStringLiteral("computer"),
         {{"%1 does not start", "The power light comes on, the fans spin, the screen stays black."},
          {"Компьютер %1 очень медленно работает", "После обновления всё открывается по минуте, кабинет %2."},
          {"Blue screen on %1 twice today", "Crashed with a blue screen during a video call, then again after lunch."},
          {"Не включается %1", "Нажимаю кнопку питания — никакой реакции, кабинет %2."}}},
        {QStringLiteral("monitor"),
         {{"%1 shows no picture", "The monitor says no signal although the computer is on, room %2."},
          {"Мерцает монитор %1", "Экран мерцает каждые несколько секунд, болят глаза."}}},
        {QStringLiteral("network"),
         {{"No network at desk in room %2", "The cable is plugged in but the computer says no internet."},
          {"Не работает Wi-Fi в кабинете %2", "Ноутбук видит сеть, но не подключается к ней."},
          {"VPN drops every ten minutes", "Working from home, the VPN disconnects and asks to sign in again."}}},
        {QStringLiteral("email"),
         {{"Outlook does not receive mail", "Sent mail leaves, but nothing has arrived since yesterday evening."},
          {"Не приходят письма от клиентов", "Письма с внешних адресов не доходят, внутренние доходят."}}},
        {QStringLiteral("phone"),
         {{"Desk phone %1 has no dial tone", "The display works, but there is no dial tone when I lift the handset."},
          {"Телефон %1 не звонит", "Входящие звонки не проходят, исходящие работают. Кабинет %2."}}},
        {QStringLiteral("account"),
         {{"Locked out of my account", "After the password change I cannot sign in on any computer."},
          {"Не могу войти в учётную запись", "Пишет, что пароль истёк, а сменить не даёт."}}},
        {QStringLiteral("software"),
         {{"Excel crashes when opening reports", "Every file from the shared folder closes Excel at once."},
          {"Не запускается 1С после обновления", "Выдаёт ошибку лицензии, у коллег в кабинете %2 работает."}}},
        {QStringLiteral("other"),
         {{"Projector in meeting room %2 flickers", "The projector image flickers and turns off after a few minutes."},
          {"Не работает проектор в переговорной %2", "Проектор включается, но изображения нет."}}},
    };
    return all;
}

const char *const firstNames[] = {"Anna", "Boris", "Olga", "Ivan", "Maria", "Dmitry", "Elena", "Sergey", "Natalia",
                                  "Pavel", "Irina", "Alexey", "Jane", "John", "Emma", "Oliver"};
const char *const lastNames[] = {"Ivanova", "Petrov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Lebedeva",
                                 "Kozlov", "Novikova", "Morozov", "Smith", "Brown", "Taylor", "Wilson"};
const char *const departments[] = {"Accounting", "Бухгалтерия", "Sales", "Отдел продаж", "Logistics", "HR",
                                   "Юридический отдел", "Reception"};
const char *const agents[] = {"agent.petrova", "agent.smirnov", "agent.jones", "agent.orlova"};

// Makes and models per device kind, looked up once: the catalogue sorts on every call.
using KindDevices = QHash<QString, QList<QPair<QString, QStringList>>>;

KindDevices devicesByKind(const Taxonomy &taxonomy)
{
    const DeviceCatalog &catalog = DeviceCatalog::builtIn();
    KindDevices devices;
    for (const Category &category : taxonomy.categories()) {
        if (devices.contains(category.deviceKind))
            continue;
        auto &list = devices[category.deviceKind];
        for (const QString &make : catalog.makes(category.deviceKind)) {
            const QStringList models = catalog.models(category.deviceKind, make);
            if (!models.isEmpty())
                list.append({make, models});
        }
    }
    return devices;
}

// The values of one invented report after another, in the order of `columns`.
// Everything comes from one generator, drawn in a fixed order (the steps
// below are called in it): a seed gives the same reports on every run, apart
// from their client ids and the time they are made at.
class DemoReports final
{
public:
    DemoReports(quint32 seed, const PriorityMatrix &priorities, qint64 count)
        : m_random(seed)
        , m_priorities(priorities)
        , m_count(count)
    {
    }

    // Appends the ColumnCount values of report `index` (from 0) of `count`.
    void append(QVariantList &values, qint64 index);

private:
    struct Reporter
    {
        QString first;
        QString last;
        QString login;
        bool byPhone = false;
    };
    struct Handling
    {
        QString assignee;
        int versions = 1;
        QDateTime updated;
        bool resolved = false;
    };

    int pick(int size) { return int(m_random.bounded(size)); }
    QString statusFor(qint64 ageSeconds);
    QPair<QString, QString> deviceFor(const Category &category);
    QPair<QString, QString> textsFor(const Category &category, const QString &make, const QString &model,
                                     const QString &room);
    Reporter nextReporter();
    Handling handlingFor(const QString &status, const QDateTime &created, qint64 ageSeconds);

    static constexpr qint64 SpanSeconds = 90LL * 24 * 3600;

    QRandomGenerator m_random;
    const PriorityMatrix &m_priorities;
    const qint64 m_count;
    const Taxonomy &m_taxonomy = Taxonomy::instance();
    const KindDevices m_devices = devicesByKind(m_taxonomy);
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
    // In order of time, as real reports arrive, so ids grow with created_at
    // (the queue's word search relies on that) and every index is appended to.
    const qint64 m_spanMs = SpanSeconds * 1000;
    const QDateTime m_start = m_now.addMSecs(-m_spanMs);
};

void DemoReports::append(QVariantList &values, qint64 index)
{
    const Category &category = m_taxonomy.categories().at(pick(int(m_taxonomy.categories().size())));
    const Symptom &symptom = category.symptoms.at(pick(int(category.symptoms.size())));
    const QString impact = Taxonomy::impacts().at(pick(3));
    const QString urgency = Taxonomy::urgencies().at(pick(3));
    const QDateTime created = m_start.addMSecs(
        qint64(double(m_spanMs) * (double(index) + m_random.generateDouble()) / double(m_count)));
    const qint64 ageSeconds = created.secsTo(m_now);
    const QString status = statusFor(ageSeconds);
    const auto [make, model] = deviceFor(category);
    const QString room = QString::number(100 + pick(5) * 100 + pick(40));
    const auto [summary, description] = textsFor(category, make, model, room);
    const Reporter reporter = nextReporter();
    const Handling handling = handlingFor(status, created, ageSeconds);
    const QString assetTag = make.isEmpty() || pick(3)
                                 ? QStringLiteral("")
                                 : QStringLiteral("INV-%1").arg(pick(99999), 5, 10, QLatin1Char('0'));
    const QString assetKey = DeviceInfo::assetKey(assetTag);
    values << QUuid::createUuid().toString(QUuid::WithoutBraces) << StorageTime::text(created) << status
           << m_priorities.priority(impact, urgency) << category.id << symptom.id << summary << description
           << impact << urgency << category.deviceKind << make << model << false
           // The key the wizard's same-device duplicate check looks up, as ReportStore::submit stores it.
           << assetTag << (assetKey.isNull() ? QStringLiteral("") : assetKey)
           << QStringLiteral("Main") << room << QString(reporter.first + QLatin1Char(' ') + reporter.last)
           << reporter.login << QString(reporter.login + QStringLiteral("@example.org"))
           << QStringLiteral("+7 495 %1-%2-%3").arg(100 + pick(900)).arg(10 + pick(90)).arg(10 + pick(90))
           << QString::fromUtf8(departments[pick(std::size(departments))]) << QStringLiteral("Room %1").arg(room)
           << (reporter.byPhone ? QStringLiteral("phone") : QStringLiteral("email")) << QStringLiteral("DEMO-PC")
           << QStringLiteral("Debian GNU/Linux 12 (bookworm)") << (pick(50) == 0) << handling.assignee
           << (handling.updated.isValid() ? QVariant(StorageTime::text(handling.updated))
                                          : QVariant(QMetaType(QMetaType::QString)))
           << (handling.resolved && handling.updated.isValid() ? QVariant(StorageTime::text(handling.updated))
                                                               : QVariant(QMetaType(QMetaType::QString)))
           << handling.versions
           // Noticed up to four hours before it was filed; no draw of its own, so a seed keeps its reports.
           << StorageTime::text(created.addSecs(-60 * (1 + index % 240)));
}

// Old reports are mostly done, fresh ones mostly new.
QString DemoReports::statusFor(qint64 ageSeconds)
{
    const int roll = pick(100);
    if (ageSeconds < 2 * 24 * 3600)
        return roll < 60   ? QStringLiteral("new")
               : roll < 90 ? QStringLiteral("in_progress")
                           : QStringLiteral("waiting");
    if (ageSeconds < 14 * 24 * 3600)
        return roll < 15   ? QStringLiteral("new")
               : roll < 45 ? QStringLiteral("in_progress")
               : roll < 60 ? QStringLiteral("waiting")
               : roll < 85 ? QStringLiteral("resolved")
                           : QStringLiteral("closed");
    return roll < 3    ? QStringLiteral("new")
           : roll < 10 ? QStringLiteral("in_progress")
           : roll < 15 ? QStringLiteral("waiting")
           : roll < 40 ? QStringLiteral("resolved")
                       : QStringLiteral("closed");
}

// Make and model, empty (not null: a null QString binds as NULL, which the
// columns refuse) when the report names no device.
QPair<QString, QString> DemoReports::deviceFor(const Category &category)
{
    QString make = QStringLiteral("");
    QString model = QStringLiteral("");
    const auto &kindDevices = m_devices.value(category.deviceKind);
    if (!kindDevices.isEmpty() && (category.deviceRequired || pick(3) > 0)) {
        const auto &entry = kindDevices.at(pick(int(kindDevices.size())));
        make = entry.first;
        model = entry.second.at(pick(int(entry.second.size())));
    }
    return {make, model};
}

// Summary and description from the category's phrases.
QPair<QString, QString> DemoReports::textsFor(const Category &category, const QString &make, const QString &model,
                                              const QString &room)
{
    const QString device = make.isEmpty() ? QStringLiteral("the device") : make + QLatin1Char(' ') + model;
    const auto &list = phrases().value(category.id, phrases().value(QStringLiteral("other")));
    const Phrase &phrase = list.at(pick(int(list.size())));
    // Not arg(): not every phrase names both the device and the room.
    QString summary =
        QString::fromUtf8(phrase.summary).replace(QLatin1String("%1"), device).replace(QLatin1String("%2"), room);
    if (summary.size() > 120)
        summary = summary.left(120);
    const QString description =
        QString::fromUtf8(phrase.description).replace(QLatin1String("%1"), device).replace(QLatin1String("%2"), room);
    return {summary, description};
}

DemoReports::Reporter DemoReports::nextReporter()
{
    Reporter reporter;
    reporter.first = QString::fromLatin1(firstNames[pick(std::size(firstNames))]);
    reporter.last = QString::fromLatin1(lastNames[pick(std::size(lastNames))]);
    reporter.login = (reporter.first.left(1) + reporter.last).toLower();
    reporter.byPhone = pick(4) == 0;
    return reporter;
}

// Who has the report and how often it changed since it came in.
DemoReports::Handling DemoReports::handlingFor(const QString &status, const QDateTime &created, qint64 ageSeconds)
{
    Handling handling;
    handling.assignee = status == QLatin1String("new") && pick(4) > 0
                            ? QString(QStringLiteral(""))
                            : QString::fromLatin1(agents[pick(std::size(agents))]);
    handling.versions = status == QLatin1String("new") ? 1 : 2 + pick(4);
    handling.updated = handling.versions > 1
                           ? created.addSecs(qint64(m_random.bounded(double(std::max<qint64>(ageSeconds, 1)))))
                           : QDateTime();
    handling.resolved = status == QLatin1String("resolved") || status == QLatin1String("closed");
    return handling;
}

// One multi-row INSERT of `rows` reports.
QString insertStatement(int rows)
{
    const QString one = QLatin1Char('(') + QStringList(ColumnCount, QStringLiteral("?")).join(QLatin1Char(','))
                        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO reports (%1) VALUES %2")
        .arg(QLatin1String(columns), QStringList(rows, one).join(QLatin1Char(',')));
}

} // namespace

DemoSeeder::DemoSeeder(const QString &connectionName, quint32 seed)
    : m_connectionName(connectionName)
    , m_seed(seed)
{
}

bool DemoSeeder::seed(qint64 count, QString *errorMessage, const std::function<void(qint64)> &progress)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto fail = [&](const QString &what, const QSqlError &error) {
        if (errorMessage)
            *errorMessage = tr("Seeding stopped at %1: %2").arg(what, Database::explain(error, db));
        return false; // the batch's WriteTransaction rolls back as it goes out of scope
    };

    // Priorities as the organisation's matrix gives them, like real reports.
    const std::optional<PriorityMatrix> priorities = PriorityMatrixStore::load(m_connectionName, errorMessage);
    if (!priorities)
        return false;
    DemoReports reports(m_seed, *priorities, count);

    if (SqlDialect(db).isSqlite()) {
        // Six indexes and the word index take random inserts: a bigger page
        // cache (64 MiB, this connection only) keeps them off the disk.
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    QSqlQuery full(db);
    if (count >= RowsPerStatement && !full.prepare(insertStatement(RowsPerStatement)))
        return fail(tr("preparing the insert"), full.lastError());

    qint64 done = 0;
    while (done < count) {
        WriteTransaction transaction(db);
        if (!transaction.begin())
            return fail(QStringLiteral("BEGIN"), transaction.lastError());
        for (int s = 0; s < StatementsPerTransaction && done < count; ++s) {
            const int rows = int(std::min<qint64>(RowsPerStatement, count - done));
            QSqlQuery partial(db);
            QSqlQuery &query = rows == RowsPerStatement ? full : partial;
            if (rows != RowsPerStatement && !partial.prepare(insertStatement(rows)))
                return fail(tr("preparing the insert"), partial.lastError());
            QVariantList values;
            values.reserve(rows * ColumnCount);
            for (int r = 0; r < rows; ++r)
                reports.append(values, done + r);
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            if (!query.exec())
                return fail(tr("report %1").arg(done + 1), query.lastError());
            query.finish();
            done += rows;
        }
        if (!transaction.commit())
            return fail(QStringLiteral("COMMIT"), transaction.lastError());
        if (progress)
            progress(done);
    }
    return true;
}

} // namespace Helpdesk
