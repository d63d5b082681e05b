// DeviceInventory's CSV import: importCsv() and its steps, from the bytes of
// the file to the one transaction that writes it. Apart from the lookups and
// the export (deviceinventory.cpp) because reading and checking a file a
// person made is most of the code, and finding a device needs none of it.

#include "store/deviceinventory.h"

#include "model/csv.h"
#include "model/report.h"
#include "model/storagetime.h"
#include "model/taxonomy.h"
#include "store/database.h"
#include "store/writetransaction.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Helpdesk {

namespace {

// An inventory is a few thousand lines; a file a hundred times bigger is the
// wrong file, and reading it whole would only eat memory.
constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;

// The member of InventoryDevice that a CSV column names; null for none.
QString InventoryDevice::*member(const QString &column)
{
    static const QHash<QString, QString InventoryDevice::*> members = {
        {QStringLiteral("asset_tag"), &InventoryDevice::assetTag}, {QStringLiteral("kind"), &InventoryDevice::kind},
        {QStringLiteral("make"), &InventoryDevice::make},          {QStringLiteral("model"), &InventoryDevice::model},
        {QStringLiteral("name"), &InventoryDevice::name},          {QStringLiteral("location"), &InventoryDevice::location},
        {QStringLiteral("notes"), &InventoryDevice::notes},
    };
    return members.value(column, nullptr);
}

// A column or value named in a message, in the quotation marks of the language.
QString quoted(const QString &text)
{
    return QCoreApplication::translate("DeviceInventory", "“%1”", "a name quoted in a message").arg(text);
}

// A null QString binds as SQL NULL, which the NOT NULL columns refuse.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Runs a prepared statement with `values` bound by position.
bool execWith(QSqlQuery &query, const QVariantList &values, QSqlError *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

} // namespace

DeviceInventory::ImportResult DeviceInventory::importCsv(QIODevice &input)
{
    ImportResult result;
    const std::optional<QString> text = readImportFile(input, &result.error);
    if (!text)
        return result;
    CsvReader reader(*text);
    QStringList columns; // by position in the file
    if (!readImportHeader(*text, &reader, &columns, &result.error))
        return result;
    const QList<InventoryDevice> devices = readImportRows(&reader, columns, &result.rowErrors);
    if (!devices.isEmpty())
        writeImport(devices, columns, &result);
    return result;
}

std::optional<QString> DeviceInventory::readImportFile(QIODevice &input, QString *error)
{
    if (!input.isOpen() && !input.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the file: %1").arg(input.errorString());
        return std::nullopt;
    }
    if (!input.isReadable()) {
        *error = tr("Cannot read the file: %1").arg(input.errorString());
        return std::nullopt;
    }
    QByteArray bytes;
    for (;;) {
        QByteArray chunk(qsizetype(std::min<qint64>(1024 * 1024, MaxImportBytes + 1 - bytes.size())),
                         Qt::Uninitialized);
        const qint64 read = input.read(chunk.data(), chunk.size());
        if (read < 0) {
            *error = tr("Cannot read the file: %1").arg(input.errorString());
            return std::nullopt;
        }
        if (read == 0 && !input.waitForReadyRead(-1))
            break;
        bytes.append(chunk.constData(), qsizetype(read));
        if (bytes.size() > MaxImportBytes) {
            *error = tr("The file is larger than 64 MiB; is it really a device inventory?");
            return std::nullopt;
        }
    }
    QString decodeError;
    std::optional<QString> text = CsvReader::decodeUtf8(bytes, &decodeError);
    if (!text)
        *error = decodeError;
    return text;
}

bool DeviceInventory::readImportHeader(const QString &text, CsvReader *reader, QStringList *columns, QString *error)
{
    const QString expectedColumns = csvColumns().join(QLatin1Char(','));
    CsvReader::Record header;
    if (!reader->next(&header)) {
        *error = tr("The file is empty. Its first line must name the columns, e.g. %1").arg(expectedColumns);
        return false;
    }
    // Excel writes semicolons where the decimal separator is a comma (Russian
    // among them): a first line with semicolons and no comma is read that way.
    if (header.error.isEmpty() && header.fields.size() == 1 && header.fields.constFirst().contains(QLatin1Char(';'))) {
        *reader = CsvReader(text, QLatin1Char(';'));
        reader->next(&header);
    }
    if (!header.error.isEmpty()) {
        *error = tr("The first line, which names the columns, is broken: %1").arg(header.error);
        return false;
    }
    return readImportColumns(header.fields, columns, error);
}

bool DeviceInventory::readImportColumns(const QStringList &names, QStringList *columns, QString *error)
{
    QStringList unknown;
    for (int i = 0; i < names.size(); ++i) {
        const QString column = names.at(i).trimmed().toLower();
        if (column.isEmpty())
            unknown.append(tr("an unnamed column (number %1)").arg(i + 1));
        else if (!csvColumns().contains(column))
            unknown.append(quoted(names.at(i).trimmed()));
        else if (columns->contains(column)) {
            *error = tr("The column %1 appears twice in the first line.").arg(quoted(column));
            return false;
        }
        columns->append(column);
    }
    if (!unknown.isEmpty()) {
        *error = tr("Unknown column(s) %1 in the first line; the columns are: %2.", nullptr, int(unknown.size()))
                     .arg(unknown.join(QStringLiteral(", ")), csvColumns().join(QStringLiteral(", ")));
        return false;
    }
    QStringList missing;
    for (const char *required : {"asset_tag", "kind"}) {
        if (!columns->contains(QLatin1String(required)))
            missing.append(quoted(QLatin1String(required)));
    }
    if (!missing.isEmpty()) {
        *error = tr("The first line must name the column(s) %1 (every device needs an asset tag and a kind); "
                    "it names %2.", nullptr, int(missing.size()))
                     .arg(missing.join(QStringLiteral(", ")), columns->join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

QList<InventoryDevice> DeviceInventory::readImportRows(CsvReader *reader, const QStringList &columns,
                                                       QList<QPair<int, QString>> *rowErrors)
{
    QList<InventoryDevice> devices;
    QHash<QString, int> firstLine; // asset key → line of the row that claimed it
    CsvReader::Record record;
    while (reader->next(&record)) {
        if (!record.error.isEmpty()) {
            rowErrors->append({record.line, record.error});
            continue;
        }
        // Spreadsheets write rows of bare commas for rows that were only formatted.
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;
        if (record.fields.size() != columns.size()) {
            rowErrors->append(
                {record.line, tr("%n value(s), but the first line names %1 columns (a comma in a value that is not "
                                 "in quotes?)", nullptr, int(record.fields.size()))
                                  .arg(columns.size())});
            continue;
        }
        InventoryDevice device;
        const QStringList problems = readImportRow(record.fields, columns, firstLine, &device);
        if (!problems.isEmpty()) {
            rowErrors->append({record.line, problems.join(QStringLiteral("; "))});
            continue;
        }
        firstLine.insert(DeviceInfo::assetKey(device.assetTag), record.line);
        devices.append(device);
    }
    return devices;
}

QStringList DeviceInventory::readImportRow(const QStringList &fields, const QStringList &columns,
                                           const QHash<QString, int> &firstLine, InventoryDevice *device)
{
    QStringList problems;
    for (int i = 0; i < columns.size(); ++i) {
        // NUL and control characters from a broken export never reach the database.
        const QString value = FieldRules::cleanText(fields.at(i), true, true).trimmed();
        device->*member(columns.at(i)) = value;
        const int length = FieldRules::characterCount(value);
        if (length > FieldRules::ShortTextMax)
            problems.append(tr("%1 is %2 characters long; at most %3 fit")
                                .arg(quoted(columns.at(i)))
                                .arg(length)
                                .arg(FieldRules::ShortTextMax));
    }
    device->kind = device->kind.toLower();
    const QString key = DeviceInfo::assetKey(device->assetTag);
    if (device->assetTag.isEmpty())
        problems.prepend(tr("asset tag missing"));
    else if (device->assetTag.contains(QRegularExpression(QStringLiteral("[\\r\\n\\t]"))))
        problems.prepend(tr("the asset tag has a line break or tab in it"));
    else if (firstLine.contains(key))
        problems.prepend(tr("asset tag %1 appears again (first on line %2)").arg(device->assetTag).arg(firstLine.value(key)));
    if (device->kind.isEmpty())
        problems.append(tr("kind missing"));
    else if (!Taxonomy::deviceKinds().contains(device->kind))
        problems.append(tr("unknown kind %1; the kinds are: %2")
                            .arg(quoted(fields.at(int(columns.indexOf(QLatin1String("kind")))).trimmed()),
                                 Taxonomy::deviceKinds().join(QStringLiteral(", "))));
    return problems;
}

void DeviceInventory::writeImport(const QList<InventoryDevice> &devices, const QStringList &columns, ImportResult *result)
{
    QSqlError error;
    bool written = write(devices, columns, result, &error);
    if (!written && Database::isConnectionLost(error, database())) {
        // The server restarted or the network blinked: nothing was committed
        // (or all of it was, and the second attempt finds it unchanged).
        QSqlDatabase db = database();
        db.close();
        if (db.open())
            written = write(devices, columns, result, &error);
    }
    if (!written) {
        result->inserted = result->updated = result->unchanged = 0;
        const QString reason = error.nativeErrorCode() == QLatin1String("42501")
            ? tr("the login “%1” may not change the device inventory; only helpdesk agents (helpdesk-admin "
                 "add-agent) and the database's owner may.").arg(database().userName())
            : Database::explain(error, database());
        result->error = tr("Nothing was imported: %1").arg(reason);
    }
}

bool DeviceInventory::write(const QList<InventoryDevice> &devices, const QStringList &columns, ImportResult *result,
                            QSqlError *error)
{
    result->inserted = result->updated = result->unchanged = 0;
    QSqlDatabase db = database();
    if (!db.isOpen() && !db.open()) {
        *error = db.lastError();
        return false;
    }
    WriteTransaction transaction(db);
    // The write lock comes before the read, so another writer cannot slip in
    // between the read and the writes.
    if (!transaction.begin()) {
        *error = transaction.lastError();
        return false;
    }
    // What is there already, to tell new devices from changed and unchanged
    // ones and to keep the columns the file leaves out.
    const std::optional<QHash<QString, InventoryDevice>> existing = existingDevices(db, error);
    if (!existing || !writeDevices(db, devices, columns, *existing, result, error)) {
        transaction.rollback();
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.lastError();
        transaction.rollback();
        return false;
    }
    return true;
}

bool DeviceInventory::writeDevices(const QSqlDatabase &db, const QList<InventoryDevice> &devices,
                                   const QStringList &columns, const QHash<QString, InventoryDevice> &existing,
                                   ImportResult *result, QSqlError *error)
{
    QSqlQuery insert(db);
    QSqlQuery update(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO devices (asset_tag, asset_key, kind, make, model, name, location, "
                                       "notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = insert.lastError();
        return false;
    }
    if (!update.prepare(QStringLiteral("UPDATE devices SET asset_tag = ?, kind = ?, make = ?, model = ?, name = ?, "
                                       "location = ?, notes = ?, updated_at = ? WHERE asset_key = ?"))) {
        *error = update.lastError();
        return false;
    }
    const QString now = StorageTime::text(QDateTime::currentDateTimeUtc());

    for (const InventoryDevice &device : devices) {
        const QString key = DeviceInfo::assetKey(device.assetTag);
        const auto found = existing.constFind(key);
        if (found == existing.constEnd()) {
            if (!execWith(insert,
                          {text(device.assetTag), key, text(device.kind), text(device.make), text(device.model),
                           text(device.name), text(device.location), text(device.notes), now},
                          error))
                return false;
            ++result->inserted;
            continue;
        }
        InventoryDevice merged = *found;
        for (const QString &column : columns)
            merged.*member(column) = device.*member(column);
        if (merged == *found) {
            ++result->unchanged;
            continue;
        }
        if (!execWith(update,
                      {text(merged.assetTag), text(merged.kind), text(merged.make), text(merged.model),
                       text(merged.name), text(merged.location), text(merged.notes), now, key},
                      error))
            return false;
        ++result->updated;
    }
    return true;
}

} // namespace Helpdesk
