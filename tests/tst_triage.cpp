// Triage: what an employee writes is checked before it is sent. A vague report
// ("всё сломалось", "HELP!!!", "Printer problem") gets a question back; a
// secret (password, PIN, SMS code, card number, CVV, IBAN) is found so it can
// be removed — and an ordinary number (error code, asset tag, phone, invoice)
// is never mistaken for one. The labelled corpus in data/triage_corpus.tsv
// measures both against how a person would judge the same lines.

#include "triage/triage.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Helpdesk;

namespace {

struct CorpusLine
{
    int lineNumber = 0;
    bool vague = false;
    QStringList kinds;
    QString text;
};

QList<CorpusLine> loadCorpus(QString *error)
{
    // QFINDTESTDATA looks next to the binary and in the source dir baked in
    // at build time; HELPDESK_SOURCE_DIR covers an out-of-tree build moved
    // elsewhere.
    QString path = QFINDTESTDATA("data/triage_corpus.tsv");
    if (path.isEmpty())
        path = QStringLiteral(HELPDESK_SOURCE_DIR "/tests/data/triage_corpus.tsv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<CorpusLine> lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() != 3 || (columns[0] != QLatin1String("0") && columns[0] != QLatin1String("1"))) {
            *error = QStringLiteral("line %1 is not vague<TAB>secret_kinds<TAB>text: %2").arg(number).arg(line);
            return {};
        }
        CorpusLine entry;
        entry.lineNumber = number;
        entry.vague = columns[0] == QLatin1String("1");
        if (columns[1] != QLatin1String("-"))
            entry.kinds = columns[1].split(QLatin1Char(','));
        entry.text = columns[2];
        lines.append(entry);
    }
    return lines;
}

struct Counts
{
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    double precision() const
    {
        return truePositive + falsePositive == 0 ? 1.0 : double(truePositive) / (truePositive + falsePositive);
    }
    double recall() const
    {
        return truePositive + falseNegative == 0 ? 1.0 : double(truePositive) / (truePositive + falseNegative);
    }
    void add(bool expected, bool actual)
    {
        if (expected && actual)
            ++truePositive;
        else if (actual)
            ++falsePositive;
        else if (expected)
            ++falseNegative;
    }
};

QStringList kindsOf(const QList<SecretMatch> &matches)
{
    QStringList kinds;
    for (const SecretMatch &m : matches)
        kinds.append(m.kind);
    kinds.removeDuplicates();
    kinds.sort();
    return kinds;
}

} // namespace

class tst_Triage : public QObject
{
    Q_OBJECT

private slots:
    void builtInRulesLoad();
    void corpusPrecisionAndRecall();

    void vagueness_data();
    void vagueness();
    void vaguenessConsidersDescriptionAndCategory();
    void missingAsksOnlyForWhatIsAbsent();

    void luhn_data();
    void luhn();
    void findsSecrets_data();
    void findsSecrets();
    void ordinaryNumbersAreNotSecrets_data();
    void ordinaryNumbersAreNotSecrets();
    void removeSecretsKeepsTheRest();
    void secretKindNames();
    void invalidRulesGiveEmptyRuleSet();

    void separateProblems_data();
    void separateProblems();
};

void tst_Triage::builtInRulesLoad()
{
    // A broken rules.json would silently switch every check off.
    QVERIFY(Triage::builtIn().isVague(QStringLiteral("HELP!!!")));
    QVERIFY(!Triage::builtIn().findSecrets(QStringLiteral("PIN 4821")).isEmpty());
}

