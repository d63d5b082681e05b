// FieldRules: the messages an employee sees beside a field in the wizard.
// Each rule returns an empty string for a good value and a sentence for a bad
// one; the tests feed what people really type (Russian, emoji, stray spaces).

#include "model/report.h"

#include <QStandardPaths>
#include <QTest>

using Helpdesk::FieldRules;

class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void summary_data();
    void summary();
    void summaryTooShortSaysHowManyMore_data();
    void summaryTooShortSaysHowManyMore();

    void description_data();
    void description();

    void name_data();
    void name();

    void email_data();
    void email();

    void phone_data();
    void phone();

    void reach_data();
    void reach();

    void shortText_data();
    void shortText();

    void cleanText_data();
    void cleanText();
    void megabyteDescriptionNamesTheLimit();

    void startedAt_data();
    void startedAt();

    void device_data();
    void device();

    void characterCount_data();
    void characterCount();
};

void TestFieldRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

namespace {
QString repeated(const QString &unit, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += unit;
    return text;
}

const QString printer = QStringLiteral("\U0001F5A8"); // 🖨, outside the BMP: two UTF-16 units
const QString smile = QStringLiteral("\U0001F642");   // 🙂
} // namespace

void TestFieldRules::summary_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("ok");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces only") << QStringLiteral("     \t   ") << false;
    QTest::newRow("vague english") << QStringLiteral("broken") << false;
    QTest::newRow("vague russian") << QStringLiteral("сломалось") << false;       // 9 letters
    QTest::newRow("9 chars") << QStringLiteral("123456789") << false;
    QTest::newRow("10 chars") << QStringLiteral("1234567890") << true;
    QTest::newRow("10 russian letters") << QStringLiteral("не печатае") << true;
    QTest::newRow("short padded with spaces")
        << QStringLiteral("      broken      ") << false; // spaces do not count
    QTest::newRow("real english") << QStringLiteral("Printer on floor 2 jams on every page") << true;
    QTest::newRow("real russian") << QStringLiteral("Принтер на 2 этаже зажёвывает каждый лист") << true;
    QTest::newRow("real with emoji") << QStringLiteral("Принтер ") + printer + QStringLiteral(" не печатает") << true;
    QTest::newRow("leading and trailing spaces")
        << QStringLiteral("   Outlook does not start since the update   ") << true;
    QTest::newRow("tabs and newline around") << QStringLiteral("\t\nVPN drops every 5 minutes\n") << true;
    // An emoji is one character for the person typing it, not two.
    QTest::newRow("5 emoji are not 10 characters") << repeated(smile, 5) << false;
    QTest::newRow("9 letters and an emoji are 10") << QStringLiteral("сломалось") + smile << true;
    QTest::newRow("120 chars") << repeated(QStringLiteral("a"), 120) << true;
    QTest::newRow("121 chars") << repeated(QStringLiteral("a"), 121) << false;
    QTest::newRow("120 russian letters") << repeated(QStringLiteral("ж"), 120) << true;
    QTest::newRow("119 letters and an emoji are 120")
        << repeated(QStringLiteral("a"), 119) + printer << true;
    QTest::newRow("120 emoji") << repeated(printer, 120) << true;
    QTest::newRow("121 emoji") << repeated(printer, 121) << false;
    QTest::newRow("120 chars with spaces around")
        << QStringLiteral("   ") + repeated(QStringLiteral("b"), 120) + QStringLiteral("   ") << true;
}

void TestFieldRules::summary()
{
    QFETCH(QString, summary);
    QFETCH(bool, ok);
    const QString error = FieldRules::summaryError(summary);
    if (ok)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY(!error.isEmpty());
}

void TestFieldRules::summaryTooShortSaysHowManyMore_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("missing");

    QTest::newRow("7 latin") << QStringLiteral("no work") << 3;
    QTest::newRow("1 char") << QStringLiteral("x") << 9;
    QTest::newRow("russian with spaces around") << QStringLiteral("  всё плохо  ") << 1;
    QTest::newRow("russian and emoji") << QStringLiteral("Принтер") + printer << 2;
}

