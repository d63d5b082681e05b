// tst_intakeattachments: the real intake wizard driven as an employee does, with keys and clicks on the real widgets —
// the "Screenshot and files" page: a screenshot blacked out, a file too big, a pasted image.
// The wizard, its database and folders are the fixture's (intaketestfixture.h).

#include "intaketestfixture.h"

using namespace Helpdesk;

class tst_IntakeAttachments final : public IntakeTestFixture
{
    Q_OBJECT

private slots:
    void screenshotIsTakenEditedAndStoredBlackedOut();
    void tooBigFileIsRefusedWithTheReason();
    void pastedImageIsAttachedAndCanBeRemoved();
};

void tst_IntakeAttachments::screenshotIsTakenEditedAndStoredBlackedOut()
{
    // What is on the desk behind the wizard: a bright window over the whole
    // screen, so a real grab is told apart from an empty picture.
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    auto desk = std::make_unique<QWidget>(nullptr, Qt::FramelessWindowHint);
    QPalette palette = desk->palette();
    palette.setColor(QPalette::Window, QColor(220, 30, 40));
    desk->setPalette(palette);
    desk->setAutoFillBackground(true);
    desk->setGeometry(screen);
    desk->show();
    QVERIFY(QTest::qWaitForWindowExposed(desk.get()));
    m_wizard->raise();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    fillProblemPage(QStringLiteral("Outlook shows an error on every send"));
    pressNext(IntakeWizard::AttachmentsPageId);
    AttachmentsPage *page = attachmentsPage();
    QVERIFY(page);
    QSignalSpy taken(page, &AttachmentsPage::screenshotTaken);
    QTest::mouseClick(child<QPushButton>("screenshotButton"), Qt::LeftButton);
    QVERIFY(!m_wizard->isVisible()); // it steps aside for the picture
    QVERIFY(taken.wait(10000));
    QVERIFY(m_wizard->isVisible()); // and comes back

    ScreenshotEditor *editor = page->screenshotEditor();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    const QImage shot = editor->image();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), screen.size() * QGuiApplication::primaryScreen()->devicePixelRatio());
    const QRgb red = qRgb(220, 30, 40);
    QCOMPARE(shot.pixel(shot.width() / 2, shot.height() / 2), red); // the desk, not the wizard
    desk.reset();

    // Black out a box by dragging over it.
    ScreenshotCanvas *canvas = editor->canvas();
    QVERIFY(canvas->imageRect().width() > 100);
    const QPoint from = canvas->imageRect().topLeft() + QPoint(30, 20);
    const QPoint to = from + QPoint(80, 40);
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas, to);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    const QRect hidden(canvas->mapToImage(from), canvas->mapToImage(to));
    QVERIFY(hidden.width() > 10 && hidden.height() > 10);
    QCOMPARE(editor->image().pixel(hidden.center()), qRgb(0, 0, 0));
    QVERIFY(child<QPushButton>("undoButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>("attachScreenshotButton"), Qt::LeftButton);
    QTRY_VERIFY(!page->screenshotEditor());
    m_wizard->activateWindow(); // a window manager hands the focus back; offscreen needs telling
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    auto *list = child<QListWidget>("attachmentsList");
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("screenshot-")), qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(0)->icon().isNull()); // a thumbnail

    // Through the review page to the database.
    pressNext(IntakeWizard::DevicePageId);
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    fillContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    const QString reviewed = child<QLabel>("attachmentsText")->text();
    QVERIFY2(reviewed.startsWith(QStringLiteral("screenshot-")) && reviewed.contains(QStringLiteral(".png (")),
             qPrintable(reviewed));
    press(m_wizard.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::DonePageId));
    const qint64 id = parseTicket(child<QLabel>("ticketLabel")->text());
    QVERIFY(id > 0);

    const QString connection = QStringLiteral("readback-screenshot");
    QString error;
    QVERIFY2(Database::open(databaseUrl(), connection, &error), qPrintable(error));
    const auto closeConnection = qScopeGuard([&connection] { Database::close(connection); });
    ReportStore store(connection);
    const auto stored = store.attachment(id, 1, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->mimeType, QStringLiteral("image/png"));
    QVERIFY(stored->dataMatches());
    // Decode the stored PNG itself: the box is black in the pixels, the rest
    // is the desk as it was.
    QImage png;
    QVERIFY(png.loadFromData(stored->data, "PNG"));
    QCOMPARE(png.size(), shot.size());
    for (int y = hidden.top(); y < hidden.top() + hidden.height(); ++y) {
        for (int x = hidden.left(); x < hidden.left() + hidden.width(); ++x) {
            if (png.pixel(x, y) != qRgb(0, 0, 0))
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2 of the hidden area is not black").arg(x).arg(y)));
        }
    }
    QCOMPARE(png.pixel(hidden.left() - 2, hidden.top() - 2), red);
    QCOMPARE(png.pixel(hidden.right() + 3, hidden.bottom() + 3), red);
    QCOMPARE(png.pixel(png.width() - 5, png.height() - 5), red);
}

