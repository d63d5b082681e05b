#pragma once

// DeviceNames: the rules that turn what a driver, CUPS or a scanner list
// says ("EPSON ET-2850 Series, Epson Inkjet Printer Driver ...") into the
// house spelling of a make ("Epson") and a clean model ("ET-2850"), and the
// compact key searches and duplicate checks compare. The catalogue's
// generator, the catalogue's index and the device page use these functions,
// so the rules live here once. It knows no catalogue: DeviceCatalog::match()
// says whether a cleaned name is listed.

#include <QString>
#include <QStringList>

namespace Helpdesk {

struct CatalogEntry
{
    QString kind;
    QString make;
    QString model;

    bool operator==(const CatalogEntry &other) const
    {
        return kind == other.kind && make == other.make && model == other.model;
    }
    bool operator!=(const CatalogEntry &other) const { return !(*this == other); }
};

class DeviceNames final
{
public:
    DeviceNames() = delete;

    // The house spelling of a manufacturer as drivers write it:
    // "HEWLETT-PACKARD" -> "HP", "KONICA MINOLTA" -> "Konica Minolta",
    // "Kyocera Mita" -> "Kyocera", "TOSHIBA TEC Corp." -> "Toshiba".
    static QString normalizedMake(const QString &rawMake);
    // A model name without the driver's words around it and without the make
    // repeated in front: ("HP", "HP LaserJet 4050 Foomatic/ljet4") ->
    // "LaserJet 4050"; ("Brother", "HL-L2340D series") -> "HL-L2340D".
    static QString cleanModel(const QString &make, const QString &rawModel);
    // Splits what CUPS and QPrinterInfo::makeAndModel() report, e.g.
    // "HP LaserJet Pro M404dn, hpcups 3.22.10", into a normalised make and a
    // clean model. Not checked against a catalogue.
    static CatalogEntry fromMakeAndModel(const QString &makeAndModel,
                                         const QString &kind = QStringLiteral("printer"));
    // Case-folded letters and digits only, diacritics dropped: "HL-L2340D" and
    // "hl l2340d" share the key "hll2340d". What duplicates and searches compare.
    static QString compactKey(const QString &text);
    // What one character adds to a compact key: nothing for punctuation and
    // spaces, "e" for "é", "2" for "²".
    static QString compactPart(QChar c);
    // The known names of the make whose compactKey() is given: its house
    // spelling and the other names drivers use ("HP", "Hewlett-Packard", ...),
    // longest first; empty for a make the rules do not know.
    static QStringList namesOf(const QString &makeKey);
};

} // namespace Helpdesk
