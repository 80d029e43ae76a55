// Linux's bind() rule for a port other sockets use, checked case by case; tst_livesession
// checks the same answers against the real kernel in the tcp-reuseaddr lesson.
#include "portbinding.h"

#include <QTest>

using namespace NetSteps;

namespace {

constexpr Ipv4Address host = Ipv4Address::fromOctets(192, 168, 1, 20);

TcpControlBlock socketOn(const char *name, Ipv4Address address, quint16 port, TcpState state, bool reuse)
{
    TcpControlBlock tcb;
    tcb.name = QString::fromLatin1(name);
    tcb.address = address;
    tcb.port = port;
    tcb.state = state;
    tcb.reuseAddress = reuse;
    return tcb;
}

} // namespace

class TestPortBinding : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void otherPortsAndClosedSocketsDoNotCount();
    void wildcardAddressConflicts();
};

void TestPortBinding::rule_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("holderReuse");
    QTest::addColumn<bool>("newReuse");
    QTest::addColumn<bool>("inUse");

    const auto row = [](const char *name, TcpState state, bool holderReuse, bool newReuse, bool inUse) {
        QTest::newRow(name) << int(state) << holderReuse << newReuse << inUse;
    };
    row("TIME-WAIT, neither", TcpState::TimeWait, false, false, true);
    row("TIME-WAIT, only the new socket", TcpState::TimeWait, false, true, true);
    row("TIME-WAIT, only the old socket", TcpState::TimeWait, true, false, true);
    row("TIME-WAIT, both", TcpState::TimeWait, true, true, false);
    row("ESTABLISHED, both", TcpState::Established, true, true, false);
    row("FIN-WAIT-2, neither", TcpState::FinWait2, false, false, true);
    row("LISTEN, both", TcpState::Listen, true, true, true);
    row("LISTEN, neither", TcpState::Listen, false, false, true);
}

void TestPortBinding::rule()
{
    QFETCH(int, state);
    QFETCH(bool, holderReuse);
    QFETCH(bool, newReuse);
    QFETCH(bool, inUse);
    const QList<TcpControlBlock> sockets{socketOn("server", host, 8080, TcpState(state), holderReuse)};
    const TcpControlBlock *conflict = bindConflict(sockets, host, 8080, newReuse);
    QCOMPARE(conflict != nullptr, inUse);
    if (conflict)
        QCOMPARE(conflict->name, QStringLiteral("server"));
    QCOMPARE(portUser(sockets, host, 8080), &sockets.first());
}

void TestPortBinding::otherPortsAndClosedSocketsDoNotCount()
{
    const QList<TcpControlBlock> sockets{socketOn("closed", host, 8080, TcpState::Closed, false),
                                         socketOn("other port", host, 8081, TcpState::Listen, false),
                                         socketOn("other address", Ipv4Address::fromOctets(10, 0, 0, 1), 8080,
                                                  TcpState::Listen, false)};
    QCOMPARE(bindConflict(sockets, host, 8080, false), nullptr);
    QCOMPARE(portUser(sockets, host, 8080), nullptr);
}

void TestPortBinding::wildcardAddressConflicts()
{
    const QList<TcpControlBlock> anyAddress{socketOn("any", Ipv4Address(), 8080, TcpState::Listen, false)};
    QVERIFY(bindConflict(anyAddress, host, 8080, true));
    const QList<TcpControlBlock> specific{socketOn("specific", host, 8080, TcpState::Established, false)};
    QVERIFY(bindConflict(specific, Ipv4Address(), 8080, false));
}

QTEST_APPLESS_MAIN(TestPortBinding)
#include "tst_portbinding.moc"
