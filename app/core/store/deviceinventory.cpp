#include "store/deviceinventory.h"

#include "model/csv.h"
#include "model/report.h"
#include "store/database.h"
#include "store/sqldialect.h"
#include "triage/textsearch.h"

#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace Helpdesk {

namespace {

const char *const deviceColumns = "asset_tag, kind, make, model, name, location, notes";
// The same row without the agents' notes, for a login that may not read them.
const char *const deviceColumnsWithoutNotes = "asset_tag, kind, make, model, name, location, ''";

InventoryDevice deviceFromQuery(const QSqlQuery &q)
{
    InventoryDevice d;
    int i = 0;
    d.assetTag = q.value(i++).toString();
    d.kind = q.value(i++).toString();
    d.make = q.value(i++).toString();
    d.model = q.value(i++).toString();
    d.name = q.value(i++).toString();
    d.location = q.value(i++).toString();
    d.notes = q.value(i++).toString();
    return d;
}

} // namespace

bool InventoryDevice::operator==(const InventoryDevice &other) const
{
    return assetTag == other.assetTag && kind == other.kind && make == other.make && model == other.model
           && name == other.name && location == other.location && notes == other.notes;
}

const QStringList &DeviceInventory::csvColumns()
{
    static const QStringList columns = {QStringLiteral("asset_tag"), QStringLiteral("kind"), QStringLiteral("make"),
                                        QStringLiteral("model"),     QStringLiteral("name"), QStringLiteral("location"),
                                        QStringLiteral("notes")};
    return columns;
}

DeviceInventory::DeviceInventory(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

QSqlDatabase DeviceInventory::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool DeviceInventory::run(QSqlQuery &query, const QString &sql, const QVariantList &values) const
{
    return Database::runWithReconnect(m_connectionName, query, sql, values);
}

QString DeviceInventory::lookupColumns() const
{
    if (!m_notesReadable) {
        const QSqlDatabase db = database();
        if (!SqlDialect(db).isPostgres()) {
            m_notesReadable = true;
        } else {
            QSqlQuery query(db);
            // Not cached when the server would not say: the lookup itself
            // then fails with the reason.
            if (query.exec(QStringLiteral("SELECT has_column_privilege('devices', 'notes', 'SELECT')"))
                && query.next())
                m_notesReadable = query.value(0).toBool();
        }
    }
    return QLatin1String(m_notesReadable.value_or(true) ? deviceColumns : deviceColumnsWithoutNotes);
}

std::optional<InventoryDevice> DeviceInventory::byAssetTag(const QString &assetTag, QString *errorMessage) const
{
    const QString key = DeviceInfo::assetKey(assetTag);
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery query;
    const bool ok = run(query,
                        QStringLiteral("SELECT %1 FROM devices WHERE asset_key = ?").arg(lookupColumns()),
                        {key});
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("Cannot look up the device %1: %2")
                                .arg(assetTag.trimmed(), Database::explain(query.lastError(), database()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return deviceFromQuery(query);
}

QList<InventoryDevice> DeviceInventory::find(const QString &text, int limit, QString *errorMessage) const
{
    QList<InventoryDevice> devices;
    const QString key = DeviceInfo::assetKey(text);
    if (key.isEmpty())
        return devices;
    // The largest bigint means "all" to both SQLite and PostgreSQL.
    const qint64 rows = limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max();
    QSqlError error;
    if (!findByTag(key, rows, &devices, &error) || !findByWords(text, rows, &devices, &error)) {
        if (errorMessage)
            *errorMessage = tr("Cannot search the device inventory: %1").arg(Database::explain(error, database()));
        return QList<InventoryDevice>();
    }
    return devices;
}

// Asset tags first: the exact one, then those it begins, in tag order. A
// range over the key rather than LIKE, so no character typed is a wildcard
// and the key's index is used on both backends (code point order: BINARY on
// SQLite, COLLATE "C" on PostgreSQL). U+10FFFF sorts after every character a
// tag can continue with.
bool DeviceInventory::findByTag(const QString &key, qint64 rows, QList<InventoryDevice> *devices, QSqlError *error) const
{
    QSqlQuery query;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM devices WHERE asset_key >= ? AND asset_key < ? "
                            "ORDER BY CASE WHEN asset_key = ? THEN 0 ELSE 1 END, asset_key LIMIT ?")
                 .arg(lookupColumns()),
             {key, QString(key + QStringLiteral("\U0010FFFF")), key, rows})) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        devices->append(deviceFromQuery(query));
    return true;
}

