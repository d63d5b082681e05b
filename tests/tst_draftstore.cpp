// DraftStore: what the wizard keeps on disk while a report is being typed must
// come back whole after a crash, and a damaged or half-written file must never
// cost the draft that was there nor crash the program.

#include "delivery/draftstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Helpdesk;

class tst_DraftStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripKeepsEveryField();
    void removeDeletesTheDraft();
    void latestIsTheNewestDraft();
    void damagedDraftIsReportedAndSetAside_data();
    void damagedDraftIsReportedAndSetAside();
    void failedWriteKeepsThePreviousDraft();
    void idThatIsNotAFileNameIsRefused();

private:
    static DraftStore::Draft fullDraft();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

DraftStore::Draft tst_DraftStore::fullDraft()
{
    DraftStore::Draft draft;
    Report &r = draft.report;
    r.clientId = QStringLiteral("6f1c2a9e-0b7d-4e55-9a51-3c0f0d6b2e11");
    r.category = QStringLiteral("printing");
    r.symptom = QStringLiteral("paper_jam");
    r.summary = QStringLiteral("Принтер на 2 этаже жуёт бумагу 🖨️🔥");
    r.description = QStringLiteral("Каждая страница застревает.\nSecond line — emoji 👍, RTL: שלום עולם\tTab.");
    r.startedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 41, 7, 250));
    r.impact = QStringLiteral("team");
    r.urgency = QStringLiteral("blocked");
    r.vague = true;
    r.device = {QStringLiteral("printer"), QStringLiteral("Brother"), QStringLiteral("HL-L2340D"), true,
                QStringLiteral("INV-00417"), QStringLiteral("Главный офис"), QStringLiteral("214")};
    r.contact = {QStringLiteral("Ирина Петрова"), QStringLiteral("ipetrova"), QStringLiteral("irina@example.com"),
                 QStringLiteral("+7 495 123-45-67"), QStringLiteral("Бухгалтерия"), QStringLiteral("Офис, 214"),
                 QStringLiteral("phone")};
    QByteArray binary;
    for (int i = 0; i < 3000; ++i)
        binary.append(char(i * 7));
    r.attachments = {Attachment::fromData(QStringLiteral("ошибка.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + binary),
                     Attachment::fromData(QStringLiteral("log.txt"), QByteArray("line 1\nline 2\0zero", 18))};
    draft.page = 3;
    draft.savedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0, 123));
    return draft;
}

void tst_DraftStore::roundTripKeepsEveryField()
{
    DraftStore store(m_dir->path());
    const DraftStore::Draft saved = fullDraft();
    QString error;
    QVERIFY2(store.save(saved, &error), qPrintable(error));
    QVERIFY(QFile::exists(store.filePath(saved.report.clientId)));
    // Personal data: nobody else on the computer may read it.
    QCOMPARE(QFile::permissions(store.filePath(saved.report.clientId)) & 0x0fff,
             QFileDevice::ReadUser | QFileDevice::WriteUser); // and nothing for group or others

    const std::optional<DraftStore::Draft> loaded = store.load(saved.report.clientId, &error);
    QVERIFY2(loaded, qPrintable(error));
    const Report &a = saved.report;
    const Report &b = loaded->report;
    QCOMPARE(b.clientId, a.clientId);
    QCOMPARE(b.category, a.category);
    QCOMPARE(b.symptom, a.symptom);
    QCOMPARE(b.summary, a.summary);
    QCOMPARE(b.description, a.description);
    QCOMPARE(b.startedAt, a.startedAt);
    QCOMPARE(b.impact, a.impact);
    QCOMPARE(b.urgency, a.urgency);
    QCOMPARE(b.vague, a.vague);
    QCOMPARE(b.device.kind, a.device.kind);
    QCOMPARE(b.device.make, a.device.make);
    QCOMPARE(b.device.model, a.device.model);
    QCOMPARE(b.device.customModel, a.device.customModel);
    QCOMPARE(b.device.assetTag, a.device.assetTag);
    QCOMPARE(b.device.building, a.device.building);
    QCOMPARE(b.device.room, a.device.room);
    QCOMPARE(b.contact.name, a.contact.name);
    QCOMPARE(b.contact.login, a.contact.login);
    QCOMPARE(b.contact.email, a.contact.email);
    QCOMPARE(b.contact.phone, a.contact.phone);
    QCOMPARE(b.contact.department, a.contact.department);
    QCOMPARE(b.contact.location, a.contact.location);
    QCOMPARE(b.contact.preferredContact, a.contact.preferredContact);
    QCOMPARE(b.attachments.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(b.attachments.at(i).fileName, a.attachments.at(i).fileName);
        QCOMPARE(b.attachments.at(i).mimeType, a.attachments.at(i).mimeType);
        QCOMPARE(b.attachments.at(i).size, a.attachments.at(i).size);
        QCOMPARE(b.attachments.at(i).sha256, a.attachments.at(i).sha256);
        QCOMPARE(b.attachments.at(i).data, a.attachments.at(i).data);
    }
    QCOMPARE(loaded->page, 3);
    QCOMPARE(loaded->savedAt, saved.savedAt);
}

