<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>NetSteps::ArpCacheTableModel</name>
    <message numerus="yes">
        <source>A request is out (%n sent); no reply yet.</source>
        <translation><numerusform>A request is out (%n sent); no reply yet.</numerusform><numerusform>A request is out (%n sent); no reply yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No reply to %n request(s): packets for this address are dropped.</source>
        <translation><numerusform>No reply to %n request: packets for this address are dropped.</numerusform><numerusform>No reply to %n requests: packets for this address are dropped.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::Cli</name>
    <message numerus="yes">
        <source>The kernel&apos;s ARP cache (%1) lists %n neighbour(s):</source>
        <translation><numerusform>The kernel's ARP cache (%1) lists %n neighbour:</numerusform><numerusform>The kernel's ARP cache (%1) lists %n neighbours:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>mask /%1 (%n bit(s) borrowed)</source>
        <translation><numerusform>mask /%1 (%n bit borrowed)</numerusform><numerusform>mask /%1 (%n bits borrowed)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--json lists them all)</source>
        <translation><numerusform>… and %n more (--json lists them all)</numerusform><numerusform>… and %n more (--json lists them all)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) of %1, as captured on %2&apos;s link, to %3</source>
        <translation><numerusform>Wrote %n frame of %1, as captured on %2's link, to %3</numerusform><numerusform>Wrote %n frames of %1, as captured on %2's link, to %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) of %1 to %2</source>
        <translation><numerusform>Wrote %n frame of %1 to %2</numerusform><numerusform>Wrote %n frames of %1 to %2</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::LabConnectionsModel</name>
    <message numerus="yes">
        <source>%n message(s) received</source>
        <translation><numerusform>%n message received</numerusform><numerusform>%n messages received</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation><numerusform>%n message sent</numerusform><numerusform>%n messages sent</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::LabEvent</name>
    <message numerus="yes">
        <source>opened %1 %2 → %3 (%n connection(s) open)</source>
        <translation><numerusform>opened %1 %2 → %3 (%n connection open)</numerusform><numerusform>opened %1 %2 → %3 (%n connections open)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>refused: the cap of %n concurrent connection(s) is reached (--max-conn)</source>
        <translation><numerusform>refused: the cap of %n concurrent connection is reached (--max-conn)</numerusform><numerusform>refused: the cap of %n concurrent connections is reached (--max-conn)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>stopped %1 %2: %n connection(s) closed</source>
        <translation><numerusform>stopped %1 %2: %n connection closed</numerusform><numerusform>stopped %1 %2: %n connections closed</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::LabProxyEvent</name>
    <message numerus="yes">
        <source>opened client %1 → %2: accept(), the handshake is done (%n connection(s) open)</source>
        <translation><numerusform>opened client %1 → %2: accept(), the handshake is done (%n connection open)</numerusform><numerusform>opened client %1 → %2: accept(), the handshake is done (%n connections open)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>data client %1 → server: %n byte(s) %2</source>
        <translation><numerusform>data client %1 → server: %n byte %2</numerusform><numerusform>data client %1 → server: %n bytes %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>data server → client %1: %n byte(s) %2</source>
        <translation><numerusform>data server → client %1: %n byte %2</numerusform><numerusform>data server → client %1: %n bytes %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>closed %1: refused: the cap of %n concurrent connection(s) is reached (--max-conn)</source>
        <translation><numerusform>closed %1: refused: the cap of %n concurrent connection is reached (--max-conn)</numerusform><numerusform>closed %1: refused: the cap of %n concurrent connections is reached (--max-conn)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>stopped tcp %1: %n connection(s) closed</source>
        <translation><numerusform>stopped tcp %1: %n connection closed</numerusform><numerusform>stopped tcp %1: %n connections closed</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::LadderView</name>
    <message numerus="yes">
        <source>+%n more real segment(s) in this step</source>
        <translation><numerusform>+%n more real segment in this step</numerusform><numerusform>+%n more real segments in this step</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::LanTopology</name>
    <message numerus="yes">
        <source>LAN %1 (%2) holds at most %n host(s) beside the router.</source>
        <translation><numerusform>LAN %1 (%2) holds at most %n host beside the router.</numerusform><numerusform>LAN %1 (%2) holds at most %n hosts beside the router.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::LessonProblemsDialog</name>
    <message numerus="yes">
        <source>%n problem(s) kept lesson files from loading; the other lessons are ready. Fix the files and open the folder again.</source>
        <translation><numerusform>%n problem kept lesson files from loading; the other lessons are ready. Fix the files and open the folder again.</numerusform><numerusform>%n problems kept lesson files from loading; the other lessons are ready. Fix the files and open the folder again.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::LiveSession</name>
    <message numerus="yes">
        <source>The model&apos;s 2MSL timer expires here; the kernel keeps the connection in TIME-WAIT for %n more second(s) (this system holds TIME-WAIT for %1 s). Not waited out.</source>
        <translation><numerusform>The model's 2MSL timer expires here; the kernel keeps the connection in TIME-WAIT for %n more second (this system holds TIME-WAIT for %1 s). Not waited out.</numerusform><numerusform>The model's 2MSL timer expires here; the kernel keeps the connection in TIME-WAIT for %n more seconds (this system holds TIME-WAIT for %1 s). Not waited out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The kernel resent the SYN by itself, %1 ms after this step began (%n retransmission(s) of this SYN so far).</source>
        <translation><numerusform>The kernel resent the SYN by itself, %1 ms after this step began (%n retransmission of this SYN so far).</numerusform><numerusform>The kernel resent the SYN by itself, %1 ms after this step began (%n retransmissions of this SYN so far).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the kernel dropped %n frame(s) because they were not read in time</source>
        <translation><numerusform>the kernel dropped %n frame because they were not read in time</numerusform><numerusform>the kernel dropped %n frames because they were not read in time</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) did not fit in the list of kept frames</source>
        <translation><numerusform>%n frame did not fit in the list of kept frames</numerusform><numerusform>%n frames did not fit in the list of kept frames</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were longer than the capture keeps</source>
        <translation><numerusform>%n frame were longer than the capture keeps</numerusform><numerusform>%n frames were longer than the capture keeps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>send() of %n byte(s): %1.</source>
        <translation><numerusform>send() of %n byte: %1.</numerusform><numerusform>send() of %n bytes: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>recv() returned %n byte(s): %1.</source>
        <translation><numerusform>recv() returned %n byte: %1.</numerusform><numerusform>recv() returned %n bytes: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::MachineDialog</name>
    <message numerus="yes">
        <source>%n neighbour(s) in the cache.</source>
        <translation><numerusform>%n neighbour in the cache.</numerusform><numerusform>%n neighbours in the cache.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::MainWindow</name>
    <message numerus="yes">
        <source>%n stations</source>
        <translation><numerusform>%n stations</numerusform><numerusform>%n stations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) to %1</source>
        <translation><numerusform>Wrote %n frame to %1</numerusform><numerusform>Wrote %n frames to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n real segment(s) to %1</source>
        <translation><numerusform>Wrote %n real segment to %1</numerusform><numerusform>Wrote %n real segments to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n lesson file(s) not loaded…</source>
        <translation><numerusform>⚠ %n lesson file not loaded…</numerusform><numerusform>⚠ %n lesson files not loaded…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) could not be loaded; the other lessons are ready. File › Lesson Problems… says why.</source>
        <translation><numerusform>%n lesson file could not be loaded; the other lessons are ready. File › Lesson Problems… says why.</numerusform><numerusform>%n lesson files could not be loaded; the other lessons are ready. File › Lesson Problems… says why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Loaded the lessons of %1; %n built-in lesson(s) replaced.</source>
        <translation><numerusform>Loaded the lessons of %1; %n built-in lesson replaced.</numerusform><numerusform>Loaded the lessons of %1; %n built-in lessons replaced.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation><numerusform>Wrote %n slide to %1</numerusform><numerusform>Wrote %n slides to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %1 messages are drawn: %n later message(s) (%2 bytes) are counted, not drawn.</source>
        <translation><numerusform>Only the first %1 messages are drawn: %n later message (%2 bytes) are counted, not drawn.</numerusform><numerusform>Only the first %1 messages are drawn: %n later messages (%2 bytes) are counted, not drawn.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::Narrator</name>
    <message numerus="yes">
        <source>Borrowing %n host bit(s) makes the prefix /%1: %2 subnets of %3 addresses, %4 hosts each.</source>
        <translation><numerusform>Borrowing %n host bit makes the prefix /%1: %2 subnets of %3 addresses, %4 hosts each.</numerusform><numerusform>Borrowing %n host bits makes the prefix /%1: %2 subnets of %3 addresses, %4 hosts each.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) pass without traffic.</source>
        <translation><numerusform>%n minute pass without traffic.</numerusform><numerusform>%n minutes pass without traffic.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The switches forget the %n address(es) they have not seen for %1 s (ageing).</source>
        <translation><numerusform>The switches forget the %n address they have not seen for %1 s (ageing).</numerusform><numerusform>The switches forget the %n addresses they have not seen for %1 s (ageing).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Borrow %n bit(s)</source>
        <translation><numerusform>Borrow %n bit</numerusform><numerusform>Borrow %n bits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, … %3 (%n stations)</source>
        <translation><numerusform>%1, %2, … %3 (%n stations)</numerusform><numerusform>%1, %2, … %3 (%n stations)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The bytes leave at once in %n segment(s) of at most %1 bytes (the MSS): %2.</source>
        <translation><numerusform>The bytes leave at once in %n segment of at most %1 bytes (the MSS): %2.</numerusform><numerusform>The bytes leave at once in %n segments of at most %1 bytes (the MSS): %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) stay in the receive buffer for the next recv().</source>
        <translation><numerusform>%n byte stay in the receive buffer for the next recv().</numerusform><numerusform>%n bytes stay in the receive buffer for the next recv().</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more datagram(s) wait, each for a call of its own.</source>
        <translation><numerusform>%n more datagram wait, each for a call of its own.</numerusform><numerusform>%n more datagrams wait, each for a call of its own.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 arrives at the %2, whose kernel puts the datagram whole in the socket&apos;s receive queue: %n datagram(s) waiting for recvfrom().</source>
        <translation><numerusform>%1 arrives at the %2, whose kernel puts the datagram whole in the socket's receive queue: %n datagram waiting for recvfrom().</numerusform><numerusform>%1 arrives at the %2, whose kernel puts the datagram whole in the socket's receive queue: %n datagrams waiting for recvfrom().</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::RealSegmentNotes</name>
    <message numerus="yes">
        <source>On loopback a segment arrives within microseconds, so the kernels exchanged %n segment(s) during this step; the model shows the ones it has not sent yet in the steps that follow.</source>
        <translation><numerusform>On loopback a segment arrives within microseconds, so the kernels exchanged %n segment during this step; the model shows the ones it has not sent yet in the steps that follow.</numerusform><numerusform>On loopback a segment arrives within microseconds, so the kernels exchanged %n segments during this step; the model shows the ones it has not sent yet in the steps that follow.</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::StateDiagramView</name>
    <message numerus="yes">
        <source>%n endpoints</source>
        <comment>a badge counting the endpoints in a state (always several)</comment>
        <translation><numerusform>%n endpoints</numerusform><numerusform>%n endpoints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>+%n</source>
        <comment>a badge counting the other endpoints in a state</comment>
        <translation><numerusform>+%n</numerusform><numerusform>+%n</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::TopologyFrames</name>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation><numerusform>%n port</numerusform><numerusform>%n ports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: no reply to %n request(s)</source>
        <translation><numerusform>%1: no reply to %n request</numerusform><numerusform>%1: no reply to %n requests</numerusform></translation>
    </message>
</context>
<context>
    <name>NetSteps::TopologyView</name>
    <message numerus="yes">
        <source>Switch %1 with %n port(s)</source>
        <translation><numerusform>Switch %1 with %n port</numerusform><numerusform>Switch %1 with %n ports</numerusform></translation>
    </message>
</context>
</TS>
