// This computer's own devices, read from the firmware's DMI table: the name
// people know, the right kind (laptop or desktop), and nothing at all when
// the firmware only has placeholders.

#include "localdevices.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Helpdesk;

class tst_LocalDevices : public QObject
{
    Q_OBJECT

private slots:
    void thisComputer_data();
    void thisComputer();
    void missingDmiGivesNothing();
};

namespace {
void write(const QTemporaryDir &dir, const char *name, const QString &value)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(value.toUtf8() + '\n');
}
} // namespace

void tst_LocalDevices::thisComputer_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("chassis");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");

    QTest::newRow("Dell desktop") << "Dell Inc." << "OptiPlex 7010" << "" << "3"
                                  << "computer" << "Dell" << "OptiPlex 7010";
    QTest::newRow("HP laptop") << "HP" << "HP EliteBook 840 G8 Notebook PC" << "" << "10"
                               << "laptop" << "HP" << "EliteBook 840 G8 Notebook PC";
    QTest::newRow("Lenovo: the name is in product_version")
        << "LENOVO" << "21AH00BGRT" << "ThinkPad T14 Gen 3" << "10" << "laptop" << "Lenovo" << "ThinkPad T14 Gen 3";
    QTest::newRow("placeholders") << "To Be Filled By O.E.M." << "To Be Filled By O.E.M." << "" << "3"
                                  << "" << "" << "";
}

void tst_LocalDevices::thisComputer()
{
    QFETCH(QString, vendor);
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(QString, chassis);
    QFETCH(QString, kind);
    QFETCH(QString, make);
    QFETCH(QString, model);

    QTemporaryDir dir;
    write(dir, "sys_vendor", vendor);
    write(dir, "product_name", product);
    write(dir, "product_version", version);
    write(dir, "chassis_type", chassis);
    const QList<DeviceChoice> found = Helpdesk::thisComputer(dir.path());
    if (kind.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().source, DeviceChoice::Source::ThisComputer);
    QCOMPARE(found.constFirst().device.kind, kind);
    QCOMPARE(found.constFirst().device.make, make);
    QCOMPARE(found.constFirst().device.model, model);
    QVERIFY(found.constFirst().isDefault);
}

void tst_LocalDevices::missingDmiGivesNothing()
{
    QTemporaryDir dir; // an empty folder: no firmware table at all (containers, some ARM boards)
    QVERIFY(Helpdesk::thisComputer(dir.path()).isEmpty());
    // The offscreen screen has no EDID: no monitor is made up.
    QVERIFY(connectedScreens().isEmpty());
}

QTEST_MAIN(tst_LocalDevices)
#include "tst_localdevices.moc"
