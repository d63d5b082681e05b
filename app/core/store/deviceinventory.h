#pragma once

// DeviceInventory: the organisation's own devices in the shared database, so
// an employee names "the office's printer" by its asset tag or its room
// instead of describing it. It looks devices up, imports the inventory from a
// CSV file (every bad row named by its line) and exports it again. One
// inventory per connection (and so per thread); every statement is prepared
// with bound values and every database error comes back as a message. It
// never deletes a device: a device missing from an imported file is left as it is.

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace Helpdesk {

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
    // Runs a statement; when the connection was lost (server restart),
    // reconnects once and runs it again.
    bool run(QSqlQuery &query, const std::function<bool(QSqlQuery &)> &prepareAndExec) const;
    // Writes the staged devices in one transaction. `columns` are those the
    // file has; only they are changed in existing devices.
    bool write(const QList<InventoryDevice> &devices, const QStringList &columns, ImportResult *result,
               QSqlError *error);

    QString m_connectionName;
};

} // namespace Helpdesk
