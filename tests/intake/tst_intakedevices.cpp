// tst_intakedevices: the real intake wizard driven as an employee does, with keys and clicks on the real widgets — the
// device page: the catalogue, search by model and asset tag, this computer's default printer, and typing while the
// catalogue loads.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakeDevices final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void deviceOutsideCatalogueNeedsOther();
    void findDeviceByModelAndPickWithEnter();
    void findDeviceByAssetTagFillsLocation();
    void defaultPrinterOfThisComputerIsPreselected();
    void defaultPrinterFoundAfterThePageOpensIsPreselected();
    void deviceSearchTypedWhileTheCatalogueLoadsIsKept();

private:
    // Holds the device page's background load (catalogue and this computer's
    // devices) until release(), which the scope guard also does; `devices`
    // stand for what CUPS and DMI would say.
    struct HeldDeviceLoad
    {
        std::shared_ptr<QSemaphore> gate = std::make_shared<QSemaphore>();
        void release() { gate->release(1000); }
    };
    // A new wizard whose load waits for `held`.
    void restartWizardHolding(const HeldDeviceLoad &held, const QList<DeviceChoice> &devices)
    {
        m_localDeviceLookup = [gate = held.gate, devices] {
            gate->acquire();
            return devices;
        };
        restartWizard();
    }
    // The default printer of a desk: Brother HL-L2340D "Office"; another HP.
    static QList<DeviceChoice> officePrinters();
    // A printing problem on a desk with officePrinters(), walked to the device
    // page while `held` keeps the catalogue and the printers back, so the page
    // opens with its lists still empty.
    void openDevicePageWhileHeld(const HeldDeviceLoad &held);
};

void tst_IntakeDevices::openDevicePageWhileHeld(const HeldDeviceLoad &held)
{
    restartWizardHolding(held, officePrinters());
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    pressNext(IntakeWizard::AttachmentsPageId);
    // Not pressNext(DevicePageId): that waits for the make list to fill.
    press(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DevicePageId));
}

void tst_IntakeDevices::deviceOutsideCatalogueNeedsOther()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();

    type(child<QComboBox>("makeCombo"), QStringLiteral("Grey"));
    type(child<QComboBox>("modelCombo"), QStringLiteral("the grey one"));
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(child<QLabel>("makeError")->isVisible());
    QVERIFY(child<QLabel>("makeError")->text().contains(QStringLiteral("Other")));

    child<QCheckBox>("otherCheck")->setFocus();
    press(child<QCheckBox>("otherCheck"), Qt::Key_Space);
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(!child<QLabel>("makeError")->isVisible());
    QVERIFY(m_wizard->report().device.customModel);
}

void tst_IntakeDevices::findDeviceByModelAndPickWithEnter()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();
    auto *find = child<QLineEdit>("findEdit");
    find->setFocus();
    type(find, QStringLiteral("m404dn"));
    auto *results = child<QListWidget>("resultsList");
    QTRY_VERIFY(results->count() > 0);
    QVERIFY2(results->item(0)->text().contains(QStringLiteral("LaserJet Pro M404dn")), qPrintable(results->item(0)->text()));
    // Enter picks the first match; it does not press Next.
    press(find, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DevicePageId));
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("HP"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(child<QComboBox>("kindCombo")->currentData().toString(), QStringLiteral("printer"));
    QVERIFY(nextButton()->isEnabled());

    // Down into the list, another match, Enter.
    find->selectAll();
    type(find, QStringLiteral("hl l2340"));
    QTRY_VERIFY(results->count() > 0);
    press(find, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results);
    press(results, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(IntakeWizard::DevicePageId));
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("Brother"));
    QVERIFY(child<QComboBox>("modelCombo")->currentText().startsWith(QStringLiteral("HL-L2340")));

    find->selectAll();
    type(find, QStringLiteral("grey printer"));
    QTRY_COMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("Nothing found")));
}

void tst_IntakeDevices::findDeviceByAssetTagFillsLocation()
{
    // The organisation's inventory, imported by IT.
    {
        const QString connection = QStringLiteral("inventory-import");
        QString error;
        QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
        {
            QBuffer csv;
            csv.setData("asset_tag,kind,make,model,name,location,notes\n"
                        "INV-00417,printer,HP,LaserJet Pro M404dn,PRN-2-EAST,\"Main office, room 305\",\n"
                        "INV-00900,monitor,Dell,P2422H,,\"Main office, room 305\",\n");
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const auto result = DeviceInventory(connection).importCsv(csv);
            QVERIFY2(result.error.isEmpty() && result.rowErrors.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.inserted, 2);
        }
        Database::close(connection);
    }
    checkDatabase();
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();

    auto *find = child<QLineEdit>("findEdit");
    find->setFocus();
    type(find, QStringLiteral("inv-00417"));
    auto *results = child<QListWidget>("resultsList");
    QTRY_VERIFY(results->count() > 0);
    QVERIFY2(results->item(0)->text().contains(QStringLiteral("INV-00417")), qPrintable(results->item(0)->text()));
    press(find, Qt::Key_Return);
    QCOMPARE(child<QLineEdit>("assetTagEdit")->text(), QStringLiteral("INV-00417"));
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("HP"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("LaserJet Pro M404dn"));
    QCOMPARE(child<QLineEdit>("buildingEdit")->text(), QStringLiteral("Main office, room 305"));

    // By room: both devices there are offered.
    find->selectAll();
    type(find, QStringLiteral("305"));
    QTRY_VERIFY(results->count() >= 2);
    QString all;
    for (int i = 0; i < results->count(); ++i)
        all += results->item(i)->text() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("INV-00900")) && all.contains(QStringLiteral("INV-00417")), qPrintable(all));
}

