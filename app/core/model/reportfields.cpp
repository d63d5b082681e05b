#include "model/reportfields.h"

#include "model/report.h"
#include "model/taxonomy.h"

#include <QLocale>
#include <QStringList>

namespace Helpdesk {

namespace {

using Id = ReportField::Id;
using Group = ReportField::Group;
using Reader = ReportFields::Reader;

// The translation contexts the labels had when each reader's view wrote its own.
constexpr char AdminContext[] = "AdminTool";
constexpr char AgentContext[] = "Helpdesk::ReportView";
constexpr char ReporterContext[] = "Helpdesk::ReviewPage";

struct Row
{
    Id id;
    Group group;
    const char *label; // in the reader's context
};

// What helpdesk-admin show prints, group by group.
const Row AdministratorRows[] = {
    {Id::Ticket, Group::Heading, QT_TRANSLATE_NOOP("AdminTool", "Ticket:")},
    {Id::Status, Group::Heading, QT_TRANSLATE_NOOP("AdminTool", "Status:")},
    {Id::Category, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Category:")},
    {Id::Symptom, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Symptom:")},
    {Id::Summary, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Summary:")},
    {Id::Description, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Description:")},
    {Id::Started, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Started:")},
    {Id::Impact, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Impact:")},
    {Id::Urgency, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Urgency:")},
    {Id::Priority, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Priority:")},
    {Id::Vague, Group::Problem, QT_TRANSLATE_NOOP("AdminTool", "Vague:")},
    {Id::DeviceKind, Group::Device, QT_TRANSLATE_NOOP("AdminTool", "Device kind:")},
    {Id::Make, Group::Device, QT_TRANSLATE_NOOP("AdminTool", "Make:")},
    {Id::Model, Group::Device, QT_TRANSLATE_NOOP("AdminTool", "Model:")},
    {Id::AssetTag, Group::Device, QT_TRANSLATE_NOOP("AdminTool", "Asset tag:")},
    {Id::Building, Group::Device, QT_TRANSLATE_NOOP("AdminTool", "Building:")},
    {Id::Room, Group::Device, QT_TRANSLATE_NOOP("AdminTool", "Room:")},
    {Id::Name, Group::Contact, QT_TRANSLATE_NOOP("AdminTool", "Name:")},
    {Id::Login, Group::Contact, QT_TRANSLATE_NOOP("AdminTool", "Login:")},
    {Id::Email, Group::Contact, QT_TRANSLATE_NOOP("AdminTool", "Email:")},
    {Id::Phone, Group::Contact, QT_TRANSLATE_NOOP("AdminTool", "Phone:")},
    {Id::Department, Group::Contact, QT_TRANSLATE_NOOP("AdminTool", "Department:")},
    {Id::Location, Group::Contact, QT_TRANSLATE_NOOP("AdminTool", "Location:")},
    {Id::PreferredContact, Group::Contact, QT_TRANSLATE_NOOP("AdminTool", "Preferred contact:")},
    {Id::AffectedToo, Group::Contact, QT_TRANSLATE_NOOP("AdminTool", "Affected too:")},
    {Id::Computer, Group::Computer, QT_TRANSLATE_NOOP("AdminTool", "Computer:")},
    {Id::OperatingSystem, Group::Computer, QT_TRANSLATE_NOOP("AdminTool", "Operating system:")},
    {Id::Filed, Group::Computer, QT_TRANSLATE_NOOP("AdminTool", "Filed:")},
};

// The console's table: the review state first, then what the reporter said.
const Row AgentRows[] = {
    {Id::Status, Group::Heading, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Status")},
    {Id::Assignee, Group::Heading, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Assigned to")},
    {Id::Priority, Group::Heading, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Priority")},
    {Id::Filed, Group::Heading, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Filed")},
    {Id::LastChanged, Group::Heading, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Last changed")},
    {Id::Resolved, Group::Heading, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Resolved")},
    {Id::Category, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Category")},
    {Id::Symptom, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Symptom")},
    {Id::Summary, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Summary")},
    {Id::Description, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Description")},
    {Id::Started, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Started")},
    {Id::Impact, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Impact")},
    {Id::Urgency, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Urgency")},
    {Id::Vague, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Flagged as vague")},
    {Id::Device, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Device")},
    {Id::AssetTag, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Asset tag")},
    {Id::Inventory, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "In the inventory")},
    {Id::InventoryLocation, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Inventory location")},
    {Id::InventoryNotes, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Inventory notes")},
    {Id::Building, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Building")},
    {Id::Room, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Room")},
    {Id::Name, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Reporter")},
    {Id::Login, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Login")},
    {Id::Email, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Email")},
    {Id::Phone, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Phone")},
    {Id::Department, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Department")},
    {Id::Location, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Location")},
    {Id::PreferredContact, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Preferred contact")},
    {Id::Computer, Group::Computer, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Computer")},
    {Id::OperatingSystem, Group::Computer, QT_TRANSLATE_NOOP("Helpdesk::ReportView", "Operating system")},
};

// The review page's three boxes, in the words of the pages that asked.
const Row ReporterRows[] = {
    {Id::Category, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Category:")},
    {Id::Symptom, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "What happens:")},
    {Id::Summary, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Summary:")},
    {Id::Description, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Description:")},
    {Id::Started, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Started:")},
    {Id::Impact, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Affected:")},
    {Id::Urgency, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Urgency:")},
    {Id::ResponseTime, Group::Problem, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Response time:")},
    {Id::DeviceKind, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Kind:")},
    {Id::Make, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Make:")},
    {Id::Model, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Model:")},
    {Id::AssetTag, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Asset tag:")},
    {Id::Building, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Building:")},
    {Id::Room, Group::Device, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Room:")},
    {Id::Name, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Name:")},
    {Id::Login, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Login:")},
    {Id::Email, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Email:")},
    {Id::Phone, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Phone:")},
    {Id::Department, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Department:")},
    {Id::Location, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Location:")},
    {Id::PreferredContact, Group::Contact, QT_TRANSLATE_NOOP("Helpdesk::ReviewPage", "Preferred way to reach you:")},
};

// Turns the values of one report into what one reader sees of each field.
class Values final
{
public:
    Values(const Report &report, Reader reader, const ReportFields::Context &context)
        : r(report)
        , m_reader(reader)
        , m_context(context)
    {
    }

    QString value(Id id) const
    {
        switch (id) {
        case Id::Ticket:
        case Id::Status:
        case Id::Assignee:
        case Id::Priority:
        case Id::Filed:
        case Id::LastChanged:
        case Id::Resolved:
        case Id::Vague:
        case Id::AffectedToo:
        case Id::ResponseTime:
            return reviewValue(id);
        case Id::Device:
        case Id::DeviceKind:
        case Id::Make:
        case Id::Model:
        case Id::AssetTag:
        case Id::Inventory:
        case Id::InventoryLocation:
        case Id::InventoryNotes:
        case Id::Building:
        case Id::Room:
            return deviceValue(id);
        case Id::Name:
        case Id::Login:
        case Id::Email:
        case Id::Phone:
        case Id::Department:
        case Id::Location:
        case Id::PreferredContact:
        case Id::Computer:
        case Id::OperatingSystem:
            return contactValue(id);
        default:
            return problemValue(id);
        }
    }

private:
    bool detailed() const { return m_reader == Reader::Administrator; }

    QString time(const QDateTime &t) const
    {
        if (m_context.formatTime)
            return m_context.formatTime(t);
        return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString();
    }

    // Free text: "(not given)" for the Administrator when empty.
    QString text(const QString &value) const
    {
        return detailed() && value.trimmed().isEmpty() ? ReportFields::notGiven() : value;
    }

    // A name from the taxonomy; the Administrator also sees the id a query
    // needs: "Paper jam [paper_jam]".
    QString named(const QString &name, const QString &id) const
    {
        if (!detailed())
            return name;
        if (id.isEmpty())
            return ReportFields::notGiven();
        return name == id ? id : name + QStringLiteral(" [") + id + QLatin1Char(']');
    }

    QString problemValue(Id id) const
    {
        const Taxonomy &taxonomy = Taxonomy::instance();
        switch (id) {
        case Id::Category: {
            const Category *category = taxonomy.category(r.category);
            return named(category ? category->displayName() : r.category, r.category);
        }
        case Id::Symptom: {
            const Symptom *symptom = taxonomy.symptom(r.category, r.symptom);
            return named(symptom ? symptom->displayName() : r.symptom, r.symptom);
        }
        case Id::Summary:
            return text(r.summary);
        case Id::Description:
            return m_reader == Reader::Reporter ? r.description.trimmed() : r.description;
        case Id::Started:
            return text(time(r.startedAt));
        case Id::Impact:
            return named(Taxonomy::impactName(r.impact), r.impact);
        case Id::Urgency:
            return named(Taxonomy::urgencyName(r.urgency), r.urgency);
        default:
            return {};
        }
    }

    QString reviewValue(Id id) const
    {
        switch (id) {
        case Id::Ticket:
            return r.ticket();
        case Id::Status:
            return named(Taxonomy::statusName(r.status), r.status);
        case Id::Assignee:
            return m_context.assignee.isEmpty() ? QCoreApplication::translate("Helpdesk::ReportView", "nobody")
                                                : m_context.assignee;
        case Id::Priority:
            return Taxonomy::priorityName(r.priority);
        case Id::Filed:
            return time(r.createdAt);
        case Id::LastChanged:
            return time(m_context.updatedAt);
        case Id::Resolved:
            return time(m_context.resolvedAt);
        case Id::Vague:
            if (!detailed())
                return r.vague ? QCoreApplication::translate("Helpdesk::ReportView", "yes") : QString();
            return r.vague
                ? QCoreApplication::translate("AdminTool", "yes — the reporter sent it as it is; ask what exactly happens")
                : QCoreApplication::translate("AdminTool", "no");
        case Id::AffectedToo:
            return m_context.affected;
        case Id::ResponseTime:
            return m_context.responseTime;
        default:
            return {};
        }
    }

    QString deviceValue(Id id) const
    {
        switch (id) {
        case Id::Device:
            return QStringList({Taxonomy::deviceKindName(r.device.kind), r.device.make, r.device.model})
                .join(QLatin1Char(' '))
                .trimmed();
        case Id::DeviceKind:
            return named(Taxonomy::deviceKindName(r.device.kind), r.device.kind);
        case Id::Make:
            return text(r.device.make);
        case Id::Model:
            return model();
        case Id::AssetTag:
            return text(r.device.assetTag);
        case Id::Inventory:
            return m_context.inventory;
        case Id::InventoryLocation:
            return m_context.inventoryLocation;
        case Id::InventoryNotes:
            return m_context.inventoryNotes;
        case Id::Building:
            return text(r.device.building);
        case Id::Room:
            return text(r.device.room);
        default:
            return {};
        }
    }

    // A model typed in rather than picked from the catalogue says so.
    QString model() const
    {
        if (!r.device.customModel || r.device.model.isEmpty())
            return text(r.device.model);
        if (detailed())
            return r.device.model + QLatin1Char(' ')
                + QCoreApplication::translate("AdminTool", "(typed in)", "show: a model not picked from the catalogue");
        return QCoreApplication::translate("Helpdesk::ReviewPage", "%1 (typed in)").arg(r.device.model);
    }

    QString contactValue(Id id) const
    {
        switch (id) {
        case Id::Name:
            return text(r.contact.name);
        case Id::Login:
            return text(r.contact.login);
        case Id::Email:
            return text(r.contact.email);
        case Id::Phone:
            return text(r.contact.phone);
        case Id::Department:
            return text(r.contact.department);
        case Id::Location:
            return text(r.contact.location);
        case Id::PreferredContact:
            return named(Taxonomy::contactMethodName(r.contact.preferredContact), r.contact.preferredContact);
        case Id::Computer:
            return text(r.computerName);
        case Id::OperatingSystem:
            return text(r.operatingSystem);
        default:
            return {};
        }
    }

    const Report &r;
    Reader m_reader;
    const ReportFields::Context &m_context;
};

template<std::size_t N>
QList<ReportField> build(const Row (&rows)[N], const char *context, const Values &values)
{
    QList<ReportField> fields;
    fields.reserve(qsizetype(N));
    for (const Row &row : rows)
        fields.append({row.id, row.group, QCoreApplication::translate(context, row.label), values.value(row.id)});
    return fields;
}

} // namespace

QList<ReportField> ReportFields::fields(const Report &report, Reader reader, const Context &context)
{
    const Values values(report, reader, context);
    switch (reader) {
    case Reader::Administrator:
        return build(AdministratorRows, AdminContext, values);
    case Reader::Agent:
        return build(AgentRows, AgentContext, values);
    case Reader::Reporter:
        break;
    }
    return build(ReporterRows, ReporterContext, values);
}

QString ReportFields::notGiven()
{
    return QCoreApplication::translate("AdminTool", "(not given)", "show: a field the reporter left empty");
}

} // namespace Helpdesk
