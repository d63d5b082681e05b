#include "devices/devicecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <string_view>

namespace Helpdesk {

namespace {

constexpr int CurrentFormat = 2;

void sortNaturally(QStringList &list)
{
    auto less = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; };
    // The generated file is sorted already; checking is far cheaper than sorting.
    if (!std::is_sorted(list.cbegin(), list.cend(), less))
        std::sort(list.begin(), list.end(), less);
}

enum CharClass { Separator, Lower, Upper, Digit, OtherLetter };

CharClass charClass(QChar c)
{
    if (c.isDigit())
        return Digit;
    if (c.isLower())
        return Lower;
    if (c.isUpper())
        return Upper;
    if (c.isLetterOrNumber())
        return OtherLetter;
    return Separator;
}

// Builds the compact key of "make model" and, per byte, where a typed word
// may start well: 0 after a space or punctuation, 1 where letters turn into
// digits or a camel hump ("L|2340|D", "Laser|Jet"), 2 anywhere else.
void compactWithStarts(const QString &text, std::string &key, std::string &starts)
{
    CharClass previous = Separator;
    for (const QChar c : text) {
        const CharClass current = charClass(c);
        // ASCII is nearly all of the catalogue: no allocation per character.
        char ascii = 0;
        QByteArray part;
        if (c.unicode() < 0x80) {
            if (current != Separator)
                ascii = char(c.toLower().unicode());
        } else {
            part = DeviceNames::compactPart(c).toUtf8();
        }
        if (ascii == 0 && part.isEmpty()) {
            previous = Separator;
            continue;
        }
        char start = 2;
        if (previous == Separator)
            start = 0;
        else if ((previous == Digit) != (current == Digit) || (previous == Lower && current == Upper))
            start = 1;
        if (ascii != 0) {
            key.push_back(ascii);
            starts.push_back(start);
        } else {
            key.append(part.constData(), size_t(part.size()));
            starts.push_back(start);
            starts.append(size_t(part.size() - 1), char(2));
        }
        previous = current;
    }
}

QString kindKey(const QString &kind, const QString &rest)
{
    return kind + QLatin1Char('\n') + rest;
}

} // namespace

const DeviceCatalog &DeviceCatalog::builtIn()
{
    // Thread-safe since C++11, so a page may warm it up from a worker thread.
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
    const QJsonObject root = document.object();
    QJsonObject kinds = root;
    // Format 1 is the bare {kind: {make: [models]}}; format 2 says so and
    // wraps the kinds, next to the list of rebranded makes.
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined()) {
        if (format.toInt() != CurrentFormat) {
            if (errorMessage)
                *errorMessage = QCoreApplication::translate(
                                    "DeviceCatalog",
                                    "The device catalogue has format %1; this program reads formats 1 and 2.")
                                    .arg(format.toVariant().toString());
            return catalog;
        }
        if (!root.value(QStringLiteral("kinds")).isObject()) {
            if (errorMessage)
                *errorMessage = QCoreApplication::translate(
                    "DeviceCatalog",
                    "The device catalogue must be a JSON object of device kinds, "
                    "e.g. {\"printer\": {\"HP\": [\"LaserJet Pro M404dn\"]}}.");
            return catalog;
        }
        kinds = root.value(QStringLiteral("kinds")).toObject();
        const QJsonArray hidden = root.value(QStringLiteral("hidden_makes")).toArray();
        for (const QJsonValue &make : hidden)
            catalog.m_hiddenMakes.insert(make.toString());
    }
    // {"printer": {"HP": ["LaserJet Pro M404dn", ...], ...}, ...}
    for (auto kind = kinds.begin(); kind != kinds.end(); ++kind) {
        const QJsonObject makes = kind.value().toObject();
        catalog.m_models[kind.key()]; // a kind with no makes ("other") still exists
        for (auto make = makes.begin(); make != makes.end(); ++make) {
            const QJsonArray array = make.value().toArray();
            QStringList models;
            models.reserve(array.size());
            for (const QJsonValue &model : array)
                models.append(model.toString());
            catalog.add(kind.key(), make.key(), models);
        }
    }
    catalog.buildIndex();
    return catalog;
}

void DeviceCatalog::add(const QString &kind, const QString &make, const QStringList &models)
{
    QStringList list = models;
    list.removeDuplicates();
    sortNaturally(list);
    m_models[kind].insert(make, list);
}