QList<DeviceChoice> tst_IntakeDevices::officePrinters()
{
    // What localPrinters() reads from CUPS on a real desk.
    DeviceChoice office;
    office.source = DeviceChoice::Source::ThisComputer;
    office.device.kind = QStringLiteral("printer");
    office.device.make = QStringLiteral("Brother");
    office.device.model = QStringLiteral("HL-L2340D");
    office.detail = QStringLiteral("default printer “Office”");
    office.isDefault = true;
    DeviceChoice other = office;
    other.device.make = QStringLiteral("HP");
    other.device.model = QStringLiteral("LaserJet Pro M404dn");
    other.detail = QStringLiteral("printer “Floor 2”");
    other.isDefault = false;
    return {office, other};
}

void tst_IntakeDevices::defaultPrinterOfThisComputerIsPreselected()
{
    // Found in the background while the first page is filled in.
    m_localDeviceLookup = [] { return officePrinters(); };
    restartWizard();
    QSignalSpy loaded(m_wizard.get(), &IntakeWizard::devicesLoadFinished);
    m_wizard->loadDevices();
    QVERIFY(loaded.wait(30000));

    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    passAttachmentsPage();
    QCOMPARE(child<QComboBox>("makeCombo")->currentText(), QStringLiteral("Brother"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("HL-L2340D"));
    auto *results = child<QListWidget>("resultsList");
    QCOMPARE(results->count(), 2);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("On this computer")));
    QVERIFY(nextButton()->isEnabled());
}

void tst_IntakeDevices::defaultPrinterFoundAfterThePageOpensIsPreselected()
{
    // CUPS answers only after the device page is open.
    HeldDeviceLoad held;
    const auto release = qScopeGuard([&held] { held.release(); });
    openDevicePageWhileHeld(held);
    auto *make = child<QComboBox>("makeCombo");
    QVERIFY(make->currentText().isEmpty());
    QVERIFY(!nextButton()->isEnabled());

    held.release();
    QTRY_COMPARE(make->currentText(), QStringLiteral("Brother"));
    QCOMPARE(child<QComboBox>("modelCombo")->currentText(), QStringLiteral("HL-L2340D"));
    QVERIFY(make->count() > 0);
    auto *results = child<QListWidget>("resultsList");
    QCOMPARE(results->count(), 2);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("On this computer")));
    QTRY_VERIFY(nextButton()->isEnabled());
    QCOMPARE(m_wizard->report().device.model, QStringLiteral("HL-L2340D"));
}

void tst_IntakeDevices::deviceSearchTypedWhileTheCatalogueLoadsIsKept()
{
    HeldDeviceLoad held;
    const auto release = qScopeGuard([&held] { held.release(); });
    openDevicePageWhileHeld(held);

    // Typed before the catalogue is there: taken, kept, and not "nothing found".
    auto *find = child<QLineEdit>("findEdit");
    find->setFocus();
    type(find, QStringLiteral("hl l2340"));
    auto *results = child<QListWidget>("resultsList");
    QCOMPARE(results->count(), 0);
    auto *make = child<QComboBox>("makeCombo");
    make->setFocus();
    type(make, QStringLiteral("brot"));
    QCOMPARE(make->currentText(), QStringLiteral("brot"));
    press(make, Qt::Key_Left); // going back to fix a letter as the lists arrive
    press(make, Qt::Key_Left);
    QCOMPARE(make->lineEdit()->cursorPosition(), 2);
    QVERIFY(!nextButton()->isEnabled());

    held.release();
    // The search runs again with what was typed; the default printer does
    // not overwrite a make being typed.
    QTRY_VERIFY(results->count() > 0);
    QCOMPARE(find->text(), QStringLiteral("hl l2340"));
    QCOMPARE(make->currentText(), QStringLiteral("brot"));
    QCOMPARE(make->lineEdit()->cursorPosition(), 2);
    QVERIFY(make->count() > 0);
    QString all;
    for (int i = 0; i < results->count(); ++i)
        all += results->item(i)->text() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("Brother HL-L2340D")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Nothing found")), qPrintable(all));

    // Typing goes on where it was, now with the catalogue's spelling.
    press(make, Qt::Key_End);
    type(make, QStringLiteral("her"));
    QCOMPARE(make->currentText(), QStringLiteral("brother"));
    if (QWidget *suggestions = make->completer()->popup(); suggestions->isVisible()) {
        press(suggestions, Qt::Key_Escape);
        QTRY_VERIFY(!suggestions->isVisible());
    }
    auto *model = child<QComboBox>("modelCombo");
    model->setFocus();
    type(model, QStringLiteral("hl-l2340d"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QCOMPARE(m_wizard->report().device.make, QStringLiteral("Brother"));
    QCOMPARE(m_wizard->report().device.model, QStringLiteral("HL-L2340D"));
}

QTEST_MAIN(tst_IntakeDevices)
#include "tst_intakedevices.moc"
