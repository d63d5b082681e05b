#include "devicecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Helpdesk {

namespace {
void sortNaturally(QStringList &list)
{
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
}
} // namespace

const DeviceCatalog &DeviceCatalog::builtIn()
{
    static const DeviceCatalog catalog = [] {
        QFile file(QStringLiteral(":/catalog/devices.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Device catalogue resource is missing");
            return DeviceCatalog();
        }
        QString error;
        DeviceCatalog result = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qWarning("Device catalogue: %s", qPrintable(error));
        return result;
    }();
    return catalog;
}

DeviceCatalog DeviceCatalog::fromJson(const QByteArray &json, QString *errorMessage)
{
    DeviceCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        // Valid JSON of the wrong shape (an array) has no parse error to report.
        if (errorMessage)
            *errorMessage = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("DeviceCatalog", "The device catalogue is not valid JSON: %1 at offset %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QCoreApplication::translate("DeviceCatalog",
                                              "The device catalogue must be a JSON object of device kinds, "
                                              "e.g. {\"printer\": {\"HP\": [\"LaserJet Pro M404dn\"]}}.");
        return catalog;
    }
    // {"printer": {"HP": ["LaserJet Pro M404dn", ...], ...}, ...}
    const QJsonObject kinds = document.object();
    for (auto kind = kinds.begin(); kind != kinds.end(); ++kind) {
        const QJsonObject makes = kind.value().toObject();
        QMap<QString, QStringList> &byMake = catalog.m_models[kind.key()];
        for (auto make = makes.begin(); make != makes.end(); ++make) {
            QStringList models;
            const QJsonArray array = make.value().toArray();
            for (const QJsonValue &model : array)
                models.append(model.toString());
            models.removeDuplicates();
            sortNaturally(models);
            byMake.insert(make.key(), models);
        }
    }
    return catalog;
}

QStringList DeviceCatalog::makes(const QString &kind) const
{
    QStringList makes = m_models.value(kind).keys();
    sortNaturally(makes);
    return makes;
}

QStringList DeviceCatalog::models(const QString &kind, const QString &make) const
{
    const auto byMake = m_models.value(kind);
    return byMake.value(canonicalMake(kind, make));
}

QString DeviceCatalog::canonicalMake(const QString &kind, const QString &make) const
{
    const auto byMake = m_models.value(kind);
    const QString trimmed = make.trimmed();
    for (auto it = byMake.keyBegin(); it != byMake.keyEnd(); ++it) {
        if (it->compare(trimmed, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QString();
}

bool DeviceCatalog::contains(const QString &kind, const QString &make, const QString &model) const
{
    const QStringList list = models(kind, make);
    return std::any_of(list.cbegin(), list.cend(), [&model](const QString &m) {
        return m.compare(model.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

} // namespace Helpdesk