void DeviceCatalog::buildIndex()
{
    m_makes.clear();
    m_entries.clear();
    std::size_t total = 0;
    for (auto kind = m_models.cbegin(); kind != m_models.cend(); ++kind) {
        for (const QStringList &models : kind.value())
            total += std::size_t(models.size());
    }
    m_entries.reserve(total);
    m_exact.reserve(qsizetype(total));
    m_modelByKey.reserve(qsizetype(total));

    for (auto kind = m_models.cbegin(); kind != m_models.cend(); ++kind) {
        for (auto make = kind.value().cbegin(); make != kind.value().cend(); ++make) {
            Make info;
            info.kind = kind.key();
            info.name = make.key();
            info.hidden = m_hiddenMakes.contains(make.key());
            const QString makeKey = compactKey(make.key());
            m_makeByKey.insert(kindKey(kind.key(), makeKey), make.key());
            info.keys.push_back(makeKey.toStdString());
            // Other names of the make: "Hewlett-Packard" finds HP, "Minolta" Konica Minolta.
            const QStringList names = DeviceNames::namesOf(makeKey);
            for (const QString &name : names) {
                const QString key = compactKey(name);
                if (key != makeKey) {
                    info.keys.push_back(key.toStdString());
                    // A make listed under this very name wins over an alias.
                    if (!m_makeByKey.contains(kindKey(kind.key(), key)))
                        m_makeByKey.insert(kindKey(kind.key(), key), make.key());
                }
            }
            const int makeIndex = int(m_makes.size());
            m_makes.push_back(std::move(info));

            for (const QString &model : make.value()) {
                Indexed entry;
                entry.make = makeIndex;
                entry.model = model;
                compactWithStarts(make.key(), entry.key, entry.starts);
                entry.makeLength = int(entry.key.size());
                compactWithStarts(model, entry.key, entry.starts);
                m_exact.insert(kindKey(kind.key(), make.key() + QLatin1Char('\n') + model.toCaseFolded()));
                m_modelByKey.insert(kindKey(kind.key(), make.key() + QLatin1Char('\n') + compactKey(model)),
                                    int(m_entries.size()));
                m_entries.push_back(std::move(entry));
            }
        }
    }
}

QStringList DeviceCatalog::makes(const QString &kind, bool includeHidden) const
{
    QStringList makes = m_models.value(kind).keys();
    if (!includeHidden)
        makes.removeIf([this](const QString &make) { return m_hiddenMakes.contains(make); });
    sortNaturally(makes);
    return makes;
}

bool DeviceCatalog::hasMakes(const QString &kind) const
{
    const auto byMake = m_models.constFind(kind);
    if (byMake == m_models.cend())
        return false;
    for (auto it = byMake->keyBegin(); it != byMake->keyEnd(); ++it) {
        if (!m_hiddenMakes.contains(*it))
            return true;
    }
    return false;
}

QStringList DeviceCatalog::models(const QString &kind, const QString &make) const
{
    const auto byMake = m_models.constFind(kind);
    if (byMake == m_models.cend())
        return {};
    return byMake->value(canonicalMake(kind, make));
}

QString DeviceCatalog::canonicalMake(const QString &kind, const QString &make) const
{
    const QString key = compactKey(make);
    if (key.isEmpty())
        return QString();
    const auto found = m_makeByKey.constFind(kindKey(kind, key));
    if (found != m_makeByKey.cend())
        return *found;
    // A spelling only the rules know: "Hewlett Packard Inc.", "TOSHIBA TEC Corp.".
    const QString normalized = compactKey(normalizedMake(make));
    return normalized == key ? QString() : m_makeByKey.value(kindKey(kind, normalized));
}

bool DeviceCatalog::contains(const QString &kind, const QString &make, const QString &model) const
{
    const QString canonical = canonicalMake(kind, make);
    if (canonical.isEmpty())
        return false;
    return m_exact.contains(kindKey(kind, canonical + QLatin1Char('\n') + model.trimmed().toCaseFolded()));
}

std::optional<CatalogEntry> DeviceCatalog::match(const CatalogEntry &entry) const
{
    const QString kind = entry.kind.isEmpty() ? QStringLiteral("printer") : entry.kind;
    CatalogEntry cleaned = entry;
    if (cleaned.make.trimmed().isEmpty())
        cleaned = fromMakeAndModel(entry.model, kind);
    const QString make = canonicalMake(kind, cleaned.make);
    if (make.isEmpty())
        return std::nullopt;
    for (const QString &model : {cleaned.model, cleanModel(make, cleaned.model)}) {
        const auto found = m_modelByKey.constFind(kindKey(kind, make + QLatin1Char('\n') + compactKey(model)));
        if (found != m_modelByKey.cend())
            return CatalogEntry{kind, make, m_entries.at(std::size_t(*found)).model};
    }
    return std::nullopt;
}

CatalogEntry DeviceCatalog::entryAt(std::size_t index) const
{
    const Indexed &e = m_entries[index];
    const Make &make = m_makes[std::size_t(e.make)];
    return CatalogEntry{make.kind, make.name, e.model};
}

