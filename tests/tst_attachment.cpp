// Attachment: what is attached is what the agent gets (SHA-256 of the bytes),
// its type is recognised, and the limits (5 files, 10 MB each, a real name,
// not empty, readable) are enforced with a message that names the limit.

#include "model/attachment.h"
#include "model/report.h"
#include "testreports.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Helpdesk;

class tst_Attachment : public QObject
{
    Q_OBJECT

private slots:
    void sha256OfKnownBytes();
    void mimeTypeFromNameAndContent();
    void fromDataKeepsOnlyTheName();
    void fromFileReadsTheBytes();
    void fromFileRefusesWhatCannotBeAttached();
    void sizeLimitIsTenMegabytes();
    void atMostFiveFiles();
    void badNamesAndTamperedBytesAreRefused();
    void validReportWithAttachmentsPasses();

private:
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    static QStringList attachmentMessages(const Report &report)
    {
        QStringList messages;
        for (const FieldError &error : report.validate()) {
            if (error.field == QLatin1String("attachments"))
                messages.append(error.message);
        }
        return messages;
    }
};

void tst_Attachment::sha256OfKnownBytes()
{
    // FIPS 180-2 test vector.
    QCOMPARE(Attachment::sha256Hex("abc"),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const Attachment attachment = Attachment::fromData(QStringLiteral("abc.txt"), "abc");
    QCOMPARE(attachment.sha256, Attachment::sha256Hex("abc"));
    QCOMPARE(attachment.size, qint64(3));
    QVERIFY(attachment.dataMatches());
}

void tst_Attachment::mimeTypeFromNameAndContent()
{
    QCOMPARE(Attachment::fromData(QStringLiteral("notes.txt"), "plain words\n").mimeType, QStringLiteral("text/plain"));
    // A PNG is a PNG whatever it is called: the bytes decide when the name says nothing.
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    const Attachment screenshot = Attachment::fromData(QStringLiteral("screenshot"), png);
    QCOMPARE(screenshot.mimeType, QStringLiteral("image/png"));
    QVERIFY(screenshot.isImage());
    QCOMPARE(Attachment::fromData(QStringLiteral("report.pdf"), "%PDF-1.4\n%...").mimeType,
             QStringLiteral("application/pdf"));
    const Attachment unknown = Attachment::fromData(QStringLiteral("dump.bin"), QByteArray("\x00\x01\x02\xff", 4));
    QCOMPARE(unknown.mimeType, QStringLiteral("application/octet-stream"));
    QVERIFY(!unknown.isImage());
}

void tst_Attachment::fromDataKeepsOnlyTheName()
{
    QCOMPARE(Attachment::fromData(QStringLiteral("/home/ivan/Desktop/error.txt"), "x").fileName,
             QStringLiteral("error.txt"));
    QCOMPARE(Attachment::fromData(QStringLiteral("C:\\Users\\ivan\\error.log"), "x").fileName,
             QStringLiteral("error.log"));
}

void tst_Attachment::fromFileReadsTheBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char(i * 7));
    const QString path = writeFile(dir, QStringLiteral("журнал ошибок.log"), bytes);
    QString error;
    const auto attachment = Attachment::fromFile(path, &error);
    QVERIFY2(attachment, qPrintable(error));
    QCOMPARE(attachment->fileName, QStringLiteral("журнал ошибок.log"));
    QCOMPARE(attachment->data, bytes);
    QCOMPARE(attachment->size, qint64(bytes.size()));
    QCOMPARE(attachment->sha256, Attachment::sha256Hex(bytes));
    QVERIFY(!attachment->mimeType.isEmpty());
    QVERIFY(FieldRules::attachmentError(*attachment).isEmpty());
}

void tst_Attachment::fromFileRefusesWhatCannotBeAttached()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;

    QVERIFY(!Attachment::fromFile(dir.filePath(QStringLiteral("gone.png")), &error));
    QVERIFY2(error.contains(QStringLiteral("“gone.png” does not exist")), qPrintable(error));

    QVERIFY(!Attachment::fromFile(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));

    QVERIFY(!Attachment::fromFile(writeFile(dir, QStringLiteral("empty.txt"), {}), &error));
    QVERIFY2(error.contains(QStringLiteral("“empty.txt” is empty")), qPrintable(error));

    const QString secret = writeFile(dir, QStringLiteral("secret.txt"), "not for you");
    QVERIFY(QFile::setPermissions(secret, QFileDevice::WriteOwner));
    QFile probe(secret);
    if (probe.open(QIODevice::ReadOnly)) {
        // Root reads everything; the permission case cannot happen for it.
        probe.close();
    } else {
        QVERIFY(!Attachment::fromFile(secret, &error));
        QVERIFY2(error.contains(QStringLiteral("“secret.txt” cannot be read")), qPrintable(error));
    }

    // Too big: refused by its size, before reading.
    QFile big(dir.filePath(QStringLiteral("video.mp4")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(FieldRules::AttachmentSizeMax + 1));
    big.close();
    QVERIFY(!Attachment::fromFile(big.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("“video.mp4” is too big")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("at most 10 MB")), qPrintable(error));

    // Exactly at the limit is fine.
    QVERIFY(big.open(QIODevice::ReadWrite));
    QVERIFY(big.resize(FieldRules::AttachmentSizeMax));
    big.close();
    const auto atLimit = Attachment::fromFile(big.fileName(), &error);
    QVERIFY2(atLimit, qPrintable(error));
    QCOMPARE(atLimit->size, FieldRules::AttachmentSizeMax);
}

