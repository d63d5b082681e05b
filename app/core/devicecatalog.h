#pragma once

// DeviceCatalog: makes and models per device kind, so a report names a
// "Brother HL-L2340D" rather than "the grey printer". Read from the resource
// :/catalog/devices.json the first time it is asked, not at start-up.

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Helpdesk {

class DeviceCatalog final
{
public:
    static const DeviceCatalog &builtIn();
    // For tests and for organisations that ship their own file.
    static DeviceCatalog fromJson(const QByteArray &json, QString *errorMessage = nullptr);

    QStringList makes(const QString &kind) const;
    QStringList models(const QString &kind, const QString &make) const;
    bool contains(const QString &kind, const QString &make, const QString &model) const;
    // The catalogue's own spelling of a make typed in any case ("hp" -> "HP").
    QString canonicalMake(const QString &kind, const QString &make) const;
    bool isEmpty() const { return m_models.isEmpty(); }

private:
    // kind -> make -> models, each list sorted case-insensitively.
    QHash<QString, QMap<QString, QStringList>> m_models;
};

} // namespace Helpdesk
