#include "model/taxonomy.h"

namespace Helpdesk {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Taxonomy", text);
}
} // namespace

QString Symptom::displayName() const
{
    return translated(name);
}

QString Category::displayName() const
{
    return translated(name);
}

const Taxonomy &Taxonomy::instance()
{
    static const Taxonomy taxonomy;
    return taxonomy;
}

Taxonomy::Taxonomy()
{
    auto s = [](const char *id, const char *name) { return Symptom{QString::fromLatin1(id), name}; };
    const Symptom other = s("other", QT_TRANSLATE_NOOP("Taxonomy", "Another problem"));

    m_categories = {
        {QStringLiteral("printing"), QT_TRANSLATE_NOOP("Taxonomy", "Printing"),
         QStringLiteral("printing"), QStringLiteral("printer"),
         {s("wont_print", QT_TRANSLATE_NOOP("Taxonomy", "Won't print")),
          s("paper_jam", QT_TRANSLATE_NOOP("Taxonomy", "Paper jam")),
          s("poor_quality", QT_TRANSLATE_NOOP("Taxonomy", "Poor print quality (streaks, faint, smudged)")),
          s("shows_error", QT_TRANSLATE_NOOP("Taxonomy", "Shows an error message")),
          s("offline", QT_TRANSLATE_NOOP("Taxonomy", "Printer is offline")),
          s("out_of_toner", QT_TRANSLATE_NOOP("Taxonomy", "Out of toner or ink")),
          s("scanner", QT_TRANSLATE_NOOP("Taxonomy", "Scanning does not work")), other}},
        {QStringLiteral("computer"), QT_TRANSLATE_NOOP("Taxonomy", "Computer"),
         QStringLiteral("computer"), QStringLiteral("computer"),
         {s("wont_start", QT_TRANSLATE_NOOP("Taxonomy", "Does not switch on or start")),
          s("slow", QT_TRANSLATE_NOOP("Taxonomy", "Very slow")),
          s("freezes", QT_TRANSLATE_NOOP("Taxonomy", "Freezes or restarts by itself")),
          s("error_screen", QT_TRANSLATE_NOOP("Taxonomy", "Shows an error screen")),
          s("keyboard_mouse", QT_TRANSLATE_NOOP("Taxonomy", "Keyboard or mouse does not work")),
          s("noise_heat", QT_TRANSLATE_NOOP("Taxonomy", "Noisy or overheating")), other}},
        {QStringLiteral("monitor"), QT_TRANSLATE_NOOP("Taxonomy", "Monitor"),
         QStringLiteral("monitor"), QStringLiteral("monitor"),
         {s("no_picture", QT_TRANSLATE_NOOP("Taxonomy", "No picture")),
          s("flicker", QT_TRANSLATE_NOOP("Taxonomy", "Flickers or shows stripes")),
          s("wrong_resolution", QT_TRANSLATE_NOOP("Taxonomy", "Wrong size or resolution")),
          s("second_screen", QT_TRANSLATE_NOOP("Taxonomy", "Second screen not detected")), other}},
        {QStringLiteral("network"), QT_TRANSLATE_NOOP("Taxonomy", "Network"),
         QStringLiteral("network"), QStringLiteral("network"),
         {s("no_connection", QT_TRANSLATE_NOOP("Taxonomy", "No connection at all")),
          s("wifi", QT_TRANSLATE_NOOP("Taxonomy", "Wi-Fi does not connect")),
          s("slow", QT_TRANSLATE_NOOP("Taxonomy", "Connection is very slow")),
          s("vpn", QT_TRANSLATE_NOOP("Taxonomy", "VPN does not connect")),
          s("site_unreachable", QT_TRANSLATE_NOOP("Taxonomy", "One site or service cannot be reached")), other}},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Taxonomy", "Email"),
         QStringLiteral("email"), QStringLiteral("computer"),
         {s("cant_send", QT_TRANSLATE_NOOP("Taxonomy", "Cannot send email")),
          s("cant_receive", QT_TRANSLATE_NOOP("Taxonomy", "Email does not arrive")),
          s("mailbox_full", QT_TRANSLATE_NOOP("Taxonomy", "Mailbox is full")),
          s("calendar", QT_TRANSLATE_NOOP("Taxonomy", "Calendar or meeting invitations")),
          s("spam", QT_TRANSLATE_NOOP("Taxonomy", "Suspicious or phishing email")), other}},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Taxonomy", "Telephone"),
         QStringLiteral("phone"), QStringLiteral("phone"),
         {s("no_dial_tone", QT_TRANSLATE_NOOP("Taxonomy", "No dial tone")),
          s("cant_call_out", QT_TRANSLATE_NOOP("Taxonomy", "Cannot call out")),
          s("poor_audio", QT_TRANSLATE_NOOP("Taxonomy", "Poor sound or calls drop")),
          s("voicemail", QT_TRANSLATE_NOOP("Taxonomy", "Voicemail")), other}},
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("Taxonomy", "Account"),
         QStringLiteral("account"), QStringLiteral("computer"),
         {s("locked_out", QT_TRANSLATE_NOOP("Taxonomy", "Account locked or password expired")),
          s("no_access", QT_TRANSLATE_NOOP("Taxonomy", "No access to a folder, system or application")),
          s("new_account", QT_TRANSLATE_NOOP("Taxonomy", "Account needed for a new colleague")),
          s("two_factor", QT_TRANSLATE_NOOP("Taxonomy", "Two-factor sign-in does not work")), other}},
        {QStringLiteral("software"), QT_TRANSLATE_NOOP("Taxonomy", "Software"),
         QStringLiteral("software"), QStringLiteral("computer"),
         {s("wont_start", QT_TRANSLATE_NOOP("Taxonomy", "Application does not start")),
          s("crashes", QT_TRANSLATE_NOOP("Taxonomy", "Application crashes or freezes")),
          s("shows_error", QT_TRANSLATE_NOOP("Taxonomy", "Application shows an error message")),
          s("install", QT_TRANSLATE_NOOP("Taxonomy", "Need an application installed or updated")),
          s("license", QT_TRANSLATE_NOOP("Taxonomy", "Licence expired or activation fails")), other}},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Taxonomy", "Something else"),
         QStringLiteral("other"), QStringLiteral("other"),
         {s("question", QT_TRANSLATE_NOOP("Taxonomy", "A question for the helpdesk")),
          s("request", QT_TRANSLATE_NOOP("Taxonomy", "A request (equipment, move, change)")), other}},
    };
    for (Category &c : m_categories) {
        static const QStringList hardware = {QStringLiteral("printing"), QStringLiteral("computer"),
                                             QStringLiteral("monitor"), QStringLiteral("phone")};
        c.deviceRequired = hardware.contains(c.id);
    }
}

