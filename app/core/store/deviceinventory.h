#pragma once

// DeviceInventory: the organisation's own devices in the shared database, so
// an employee names "the office's printer" by its asset tag or its room
// instead of describing it. It looks devices up, imports the inventory from a
// CSV file (every bad row named by its line) and exports it again. One
// inventory per connection (and so per thread); every statement is prepared
// with bound values and every database error comes back as a message. It
// never deletes a device: a device missing from an imported file is left as it is.
// The import (importCsv() and its steps) is in deviceinventoryimport.cpp.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QIODevice;

namespace Helpdesk {

class CsvReader;

struct InventoryDevice
{
    QString assetTag; // as written on the label; unique in any case ("INV-1" is "inv-1")
    QString kind;     // Taxonomy::deviceKinds()
    QString make;
    QString model;
    QString name;     // e.g. the print queue or host name
    QString location; // free text, e.g. "Main office, room 305"
    QString notes;

    bool operator==(const InventoryDevice &other) const;
    bool operator!=(const InventoryDevice &other) const { return !(*this == other); }
};

class DeviceInventory final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceInventory)
public:
    struct ImportResult
    {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0; // in the file exactly as in the database: not written again
        QList<QPair<int, QString>> rowErrors; // line number in the file, reason; those rows were skipped
        QString error; // the file as a whole or the database refused; nothing was written
        bool ok() const { return error.isEmpty() && rowErrors.isEmpty(); }
    };

    // The columns of the CSV format, in the order export writes them.
    static const QStringList &csvColumns();

    explicit DeviceInventory(const QString &connectionName);

    // Case-insensitive; nothing (and no message) when there is no such device.
    std::optional<InventoryDevice> byAssetTag(const QString &assetTag, QString *errorMessage = nullptr) const;
    // Asset tag (exact or prefix, first), then word matches over asset tag, make, model, name and location
    // (so "305" finds devices in room 305, "m404" … well, whole words; "INV-004" prefix finds INV-00417).
    QList<InventoryDevice> find(const QString &text, int limit = 20, QString *errorMessage = nullptr) const;
    qint64 count(QString *errorMessage = nullptr) const;

    // CSV, UTF-8 (BOM allowed), header row, RFC 4180 quoting (quoted fields with commas, doubled quotes, line breaks).
    // Columns by header name, any order: asset_tag (required), kind (required; Taxonomy::deviceKinds()), make, model, name, location, notes;
    // unknown columns are an error naming them. Good rows are imported in ONE transaction; each bad row is named by
    // its line number in the file and why ("line 8: asset tag missing", "line 12: unknown kind “prnter”",
    // "line 15: asset tag INV-1 appears again (first on line 3)", a field over 200 characters, broken quoting at end
    // of file...). Re-import updates existing devices by asset tag (case-insensitive). Invalid UTF-8 → file-level error.
    // Columns the file leaves out keep their values in devices it updates. A file whose header is separated by
    // semicolons (Excel in a locale with a decimal comma) is read with semicolons.
    ImportResult importCsv(QIODevice &input);
    // Same columns, header row, RFC 4180, sorted by asset tag.
    bool exportCsv(QIODevice &output, QString *errorMessage = nullptr) const;

private:
    QSqlDatabase database() const;
    // Prepares `sql`, binds `values` in order and runs it; when the connection
    // was lost (server restart), reconnects once and runs it again.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const;
    // The columns a lookup reads: on PostgreSQL a reporter may not read the
    // agents' notes (schema version 8), so theirs come back empty. Asked of
    // the server once per inventory.
    QString lookupColumns() const;
    // find() in its two steps: tags that are or begin with `key`, then word
    // matches, both adding to `devices` up to `rows`.
    bool findByTag(const QString &key, qint64 rows, QList<InventoryDevice> *devices, QSqlError *error) const;
    bool findByWords(const QString &text, qint64 rows, QList<InventoryDevice> *devices, QSqlError *error) const;
    // Every device by asset key, read inside the import's transaction.
    static std::optional<QHash<QString, InventoryDevice>> existingDevices(const QSqlDatabase &db, QSqlError *error);

    // importCsv() in its steps, each ending with the file-level message or the
    // rows' errors of ImportResult: the file as text (size capped, UTF-8), the
    // header (its separator and columns), then every row parsed and checked.
    static std::optional<QString> readImportFile(QIODevice &input, QString *error);
    static bool readImportHeader(const QString &text, CsvReader *reader, QStringList *columns, QString *error);
    static bool readImportColumns(const QStringList &names, QStringList *columns, QString *error);
    static QList<InventoryDevice> readImportRows(CsvReader *reader, const QStringList &columns,
                                                 QList<QPair<int, QString>> *rowErrors);
    // One row's fields into `device`; what is wrong with it (empty: nothing).
    // `firstLine` holds the asset keys of the rows before it.
    static QStringList readImportRow(const QStringList &fields, const QStringList &columns,
                                     const QHash<QString, int> &firstLine, InventoryDevice *device);
    // write(), once more after a lost connection; a refusal becomes
    // `result->error` and nothing counts as imported.
    void writeImport(const QList<InventoryDevice> &devices, const QStringList &columns, ImportResult *result);
    // Writes the staged devices in one transaction. `columns` are those the
    // file has; only they are changed in existing devices.
    bool write(const QList<InventoryDevice> &devices, const QStringList &columns, ImportResult *result,
               QSqlError *error);
    // The inserts and updates of write(), inside its transaction.
    static bool writeDevices(const QSqlDatabase &db, const QList<InventoryDevice> &devices, const QStringList &columns,
                             const QHash<QString, InventoryDevice> &existing, ImportResult *result, QSqlError *error);

    QString m_connectionName;
    mutable std::optional<bool> m_notesReadable;
};

} // namespace Helpdesk
