<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>NetSteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Capture (pcap)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NetSteps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps</name>
    <message>
        <source>The %1 stays in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 moves %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends %1 to the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection is ESTABLISHED between the client (%1:%2) and the server (%3:%4). Each side has sent nothing since the handshake; next, the client closes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client (%1) and the server (%2:%3) both start in CLOSED: no connection exists yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial state, before anything happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 ends at column %2, before the %3 column; a socket line has at least ten columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the slot number &apos;%3&apos; should be a decimal number followed by &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the %3 &apos;%4&apos; should be 8 hexadecimal digits, &apos;:&apos; and 4 hexadecimal digits (such as 0100007F:1F90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the state &apos;%3&apos; should be two hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 is not a number Linux uses for a TCP state (01 to 0C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the queue sizes &apos;%3&apos; should be two hexadecimal numbers joined by &apos;:&apos; (tx_queue:rx_queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the timer &apos;%3&apos; should be two hexadecimal numbers joined by &apos;:&apos; (tr:tm-&gt;when).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the retransmission count &apos;%3&apos; should be a hexadecimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the %3 &apos;%4&apos; should be a decimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 should be the header of /proc/net/tcp, starting with &quot;sl local_address rem_address&quot;; it starts with &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket list is empty; /proc/net/tcp starts with a header line &quot;sl local_address rem_address ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::Cli</name>
    <message>
        <source>netsteps-cli %1: expected one scenario id (see netsteps-cli scenarios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsteps-cli %1: invalid --seed &apos;%2&apos;: expected a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsteps-cli %1: invalid --msl &apos;%2&apos;: expected seconds, more than 0 and at most 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsteps-cli %1: unknown scenario id &apos;%2&apos;; known: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for sequence numbers, ports and MACs (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum segment lifetime in seconds (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsteps-cli scenarios: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one JSON object per step (JSON Lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the frames to this pcap file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsteps-cli export: --pcap FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsteps-cli export: cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) of %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>see &apos;netsteps-cli subnet --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: netsteps-cli subnet ADDR/PREFIX [options]
       netsteps-cli subnet ADDR MASK [options]

Shows the mask, network and broadcast addresses, host range and host count of an
IPv4 subnet, and the bit-by-bit AND of address and mask that gives the network.

Examples:
  netsteps-cli subnet 192.168.1.10/24 --with 192.168.2.7
  netsteps-cli subnet 192.168.1.10 255.255.255.0 --split 2

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AND of address and mask, bit by bit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the same mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same network: yes; both give network %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same network: no; %1 gives network %2, but %3 gives %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 split into %3 subnet(s) of /%4 (%5 host bit(s) borrowed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also AND ADDR2 with the mask and say whether it is on the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrow N host bits and list the 2^N subnets (N at most 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See &apos;netsteps-cli subnet --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing ADDR/PREFIX or ADDR MASK; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the subnet %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid subnet &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid mask &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --with address &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --split value &apos;%1&apos;: write how many host bits to borrow, a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --split value &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::EndpointTableModel</name>
    <message>
        <source>Simulated mode: this endpoint exists only in the model, so there is no kernel socket to ask. Live mode shows the state the operating system reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2MSL until %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::FrameCodec</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (broadcast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ARP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN: synchronise sequence numbers; it opens a connection and carries the initial sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: the sender has no more data to send and closes its direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: reset; the connection is aborted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSH: push; hand the data to the application without waiting for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK: the acknowledgment number is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URG: the urgent pointer is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECE: ECN echo; the network signalled congestion (on a SYN: ECN is supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CWR: congestion window reduced; the sender reacted to an ECN echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has %1? Tell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 [%3] Seq=%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Ack=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Win=%1 Len=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MSS=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SACK_PERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> TSval=%1 TSecr=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> WS=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 Len=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 protocol %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EtherType %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::FrameCodec::Decoder</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet II header: %1 bytes captured, but the header needs 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC address of the interface this frame is for on this link; ff:ff:ff:ff:ff:ff means every station on the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC address of the interface that put this frame on the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EtherType: which protocol the frame carries (0x0800 IPv4, 0x0806 ARP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet II header: type field %1 is an IEEE 802.3 length, not an EtherType; NetSteps decodes Ethernet II frames only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of a protocol that NetSteps does not decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes after the packet that only fill the frame up to Ethernet&apos;s minimum size; they carry nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP packet: %1 bytes captured, but an Ethernet/IPv4 ARP packet needs 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP packet: hardware type %1 is not Ethernet (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP packet: protocol type %1 is not IPv4 (0x0800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP packet: hardware size %1 is not the 6 bytes of a MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP packet: protocol size %1 is not the 4 bytes of an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (Ethernet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of link address the packet is about: 1 means Ethernet MAC addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x0800 (IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of network address the packet is about: 0x0800 means IPv4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of a MAC address in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of an IPv4 address in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the packet does: 1 asks who has an IPv4 address (request), 2 answers (reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC address of the host sending this packet; whoever receives it may cache it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 address of the sender, which goes with the sender MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unknown, so all zeros: this is the address the request asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC address of the host that asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 address whose MAC address the sender wants to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 address of the host that asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header: %1 bytes captured, but the header needs at least 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header: version %1, but IPv4 is version 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header: header length %1 bytes is below the minimum of 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header: header length %1 exceeds the %2 bytes captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header: total length %1 is smaller than the header length %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header: total length %1 exceeds the %2 bytes captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header: this packet is a fragment (offset %1 bytes); NetSteps does not reassemble fragments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4, %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP version 4, and the header length in 32-bit words (5 words, 20 bytes, without options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiated services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority class (DSCP) and congestion-notification bits (ECN); 0 for ordinary traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of the whole IPv4 packet, header and data, in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties the fragments of one packet together; unused when the packet is never fragmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags and fragment offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Don&apos;t fragment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Fragment (DF) tells routers to drop the packet rather than split it; the offset says where a fragment belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops left: each router subtracts 1 and drops the packet at 0, so a lost packet cannot circle forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which protocol the data is for: 6 is TCP, 17 is UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detects damage to the IPv4 header; every router recomputes it after lowering the TTL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 address of the sending host; it stays the same from router to router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 address of the final receiver; routers forward the packet by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 options, rarely used; NetSteps does not interpret them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of a protocol above IPv4 that NetSteps does not decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP header: the segment has %1 bytes, but the header needs at least 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP header: data offset %1 bytes is below the minimum of 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP header: data offset %1 bytes exceeds the %2-byte segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending program&apos;s port; with the two addresses and the other port it names the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving program&apos;s port, such as the port a server listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of this segment&apos;s first data byte; a SYN or a FIN takes up one number too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next sequence number the sender expects to receive: everything before it has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use, because the ACK flag is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (%2 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of the TCP header in 32-bit words: 20 bytes plus the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more bytes the sender of this segment is ready to receive (times the window scale factor, if one was agreed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the TCP header, the data and the two addresses (the pseudo-header), so a damaged or misdelivered segment is noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where urgent data ends, when the URG flag is set; almost never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s bytes; the next sequence number from this side moves on by their count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of option list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options end here; the bytes up to the header length are padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filler byte that lines the next option up on a 4-byte boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP options: option kind %1 at byte %2 has no length byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP options: option kind %1 has length %2, but a length is at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP options: option kind %1 with length %2 runs past the end of the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP options: the %1 option has length %2, but it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest block of data this side wants to receive in one segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (multiply by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side is to multiply this side&apos;s window field by 2 to this power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side can acknowledge blocks that arrived after a gap (selective acknowledgment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks of data that arrived after a gap, so that only the gap is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSval %1, TSecr %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s clock (TSval) and the last clock value it received (TSecr), for measuring the round-trip time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option NetSteps does not interpret; its length lets a receiver skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP header: the datagram has %1 bytes, but the header needs 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP header: length %1 is below the 8 bytes of the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP header: length %1 does not match the %2 bytes that IPv4 carries for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending program&apos;s port, where an answer should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving program&apos;s port, such as the port a server is bound to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of the UDP header and data in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the UDP header, the data and the two addresses (the pseudo-header); 0 would mean no checksum was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s datagram, delivered whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::InspectorWidget</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame selected: click an arrow on the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::Ipv4Address</name>
    <message>
        <source>The address is empty; write four numbers 0-255 separated by dots, such as 192.168.1.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet %1 contains &apos;%2&apos;; only the digits 0-9 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet %1 is missing; an IPv4 address has four octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet %1 is %2, which is over 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet %1 is %2, which has more than three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address ends after %1 octet(s); an IPv4 address has four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octet %1 is followed by &apos;%2&apos;; octets are separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the fourth octet: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::LadderView</name>
    <message>
        <source>Ladder diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME-WAIT: 2MSL %1 s left · Linux %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::LaunchOptions</name>
    <message>
        <source>Usage: netsteps [--lesson ID] [--step N] [--seed N] [--lang en|zh_CN]
                [--screenshot FILE.png] [--size WxH]

  --lesson ID        open this lesson (netsteps-cli scenarios lists them)
  --step N           show step N (0 is the initial state)
  --seed N           seed for sequence numbers, ports and MAC addresses (default 1)
  --lang L           interface language: en or zh_CN
  --screenshot FILE  render the window to a PNG file and exit (works without a display)
  --size WxH         window size for the screenshot (default 1280x800)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see netsteps --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown lesson &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --step &apos;%1&apos;: expected a step number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --seed &apos;%1&apos;: expected a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --size &apos;%1&apos;: expected WIDTHxHEIGHT between 320x240 and 7680x4320</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step needs --lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is out of range: lesson %2 has steps 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::LinuxKernelTcpView</name>
    <message>
        <source>Could not read the TCP state of socket %1 (TCP_INFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel reported state %1 for socket %2, which is not a TCP state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not understand %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not half-close socket %1 (shutdown SHUT_WR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set SO_LINGER to 0 seconds on socket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::MacAddress</name>
    <message>
        <source>Byte %1 of the MAC address must be two hexadecimal digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC address ends after %1 byte(s); it has six.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; (or &apos;-&apos; throughout) after byte %1, found &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the sixth byte: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::MainWindow</name>
    <message>
        <source>NetSteps — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1: %2, %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode performs the lesson with real sockets on this machine, beside the kernel&apos;s own view. It is not available yet for these lessons: they run in Simulated mode only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson on the left to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet captures (*.pcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 frames to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NetSteps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;NetSteps %1&lt;/b&gt;&lt;p&gt;Step through the TCP handshake, the close and TIME-WAIT, ARP and the subnet mask, with every step mapped onto the TCP state machine of RFC 9293.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::Narrator</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport layer (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2MSL = %1 s here (MSL = %2 s, RFC 9293); Linux holds TIME-WAIT for a fixed 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 calls %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrives at the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not apply in %1, so it is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s %2 timer expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::PcapReader</name>
    <message>
        <source>The capture file has %1 bytes, but a pcap file header alone has 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a pcapng capture file; NetSteps reads classic pcap files only (save as &quot;Wireshark/tcpdump - pcap&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a pcap capture file: it starts with 0x%1 instead of the magic number 0xa1b2c3d4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pcap file has format version %1.%2; NetSteps reads version 2.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pcap file has link type %1; NetSteps reads Ethernet captures (link type 1) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: the file ends inside the record header (%2 of 16 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: the sub-second part of the timestamp, %2, is not below %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: it claims %2 captured bytes, more than the limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: the file ends after %2 of its %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::PcapWriter</name>
    <message>
        <source>The timestamp %1 µs is outside what a pcap file can hold (0 up to the year 2106).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the capture file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::ScenarioRegistry</name>
    <message>
        <source>Three-way handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK: a client connects to a listening server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-way close and TIME-WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closes first: FIN, ACK, FIN, ACK, then TIME-WAIT for 2MSL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::Subnet</name>
    <message>
        <source>The subnet is empty; write an address, &apos;/&apos; and a prefix length, such as 192.168.1.10/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address before &apos;/&apos; is empty; write four numbers 0-255 separated by dots, such as 192.168.1.10/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length is missing; write &apos;/&apos; and a number 0-32 after the address, such as %1/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length after &apos;/&apos; is empty; write a number 0-32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &apos;/&apos; comes the prefix length, not a mask; the mask %1 is /%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix &apos;%1&apos; is not a number; write a number 0-32 after &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix %1 is over 32; an IPv4 address has only 32 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the prefix length: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask is empty; write four numbers 0-255 separated by dots, such as 255.255.255.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the mask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask %1 is not valid: its 1 bits must be contiguous from the left, but octet %2 (%3 = %4) has a 1 after a 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot borrow %1 bits; borrow 0 or more host bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowing %1 bits from a /%2 goes past /32; a /%2 has only %3 host bits to borrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowing %1 bits makes %2 subnets, too many to list; borrow at most %3 bits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetSteps::UnsupportedKernelTcpView</name>
    <message>
        <source>The kernel&apos;s view of TCP states is not available on this system (%1) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-closing a connection (shutdown for writing) is not available on this system (%1) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting a connection with RST (SO_LINGER 0) is not available on this system (%1) yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
