#pragma once

// Taxonomy: the fixed vocabulary of a report — problem categories with their
// symptoms, device kinds, impact and urgency, and the names of priorities.
// Ids are stable (stored in the database); display names are translated on
// every call so a language switch takes effect at once.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Helpdesk {

struct Symptom
{
    QString id;
    const char *name; // untranslated source text, context "Taxonomy"
    QString displayName() const;
};

struct Category
{
    QString id;
    const char *name;
    QString iconName;    // resource :/icons/<iconName>.svg
    QString deviceKind;  // the device kind preset on the device page
    QList<Symptom> symptoms;
    // A hardware problem must name its device (make and model, or asset tag):
    // "the grey printer" is what this app exists to prevent.
    bool deviceRequired = false;
    QString displayName() const;
};

class Taxonomy final
{
    Q_DECLARE_TR_FUNCTIONS(Taxonomy)
public:
    static const Taxonomy &instance();

    const QList<Category> &categories() const { return m_categories; }
    const Category *category(const QString &id) const;
    const Symptom *symptom(const QString &categoryId, const QString &symptomId) const;

    static const QStringList &deviceKinds();
    static QString deviceKindName(const QString &kind);

    static const QStringList &impacts();          // me, team, office
    static QString impactName(const QString &impact);
    static const QStringList &urgencies();        // can_wait, slowed, blocked
    static QString urgencyName(const QString &urgency);

    // "P1 – Critical" … "P4 – Low". Which priority a report gets is the
    // database's PriorityMatrix, not the taxonomy's.
    static QString priorityName(int priority);

    static const QStringList &contactMethods();   // email, phone
    static QString contactMethodName(const QString &method);

    static QString statusName(const QString &status);
    // New, in progress, waiting for reporter: the helpdesk is still on it
    // (not resolved or closed).
    static const QStringList &openStatuses();
    static bool isOpenStatus(const QString &status);

private:
    Taxonomy();
    QList<Category> m_categories;
};

} // namespace Helpdesk