void TestFieldRules::summaryTooShortSaysHowManyMore()
{
    QFETCH(QString, summary);
    QFETCH(int, missing);
    const QString error = FieldRules::summaryError(summary);
    QVERIFY2(error.contains(QString::number(missing)), qPrintable(error));
    // The message is about length, not the generic "write one line" prompt.
    QVERIFY(error != FieldRules::summaryError(QString()));
}

void TestFieldRules::description_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("ok");

    QTest::newRow("empty is fine") << QString() << true;
    QTest::newRow("multi-line russian")
        << QStringLiteral("Пишет «Ошибка 0x80070005».\nПерезагружал — не помогло.\n\nС понедельника.") << true;
    QTest::newRow("4000 chars") << repeated(QStringLiteral("x"), 4000) << true;
    QTest::newRow("4001 chars") << repeated(QStringLiteral("x"), 4001) << false;
    QTest::newRow("4000 cyrillic") << repeated(QStringLiteral("ы"), 4000) << true;
    QTest::newRow("4000 emoji") << repeated(smile, 4000) << true;
    QTest::newRow("4001 emoji") << repeated(smile, 4001) << false;
    QTest::newRow("pasted log 10000 chars") << repeated(QStringLiteral("ERROR 42\n"), 1112) << false;
}

void TestFieldRules::description()
{
    QFETCH(QString, description);
    QFETCH(bool, ok);
    const QString error = FieldRules::descriptionError(description);
    if (ok) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY(!error.isEmpty());
        // Says what the limit is, so the user knows how much to cut.
        QVERIFY2(error.contains(QString::number(FieldRules::DescriptionMax)), qPrintable(error));
    }
}

void TestFieldRules::name_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("   ") << false;
    QTest::newRow("one letter") << QStringLiteral("J") << false;
    QTest::newRow("one cyrillic letter with spaces") << QStringLiteral("  Я  ") << false;
    QTest::newRow("one emoji") << smile << false;
    QTest::newRow("two letters") << QStringLiteral("Al") << true;
    QTest::newRow("latin full name") << QStringLiteral("Jane Doe") << true;
    QTest::newRow("russian full name") << QStringLiteral("Иван Петрович Сидоров") << true;
    QTest::newRow("hyphen and apostrophe") << QStringLiteral("Anne-Marie O'Neil") << true;
    QTest::newRow("spaces around") << QStringLiteral("   Анна Ковалёва   ") << true;
    QTest::newRow("200 chars") << repeated(QStringLiteral("ю"), 200) << true;
    QTest::newRow("201 chars") << repeated(QStringLiteral("ю"), 201) << false;
}

void TestFieldRules::name()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const QString error = FieldRules::nameError(name);
    if (ok)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY(!error.isEmpty());
}

void TestFieldRules::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("ok");

    QTest::newRow("empty is fine here") << QString() << true;
    QTest::newRow("spaces only is empty") << QStringLiteral("   ") << true;
    QTest::newRow("simple") << QStringLiteral("ivan.petrov@example.com") << true;
    QTest::newRow("subdomain") << QStringLiteral("j.doe@mail.corp.example.org") << true;
    QTest::newRow("plus tag") << QStringLiteral("helpdesk+printer@example.com") << true;
    QTest::newRow("cyrillic domain") << QStringLiteral("иван@почта.рф") << true;
    QTest::newRow("spaces around") << QStringLiteral("  anna@example.ru  ") << true;
    QTest::newRow("no at") << QStringLiteral("ivan.petrov.example.com") << false;
    QTest::newRow("login only") << QStringLiteral("ipetrov") << false;
    QTest::newRow("no domain dot") << QStringLiteral("ivan@localhost") << false;
    QTest::newRow("two ats") << QStringLiteral("ivan@@example.com") << false;
    QTest::newRow("at in domain") << QStringLiteral("ivan@exa@mple.com") << false;
    QTest::newRow("nothing before at") << QStringLiteral("@example.com") << false;
    QTest::newRow("nothing after at") << QStringLiteral("ivan@") << false;
    QTest::newRow("space inside") << QStringLiteral("ivan petrov@example.com") << false;
    QTest::newRow("double dot in domain") << QStringLiteral("ivan@example..com") << false;
    QTest::newRow("trailing dot") << QStringLiteral("ivan@example.com.") << false;
    QTest::newRow("name instead of address") << QStringLiteral("Иван Петров") << false;
    QTest::newRow("two addresses") << QStringLiteral("a@example.com, b@example.com") << false;
    QTest::newRow("too long") << repeated(QStringLiteral("a"), 190) + QStringLiteral("@example.com") << false;
}

