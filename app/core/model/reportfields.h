#pragma once

// ReportFields: a report as the labelled fields a person reads, in the order
// they are shown, for each of the three places that show one: the wizard's
// review page (the reporter), the agents' console and `helpdesk-admin show`.
// One list of what a report says, with one wording of "(not given)" and
// "(typed in)"; each caller only lays the list out (plain text, HTML). The
// labels keep the translation contexts of the code that showed them before
// (AdminTool, Helpdesk::ReportView, Helpdesk::ReviewPage), so no translation
// changed. It never touches the database: what only a store knows (the
// assignee, the inventory's record, who else is affected) is passed in.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Helpdesk {

struct Report;

struct ReportField
{
    enum class Id {
        Ticket,
        Status,
        Assignee,
        Priority,
        Filed,
        LastChanged,
        Resolved,
        Category,
        Symptom,
        Summary,
        Description,
        Started,
        Impact,
        Urgency,
        ResponseTime,
        Vague,
        Device, // kind, make and model in one line
        DeviceKind,
        Make,
        Model,
        AssetTag,
        Inventory, // the inventory's make, model and name of the asset tag
        InventoryLocation,
        InventoryNotes,
        Building,
        Room,
        Name,
        Login,
        Email,
        Phone,
        Department,
        Location,
        PreferredContact,
        AffectedToo,
        Computer,
        OperatingSystem,
    };
    // The sections a reader sees the fields in (blank lines, boxes).
    enum class Group { Heading, Problem, Device, Contact, Computer };

    Id id;
    Group group;
    QString label; // translated, e.g. "Category:" or "Category"
    QString value; // translated where it is a name; may be empty (see ReportFields::fields())
};

class ReportFields final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFields)
public:
    enum class Reader {
        Reporter,      // the wizard's review page: before submitting
        Agent,         // the agents' console
        Administrator, // helpdesk-admin show: names with their ids, "(not given)" for what is empty
    };

    // What the report itself does not hold; each reader uses its own part.
    struct Context
    {
        // How a time reads; unset: the locale's short format, empty when invalid.
        std::function<QString(const QDateTime &)> formatTime;
        QString responseTime; // Reporter: PriorityMatrix::expectationText()
        QString assignee;     // Agent: empty when nobody has it
        QDateTime updatedAt;  // Agent
        QDateTime resolvedAt; // Agent
        QString inventory;    // Agent: the inventory's make, model and name, empty when not in it
        QString inventoryLocation;
        QString inventoryNotes;
        QString affected; // Administrator: who else is affected, already as text
    };

    // The fields `reader` sees, in order. For the Administrator an empty value
    // reads "(not given)" (except the description, which stays as it is, so
    // that its lines can be laid out); for the others an empty value stays
    // empty, and the caller leaves the field out.
    static QList<ReportField> fields(const Report &report, Reader reader, const Context &context = {});

    // "(not given)", as helpdesk-admin says it.
    static QString notGiven();
};

} // namespace Helpdesk