QList<CatalogEntry> DeviceCatalog::listAll(const QString &kind, std::size_t wanted) const
{
    // The whole catalogue, in a stable order: kind, make, model.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (kind.isEmpty() || m_makes[std::size_t(m_entries[i].make)].kind == kind)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        const Make &ma = m_makes[std::size_t(m_entries[a].make)];
        const Make &mb = m_makes[std::size_t(m_entries[b].make)];
        if (ma.kind != mb.kind)
            return ma.kind < mb.kind;
        if (int c = ma.name.compare(mb.name, Qt::CaseInsensitive))
            return c < 0;
        return m_entries[a].model.compare(m_entries[b].model, Qt::CaseInsensitive) < 0;
    });
    QList<CatalogEntry> results;
    for (std::size_t i = 0; i < order.size() && std::size_t(results.size()) < wanted; ++i)
        results.append(entryAt(order[i]));
    return results;
}

int DeviceCatalog::wordQuality(const Indexed &entry, const Make &make, const std::string &word, bool *inMake)
{
    const std::string_view key(entry.key);
    int best = 4;
    for (std::size_t at = key.find(word); at != std::string_view::npos; at = key.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        const char start = entry.starts[at];
        int q = start == 2 ? 3 : start == 1 ? 2 : 1;
        if (start == 0 && (end == key.size() || entry.starts[end] == 0))
            q = 0;
        if (q < best) {
            best = q;
            *inMake = end <= std::size_t(entry.makeLength);
        }
        if (best == 0)
            return best;
    }
    // The make's other names: "hewlett", "minolta".
    for (std::size_t k = 1; k < make.keys.size() && best == 4; ++k) {
        const std::size_t at = make.keys[k].find(word);
        if (at != std::string::npos) {
            best = make.keys[k].size() == word.size() ? 0 : at == 0 ? 1 : 3;
            *inMake = true;
        }
    }
    return best;
}

int DeviceCatalog::nameTier(const Indexed &entry, const Make &make, std::string_view all)
{
    const std::string_view key(entry.key);
    const std::string_view model = key.substr(std::size_t(entry.makeLength));
    if (all == model || all == key)
        return 0;
    if (model.substr(0, all.size()) == all || key.substr(0, all.size()) == all)
        return 1;
    for (std::size_t k = 1; k < make.keys.size(); ++k) {
        const std::string &alias = make.keys[k];
        if (all.size() > alias.size() && all.substr(0, alias.size()) == alias) {
            const std::string_view rest = all.substr(alias.size());
            const int tier = rest == model ? 0 : model.substr(0, rest.size()) == rest ? 1 : 2;
            if (tier < 2)
                return tier;
        }
    }
    return 2;
}

QList<CatalogEntry> DeviceCatalog::search(const QString &text, const QString &kind, int limit) const
{
    const std::size_t wanted = limit > 0 ? std::size_t(limit) : m_entries.size();
    std::vector<std::string> words;
    std::string joined;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::string key = compactKey(word).toStdString();
        if (!key.empty()) {
            words.push_back(key);
            joined += key;
        }
    }
    if (words.empty())
        return listAll(kind, wanted);

    struct Hit
    {
        int tier;    // 0 whole name, 1 name starts with the text, 2 words found
        int quality; // sum over words: 0 whole word ... 3 inside a word
        int length;  // of the model: shorter first among equals
        std::size_t index;
    };
    std::vector<Hit> hits;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Indexed &entry = m_entries[i];
        const Make &make = m_makes[std::size_t(entry.make)];
        if (!kind.isEmpty() && make.kind != kind)
            continue;
        bool makeNamed = false;
        int quality = 0;
        for (const std::string &word : words) {
            bool inMake = false;
            const int q = wordQuality(entry, make, word, &inMake);
            if (q == 4) {
                quality = -1; // every word typed must occur
                break;
            }
            makeNamed = makeNamed || inMake;
            quality += q;
        }
        if (quality < 0 || (make.hidden && !makeNamed))
            continue;
        hits.push_back({nameTier(entry, make, joined), quality, int(entry.model.size()), i});
    }

    auto better = [this](const Hit &a, const Hit &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.quality != b.quality)
            return a.quality < b.quality;
        if (a.length != b.length)
            return a.length < b.length;
        const Indexed &ea = m_entries[a.index];
        const Indexed &eb = m_entries[b.index];
        if (ea.make != eb.make)
            return m_makes[std::size_t(ea.make)].name.compare(m_makes[std::size_t(eb.make)].name,
                                                              Qt::CaseInsensitive) < 0;
        return ea.model.compare(eb.model, Qt::CaseInsensitive) < 0;
    };
    const std::size_t count = std::min(wanted, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + std::ptrdiff_t(count), hits.end(), better);
    QList<CatalogEntry> results;
    results.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i)
        results.append(entryAt(hits[i].index));
    return results;
}

} // namespace Helpdesk
