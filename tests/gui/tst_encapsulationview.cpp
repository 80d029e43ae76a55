// The encapsulation figure: the blocks it draws are the frame's own headers, in order, with their
// real sizes; any bytes, even ones that do not decode, draw without harm.

#include "encapsulationview.h"
#include "frame.h"
#include "framecodec.h"
#include "lesson.h"

#include <QTest>

using namespace NetSteps;

class TestEncapsulationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultFrameIsADataSegment()
    {
        EncapsulationView view;
        const QList<EncapsulationView::Block> &blocks = view.blocks();
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks.at(0).layer, QStringLiteral("Ethernet II"));
        QCOMPARE(blocks.at(0).bytes, 14);
        QCOMPARE(blocks.at(1).layer, QStringLiteral("IPv4"));
        QCOMPARE(blocks.at(1).bytes, 20);
        QCOMPARE(blocks.at(2).layer, QStringLiteral("TCP"));
        QVERIFY(blocks.at(2).bytes >= 20);
        QCOMPARE(blocks.at(3).layer, QStringLiteral("Payload"));
        QVERIFY(blocks.at(3).bytes > 0);
    }

    void blocksFollowTheFrame()
    {
        EncapsulationView view;
        const MacAddress a(MacAddress::Bytes{0x02, 0, 0, 0, 0, 1});
        const Frame udp = makeUdpFrame(a, MacAddress::broadcast(), Ipv4Address::fromOctets(10, 0, 0, 1), 5000,
                                       Ipv4Address::fromOctets(10, 0, 0, 2), 53, QByteArrayLiteral("query"));
        view.setFrame(FrameCodec::encode(udp));
        QCOMPARE(view.blocks().size(), 4);
        QCOMPARE(view.blocks().at(2).layer, QStringLiteral("UDP"));
        QCOMPARE(view.blocks().at(2).bytes, 8);
        QCOMPARE(view.blocks().at(3).bytes, 5);
        view.setFrame(FrameCodec::encode(makeArpRequest(a, Ipv4Address::fromOctets(10, 0, 0, 1), Ipv4Address::fromOctets(10, 0, 0, 9))));
        QCOMPARE(view.blocks().size(), 2);
        QCOMPARE(view.blocks().at(1).layer, QStringLiteral("ARP"));
        QCOMPARE(view.blocks().at(1).bytes, 28);
    }

    void anyBytesDraw_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QSize>("size");
        QTest::newRow("nothing") << QByteArray() << QSize(600, 320);
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03", 3) << QSize(900, 420);
        QTest::newRow("truncated IPv4") << QByteArray::fromHex("ffffffffffff020000000001080045000014") << QSize(300, 200);
    }
    void anyBytesDraw()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QSize, size);
        EncapsulationView view;
        view.setFrame(bytes);
        view.resize(size);
        QVERIFY(!view.grab().isNull());
    }

    void isALessonFigure()
    {
        QVERIFY(Lesson::figureIds().contains(QStringLiteral("encapsulation")));
        EncapsulationView view;
        view.resize(1100, 460);
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        if (const QByteArray dir = qgetenv("NETSTEPS_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(QString::fromLocal8Bit(dir) + QStringLiteral("/encapsulation.png"));
    }
};

QTEST_MAIN(TestEncapsulationView)
#include "tst_encapsulationview.moc"
