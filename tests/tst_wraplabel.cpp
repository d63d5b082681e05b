// WrapLabel and ErrorLabel: a hint or a message beside a field is never cut,
// whatever the window's width or the text's length, and an error reads as
// one on a light and on a dark palette.

#include "wraplabel.h"

#include <QFontMetrics>
#include <QTest>
#include <QVBoxLayout>

using Helpdesk::ErrorLabel;
using Helpdesk::WrapLabel;

namespace {

const QString LongText = QStringLiteral(
    "To continue: choose a category, write a summary of at least 10 characters, choose how urgent it is, "
    "and say who is affected by the problem.");

// The height the label's text needs at the label's width.
int neededHeight(const QLabel &label)
{
    const QRect room = label.contentsRect();
    return label.fontMetrics()
        .boundingRect(QRect(0, 0, room.width(), 10000), int(label.alignment()) | Qt::TextWordWrap, label.text())
        .height();
}

// A window laid out like a wizard page: the label, then room to spare.
struct Page
{
    QWidget window;
    WrapLabel *label = new WrapLabel;
    Page(const QString &text, int width)
    {
        auto *layout = new QVBoxLayout(&window);
        label->setText(text);
        layout->addWidget(label);
        layout->addStretch();
        window.resize(width, 400);
        window.show();
    }
    bool settle()
    {
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return true;
    }
};

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2 contrast ratio between text and its background.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestWrapLabel : public QObject
{
    Q_OBJECT

private slots:
    void shortTextTakesOneLine()
    {
        Page page(QStringLiteral("set from who is affected"), 600);
        QVERIFY(page.settle());
        QCOMPARE(page.label->height(), page.label->fontMetrics().height());
        QVERIFY(!page.label->hasHeightForWidth());
    }

    void longTextWrapsAndIsNotCut()
    {
        Page page(LongText, 300);
        QVERIFY(page.settle());
        const int line = page.label->fontMetrics().height();
        QVERIFY2(page.label->height() >= 2 * line, qPrintable(QString::number(page.label->height())));
        QVERIFY(page.label->height() >= neededHeight(*page.label));
        QVERIFY(page.label->width() <= 300);
    }

    void narrowingTheWindowWrapsWideningUnwraps()
    {
        Page page(LongText, 1600);
        QVERIFY(page.settle());
        const int line = page.label->fontMetrics().height();
        QCOMPARE(page.label->height(), line);

        page.window.resize(320, 400);
        QVERIFY(page.settle());
        QVERIFY(page.label->height() > line);
        QVERIFY(page.label->height() >= neededHeight(*page.label));

        page.window.resize(1600, 400);
        QVERIFY(page.settle());
        QCOMPARE(page.label->height(), line);
    }

    void newTextIsMeasuredAgain()
    {
        Page page(QStringLiteral("Short."), 400);
        QVERIFY(page.settle());
        const int line = page.label->fontMetrics().height();
        QCOMPARE(page.label->height(), line);

        page.label->setText(LongText);
        QVERIFY(page.settle());
        QVERIFY(page.label->height() > line);
        QVERIFY(page.label->height() >= neededHeight(*page.label));

        page.label->setText(QStringLiteral("Short again."));
        QVERIFY(page.settle());
        QCOMPARE(page.label->height(), line);
    }

    void linesOfTheirOwnAreKept()
    {
        Page page(QStringLiteral("First line\nSecond line"), 600);
        QVERIFY(page.settle());
        QVERIFY(page.label->height() >= 2 * page.label->fontMetrics().height());
    }

    void richTextIsLaidOutAsQLabelDoes()
    {
        Page page(QStringLiteral("<b>Bold</b> and a long tail of plain words that will not fit in a narrow window"), 200);
        QVERIFY(page.settle());
        QVERIFY(page.label->hasHeightForWidth());
        QVERIFY(page.label->height() > page.label->fontMetrics().height());
    }

    void errorIsReadableOnLightAndDark()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *error = new ErrorLabel;
        error->setText(QStringLiteral("The summary is too short."));
        layout->addWidget(error);

        QPalette light = window.palette();
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::WindowText, Qt::black);
        window.setPalette(light);
        QColor text = error->palette().color(QPalette::WindowText);
        QVERIFY2(text.red() > text.green() + 60, qPrintable(text.name())); // red, not the palette's black
        QVERIFY2(contrast(text, light.color(QPalette::Window)) >= 4.5, qPrintable(text.name()));

        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::WindowText, Qt::white);
        window.setPalette(dark);
        text = error->palette().color(QPalette::WindowText);
        QVERIFY2(text.red() > text.green() + 60, qPrintable(text.name()));
        QVERIFY2(contrast(text, dark.color(QPalette::Window)) >= 4.5, qPrintable(text.name()));
    }
};

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
