// ScreenshotEditor as a person uses it: drag to black out (burned into the
// pixels of the PNG it hands back), switch to Crop and drag to cut the picture
// down, Undo steps back, Discard gives nothing.

#include "screenshotcanvas.h"
#include "screenshoteditor.h"

#include <QAbstractButton>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Helpdesk;

class tst_ScreenshotEditor : public QObject
{
    Q_OBJECT

private slots:
    void blackOutIsInThePngPixels();
    void cropKeepsOnlyTheDraggedArea();
    void discardGivesNothing();
    void everyButtonHasItsOwnMnemonic();

private:
    static QImage stripes()
    {
        // Not one flat colour, so a crop or a black box is visible in numbers.
        QImage image(600, 400, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb(40 + x % 200, 100, 60 + y % 150));
        }
        return image;
    }
    static void drag(QWidget *canvas, const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    }
};

void tst_ScreenshotEditor::blackOutIsInThePngPixels()
{
    const QImage original = stripes();
    ScreenshotEditor editor(original);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    ScreenshotCanvas *canvas = editor.canvas();
    auto *undo = editor.findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY(!undo->isEnabled());

    const QPoint from = canvas->imageRect().topLeft() + QPoint(40, 30);
    const QPoint to = from + QPoint(60, 25);
    drag(canvas, from, to);
    const QRect hidden(canvas->mapToImage(from), canvas->mapToImage(to));
    QVERIFY(hidden.width() > 5 && hidden.height() > 5);
    QVERIFY(undo->isEnabled());

    QImage png;
    QVERIFY(png.loadFromData(editor.pngData(), "PNG"));
    QCOMPARE(png.size(), original.size());
    QCOMPARE(png.pixel(hidden.center()), qRgb(0, 0, 0));
    QCOMPARE(png.pixel(hidden.topLeft()), qRgb(0, 0, 0));
    QCOMPARE(png.pixel(hidden.topLeft() - QPoint(3, 3)), original.pixel(hidden.topLeft() - QPoint(3, 3)));

    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(editor.image().pixel(hidden.center()), original.pixel(hidden.center()));
    QVERIFY(!undo->isEnabled());
}

void tst_ScreenshotEditor::cropKeepsOnlyTheDraggedArea()
{
    const QImage original = stripes();
    ScreenshotEditor editor(original);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::mouseClick(editor.findChild<QRadioButton *>(QStringLiteral("cropRadio")), Qt::LeftButton);
    QCOMPARE(editor.canvas()->mode(), ScreenshotCanvas::Mode::Crop);
    ScreenshotCanvas *canvas = editor.canvas();
    const QPoint from = canvas->imageRect().topLeft() + QPoint(20, 20);
    const QPoint to = from + QPoint(120, 80);
    const QPoint imageFrom = canvas->mapToImage(from);
    const QPoint imageTo = canvas->mapToImage(to + QPoint(1, 1));
    drag(canvas, from, to);
    const QImage cropped = editor.image();
    QCOMPARE(cropped.size(), QSize(imageTo.x() - imageFrom.x(), imageTo.y() - imageFrom.y()));
    QCOMPARE(cropped.pixel(0, 0), original.pixel(imageFrom));
    QCOMPARE(cropped.pixel(cropped.width() - 1, cropped.height() - 1),
             original.pixel(imageFrom + QPoint(cropped.width() - 1, cropped.height() - 1)));
}

void tst_ScreenshotEditor::discardGivesNothing()
{
    ScreenshotEditor editor(stripes());
    QSignalSpy accepted(&editor, &QDialog::accepted);
    QSignalSpy rejected(&editor, &QDialog::rejected);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("discardScreenshotButton")), Qt::LeftButton);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(!editor.isVisible());
}

void tst_ScreenshotEditor::everyButtonHasItsOwnMnemonic()
{
    ScreenshotEditor editor(stripes());
    QMap<QChar, QString> seen;
    const auto buttons = editor.findChildren<QAbstractButton *>();
    QCOMPARE(buttons.size(), 5);
    for (QAbstractButton *button : buttons) {
        const QString text = button->text();
        const int at = int(text.indexOf(QLatin1Char('&')));
        QVERIFY2(at >= 0 && at + 1 < text.size(), qPrintable(button->objectName() + QStringLiteral(": no mnemonic")));
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("Alt+%1: %2 and %3").arg(key).arg(seen.value(key),
                                                                                           button->objectName())));
        seen.insert(key, button->objectName());
    }
}

QTEST_MAIN(tst_ScreenshotEditor)
#include "tst_screenshoteditor.moc"