void tst_IntakeAttachments::tooBigFileIsRefusedWithTheReason()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    pressNext(IntakeWizard::AttachmentsPageId);
    AttachmentsPage *page = attachmentsPage();

    QFile big(m_dir->filePath(QStringLiteral("meeting-recording.mp4")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(FieldRules::AttachmentSizeMax + 1));
    big.close();
    QFile small(m_dir->filePath(QStringLiteral("error-log.txt")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    QVERIFY(small.write("0x800CCC0E: the server refused the message\n") > 0);
    small.close();

    // Dropped from a file manager, as a person does.
    auto drop = [page](const QString &path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &dropped);
        return dropped.isAccepted();
    };
    QVERIFY(drop(big.fileName()));
    auto *list = child<QListWidget>("attachmentsList");
    QCOMPARE(list->count(), 0);
    auto *error = child<QLabel>("attachmentsError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("“meeting-recording.mp4” is too big")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("at most 10 MB")), qPrintable(error->text()));
    QCOMPARE(list->accessibleDescription(), error->text());
    QVERIFY(nextButton()->isEnabled()); // the page stays optional
    QVERIFY(m_wizard->report().attachments.isEmpty());

    QVERIFY(drop(small.fileName()));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("error-log.txt")));
    QVERIFY(!error->isVisible());
    QCOMPARE(m_wizard->report().attachments.size(), 1);
    QCOMPARE(m_wizard->report().attachments.constFirst().mimeType, QStringLiteral("text/plain"));

    // The same file twice is one attachment.
    QVERIFY(drop(small.fileName()));
    QCOMPARE(list->count(), 1);
    QVERIFY2(error->text().contains(QStringLiteral("attached already")), qPrintable(error->text()));
}

void tst_IntakeAttachments::pastedImageIsAttachedAndCanBeRemoved()
{
    fillProblemPage(QStringLiteral("Printer on floor 2 jams on every page"));
    pressNext(IntakeWizard::AttachmentsPageId);
    auto *list = child<QListWidget>("attachmentsList");

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("pasteButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("attachmentsError")->isVisible());
    QVERIFY(child<QLabel>("attachmentsError")->text().contains(QStringLiteral("no picture")));

    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(QColor(10, 120, 200));
    QGuiApplication::clipboard()->setImage(picture);
    list->setFocus();
    press(list, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->icon().isNull());
    QVERIFY(!child<QLabel>("attachmentsError")->isVisible());
    const Attachment pasted = m_wizard->report().attachments.value(0);
    QCOMPARE(pasted.mimeType, QStringLiteral("image/png"));
    QImage decoded;
    QVERIFY(decoded.loadFromData(pasted.data, "PNG"));
    QCOMPARE(decoded.size(), picture.size());
    QCOMPARE(decoded.pixel(5, 5), picture.pixel(5, 5));

    // The review lists it; "Change files…" comes back here; Remove drops it.
    pressNext(IntakeWizard::DevicePageId);
    fillDevicePage();
    pressNext(IntakeWizard::ContactPageId);
    fillContactPage(QStringLiteral("irina@example.com"));
    child<QCheckBox>("confirmCheck")->setChecked(true);
    pressNext(IntakeWizard::ReviewPageId);
    QVERIFY(child<QLabel>("attachmentsText")->text().startsWith(QStringLiteral("pasted-image-")));
    QTest::mouseClick(child<QPushButton>("attachmentsChangeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(IntakeWizard::AttachmentsPageId));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    auto *remove = child<QPushButton>("removeButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(m_wizard->report().attachments.isEmpty());
}

QTEST_MAIN(tst_IntakeAttachments)
#include "tst_intakeattachments.moc"