void TestFieldRules::email()
{
    QFETCH(QString, email);
    QFETCH(bool, ok);
    const QString error = FieldRules::emailError(email);
    if (ok)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY(!error.isEmpty());
}

void TestFieldRules::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("ok");

    QTest::newRow("empty is fine here") << QString() << true;
    QTest::newRow("spaces only is empty") << QStringLiteral("  ") << true;
    QTest::newRow("internal extension") << QStringLiteral("214") << true;
    QTest::newRow("russian mobile") << QStringLiteral("+7 (916) 123-45-67") << true;
    QTest::newRow("russian landline 8") << QStringLiteral("8 495 123 45 67") << true;
    QTest::newRow("dots") << QStringLiteral("+49.30.1234567") << true;
    QTest::newRow("slash") << QStringLiteral("030/1234567") << true;
    QTest::newRow("extension ext.") << QStringLiteral("+1 555-0100 ext. 42") << true;
    QTest::newRow("extension x") << QStringLiteral("555 0100 x42") << true;
    QTest::newRow("extension доб.") << QStringLiteral("+7 495 123-45-67 доб. 214") << true;
    QTest::newRow("comma before extension") << QStringLiteral("+7 495 123-45-67, ext. 214") << true;
    QTest::newRow("spaces around") << QStringLiteral("   +7 916 123 45 67   ") << true;
    QTest::newRow("extension word only") << QStringLiteral("ext. 214") << false;
    QTest::newRow("two digits") << QStringLiteral("12") << false;
    QTest::newRow("dashes only") << QStringLiteral("---") << false;
    QTest::newRow("plus only") << QStringLiteral("+") << false;
    QTest::newRow("letters") << QStringLiteral("call me") << false;
    QTest::newRow("vanity number") << QStringLiteral("1-800-FLOWERS") << false;
    QTest::newRow("cyrillic words") << QStringLiteral("звонить Маше") << false;
    QTest::newRow("plus in the middle") << QStringLiteral("7+916") << false;
    QTest::newRow("two pluses") << QStringLiteral("++7 916 123 45 67") << false;
    QTest::newRow("email in phone field") << QStringLiteral("ivan@example.com") << false;
    QTest::newRow("emoji") << QStringLiteral("\u260E 214") << false;
    QTest::newRow("20 digits") << repeated(QStringLiteral("1"), 20) << true;
    QTest::newRow("21 digits") << repeated(QStringLiteral("1"), 21) << false;
}

void TestFieldRules::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, ok);
    const QString error = FieldRules::phoneError(phone);
    if (ok)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY(!error.isEmpty());
}

void TestFieldRules::reach_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("ok");

    QTest::newRow("neither") << QString() << QString() << false;
    QTest::newRow("only spaces in both") << QStringLiteral("  ") << QStringLiteral("\t") << false;
    QTest::newRow("email only") << QStringLiteral("ivan@example.com") << QString() << true;
    QTest::newRow("phone only") << QString() << QStringLiteral("214") << true;
    QTest::newRow("both") << QStringLiteral("ivan@example.com") << QStringLiteral("+7 916 123-45-67") << true;
    QTest::newRow("email with spaces around") << QStringLiteral("  a@b.ru ") << QString() << true;
}

void TestFieldRules::reach()
{
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(bool, ok);
    const QString error = FieldRules::reachError(email, phone);
    if (ok)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY(!error.isEmpty());
}