void tst_Triage::corpusPrecisionAndRecall()
{
    QString error;
    const QList<CorpusLine> corpus = loadCorpus(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(corpus.size() >= 200, "the corpus must stay large enough to mean something");

    const Triage &triage = Triage::builtIn();
    Counts vague;
    Counts secret;
    int secretLines = 0;
    int kindsRight = 0;
    for (const CorpusLine &line : corpus) {
        const bool isVague = triage.isVague(line.text);
        vague.add(line.vague, isVague);
        if (line.vague != isVague)
            qInfo().noquote() << "vagueness" << line.lineNumber << "expected" << line.vague << ":" << line.text;

        const QList<SecretMatch> matches = triage.findSecrets(line.text);
        secret.add(!line.kinds.isEmpty(), !matches.isEmpty());
        QStringList expectedKinds = line.kinds;
        expectedKinds.sort();
        const QStringList foundKinds = kindsOf(matches);
        if (!line.kinds.isEmpty()) {
            ++secretLines;
            if (foundKinds == expectedKinds)
                ++kindsRight;
        }
        if (foundKinds != expectedKinds)
            qInfo().noquote() << "secrets" << line.lineNumber << "expected" << expectedKinds.join(u',') << "found"
                              << foundKinds.join(u',') << ":" << line.text;
    }
    const double kindAccuracy = secretLines == 0 ? 1.0 : double(kindsRight) / secretLines;
    qInfo("corpus: %d lines", int(corpus.size()));
    qInfo("vagueness: precision %.3f, recall %.3f", vague.precision(), vague.recall());
    qInfo("secrets: precision %.3f, recall %.3f, kind accuracy %.3f (%d of %d lines)", secret.precision(),
          secret.recall(), kindAccuracy, kindsRight, secretLines);

    QVERIFY2(vague.precision() >= 0.9, "vagueness precision below 0.9");
    QVERIFY2(vague.recall() >= 0.9, "vagueness recall below 0.9");
    QVERIFY2(secret.precision() >= 0.95, "secret precision below 0.95");
    QVERIFY2(secret.recall() >= 0.95, "secret recall below 0.95");
    QVERIFY2(kindAccuracy >= 0.95, "secret kind accuracy below 0.95");
}

void tst_Triage::vagueness_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("vague");

    // The issue's examples.
    QTest::newRow("ru all broken") << QStringLiteral("всё совсем сломано") << true;
    QTest::newRow("ru nothing works") << QStringLiteral("ничего не работает") << true;
    QTest::newRow("en everything broken") << QStringLiteral("everything is broken") << true;
    QTest::newRow("en doesn't work") << QStringLiteral("it doesn't work") << true;
    QTest::newRow("help") << QStringLiteral("HELP!!!") << true;
    QTest::newRow("ru doesn't work") << QStringLiteral("не работает") << true;
    QTest::newRow("ru problem") << QStringLiteral("проблема") << true;
    QTest::newRow("en category only") << QStringLiteral("Printer problem") << true;
    QTest::newRow("ru category only") << QStringLiteral("Проблема с принтером") << true;
    QTest::newRow("quoted error")
            << QStringLiteral("Не работает почта в Outlook: «Сервер недоступен»") << false;
    QTest::newRow("error code") << QStringLiteral("Windows Update fails with error 0x80070005") << false;
    QTest::newRow("model and symptom")
            << QStringLiteral("Kyocera ECOSYS M2040dn печатает с серыми полосами по левому краю") << false;
    QTest::newRow("many content words")
            << QStringLiteral("Teams freezes for thirty seconds whenever I share my screen") << false;
}

void tst_Triage::vagueness()
{
    QFETCH(QString, text);
    QFETCH(bool, vague);
    const VaguenessResult result = Triage::builtIn().checkVagueness(text, QString());
    QCOMPARE(result.vague, vague);
    QCOMPARE(result.missing.isEmpty(), !vague);
}

void tst_Triage::vaguenessConsidersDescriptionAndCategory()
{
    const Triage &triage = Triage::builtIn();
    // A vague summary is fine when the description is specific.
    QVERIFY(triage.checkVagueness(QStringLiteral("Проблема с принтером"), QString(), QStringLiteral("printing")).vague);
    QVERIFY(!triage.checkVagueness(QStringLiteral("Проблема с принтером"),
                                   QStringLiteral("HP LaserJet M404dn пишет «Замятие бумаги в лотке 2»"),
                                   QStringLiteral("printing"))
                     .vague);
    // A summary that only repeats its category says nothing…
    QVERIFY(triage.checkVagueness(QStringLiteral("Printer problem"), QString(), QStringLiteral("printing")).vague);
    // …and nothing but empty space is a required-field error, not vagueness.
    QVERIFY(!triage.checkVagueness(QStringLiteral("  "), QString()).vague);
}

