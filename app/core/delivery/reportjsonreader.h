#pragma once

// ReportJsonReader: the keys of the submit format (ReportJson::parse()),
// object by object, and the walk over a document that takes what it can into
// the report and notes every key it cannot: unknown (with the key that was
// probably meant) or of the wrong type. Which key fills which field, and the
// rules of a report, are parse()'s; it never reads a saved object.

#include "model/report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Helpdesk {

class ReportJsonReader final
{
public:
    enum class Type { Text, Boolean, Object, Array };

    struct Key
    {
        const char *name;  // as written in the JSON
        const char *field; // as Report::validate() names it; the JSON path where it has no such name
        Type type;
    };

    // One JSON object of the format: the top level, "device", "contact" or one
    // of "attachments".
    struct Level
    {
        QString prefix; // "" or "device." / "contact."
        QList<Key> keys;

        const Key *key(const QString &name) const
        {
            for (const Key &k : keys) {
                if (name == QLatin1String(k.name))
                    return &k;
            }
            return nullptr;
        }
    };

    static const Level &topLevel();
    static const Level &deviceLevel();
    static const Level &contactLevel();
    // One element of "attachments"; its prefix names the element ("attachments[2].").
    static Level attachmentLevel(int index);

    // What a value is, to complete "must be text, not …".
    static QString typeName(const QJsonValue &value);

    explicit ReportJsonReader(QList<FieldError> &errors);

    // A misspelt key must never silently drop what it holds ("sumary" would
    // otherwise file a report without its summary, or refuse it for the wrong reason).
    void refuseUnknownKeys(const QJsonObject &object, const Level &level);

    // Each returns true and sets `target` when the key is there with the
    // right type; absent and null leave `target` alone; a wrong type is an error.
    bool read(const QJsonObject &object, const Level &level, const char *name, QString *target);
    bool read(const QJsonObject &object, const Level &level, const char *name, bool *target);
    bool read(const QJsonObject &object, const Level &level, const char *name, QJsonObject *target);
    bool read(const QJsonObject &object, const Level &level, const char *name, QJsonArray *target);

    // Keys of a list's elements are named by their path ("attachments[1].data"),
    // keys of the fixed objects as Report::validate() names them.
    void refuse(const Level &level, const char *name, const QString &message);

    void refusePath(const QString &path, const QString &message) { m_errors.append({path, message}); }

    qsizetype errorCount() const { return m_errors.size(); }

private:
    // Undefined for absent and null: a script that writes "room": null means
    // "no room", exactly as if it had left the key out.
    static QJsonValue present(const QJsonObject &object, const Level &level, const char *name);

    void refuseType(const Level &level, const char *name, const QString &pattern, const QJsonValue &value);

    QList<FieldError> &m_errors;
};

} // namespace Helpdesk