void TestFieldRules::shortText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");

    QTest::newRow("empty") << QString() << true;
    QTest::newRow("room") << QStringLiteral("Каб. 214") << true;
    QTest::newRow("200") << repeated(QStringLiteral("z"), 200) << true;
    QTest::newRow("201") << repeated(QStringLiteral("z"), 201) << false;
    QTest::newRow("200 emoji") << repeated(smile, 200) << true;
}

void TestFieldRules::shortText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const QString error = FieldRules::shortTextError(text);
    if (ok)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY(error.contains(QString::number(FieldRules::ShortTextMax)));
}

void TestFieldRules::startedAt_data()
{
    QTest::addColumn<QDateTime>("startedAt");
    QTest::addColumn<bool>("ok");

    const QDateTime now(QDate(2024, 3, 14), QTime(10, 30));
    QTest::newRow("not given") << QDateTime() << false;
    QTest::newRow("just now") << now << true;
    QTest::newRow("an hour ago") << now.addSecs(-3600) << true;
    QTest::newRow("last year") << now.addYears(-1) << true;
    QTest::newRow("a minute ahead (clock skew)") << now.addSecs(60) << true;
    QTest::newRow("an hour ahead") << now.addSecs(3600) << false;
    QTest::newRow("tomorrow") << now.addDays(1) << false;
    QTest::newRow("same instant in UTC") << now.toUTC() << true;
    QTest::newRow("future instant in UTC") << now.addDays(1).toUTC() << false;
}

void TestFieldRules::startedAt()
{
    QFETCH(QDateTime, startedAt);
    QFETCH(bool, ok);
    const QDateTime now(QDate(2024, 3, 14), QTime(10, 30));
    const QString error = FieldRules::startedAtError(startedAt, now);
    if (ok)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY(!error.isEmpty());
}

void TestFieldRules::device_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("custom");
    QTest::addColumn<QString>("assetTag");
    QTest::addColumn<bool>("makeOk");
    QTest::addColumn<bool>("modelOk");

    const QString printing = QStringLiteral("printing");
    const QString printer = QStringLiteral("printer");
    const QString brother = QStringLiteral("Brother");
    const QString hl = QStringLiteral("HL-L2340D");
    QTest::newRow("picked from the list") << printing << printer << brother << hl << false << QString() << true << true;
    QTest::newRow("typed in other case") << printing << printer << QStringLiteral(" BROTHER") << QStringLiteral("hl-l2340d ")
                                         << false << QString() << true << true;
    QTest::newRow("the grey printer") << printing << printer << QString() << QString() << false << QString() << false << false;
    QTest::newRow("spaces only") << printing << printer << QStringLiteral("  ") << QStringLiteral(" ") << false << QString()
                                 << false << false;
    QTest::newRow("asset tag instead") << printing << printer << QString() << QString() << false
                                       << QStringLiteral("ИНВ-000421") << true << true;
    QTest::newRow("make but no model") << printing << printer << brother << QString() << false << QString() << true << false;
    QTest::newRow("make not in list") << printing << printer << QStringLiteral("Серый") << QStringLiteral("Большой")
                                      << false << QString() << false << false;
    QTest::newRow("model of another make") << printing << printer << QStringLiteral("HP") << hl << false << QString()
                                           << true << false;
    QTest::newRow("model of another kind") << printing << printer << QStringLiteral("HP") << QStringLiteral("EliteDesk 800 G6")
                                           << false << QString() << true << false;
    QTest::newRow("typed in, not in list") << printing << printer << QStringLiteral("Катюша") << QStringLiteral("M240")
                                           << true << QString() << true << true;
    QTest::newRow("typed in, too long") << printing << printer << QString(201, QLatin1Char('k')) << QStringLiteral("M240")
                                        << true << QString() << false << true;
    QTest::newRow("monitor needs one too") << QStringLiteral("monitor") << QStringLiteral("monitor") << QString()
                                           << QString() << false << QString() << false << false;
    QTest::newRow("password problem needs none") << QStringLiteral("account") << QStringLiteral("computer") << QString()
                                                 << QString() << false << QString() << true << true;
    QTest::newRow("software problem needs none") << QStringLiteral("software") << QStringLiteral("computer") << QString()
                                                 << QString() << false << QString() << true << true;
    QTest::newRow("other kind is free text") << QStringLiteral("other") << QStringLiteral("other")
                                             << QStringLiteral("Coffee machine") << QStringLiteral("Jura E8") << false
                                             << QString() << true << true;
}