void tst_Triage::missingAsksOnlyForWhatIsAbsent()
{
    const Triage &triage = Triage::builtIn();
    const VaguenessResult bare = triage.checkVagueness(QStringLiteral("ничего не работает"), QString());
    QVERIFY(bare.vague);
    QCOMPARE(bare.missing.size(), 4);

    // With the error text quoted, it is not asked for again. The built-in
    // rules already count a quote as enough detail, so rules without that
    // show the question list on its own.
    QString error;
    const Triage quoteBlind = Triage::fromJson(R"json({"vagueness": {
        "vague_words": ["ошибка"],
        "missing": {"error_text": ["«[^»]+»"]}}})json", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const VaguenessResult quoted = quoteBlind.checkVagueness(QStringLiteral("Ошибка «Нет»"), QString());
    QVERIFY(quoted.vague);
    QCOMPARE(quoted.missing.size(), 3);
    QVERIFY(!quoted.missing.contains(bare.missing.last()));
    QVERIFY(!triage.checkVagueness(QStringLiteral("Ошибка «Нет доступа»"), QString()).vague);

    const VaguenessResult doing = triage.checkVagueness(QStringLiteral("не работает, когда печатаю"), QString());
    QVERIFY(doing.vague);
    QVERIFY(!doing.missing.contains(bare.missing.first()));
}

void tst_Triage::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("passes");
    QTest::newRow("visa test") << QStringLiteral("4111111111111111") << true;
    QTest::newRow("grouped") << QStringLiteral("4276 3800 1234 5679") << true;
    QTest::newRow("dashes") << QStringLiteral("4000-0056-7812-3457") << true;
    QTest::newRow("amex") << QStringLiteral("378282246310005") << true;
    QTest::newRow("mir") << QStringLiteral("2202201234567895") << true;
    QTest::newRow("one off") << QStringLiteral("4276380012345670") << false;
    QTest::newRow("swapped") << QStringLiteral("4111111111111121") << false;
    QTest::newRow("letters") << QStringLiteral("4111a11111111111") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("short valid") << QStringLiteral("18") << true;
}

void tst_Triage::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, passes);
    QCOMPARE(Triage::passesLuhn(digits), passes);
}

void tst_Triage::findsSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("secret"); // the span the match must cover

    QTest::newRow("пароль:") << QStringLiteral("пароль: qwerty123") << "password" << "qwerty123";
    QTest::newRow("pwd=") << QStringLiteral("my pwd=Secret! please") << "password" << "Secret!";
    QTest::newRow("password is") << QStringLiteral("password is Hunter2.") << "password" << "Hunter2";
    QTest::newRow("pass:") << QStringLiteral("login jsmith, pass: Autumn#77") << "password" << "Autumn#77";
    QTest::newRow("PIN") << QStringLiteral("PIN 4821") << "pin" << "4821";
    QTest::newRow("пин-код") << QStringLiteral("пин-код 1234 не подходит") << "pin" << "1234";
    QTest::newRow("код из смс") << QStringLiteral("код из смс 582913") << "otp" << "582913";
    QTest::newRow("one-time code") << QStringLiteral("one-time code 123456") << "otp" << "123456";
    QTest::newRow("card grouped") << QStringLiteral("Card 4276 3800 1234 5679, please") << "card"
                                  << "4276 3800 1234 5679";
    QTest::newRow("card plain") << QStringLiteral("карта 4111111111111111") << "card" << "4111111111111111";
    QTest::newRow("card dashes") << QStringLiteral("4000-0056-7812-3457") << "card" << "4000-0056-7812-3457";
    QTest::newRow("amex") << QStringLiteral("Amex 3782 822463 10005") << "card" << "3782 822463 10005";
    QTest::newRow("cvv") << QStringLiteral("CVV 123") << "cvv" << "123";
    QTest::newRow("cvc:") << QStringLiteral("cvc: 4567") << "cvv" << "4567";
    QTest::newRow("iban spaced") << QStringLiteral("счёт DE89 3704 0044 0532 0130 00, спасибо") << "iban"
                                 << "DE89 3704 0044 0532 0130 00";
    QTest::newRow("iban then caps") << QStringLiteral("to GB82 WEST 1234 5698 7654 32 ASAP") << "iban"
                                    << "GB82 WEST 1234 5698 7654 32";
    QTest::newRow("iban compact") << QStringLiteral("NL91ABNA0417164300") << "iban" << "NL91ABNA0417164300";
}