void tst_Attachment::sizeLimitIsTenMegabytes()
{
    QCOMPARE(FieldRules::AttachmentSizeMax, qint64(10) * 1024 * 1024);
    QVERIFY(FieldRules::attachmentSizeError(QStringLiteral("a.png"), FieldRules::AttachmentSizeMax).isEmpty());
    const QString error = FieldRules::attachmentSizeError(QStringLiteral("a.png"), 25 * 1024 * 1024 / 2);
    QVERIFY2(error.contains(QStringLiteral("(12.5 MB)")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("at most 10 MB")), qPrintable(error));

    Report report = validTestReport();
    report.attachments.append(Attachment::fromData(QStringLiteral("huge.bin"),
                                                   QByteArray(int(FieldRules::AttachmentSizeMax) + 1, 'x')));
    const QStringList messages = attachmentMessages(report);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(QStringLiteral("“huge.bin” is too big")), qPrintable(messages.join('\n')));
}

void tst_Attachment::atMostFiveFiles()
{
    QCOMPARE(FieldRules::AttachmentsMax, 5);
    Report report = validTestReport();
    for (int i = 1; i <= 5; ++i)
        report.attachments.append(Attachment::fromData(QStringLiteral("log%1.txt").arg(i), "line\n"));
    QVERIFY(attachmentMessages(report).isEmpty());

    report.attachments.append(Attachment::fromData(QStringLiteral("log6.txt"), "line\n"));
    report.attachments.append(Attachment::fromData(QStringLiteral("log7.txt"), "line\n"));
    const QStringList messages = attachmentMessages(report);
    QCOMPARE(messages.size(), 1);
    // Without a translation loaded the plural reads "file(s)"; the numbers are what matter.
    QVERIFY2(messages.constFirst().startsWith(QStringLiteral("At most 5 file")), qPrintable(messages.constFirst()));
    QVERIFY2(messages.constFirst().contains(QStringLiteral("remove 2 file")), qPrintable(messages.constFirst()));
}

void tst_Attachment::badNamesAndTamperedBytesAreRefused()
{
    const Attachment good = Attachment::fromData(QStringLiteral("error.txt"), "0x800CCC0E");
    QVERIFY(FieldRules::attachmentError(good).isEmpty());

    Attachment noName = good;
    noName.fileName = QStringLiteral("  ");
    QCOMPARE(FieldRules::attachmentError(noName), QStringLiteral("A file to attach needs a name."));

    Attachment path = good;
    path.fileName = QStringLiteral("../../etc/passwd");
    QVERIFY2(FieldRules::attachmentError(path).contains(QStringLiteral("may not contain a folder")),
             qPrintable(FieldRules::attachmentError(path)));

    Attachment control = good;
    control.fileName = QStringLiteral("a\nb.txt");
    QVERIFY(FieldRules::attachmentError(control).contains(QStringLiteral("“a?b.txt”")));

    Attachment longName = good;
    longName.fileName = QString(FieldRules::ShortTextMax + 1, QLatin1Char('n'));
    QVERIFY2(FieldRules::attachmentError(longName).contains(QStringLiteral("at most 200 character")),
             qPrintable(FieldRules::attachmentError(longName)));

    Attachment noType = good;
    noType.mimeType.clear();
    QVERIFY(FieldRules::attachmentError(noType).contains(QStringLiteral("not a MIME type")));

    Attachment tampered = good;
    tampered.data[0] = '1';
    QVERIFY(!tampered.dataMatches());
    QVERIFY2(FieldRules::attachmentError(tampered).contains(QStringLiteral("checksum")),
             qPrintable(FieldRules::attachmentError(tampered)));

    Attachment empty = Attachment::fromData(QStringLiteral("empty.txt"), {});
    QCOMPARE(FieldRules::attachmentError(empty), QStringLiteral("“empty.txt” is empty; there is nothing to attach."));
}

void tst_Attachment::validReportWithAttachmentsPasses()
{
    Report report = validTestReport();
    report.attachments.append(Attachment::fromData(QStringLiteral("error.txt"), "0x800CCC0E"));
    QVERIFY(report.validate().isEmpty());
    report.attachments[0].fileName.clear();
    const QList<FieldError> errors = report.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, QStringLiteral("attachments"));
}

QTEST_GUILESS_MAIN(tst_Attachment)
#include "tst_attachment.moc"
