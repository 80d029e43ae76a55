#include "subnetinputpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace NetSteps;

namespace {

using Field = SubnetInputPanel::Field;

QLineEdit *lineEdit(const SubnetInputPanel &panel, const char *name)
{
    return panel.findChild<QLineEdit *>(QLatin1String(name));
}

// Replaces a field's text the way a user does: select all, type.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void pressEnter(QLineEdit *edit)
{
    QTest::keyClick(edit, Qt::Key_Return);
}

ScenarioParameters parametersWith(const Subnet &subnet)
{
    ScenarioParameters parameters;
    parameters.subnet = subnet;
    return parameters;
}

} // namespace

class TestSubnetInputPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badOctet_marksItAndDoesNotEmit();
    void nonContiguousMask_isRejectedWithMessage();
    void prefixTooLong_isMarkedOnPrefix();
    void prefixAndDottedMask_giveSameParameters_data();
    void prefixAndDottedMask_giveSameParameters();
    void validInput_emitsOnceOnEnter();
    void fixingAField_clearsItsMark();
    void subnetting_editsNetworkToSplitAndBorrowedBits();
    void subnetting_rejectsPrefixWithNoBitsToBorrow();
    void interfaces_listLoopback();
    void pickingLoopback_fillsAddressAndMask();
};

void TestSubnetInputPanel::badOctet_marksItAndDoesNotEmit()
{
    SubnetInputPanel panel;
    panel.show();
    QSignalSpy spy(&panel, &SubnetInputPanel::parametersChanged);
    const ScenarioParameters before = panel.parameters();
    QLineEdit *address = lineEdit(panel, "address");

    typeInto(address, QStringLiteral("192.168.1.300"));
    const std::optional<ParseError> error = panel.fieldError(Field::Address);
    QVERIFY(error);
    QCOMPARE(error->part, 3);
    QVERIFY2(panel.errorText().contains(QStringLiteral("Octet 4")), qPrintable(panel.errorText()));
    QVERIFY2(panel.errorText().contains(QStringLiteral("300")), qPrintable(panel.errorText()));
    QVERIFY(!address->styleSheet().isEmpty());

    pressEnter(address);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(panel.parameters().subnet, before.subnet);
    // Enter puts the selection on the bad octet.
    QCOMPARE(address->selectedText(), QStringLiteral("300"));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
}

void TestSubnetInputPanel::nonContiguousMask_isRejectedWithMessage()
{
    SubnetInputPanel panel;
    panel.show();
    QSignalSpy spy(&panel, &SubnetInputPanel::parametersChanged);
    QLineEdit *mask = lineEdit(panel, "mask");

    typeInto(mask, QStringLiteral("255.0.255.0"));
    const std::optional<ParseError> error = panel.fieldError(Field::Mask);
    QVERIFY(error);
    QCOMPARE(error->part, 2);
    QVERIFY2(panel.errorText().contains(QStringLiteral("contiguous")), qPrintable(panel.errorText()));
    QVERIFY(!mask->styleSheet().isEmpty());
    pressEnter(mask);
    QCOMPARE(spy.count(), 0);
}

void TestSubnetInputPanel::prefixTooLong_isMarkedOnPrefix()
{
    SubnetInputPanel panel;
    panel.show();
    typeInto(lineEdit(panel, "mask"), QStringLiteral("/33"));
    const std::optional<ParseError> error = panel.fieldError(Field::Mask);
    QVERIFY(error);
    QCOMPARE(error->part, Subnet::PrefixPart);
    QCOMPARE(error->position, 1);
    QVERIFY2(panel.errorText().contains(QStringLiteral("33")), qPrintable(panel.errorText()));
}

void TestSubnetInputPanel::prefixAndDottedMask_giveSameParameters_data()
{
    QTest::addColumn<QString>("mask");
    QTest::newRow("prefix") << QStringLiteral("/26");
    QTest::newRow("dotted") << QStringLiteral("255.255.255.192");
}

void TestSubnetInputPanel::prefixAndDottedMask_giveSameParameters()
{
    QFETCH(QString, mask);
    SubnetInputPanel panel;
    panel.show();
    panel.setLesson(QStringLiteral("subnet-and"), parametersWith(Subnet(Ipv4Address::fromOctets(192, 168, 1, 10), 24)));
    QSignalSpy spy(&panel, &SubnetInputPanel::parametersChanged);

    QLineEdit *maskEdit = lineEdit(panel, "mask");
    typeInto(maskEdit, mask);
    QVERIFY(!panel.fieldError(Field::Mask));
    pressEnter(maskEdit);
    QCOMPARE(spy.count(), 1);
    const auto emitted = spy.first().first().value<ScenarioParameters>();
    QCOMPARE(emitted.subnet, Subnet(Ipv4Address::fromOctets(192, 168, 1, 10), 26));
    QCOMPARE(panel.parameters().subnet, emitted.subnet);
}