void tst_Triage::findsSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, secret);
    const QList<SecretMatch> matches = Triage::builtIn().findSecrets(text);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().kind, kind);
    QCOMPARE(text.mid(matches.first().start, matches.first().end - matches.first().start), secret);
}

void tst_Triage::ordinaryNumbersAreNotSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("hex error") << QStringLiteral("Windows Update: 0x80070005");
    QTest::newRow("short code") << QStringLiteral("Принтер показывает E-04");
    QTest::newRow("ошибка 1234") << QStringLiteral("ошибка 1234 при запуске");
    QTest::newRow("asset tag") << QStringLiteral("ноутбук INV-00417");
    QTest::newRow("phone ru") << QStringLiteral("звоните +7 495 123-45-67");
    QTest::newRow("phone 8800") << QStringLiteral("8 800 555-35-35");
    QTest::newRow("ip") << QStringLiteral("сервер 192.168.100.254 не отвечает");
    QTest::newRow("order") << QStringLiteral("заказ № 4512");
    QTest::newRow("invoice") << QStringLiteral("invoice 2024-0042");
    QTest::newRow("room") << QStringLiteral("каб. 305");
    QTest::newRow("date") << QStringLiteral("с 12.03.2024 и 2024-03-12");
    QTest::newRow("time") << QStringLiteral("в 14:30:15");
    QTest::newRow("version") << QStringLiteral("версия 16.0.17328.20162");
    QTest::newRow("serial") << QStringLiteral("S/N 5CG1234XYZ");
    QTest::newRow("16 digits failing Luhn") << QStringLiteral("4276380012345670");
    QTest::newRow("grouped failing Luhn") << QStringLiteral("4276 3800 1234 5670");
    QTest::newRow("iban failing mod 97") << QStringLiteral("DE89 3704 0044 0532 0130 01");
    QTest::newRow("password words") << QStringLiteral("Забыл пароль, пароль истёк, password expired");
    QTest::newRow("password asked") << QStringLiteral("Принтер просит PIN для печати");
    QTest::newRow("sms code missing") << QStringLiteral("Код подтверждения из СМС не приходит");
    QTest::newRow("password changed 3 days ago") << QStringLiteral("сменил пароль 3 дня назад");
    QTest::newRow("tracking") << QStringLiteral("Трек-номер 80085123456789");
}

void tst_Triage::ordinaryNumbersAreNotSecrets()
{
    QFETCH(QString, text);
    const QList<SecretMatch> matches = Triage::builtIn().findSecrets(text);
    for (const SecretMatch &m : matches)
        qWarning().noquote() << m.kind << text.mid(m.start, m.end - m.start);
    QVERIFY(matches.isEmpty());
}

void tst_Triage::removeSecretsKeepsTheRest()
{
    const QString text = QStringLiteral("логин ivanov, пароль: Vesna2024, карта 4276 3800 1234 5679, PIN 4821.");
    const QList<SecretMatch> matches = Triage::builtIn().findSecrets(text);
    QCOMPARE(matches.size(), 3);
    QCOMPARE(Triage::removeSecrets(text, matches),
             QStringLiteral("логин ivanov, пароль: [removed], карта [removed], PIN [removed]."));
    // The order the matches come in does not matter.
    QList<SecretMatch> reversed(matches.crbegin(), matches.crend());
    QCOMPARE(Triage::removeSecrets(text, reversed), Triage::removeSecrets(text, matches));
    QCOMPARE(Triage::removeSecrets(text, {}), text);
}