void TestFieldRules::device()
{
    QFETCH(QString, category);
    QFETCH(QString, kind);
    QFETCH(QString, make);
    QFETCH(QString, model);
    QFETCH(bool, custom);
    QFETCH(QString, assetTag);
    QFETCH(bool, makeOk);
    QFETCH(bool, modelOk);

    Helpdesk::DeviceInfo device;
    device.kind = kind;
    device.make = make;
    device.model = model;
    device.customModel = custom;
    device.assetTag = assetTag;
    const QString makeError = FieldRules::deviceMakeError(category, device);
    const QString modelError = FieldRules::deviceModelError(category, device);
    QVERIFY2(makeError.isEmpty() == makeOk, qPrintable(QStringLiteral("make: ") + makeError));
    QVERIFY2(modelError.isEmpty() == modelOk, qPrintable(QStringLiteral("model: ") + modelError));
}

void TestFieldRules::characterCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("latin") << QStringLiteral("Printer") << 7;
    QTest::newRow("cyrillic") << QStringLiteral("Принтер") << 7;
    QTest::newRow("emoji") << printer << 1;
    QTest::newRow("mixed") << QStringLiteral("ок ") + smile + smile << 5;
}

void TestFieldRules::characterCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(FieldRules::characterCount(text), count);
}

void TestFieldRules::cleanText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("multiline");
    QTest::addColumn<QString>("expected");
    const QChar nul(0);
    QTest::newRow("NUL removed") << (QStringLiteral("Printer") + nul + QStringLiteral(" jams")) << false
                                 << QStringLiteral("Printer jams");
    QTest::newRow("C0, DEL and C1 removed") << QStringLiteral("a\x01" "b\x1b[31mc\x7f\u0085d") << true
                                            << QStringLiteral("ab[31mcd");
    QTest::newRow("line breaks kept in a description") << QStringLiteral("one\r\ntwo\rthree\n\tfour") << true
                                                       << QStringLiteral("one\ntwo\nthree\n\tfour");
    QTest::newRow("line break in one line becomes a space") << QStringLiteral("Printer\r\njams\there") << false
                                                            << QStringLiteral("Printer jams here");
    QTest::newRow("unpaired surrogate from a broken paste") << (QStringLiteral("ok") + QChar(0xd83d) + QStringLiteral("!"))
                                                            << false << QStringLiteral("ok!");
    QTest::newRow("non-character removed") << QStringLiteral("a\ufffeb\uffffc") << false << QStringLiteral("abc");
    QTest::newRow("replacement character of invalid UTF-8 kept")
        << QString::fromUtf8("bad \xff byte") << false << QString::fromUtf8("bad \xff byte");
    QTest::newRow("emoji, ZWJ sequences and flags kept")
        << QStringLiteral("🖨️🔥 👩‍💻 🇷🇺") << false << QStringLiteral("🖨️🔥 👩‍💻 🇷🇺");
    QTest::newRow("RTL text and marks kept") << QStringLiteral("שלום \u200fعالم\u200e ok") << false
                                             << QStringLiteral("שלום \u200fعالم\u200e ok");
    QTest::newRow("Cyrillic untouched") << QStringLiteral("Принтер жуёт бумагу") << false
                                        << QStringLiteral("Принтер жуёт бумагу");
}

void TestFieldRules::cleanText()
{
    QFETCH(QString, input);
    QFETCH(bool, multiline);
    QFETCH(QString, expected);
    QCOMPARE(FieldRules::cleanText(input, multiline), expected);
}

void TestFieldRules::megabyteDescriptionNamesTheLimit()
{
    const QString huge(1024 * 1024, QLatin1Char('x'));
    const QString error = FieldRules::descriptionError(huge);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QString::number(FieldRules::DescriptionMax)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
