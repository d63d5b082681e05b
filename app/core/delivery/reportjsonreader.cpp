#include "delivery/reportjsonreader.h"

#include "delivery/reportjson.h"

#include <QStringList>

#include <algorithm>

namespace Helpdesk {

namespace {

using Key = ReportJsonReader::Key;
using Level = ReportJsonReader::Level;
using Type = ReportJsonReader::Type;

const QList<Level> &levels()
{
    static const QList<Level> all = {
        {QString(),
         {{"category", "problem.category", Type::Text},
          {"symptom", "problem.symptom", Type::Text},
          {"summary", "problem.summary", Type::Text},
          {"description", "problem.description", Type::Text},
          {"impact", "problem.impact", Type::Text},
          {"urgency", "problem.urgency", Type::Text},
          {"started_at", "problem.startedAt", Type::Text},
          {"client_id", "client_id", Type::Text},
          {"device", "device", Type::Object},
          {"contact", "contact", Type::Object},
          {"attachments", "attachments", Type::Array}}},
        {QStringLiteral("device."),
         {{"kind", "device.kind", Type::Text},
          {"make", "device.make", Type::Text},
          {"model", "device.model", Type::Text},
          {"custom_model", "device.customModel", Type::Boolean},
          {"asset_tag", "device.assetTag", Type::Text},
          {"building", "device.building", Type::Text},
          {"room", "device.room", Type::Text},
          {"location", "device.location", Type::Text}}},
        {QStringLiteral("contact."),
         {{"name", "contact.name", Type::Text},
          {"login", "contact.login", Type::Text},
          {"email", "contact.email", Type::Text},
          {"phone", "contact.phone", Type::Text},
          {"department", "contact.department", Type::Text},
          {"location", "contact.location", Type::Text},
          {"preferred", "contact.preferred", Type::Text}}},
    };
    return all;
}

// A key as it can be printed on one line of a terminal: a control character in
// a key (a script's bug) would otherwise split "FIELD: MESSAGE" in two.
QString printable(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// Edit distance counting a swap of two neighbours as one edit: "nmae" is one
// slip away from "name", as a person types it.
int editDistance(const QString &a, const QString &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The key that was probably meant, as a full path, or empty when no guess is good.
QString likelyKey(const QString &name, const Level &level)
{
    // The right key in the wrong object: "email" beside "summary" rather than in "contact".
    QStringList elsewhere;
    for (const Level &other : levels()) {
        if (other.prefix != level.prefix && other.key(name))
            elsewhere.append(other.prefix + name);
    }
    if (elsewhere.size() == 1)
        return elsewhere.constFirst();

    // A typo. Short keys ("kind", "room") allow one slip, longer ones two.
    const QString lower = name.toLower();
    const int allowed = name.size() <= 4 ? 1 : 2;
    QString best;
    int bestDistance = allowed + 1;
    bool tie = false;
    for (const Key &key : level.keys) {
        const int distance = editDistance(lower, QLatin1String(key.name));
        if (distance < bestDistance) {
            best = level.prefix + QLatin1String(key.name);
            bestDistance = distance;
            tie = false;
        } else if (distance == bestDistance) {
            tie = true;
        }
    }
    return tie ? QString() : best;
}

} // namespace

const ReportJsonReader::Level &ReportJsonReader::topLevel() { return levels().at(0); }
const ReportJsonReader::Level &ReportJsonReader::deviceLevel() { return levels().at(1); }
const ReportJsonReader::Level &ReportJsonReader::contactLevel() { return levels().at(2); }

ReportJsonReader::Level ReportJsonReader::attachmentLevel(int index)
{
    return {QStringLiteral("attachments[%1].").arg(index),
            {{"file_name", "file_name", Type::Text},
             {"mime_type", "mime_type", Type::Text},
             {"data", "data", Type::Text}}};
}

QString ReportJsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return ReportJson::tr("true or false", "JSON type; completes “must be text, not …”");
    case QJsonValue::Double:
        return ReportJson::tr("a number", "JSON type; completes “must be text, not …”");
    case QJsonValue::String:
        return ReportJson::tr("text", "JSON type; completes “must be an object, not …”");
    case QJsonValue::Array:
        return ReportJson::tr("a list […]", "JSON type; completes “must be text, not …”");
    case QJsonValue::Object:
        return ReportJson::tr("an object {…}", "JSON type; completes “must be text, not …”");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

ReportJsonReader::ReportJsonReader(QList<FieldError> &errors)
    : m_errors(errors)
{
}

void ReportJsonReader::refuseUnknownKeys(const QJsonObject &object, const Level &level)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (level.key(it.key()))
            continue;
        const QString path = level.prefix + printable(it.key());
        const QString guess = likelyKey(it.key(), level);
        QString message;
        if (!guess.isEmpty()) {
            message = ReportJson::tr("Unknown key “%1”; did you mean “%2”?").arg(path, guess);
        } else {
            QStringList known;
            for (const Key &key : level.keys)
                known.append(QLatin1String(key.name));
            message = ReportJson::tr("Unknown key “%1”; the keys here are: %2.")
                          .arg(path, known.join(QStringLiteral(", ")));
        }
        m_errors.append({path, message});
    }
}

bool ReportJsonReader::read(const QJsonObject &object, const Level &level, const char *name, QString *target)
{
    const QJsonValue value = present(object, level, name);
    if (value.isUndefined())
        return false;
    if (!value.isString()) {
        refuseType(level, name, ReportJson::tr("“%1” must be text, not %2."), value);
        return false;
    }
    *target = value.toString();
    return true;
}

bool ReportJsonReader::read(const QJsonObject &object, const Level &level, const char *name, bool *target)
{
    const QJsonValue value = present(object, level, name);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        refuseType(level, name, ReportJson::tr("“%1” must be true or false, not %2."), value);
        return false;
    }
    *target = value.toBool();
    return true;
}

bool ReportJsonReader::read(const QJsonObject &object, const Level &level, const char *name, QJsonObject *target)
{
    const QJsonValue value = present(object, level, name);
    if (value.isUndefined())
        return false;
    if (!value.isObject()) {
        refuseType(level, name, ReportJson::tr("“%1” must be an object {…}, not %2."), value);
        return false;
    }
    *target = value.toObject();
    return true;
}

bool ReportJsonReader::read(const QJsonObject &object, const Level &level, const char *name, QJsonArray *target)
{
    const QJsonValue value = present(object, level, name);
    if (value.isUndefined())
        return false;
    if (!value.isArray()) {
        refuseType(level, name, ReportJson::tr("“%1” must be a list […], not %2."), value);
        return false;
    }
    *target = value.toArray();
    return true;
}

void ReportJsonReader::refuse(const Level &level, const char *name, const QString &message)
{
    const QString field = level.prefix.startsWith(QLatin1String("attachments["))
        ? QString(level.prefix + QLatin1String(name))
        : QString(QLatin1String(level.key(QLatin1String(name))->field));
    m_errors.append({field, message});
}

QJsonValue ReportJsonReader::present(const QJsonObject &object, const Level &level, const char *name)
{
    Q_ASSERT(level.key(QLatin1String(name)));
    const QJsonValue value = object.value(QLatin1String(name));
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

void ReportJsonReader::refuseType(const Level &level, const char *name, const QString &pattern,
                                  const QJsonValue &value)
{
    refuse(level, name, pattern.arg(level.prefix + QLatin1String(name), typeName(value)));
}

} // namespace Helpdesk
