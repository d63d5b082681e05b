// Fails when a user-visible string has no Russian or English translation:
// lupdate reads the real sources into a copy of each .ts file, and the copy
// must have no unfinished entry. A string added to the code without a
// translation fails here, not in front of a user.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void noUnfinishedStrings_data();
    void noUnfinishedStrings();
    void compiledTranslationIsEmbedded();
};

void tst_Translations::noUnfinishedStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_Translations::noUnfinishedStrings()
{
    QFETCH(QString, language);
    const QDir source(QStringLiteral(HELPDESK_SOURCE_DIR));
    const QString original = source.filePath(QStringLiteral("translations/helpdesk_%1.ts").arg(language));
    QVERIFY2(QFile::exists(original), qPrintable(original));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("helpdesk_%1.ts").arg(language));
    QVERIFY(QFile::copy(original, copy));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(HELPDESK_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   source.filePath(QStringLiteral("app")), source.filePath(QStringLiteral("forms")),
                   QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QByteArray log = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, log.constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString sourceText;
    QStringList unfinished;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            sourceText = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished"))
                unfinished.append(context + QStringLiteral(": ") + sourceText);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, "lupdate found suspiciously few strings");
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished in %2 (run `cmake --build build --target update_translations` "
                                       "and translate):\n  ")
                            .arg(unfinished.size())
                            .arg(original)
                        + unfinished.join(QStringLiteral("\n  "))));
}

void tst_Translations::compiledTranslationIsEmbedded()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/helpdesk_ru")));
    QCOMPARE(translator.translate("Taxonomy", "Printing"), QStringLiteral("Печать"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