void tst_Triage::secretKindNames()
{
    // The wizard names what it found; an unknown kind from an organisation's
    // own rules is shown as its id rather than as nothing.
    QCOMPARE(Triage::secretKindName(QStringLiteral("card")), QStringLiteral("bank card number"));
    QCOMPARE(Triage::secretKindName(QStringLiteral("otp")), QStringLiteral("one-time code"));
    QCOMPARE(Triage::secretKindName(QStringLiteral("badge")), QStringLiteral("badge"));
}

void tst_Triage::invalidRulesGiveEmptyRuleSet()
{
    QString error;
    const Triage broken = Triage::fromJson("{ not json", &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(broken.findSecrets(QStringLiteral("PIN 4821")).isEmpty());

    const Triage badPattern = Triage::fromJson(
            R"json({"secrets": {"rules": [{"kind": "pin", "pattern": "(unclosed"}]}})json", &error);
    QVERIFY(error.contains(QLatin1String("(unclosed")));
    QVERIFY(badPattern.findSecrets(QStringLiteral("PIN 4821")).isEmpty());

    // An organisation's own rule works without touching code.
    const Triage own = Triage::fromJson(
            R"json({"secrets": {"rules": [{"kind": "pin", "pattern": "табельный (?<value>\\d{5})"}]}})json", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(own.findSecrets(QStringLiteral("табельный 12345")),
             (QList<SecretMatch>{SecretMatch{QStringLiteral("pin"), 10, 15}}));
}

void tst_Triage::separateProblems_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("topics");

    const QStringList none;
    QTest::newRow("ru two problems, и ещё") << QStringLiteral("Принтер не печатает и ещё почта не открывается") << QString()
                                          << QStringList{QStringLiteral("printing"), QStringLiteral("email")};
    QTest::newRow("en also, in the description")
        << QStringLiteral("Printer jams on every page")
        << QStringLiteral("Tray 2 is empty. Also Outlook crashes when I open an attachment.")
        << QStringList{QStringLiteral("printing"), QStringLiteral("email")};
    QTest::newRow("numbered list") << QStringLiteral("Несколько проблем на рабочем месте")
                                   << QStringLiteral("1) не работает мышь 2) монитор мерцает")
                                   << QStringList{QStringLiteral("computer"), QStringLiteral("monitor")};
    QTest::newRow("bulleted list") << QStringLiteral("Two things since the move")
                                   << QStringLiteral("- Wi-Fi drops every few minutes\n- the desk phone has no dial tone")
                                   << QStringList{QStringLiteral("network"), QStringLiteral("phone")};
    QTest::newRow("another problem") << QStringLiteral("VPN disconnects every hour")
                                     << QStringLiteral("And another problem: my password expired and I am locked out.")
                                     << QStringList{QStringLiteral("network"), QStringLiteral("account")};
    QTest::newRow("one problem, two topics in one clause") << QStringLiteral("Не печатается письмо из Outlook")
                                                           << QStringLiteral("Ещё раз проверил — то же самое.") << none;
    QTest::newRow("related, no marker") << QStringLiteral("Принтер не печатает")
                                        << QStringLiteral("Компьютер его не видит. Кабель подключён.") << none;
    QTest::newRow("one topic repeated with also") << QStringLiteral("Printer jams")
                                                  << QStringLiteral("It also prints faint pages on the printer.") << none;
    QTest::newRow("ещё раз is no second problem") << QStringLiteral("Принтер на 3 этаже не печатает")
                                                  << QStringLiteral("Перезагрузил, ещё раз отправил — не печатает.") << none;
    QTest::newRow("specific single problem") << QStringLiteral("Не работает почта в Outlook: «Сервер недоступен»")
                                             << QString() << none;
    QTest::newRow("empty") << QString() << QString() << none;
}

void tst_Triage::separateProblems()
{
    QFETCH(QString, summary);
    QFETCH(QString, description);
    QFETCH(QStringList, topics);
    QCOMPARE(Triage::builtIn().separateProblems(summary, description), topics);
}

QTEST_GUILESS_MAIN(tst_Triage)
#include "tst_triage.moc"