void TestSubnetInputPanel::validInput_emitsOnceOnEnter()
{
    SubnetInputPanel panel;
    panel.show();
    QSignalSpy spy(&panel, &SubnetInputPanel::parametersChanged);

    typeInto(lineEdit(panel, "address"), QStringLiteral("10.0.0.5"));
    typeInto(lineEdit(panel, "mask"), QStringLiteral("/8"));
    typeInto(lineEdit(panel, "otherAddress"), QStringLiteral("11.2.3.4"));
    QCOMPARE(spy.count(), 0);
    pressEnter(lineEdit(panel, "otherAddress"));
    QCOMPARE(spy.count(), 1);
    const auto emitted = spy.first().first().value<ScenarioParameters>();
    QCOMPARE(emitted.subnet, Subnet(Ipv4Address::fromOctets(10, 0, 0, 5), 8));
    QCOMPARE(emitted.otherAddress, Ipv4Address::fromOctets(11, 2, 3, 4));

    // Nothing changed since: Enter again emits nothing.
    pressEnter(lineEdit(panel, "address"));
    QCOMPARE(spy.count(), 1);
}

void TestSubnetInputPanel::fixingAField_clearsItsMark()
{
    SubnetInputPanel panel;
    panel.show();
    QLineEdit *address = lineEdit(panel, "address");
    typeInto(address, QStringLiteral("192.168.1.300"));
    QVERIFY(panel.fieldError(Field::Address));
    QTest::keyClick(address, Qt::Key_Backspace);
    QVERIFY(!panel.fieldError(Field::Address));
    QVERIFY(address->styleSheet().isEmpty());
    QVERIFY(panel.errorText().isEmpty());
}

void TestSubnetInputPanel::subnetting_editsNetworkToSplitAndBorrowedBits()
{
    SubnetInputPanel panel;
    panel.show();
    const ScenarioParameters defaults;
    panel.setLesson(QStringLiteral("subnetting"), defaults);
    QSignalSpy spy(&panel, &SubnetInputPanel::parametersChanged);
    QVERIFY(lineEdit(panel, "otherAddress")->isHidden());
    auto *borrow = panel.findChild<QSpinBox *>(QStringLiteral("borrowBits"));
    QVERIFY(!borrow->isHidden());
    QCOMPARE(borrow->value(), defaults.borrowBits);
    QCOMPARE(lineEdit(panel, "address")->text(), defaults.subnetToSplit.address().toString());

    borrow->setValue(5);
    QCOMPARE(spy.count(), 1);
    auto emitted = spy.last().first().value<ScenarioParameters>();
    QCOMPARE(emitted.borrowBits, 5);
    QCOMPARE(emitted.subnetToSplit, defaults.subnetToSplit);
    QCOMPARE(emitted.subnet, defaults.subnet);

    typeInto(lineEdit(panel, "mask"), QStringLiteral("/30"));
    QCOMPARE(borrow->maximum(), 2);
    pressEnter(lineEdit(panel, "mask"));
    QCOMPARE(spy.count(), 2);
    emitted = spy.last().first().value<ScenarioParameters>();
    QCOMPARE(emitted.subnetToSplit.prefix(), 30);
    QCOMPARE(emitted.borrowBits, 2);
}

void TestSubnetInputPanel::subnetting_rejectsPrefixWithNoBitsToBorrow()
{
    SubnetInputPanel panel;
    panel.show();
    panel.setLesson(QStringLiteral("subnetting"), ScenarioParameters());
    QSignalSpy spy(&panel, &SubnetInputPanel::parametersChanged);
    QLineEdit *mask = lineEdit(panel, "mask");
    typeInto(mask, QStringLiteral("/32"));
    QVERIFY(!panel.fieldError(Field::Mask));
    QVERIFY2(!panel.errorText().isEmpty(), "a /32 has no host bit to borrow");
    QVERIFY(!mask->styleSheet().isEmpty());
    pressEnter(mask);
    QCOMPARE(spy.count(), 0);
}

void TestSubnetInputPanel::interfaces_listLoopback()
{
    SubnetInputPanel panel;
    QVERIFY(!panel.interfaces().isEmpty());
    const auto loopback = std::find_if(panel.interfaces().cbegin(), panel.interfaces().cend(),
                                       [](const MachineInterface &i) { return i.isLoopback; });
    QVERIFY(loopback != panel.interfaces().cend());
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("machineInterface"));
    QCOMPARE(combo->count(), panel.interfaces().size() + 1);
    const int row = int(loopback - panel.interfaces().cbegin()) + 1;
    QVERIFY2(combo->itemText(row).contains(QStringLiteral("127.0.0.1/8")), qPrintable(combo->itemText(row)));
    QVERIFY2(combo->itemText(row).contains(QStringLiteral("loopback")), qPrintable(combo->itemText(row)));
}

void TestSubnetInputPanel::pickingLoopback_fillsAddressAndMask()
{
    SubnetInputPanel panel;
    panel.show();
    QSignalSpy spy(&panel, &SubnetInputPanel::parametersChanged);
    const QList<MachineInterface> &interfaces = panel.interfaces();
    const auto loopback = std::find_if(interfaces.cbegin(), interfaces.cend(),
                                       [](const MachineInterface &i) { return i.address == Ipv4Address::fromOctets(127, 0, 0, 1); });
    QVERIFY(loopback != interfaces.cend());
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("machineInterface"));
    const int row = int(loopback - interfaces.cbegin()) + 1;
    combo->setCurrentIndex(row);
    Q_EMIT combo->activated(row);

    QCOMPARE(lineEdit(panel, "address")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(lineEdit(panel, "mask")->text(), QStringLiteral("255.0.0.0"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ScenarioParameters>().subnet, Subnet(Ipv4Address::fromOctets(127, 0, 0, 1), 8));
}

QTEST_MAIN(TestSubnetInputPanel)
#include "tst_subnetinputpanel.moc"