void tst_DraftStore::removeDeletesTheDraft()
{
    DraftStore store(m_dir->path());
    const DraftStore::Draft draft = fullDraft();
    QVERIFY(store.save(draft, nullptr));
    QVERIFY(store.remove(draft.report.clientId));
    QVERIFY(!QFile::exists(store.filePath(draft.report.clientId)));
    QString error;
    QVERIFY(!store.load(draft.report.clientId, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.latest());
    QVERIFY(store.remove(draft.report.clientId)); // nothing left to remove is fine
}

void tst_DraftStore::latestIsTheNewestDraft()
{
    DraftStore store(m_dir->path());
    DraftStore::Draft older = fullDraft();
    older.report.clientId = QStringLiteral("older");
    older.savedAt = QDateTime::currentDateTime().addSecs(-60);
    DraftStore::Draft newer = fullDraft();
    newer.report.clientId = QStringLiteral("newer");
    newer.savedAt = QDateTime::currentDateTime();
    QVERIFY(store.save(newer, nullptr));
    QVERIFY(store.save(older, nullptr));
    const auto latest = store.latest();
    QVERIFY(latest);
    QCOMPARE(latest->report.clientId, QStringLiteral("newer"));
}

void tst_DraftStore::damagedDraftIsReportedAndSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.save(fullDraft(), nullptr));
    QFile file(store.filePath(fullDraft().report.clientId));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    QTest::newRow("truncated") << whole.left(whole.size() / 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("\x00\xff garbage", 10);
    QTest::newRow("other json") << QByteArray("{\"format\": 1, \"report\": []}");
    QByteArray badAttachment = whole;
    badAttachment.replace("\"size\":\"18\"", "\"size\":\"19\"");
    QVERIFY(badAttachment != whole);
    QTest::newRow("attachment does not match") << badAttachment;
}

void tst_DraftStore::damagedDraftIsReportedAndSetAside()
{
    QFETCH(QByteArray, content);
    DraftStore store(m_dir->path());
    DraftStore::Draft good = fullDraft();
    good.report.clientId = QStringLiteral("good");
    good.savedAt = QDateTime::currentDateTime().addSecs(-3600);
    QVERIFY(store.save(good, nullptr));
    const QString damaged = store.filePath(QStringLiteral("damaged"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    QString error;
    QVERIFY(!store.load(QStringLiteral("damaged"), &error));
    QVERIFY2(error.contains(QStringLiteral("damaged.json")), qPrintable(error));

    QStringList problems;
    const auto latest = store.latest(&problems);
    QVERIFY(latest);
    QCOMPARE(latest->report.clientId, QStringLiteral("good")); // the good draft is still offered
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QStringLiteral("cannot be read")), qPrintable(problems.constFirst()));
    // Set aside, not deleted, and not reported again at the next start.
    QVERIFY(!QFile::exists(damaged));
    QVERIFY(QFile::exists(damaged + QStringLiteral(".damaged")));
    problems.clear();
    QVERIFY(store.latest(&problems));
    QVERIFY(problems.isEmpty());
}

void tst_DraftStore::failedWriteKeepsThePreviousDraft()
{
    DraftStore store(m_dir->path());
    DraftStore::Draft first = fullDraft();
    first.report.attachments.clear();
    first.report.summary = QStringLiteral("The first version");
    QVERIFY(store.save(first, nullptr));

    // A disk that fills up while writing: files may not grow past 4 KiB, and
    // the second version (with a 64 KiB attachment) does not fit. Works even
    // for root, unlike a read-only folder.
    DraftStore::Draft second = fullDraft();
    second.report.summary = QStringLiteral("The second version");
    second.report.attachments = {Attachment::fromData(QStringLiteral("big.bin"), QByteArray(64 * 1024, 'x'))};
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool saved = store.save(second, &error);
    setrlimit(RLIMIT_FSIZE, &previous);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("cannot be saved")), qPrintable(error));

    const auto loaded = store.load(first.report.clientId, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->report.summary, QStringLiteral("The first version"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1); // no temporary file left behind
}

void tst_DraftStore::idThatIsNotAFileNameIsRefused()
{
    DraftStore store(m_dir->path());
    DraftStore::Draft draft = fullDraft();
    draft.report.clientId = QStringLiteral("../../etc/passwd");
    QString error;
    QVERIFY(!store.save(draft, &error));
    QVERIFY(error.contains(QStringLiteral("not a plain name")));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
