#pragma once

// DeviceCatalog: makes and models per device kind, so a report names a
// "Brother HL-L2340D" rather than "the grey printer". The built-in catalogue
// is generated from Debian's printing and scanning data (see
// resources/catalog/README.md) and read from :/catalog/devices.json the first
// time it is asked, never at start-up (the wizard asks on a worker thread).
//
// The rules that turn a driver's or CUPS's "EPSON ET-2850 Series, Epson
// Inkjet Printer Driver ..." into make "Epson", model "ET-2850" are
// DeviceNames' (devicenames.h); the catalogue indexes and searches by them. It knows nothing about the organisation's own devices (that is
// the inventory's job) and never touches the network or a database.

#include "devices/devicenames.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Helpdesk {

class DeviceCatalog final
{
public:
    // Loads on the first call (~30 ms: resource, JSON, search index) and
    // waits for a load under way on another thread; thread-safe, and shared
    // read-only once loaded.
    static const DeviceCatalog &builtIn();
    // For tests and for organisations that ship their own file. Reads format 2
    // ({"format": 2, "hidden_makes": [...], "kinds": {kind: {make: [models]}}})
    // and the older format 1 ({kind: {make: [models]}}).
    static DeviceCatalog fromJson(const QByteArray &json, QString *errorMessage = nullptr);

    // Makes of a kind, sorted ignoring case. Rebrands (Lanier, Savin, ...: the
    // same Ricoh machine under another badge) are left out unless asked for,
    // so the list a person scrolls is not six copies of every copier.
    QStringList makes(const QString &kind, bool includeHidden = false) const;
    QStringList models(const QString &kind, const QString &make) const;
    bool contains(const QString &kind, const QString &make, const QString &model) const;
    // The catalogue's own spelling of a make typed in any case or under
    // another name ("hp", "Hewlett-Packard" -> "HP"); empty when unknown.
    QString canonicalMake(const QString &kind, const QString &make) const;
    // makes(kind) is not empty, without building the list: validation asks
    // this on every keystroke and every submit.
    bool hasMakes(const QString &kind) const;
    bool isHiddenMake(const QString &make) const { return m_hiddenMakes.contains(make); }
    bool isEmpty() const { return m_models.isEmpty(); }
    // Every make/model pair of every kind.
    int size() const { return int(m_entries.size()); }

    // Type-to-search over "make model" and the make's other names: case,
    // punctuation, spacing and word order do not matter ("hl l2340",
    // "Hewlett-Packard LaserJet 4050"). Every word typed must occur. Best
    // first: the whole name, then names starting with what was typed, then
    // words starting with it, then mere substrings; shorter names first among
    // equals. Rebrands only when their make is typed. An empty kind searches
    // every kind; an empty text lists the whole catalogue. limit <= 0: all.
    QList<CatalogEntry> search(const QString &text, const QString &kind = QString(), int limit = 50) const;

    // The naming rules, here for the callers that know only the catalogue.
    static QString normalizedMake(const QString &rawMake) { return DeviceNames::normalizedMake(rawMake); }
    static QString cleanModel(const QString &make, const QString &rawModel)
    {
        return DeviceNames::cleanModel(make, rawModel);
    }
    static CatalogEntry fromMakeAndModel(const QString &makeAndModel, const QString &kind = QStringLiteral("printer"))
    {
        return DeviceNames::fromMakeAndModel(makeAndModel, kind);
    }
    static QString compactKey(const QString &text) { return DeviceNames::compactKey(text); }

    // The catalogue's own entry for a make and model spelt any which way
    // (raw driver text is cleaned first), or nothing when it is not listed.
    std::optional<CatalogEntry> match(const CatalogEntry &entry) const;

private:
    struct Make
    {
        QString kind;
        QString name;
        bool hidden = false;
        // compactKey() of the name and of the make's other names, for search.
        std::vector<std::string> keys;
    };
    struct Indexed
    {
        int make = 0;       // index into m_makes
        QString model;
        std::string key;    // compactKey(make + model) in UTF-8
        std::string starts; // per byte of key: 0 word start, 1 letter/digit change, 2 inside
        int makeLength = 0; // bytes of key that are the make
    };

    void add(const QString &kind, const QString &make, const QStringList &models);
    void buildIndex();
    CatalogEntry entryAt(std::size_t index) const;
    // search() in steps: everything of a kind; how well one typed word
    // occurs in an entry (0 a whole word ... 3 inside a word, 4 not at all);
    // how the whole text names the entry (0 all of it, 1 its start, 2 words).
    QList<CatalogEntry> listAll(const QString &kind, std::size_t wanted) const;
    static int wordQuality(const Indexed &entry, const Make &make, const std::string &word, bool *inMake);
    static int nameTier(const Indexed &entry, const Make &make, std::string_view all);

    // kind -> make -> models, each list sorted case-insensitively.
    QHash<QString, QMap<QString, QStringList>> m_models;
    QSet<QString> m_hiddenMakes;
    // kind + '\n' + compactKey(make) -> the catalogue's make
    QHash<QString, QString> m_makeByKey;
    // kind + '\n' + make + '\n' + case-folded model: exact lookups for contains()
    QSet<QString> m_exact;
    // kind + '\n' + make + '\n' + compactKey(model) -> index into m_entries, for match()
    QHash<QString, int> m_modelByKey;
    std::vector<Make> m_makes;
    std::vector<Indexed> m_entries;
};

} // namespace Helpdesk