const Category *Taxonomy::category(const QString &id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Symptom *Taxonomy::symptom(const QString &categoryId, const QString &symptomId) const
{
    const Category *c = category(categoryId);
    if (!c)
        return nullptr;
    for (const Symptom &s : c->symptoms) {
        if (s.id == symptomId)
            return &s;
    }
    return nullptr;
}

const QStringList &Taxonomy::deviceKinds()
{
    static const QStringList list = {QStringLiteral("printer"), QStringLiteral("scanner"), QStringLiteral("computer"),
            QStringLiteral("laptop"),  QStringLiteral("monitor"), QStringLiteral("network"),
            QStringLiteral("phone"),   QStringLiteral("other")};
    return list;
}

QString Taxonomy::deviceKindName(const QString &kind)
{
    if (kind == QLatin1String("printer"))
        return tr("Printer or multifunction device");
    if (kind == QLatin1String("scanner"))
        return tr("Scanner");
    if (kind == QLatin1String("computer"))
        return tr("Desktop computer");
    if (kind == QLatin1String("laptop"))
        return tr("Laptop");
    if (kind == QLatin1String("monitor"))
        return tr("Monitor or projector");
    if (kind == QLatin1String("network"))
        return tr("Network equipment (router, switch, access point)");
    if (kind == QLatin1String("phone"))
        return tr("Telephone", "device kind");
    if (kind == QLatin1String("other"))
        return tr("Other device");
    return kind;
}

const QStringList &Taxonomy::impacts()
{
    static const QStringList list = {QStringLiteral("me"), QStringLiteral("team"), QStringLiteral("office")};
    return list;
}

QString Taxonomy::impactName(const QString &impact)
{
    if (impact == QLatin1String("me"))
        return tr("Only me");
    if (impact == QLatin1String("team"))
        return tr("My team or several people");
    if (impact == QLatin1String("office"))
        return tr("The whole office");
    return impact;
}

const QStringList &Taxonomy::urgencies()
{
    static const QStringList list = {QStringLiteral("can_wait"), QStringLiteral("slowed"), QStringLiteral("blocked")};
    return list;
}

QString Taxonomy::urgencyName(const QString &urgency)
{
    if (urgency == QLatin1String("can_wait"))
        return tr("It can wait");
    if (urgency == QLatin1String("slowed"))
        return tr("It slows my work down");
    if (urgency == QLatin1String("blocked"))
        return tr("I cannot work at all");
    return urgency;
}

QString Taxonomy::priorityName(int priority)
{
    switch (priority) {
    case 1: return tr("P1 – Critical");
    case 2: return tr("P2 – High");
    case 3: return tr("P3 – Medium");
    case 4: return tr("P4 – Low");
    default: return tr("Unknown");
    }
}

const QStringList &Taxonomy::contactMethods()
{
    static const QStringList list = {QStringLiteral("email"), QStringLiteral("phone")};
    return list;
}

QString Taxonomy::contactMethodName(const QString &method)
{
    if (method == QLatin1String("email"))
        return tr("Email", "way to be contacted");
    if (method == QLatin1String("phone"))
        return tr("Phone", "way to be contacted");
    return method;
}

const QStringList &Taxonomy::openStatuses()
{
    static const QStringList open = {QStringLiteral("new"), QStringLiteral("in_progress"), QStringLiteral("waiting")};
    return open;
}

bool Taxonomy::isOpenStatus(const QString &status)
{
    return openStatuses().contains(status);
}

QString Taxonomy::statusName(const QString &status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("waiting"))
        return tr("Waiting for reporter");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

} // namespace Helpdesk