// Then, up to `rows` in all, every device with all the words somewhere in its
// tag, make, model, name or location, after the tag matches in `devices`.
// Words only: quotes and operators typed into a search box are text to find,
// never query syntax.
bool DeviceInventory::findByWords(const QString &text, qint64 rows, QList<InventoryDevice> *devices, QSqlError *error) const
{
    if (devices->size() >= rows)
        return true;
    const QStringList words = TextSearch::words(text);
    if (words.isEmpty())
        return true;
    QSet<QString> found;
    for (const InventoryDevice &device : std::as_const(*devices))
        found.insert(DeviceInfo::assetKey(device.assetTag));
    const SqlDialect dialect(database());
    // Room for the tag matches, which come again here when a word matches too.
    const qint64 limit = rows == std::numeric_limits<qint64>::max() ? rows : rows + qint64(found.size());
    QSqlQuery query;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM devices WHERE %2 ORDER BY asset_key LIMIT ?")
                 .arg(lookupColumns(),
                      dialect.textSearchCondition(QStringLiteral("devices"), QStringLiteral("id"))),
             {dialect.textSearchValue(words), limit})) {
        *error = query.lastError();
        return false;
    }
    while (query.next() && devices->size() < rows) {
        const InventoryDevice device = deviceFromQuery(query);
        if (!found.contains(DeviceInfo::assetKey(device.assetTag)))
            devices->append(device);
    }
    return true;
}

qint64 DeviceInventory::count(QString *errorMessage) const
{
    QSqlQuery query;
    const bool ok = run(query, QStringLiteral("SELECT COUNT(*) FROM devices"));
    if (!ok || !query.next()) {
        if (errorMessage)
            *errorMessage = tr("Cannot count the devices: %1").arg(Database::explain(query.lastError(), database()));
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<QHash<QString, InventoryDevice>> DeviceInventory::existingDevices(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM devices").arg(QLatin1String(deviceColumns)))) {
        *error = query.lastError();
        return std::nullopt;
    }
    QHash<QString, InventoryDevice> existing;
    while (query.next()) {
        const InventoryDevice device = deviceFromQuery(query);
        existing.insert(DeviceInfo::assetKey(device.assetTag), device);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return existing;
}

bool DeviceInventory::exportCsv(QIODevice &output, QString *errorMessage) const
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (!output.isWritable())
        return fail(tr("Cannot write the file: %1").arg(output.errorString()));
    QSqlQuery query;
    const bool ok = run(query,
                        QStringLiteral("SELECT %1 FROM devices ORDER BY asset_key").arg(QLatin1String(deviceColumns)));
    if (!ok)
        return fail(tr("Cannot read the device inventory: %1").arg(Database::explain(query.lastError(), database())));

    auto writeRecord = [&output](const QStringList &fields) {
        const QByteArray bytes = csvRecord(fields).toUtf8();
        return output.write(bytes) == bytes.size();
    };
    // No byte-order mark, as the reports' export: other programs trip on it.
    if (!writeRecord(csvColumns()))
        return fail(tr("Cannot write the file: %1").arg(output.errorString()));
    while (query.next()) {
        const InventoryDevice d = deviceFromQuery(query);
        if (!writeRecord({d.assetTag, d.kind, d.make, d.model, d.name, d.location, d.notes}))
            return fail(tr("Cannot write the file: %1").arg(output.errorString()));
    }
    if (query.lastError().isValid())
        return fail(tr("Reading the device inventory stopped: %1").arg(Database::explain(query.lastError(), database())));
    return true;
}

} // namespace Helpdesk
