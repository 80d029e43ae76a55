<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>NetSteps</source>
        <translation>NetSteps</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Restart (Home)</source>
        <translation>重新开始（Home 键）</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>跳到最后一步（End 键）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实机</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Export Capture (pcap)…</source>
        <translation>导出抓包文件（pcap）(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save &amp;Screenshot…</source>
        <translation>保存截图(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About NetSteps</source>
        <translation>关于 NetSteps(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;Real Segments (pcap)…</source>
        <translation>保存真实报文段 (pcap)(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the segments captured on the loopback interface during this live run</source>
        <translation>保存本次实机运行中在回环接口上抓到的报文段</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>This &amp;Machine…</source>
        <translation>本机(&amp;M)…</translation>
    </message>
    <message>
        <source>This computer&apos;s interfaces and its kernel&apos;s ARP cache</source>
        <translation>查看本机的接口及内核中的 ARP 缓存。</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Open Lessons Folder…</source>
        <translation>打开课程文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Load the lesson files of a folder beside the built-in lessons; a lesson with the same id replaces the built-in one</source>
        <translation>在内置课程之外加载一个文件夹中的课程文件；id 相同的课程会替换内置课程</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Lesson &amp;Problems…</source>
        <translation>课程问题(&amp;P)…</translation>
    </message>
    <message>
        <source>The lesson files that could not be loaded, and why</source>
        <translation>未能加载的课程文件及其原因</translation>
    </message>
    <message>
        <source>&amp;Reset Progress…</source>
        <translation>重置进度(&amp;R)…</translation>
    </message>
    <message>
        <source>Forget every answer given at the checkpoints, in every lesson</source>
        <translation>清除所有课程中检查点的全部作答记录</translation>
    </message>
    <message>
        <source>Step back (Left or Page Up)</source>
        <translation>后退一步（左方向键或 Page Up 键）</translation>
    </message>
    <message>
        <source>Step forward (Right or Page Down)</source>
        <translation>前进一步（右方向键或 Page Down 键）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Export S&amp;tage…</source>
        <translation>导出演示区(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the stage as it is shown, as a PNG picture or an SVG drawing for slides</source>
        <translation>将当前显示的演示区保存为 PNG 图片或 SVG 矢量图，用于制作幻灯片</translation>
    </message>
    <message>
        <source>Export &amp;Lesson…</source>
        <translation>导出课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Save every step of the lesson&apos;s stage as numbered slides, PNG or SVG, in a folder</source>
        <translation>将课程每一步的演示区保存为带编号的幻灯片（PNG 或 SVG），存入一个文件夹</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for a projector: large type, high contrast, only the stage and the narration (F11 or Esc leaves)</source>
        <translation>适合投影仪的全屏模式：大字体、高对比度，只显示演示区和讲解（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Pointer &amp;Highlight</source>
        <translation>指针高亮(&amp;H)</translation>
    </message>
    <message>
        <source>A translucent circle follows the mouse over the stage, for the class to see where you point</source>
        <translation>在演示区上显示一个跟随鼠标的半透明圆圈，让全班同学看清你指向哪里</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>High-&amp;Contrast Theme</source>
        <translation>高对比度主题(&amp;C)</translation>
    </message>
    <message>
        <source>Black on white with strong colours, for a projector or a bright room; remembered for the next start</source>
        <translation>白底黑字、颜色鲜明，适合投影仪或明亮的教室；下次启动时仍然保留</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
</context>
<context>
    <name>NetSteps::ArpCacheTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>the MAC address of %1</source>
        <translation>%1 的 MAC 地址</translation>
    </message>
    <message numerus="yes">
        <source>A request is out (%n sent); no reply yet.</source>
        <translation>
            <numerusform>请求已发出（共 %n 个），尚未收到应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed recently: used as it is for %1 s.</source>
        <translation>最近得到过确认：%1 秒内可直接使用。</translation>
    </message>
    <message>
        <source>Learned from a request, or not confirmed lately: still used, and checked again.</source>
        <translation>从请求中学到，或最近未得到确认：仍会使用，但会再次核实。</translation>
    </message>
    <message numerus="yes">
        <source>No reply to %n request(s): packets for this address are dropped.</source>
        <translation>
            <numerusform>%n 个请求都没有得到应答：发往这个地址的数据包会被丢弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>last changed or confirmed at t = %1</source>
        <translation>最后一次更改或确认于 t = %1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
</context>
<context>
    <name>NetSteps::BitFigure</name>
    <message>
        <source>AND</source>
        <comment>the bitwise operation, written beside the mask row</comment>
        <translation>按位与</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>1 host: a /32 is a single address, with no host bits.</source>
        <translation>1 台主机：/32 只有一个地址，没有主机位。</translation>
    </message>
    <message>
        <source>2 hosts: a /31 joins two routers on a point-to-point link and uses both addresses (RFC 3021).</source>
        <translation>2 台主机：/31 用于在点对点链路上连接两台路由器，两个地址都可以使用（RFC 3021）。</translation>
    </message>
    <message>
        <source>%1 − 2 = %2 hosts: the network and broadcast addresses cannot name a host.</source>
        <translation>%1 − 2 = %2 台主机：网络地址和广播地址不能分配给主机。</translation>
    </message>
    <message>
        <source>A /32 has no host bits: the all-ones end of its range is the address itself.</source>
        <translation>/32 没有主机位：范围中全为 1 的那一端就是这个地址本身。</translation>
    </message>
    <message>
        <source>A /31 uses no broadcast address (RFC 3021): its all-ones address is a host.</source>
        <translation>/31 不使用广播地址（RFC 3021）：主机位全为 1 的地址也是一台主机。</translation>
    </message>
    <message>
        <source>The broadcast address: the network with every host bit set to 1.</source>
        <translation>广播地址：把网络地址的所有主机位都置为 1。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>First host</source>
        <translation>第一个主机</translation>
    </message>
    <message>
        <source>Last host</source>
        <translation>最后一个主机</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机数</translation>
    </message>
    <message>
        <source>… %1 more subnets …</source>
        <translation>… 还有 %1 个子网 …</translation>
    </message>
    <message>
        <source>Mask /%1</source>
        <translation>掩码 /%1</translation>
    </message>
    <message>
        <source>/%1 + %2 = /%3: the borrowed bits number the subnets.</source>
        <translation>/%1 + %2 = /%3：借来的位用来给子网编号。</translation>
    </message>
    <message>
        <source>%1 = %2 subnets; hosts in each: %3.</source>
        <translation>%1 = %2 个子网；每个子网的主机数：%3。</translation>
    </message>
    <message>
        <source>Network A</source>
        <translation>网络 A</translation>
    </message>
    <message>
        <source>Network B</source>
        <translation>网络 B</translation>
    </message>
    <message>
        <source>Address A</source>
        <translation>地址 A</translation>
    </message>
    <message>
        <source>Address B</source>
        <translation>地址 B</translation>
    </message>
    <message>
        <source>%1 = %2: same network</source>
        <translation>%1 = %2：同一网络</translation>
    </message>
    <message>
        <source>%1 ≠ %2: different networks</source>
        <translation>%1 ≠ %2：不同网络</translation>
    </message>
    <message>
        <source>1 AND 1 = 1; every other pair gives 0.</source>
        <translation>1 AND 1 = 1（按位与）；其他组合的结果都是 0。</translation>
    </message>
    <message>
        <source>The network %1/%2: %3 network bits, %4 host bits</source>
        <translation>网络 %1/%2：%3 个网络位，%4 个主机位</translation>
    </message>
    <message>
        <source>The address %1 with the mask %2 (/%3)</source>
        <translation>地址 %1，掩码 %2（/%3）</translation>
    </message>
    <message>
        <source>Source network</source>
        <translation>源网络</translation>
    </message>
    <message>
        <source>Destination network</source>
        <translation>目的网络</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Same network: ARP for %1 itself</source>
        <translation>同一网络：直接用 ARP 查询 %1 本身</translation>
    </message>
    <message>
        <source>Different networks: send through the gateway %1</source>
        <translation>不同网络：通过网关 %1 发送</translation>
    </message>
    <message>
        <source>network bits</source>
        <translation>网络位</translation>
    </message>
    <message>
        <source>borrowed bits</source>
        <translation>借用位</translation>
    </message>
    <message>
        <source>host bits</source>
        <translation>主机位</translation>
    </message>
</context>
<context>
    <name>NetSteps::Checkpoint</name>
    <message>
        <source>the 2MSL timer (TIME-WAIT)</source>
        <translation>2MSL 计时器（TIME-WAIT）</translation>
    </message>
    <message>
        <source>the keep-alive timer</source>
        <translation>保活计时器</translation>
    </message>
    <message>
        <source>the retransmission timer</source>
        <translation>重传计时器</translation>
    </message>
    <message>
        <source>it answers SYN,ACK on a new connection</source>
        <translation>在一个新连接上回复 SYN,ACK</translation>
    </message>
    <message>
        <source>the connection joins the accept queue</source>
        <translation>连接进入全连接队列</translation>
    </message>
    <message>
        <source>accept() takes a connection out of the accept queue</source>
        <translation>accept() 从全连接队列中取走一个连接</translation>
    </message>
    <message>
        <source>it drops the segment without any answer</source>
        <translation>丢弃该报文段，不作任何回应</translation>
    </message>
    <message>
        <source>it refuses the connection with RST</source>
        <translation>用 RST 拒绝该连接</translation>
    </message>
    <message>
        <source>step %1 does not exist: the last step is %2</source>
        <translation>第 %1 步不存在：最后一步是第 %2 步</translation>
    </message>
    <message>
        <source>there is no endpoint &apos;%1&apos; at step %2 (there are: %3)</source>
        <translation>第 %2 步中没有端点“%1”（现有端点：%3）</translation>
    </message>
    <message>
        <source>the %1 sends no segment at step %2</source>
        <translation>端点 %1 在第 %2 步没有发送任何报文段</translation>
    </message>
    <message>
        <source>the %1 sends %2 segments at step %3, so the question has no single answer</source>
        <translation>端点 %1 在第 %3 步发送了 %2 个报文段，因此这个问题没有唯一的答案</translation>
    </message>
    <message>
        <source>no timer of the %1 expires at step %2</source>
        <translation>端点 %1 在第 %2 步没有计时器到期</translation>
    </message>
    <message>
        <source>nothing happens at the queues of a listener &apos;%1&apos; at step %2</source>
        <translation>第 %2 步中，监听方“%1”的队列没有任何变化</translation>
    </message>
    <message>
        <source>the same network: straight to the destination</source>
        <translation>同一网络：直接发给目的主机</translation>
    </message>
    <message>
        <source>another network: through the default gateway</source>
        <translation>另一个网络：经默认网关发送</translation>
    </message>
    <message>
        <source>it floods the frame out of every other port</source>
        <translation>从其他所有端口泛洪该帧</translation>
    </message>
    <message>
        <source>it forwards the frame out of one port</source>
        <translation>只从一个端口转发该帧</translation>
    </message>
    <message>
        <source>it filters (drops) the frame</source>
        <translation>过滤（丢弃）该帧</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>it caches the sender and sends an ARP reply</source>
        <translation>缓存发送方的地址，并发送 ARP 应答</translation>
    </message>
    <message>
        <source>it discards the request</source>
        <translation>丢弃该请求</translation>
    </message>
    <message>
        <source>it updates its entry for the sender, and does not reply</source>
        <translation>更新发送方的缓存条目，但不应答</translation>
    </message>
    <message>
        <source>its ARP entry becomes REACHABLE</source>
        <translation>它的 ARP 条目变为 REACHABLE</translation>
    </message>
    <message>
        <source>its network card drops the frame: not its MAC address</source>
        <translation>网卡丢弃该帧：不是它的 MAC 地址</translation>
    </message>
    <message>
        <source>it takes the packet up to IP</source>
        <translation>把数据包向上交给 IP 层</translation>
    </message>
    <message>
        <source>it routes the packet on to another network</source>
        <translation>把数据包路由转发到另一个网络</translation>
    </message>
    <message>
        <source>&apos;%1&apos; decides no route at step %2</source>
        <translation>第 %2 步中，“%1”没有做路由判断</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; handles no frame at step %2</source>
        <translation>第 %2 步中，交换机“%1”没有处理任何帧</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; sends the frame out of no port at step %2</source>
        <translation>第 %2 步中，交换机“%1”没有从任何端口发出该帧</translation>
    </message>
    <message>
        <source>no frame reaches &apos;%1&apos; at step %2</source>
        <translation>第 %2 步中，没有帧到达“%1”</translation>
    </message>
    <message>
        <source>it returns a datagram</source>
        <translation>返回一个数据报</translation>
    </message>
    <message>
        <source>it fails with ECONNREFUSED (ConnectionRefusedError)</source>
        <translation>以 ECONNREFUSED（ConnectionRefusedError）失败</translation>
    </message>
    <message>
        <source>nothing arrives: it times out</source>
        <translation>什么也没收到：调用超时</translation>
    </message>
    <message>
        <source>nothing is counted at step %1: ask at a host-range or a borrowing step, or at a send() or recv() of the endpoint</source>
        <translation>第 %1 步没有可计数的内容：请在主机范围步骤或借位步骤提问，或在该端点的 send() 或 recv() 处提问</translation>
    </message>
    <message>
        <source>the %1 calls no recv() or recvfrom() at step %2</source>
        <translation>端点 %1 在第 %2 步没有调用 recv() 或 recvfrom()</translation>
    </message>
    <message>
        <source>the %1&apos;s call at step %2 ends in a way this question does not offer</source>
        <translation>端点 %1 在第 %2 步的调用结果不在本题的选项之中</translation>
    </message>
</context>
<context>
    <name>NetSteps::CheckpointPanel</name>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>跳过（Esc）</translation>
    </message>
    <message>
        <source>Show the step without answering; the score does not change.</source>
        <translation>不作答直接显示这一步；得分不变。</translation>
    </message>
    <message>
        <source>or press 1–%1</source>
        <translation>或按 1–%1</translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation>检查点：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <translation>✓ 答对了：%1</translation>
    </message>
    <message>
        <source>✗ Not this time. The answer: %1</source>
        <translation>✗ 这次没答对。正确答案：%1</translation>
    </message>
    <message>
        <source>Predict: %1</source>
        <translation>先预测：%1</translation>
    </message>
</context>
<context>
    <name>NetSteps::Cli</name>
    <message>
        <source>netsteps-cli %1: expected one scenario id (see netsteps-cli scenarios)</source>
        <translation>netsteps-cli %1：需要一个场景 ID（参见 netsteps-cli scenarios）</translation>
    </message>
    <message>
        <source>netsteps-cli %1: invalid --seed &apos;%2&apos;: expected a non-negative integer</source>
        <translation>netsteps-cli %1：无效的 --seed 值“%2”：应为非负整数</translation>
    </message>
    <message>
        <source>netsteps-cli %1: unknown scenario id &apos;%2&apos;; known: %3</source>
        <translation>netsteps-cli %1：未知的场景 ID“%2”；已知的有：%3</translation>
    </message>
    <message>
        <source>Seed for sequence numbers, ports and MACs (default 1).</source>
        <translation>序列号、端口和 MAC 地址的随机种子（默认为 1）。</translation>
    </message>
    <message>
        <source>Maximum segment lifetime in seconds (default 120).</source>
        <translation>最长报文段寿命，单位为秒（默认为 120）。</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>netsteps-cli scenarios: unexpected argument &apos;%1&apos;</source>
        <translation>netsteps-cli scenarios：多余的参数“%1”</translation>
    </message>
    <message>
        <source>Write one JSON object per step (JSON Lines).</source>
        <translation>每一步输出一个 JSON 对象（JSON Lines 格式）。</translation>
    </message>
    <message>
        <source>Write the frames to this pcap file.</source>
        <translation>将各帧写入此 pcap 文件。</translation>
    </message>
    <message>
        <source>netsteps-cli export: --pcap FILE is required</source>
        <translation>netsteps-cli export：必须指定 --pcap FILE</translation>
    </message>
    <message>
        <source>netsteps-cli export: cannot write &apos;%1&apos;: %2</source>
        <translation>netsteps-cli export：无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) of %1 to %2</source>
        <translation>
            <numerusform>已将 %1 的 %n 个帧写入 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>see &apos;netsteps-cli subnet --help&apos;.</source>
        <translation>参见“netsteps-cli subnet --help”。</translation>
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
        <translation>用法：netsteps-cli subnet ADDR/PREFIX [options]
      netsteps-cli subnet ADDR MASK [options]

显示 IPv4 子网的掩码、网络地址、广播地址、主机范围和主机数量，
以及地址与掩码逐位相与（AND）得到网络地址的过程。

示例：
  netsteps-cli subnet 192.168.1.10/24 --with 192.168.2.7
  netsteps-cli subnet 192.168.1.10 255.255.255.0 --split 2

选项：
</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Mask:</source>
        <translation>掩码：</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>前缀：</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络地址：</translation>
    </message>
    <message>
        <source>Broadcast:</source>
        <translation>广播地址：</translation>
    </message>
    <message>
        <source>First host:</source>
        <translation>第一个主机：</translation>
    </message>
    <message>
        <source>Last host:</source>
        <translation>最后一个主机：</translation>
    </message>
    <message>
        <source>Host count:</source>
        <translation>主机数量：</translation>
    </message>
    <message>
        <source>Wildcard:</source>
        <translation>通配符掩码：</translation>
    </message>
    <message>
        <source>The AND of address and mask, bit by bit:</source>
        <translation>地址与掩码逐位相与（AND）的结果：</translation>
    </message>
    <message>
        <source>%1 with the same mask:</source>
        <translation>%1 使用同一掩码：</translation>
    </message>
    <message>
        <source>Same network: yes; both give network %1.</source>
        <translation>是否同一网络：是；两者得到的网络地址都是 %1。</translation>
    </message>
    <message>
        <source>Same network: no; %1 gives network %2, but %3 gives %4.</source>
        <translation>是否同一网络：否；%1 得到的网络地址是 %2，而 %3 得到的是 %4。</translation>
    </message>
    <message>
        <source>%1/%2 split into %3 subnet(s) of /%4 (%5 host bit(s) borrowed):</source>
        <translation>%1/%2 划分为 %3 个 /%4 子网（借用了 %5 个主机位）：</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <source>First host</source>
        <translation>第一个主机</translation>
    </message>
    <message>
        <source>Last host</source>
        <translation>最后一个主机</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机数</translation>
    </message>
    <message>
        <source>Also AND ADDR2 with the mask and say whether it is on the same network.</source>
        <translation>同时将 ADDR2 与掩码相与，并判断它是否在同一网络中。</translation>
    </message>
    <message>
        <source>Borrow N host bits and list the 2^N subnets (N at most 16).</source>
        <translation>借用 N 个主机位，列出 2^N 个子网（N 最大为 16）。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象，而不是文本。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>%1 See &apos;netsteps-cli subnet --help&apos;.</source>
        <translation>%1 参见“netsteps-cli subnet --help”。</translation>
    </message>
    <message>
        <source>missing ADDR/PREFIX or ADDR MASK; %1</source>
        <translation>缺少 ADDR/PREFIX 或 ADDR MASK；%1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; %2</source>
        <translation>多余的参数“%1”；%2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; after the subnet %2; %3</source>
        <translation>子网 %2 之后有多余的参数“%1”；%3</translation>
    </message>
    <message>
        <source>invalid subnet &apos;%1&apos;: %2</source>
        <translation>无效的子网“%1”：%2</translation>
    </message>
    <message>
        <source>invalid address &apos;%1&apos;: %2</source>
        <translation>无效的地址“%1”：%2</translation>
    </message>
    <message>
        <source>invalid mask &apos;%1&apos;: %2</source>
        <translation>无效的掩码“%1”：%2</translation>
    </message>
    <message>
        <source>invalid --with address &apos;%1&apos;: %2</source>
        <translation>无效的 --with 地址“%1”：%2</translation>
    </message>
    <message>
        <source>invalid --split value &apos;%1&apos;: write how many host bits to borrow, a whole number from 0 to %2.</source>
        <translation>无效的 --split 值“%1”：请写出要借用的主机位数，即 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>invalid --split value &apos;%1&apos;: %2</source>
        <translation>无效的 --split 值“%1”：%2</translation>
    </message>
    <message>
        <source>netsteps-cli: unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation>netsteps-cli：未知语言“%1”（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>netsteps-cli: unknown command &apos;%1&apos;; run netsteps-cli --help</source>
        <translation>netsteps-cli：未知命令“%1”；请运行 netsteps-cli --help</translation>
    </message>
    <message>
        <source>netsteps-cli %1: invalid --msl &apos;%2&apos;: expected seconds, from 1 to 3600</source>
        <translation>netsteps-cli %1：无效的 --msl &apos;%2&apos;：应为 1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>Perform it with real sockets on 127.0.0.1 and show the kernel&apos;s states.</source>
        <translation>在 127.0.0.1 上用真实套接字执行，并显示内核中的状态。</translation>
    </message>
    <message>
        <source>netsteps-cli run: %1 cannot run live: %2</source>
        <translation>netsteps-cli run：%1 不能在实机上运行：%2</translation>
    </message>
    <message>
        <source>netsteps-cli run: live mode is not available here: %1</source>
        <translation>netsteps-cli run：本机不支持实机模式：%1</translation>
    </message>
    <message>
        <source>netsteps-cli run: the live run stopped after %1 of %2 steps</source>
        <translation>netsteps-cli run：实机运行在 %2 步中的第 %1 步后停止</translation>
    </message>
    <message>
        <source>model: </source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>(not observable)</source>
        <translation>（无法观察）</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DISAGREES</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>kernel: </source>
        <translation>内核：</translation>
    </message>
    <message>
        <source>With --live: save the real segments captured on loopback to this pcap file (needs root or CAP_NET_RAW).</source>
        <translation>与 --live 一起使用：把在回环接口上抓到的真实报文段保存到这个 pcap 文件（需要 root 或 CAP_NET_RAW）。</translation>
    </message>
    <message>
        <source>netsteps-cli run: --pcap needs --live (for the modelled frames use netsteps-cli export)</source>
        <translation>netsteps-cli run：--pcap 需要与 --live 一起使用（模型中的帧请用 netsteps-cli export 导出）</translation>
    </message>
    <message>
        <source>netsteps-cli run: cannot capture the real segments: %1</source>
        <translation>netsteps-cli run：无法抓取真实报文段：%1</translation>
    </message>
    <message>
        <source>netsteps-cli run: cannot write &apos;%1&apos;: %2</source>
        <translation>netsteps-cli run：无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>实机：%1</translation>
    </message>
    <message>
        <source>Real segments: captured on the loopback interface.</source>
        <translation>真实报文段：已在回环接口上抓取。</translation>
    </message>
    <message>
        <source>Real segments: not captured. %1</source>
        <translation>真实报文段：未抓取。%1</translation>
    </message>
    <message>
        <source>kernel: (simulated only) %1</source>
        <translation>内核：（仅模拟）%1</translation>
    </message>
    <message>
        <source>real bind(): %1</source>
        <translation>真实的 bind()：%1</translation>
    </message>
    <message>
        <source>netsteps-cli lessons: there is no folder &apos;%1&apos;</source>
        <translation>netsteps-cli lessons：文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>netsteps-cli lessons: no lesson files (*.json) in &apos;%1&apos;</source>
        <translation>netsteps-cli lessons：“%1”中没有课程文件（*.json）</translation>
    </message>
    <message>
        <source>lesson files checked: %1, valid: %2, errors: %3</source>
        <translation>已检查课程文件 %1 个，有效 %2 个，错误 %3 处</translation>
    </message>
    <message>
        <source>netsteps-cli lessons: %1</source>
        <translation>netsteps-cli lessons：%1</translation>
    </message>
    <message>
        <source>Check the built-in lessons, or the lesson files in the folder given.</source>
        <translation>检查内置课程，或指定文件夹中的课程文件。</translation>
    </message>
    <message>
        <source>Also load the lessons in this folder; they replace built-in lessons with the same id.</source>
        <translation>同时加载此文件夹中的课程；它们会替换 ID 相同的内置课程。</translation>
    </message>
    <message>
        <source>netsteps-cli lessons: --check takes the folder itself: netsteps-cli lessons --check DIR</source>
        <translation>netsteps-cli lessons：--check 直接接受文件夹参数（无需 --lessons-dir）：netsteps-cli lessons --check DIR</translation>
    </message>
    <message>
        <source>netsteps-cli lessons: --check takes at most one folder</source>
        <translation>netsteps-cli lessons：--check 最多只能指定一个文件夹</translation>
    </message>
    <message>
        <source>netsteps-cli lessons: unexpected argument &apos;%1&apos;</source>
        <translation>netsteps-cli lessons：多余的参数“%1”</translation>
    </message>
    <message>
        <source>netsteps-cli run: the capture in &apos;%1&apos; is incomplete: %2</source>
        <translation>netsteps-cli run：“%1”中的抓包不完整：%2</translation>
    </message>
    <message>
        <source>real segment %1 → %2: %3</source>
        <translation>真实报文段 %1 → %2：%3</translation>
    </message>
    <message>
        <source>(window %1 bytes)</source>
        <translation>（窗口 %1 字节）</translation>
    </message>
    <message>
        <source>real segments, %1: %2</source>
        <translation>真实报文段，%1：%2</translation>
    </message>
    <message>
        <source>See &apos;netsteps-cli serve --help&apos;.</source>
        <translation>参见“netsteps-cli serve --help”。</translation>
    </message>
    <message>
        <source>Usage: netsteps-cli serve (--tcp PORT | --udp PORT)... [options]

Runs the course&apos;s servers until SIGINT (Ctrl+C) or SIGTERM, which close every
connection cleanly (exit status 0). Each read is answered as it arrives, one reply
per recv(1024), so no newline is needed; a trailing \n or \r\n (nc, telnet) is set
aside and put back after the reply.
  hello  TCP: &apos;Welcome!&apos; on connect, &apos;Hello, X!&apos; for each message X; &apos;exit&apos; or EOF
         closes. UDP: &apos;Hello, X!&apos; for each datagram X.
  upper  each message upper-cased, ASCII letters only (Python&apos;s bytes.upper()).
  echo   each message back unchanged.

The first lines are &apos;listening tcp ADDR:PORT&apos; and &apos;listening udp ADDR:PORT&apos; (the real
port when 0 was given), then one line per event: a connection opened, closed and why,
UDP datagrams (the first ones of each second, then a count).

Options:
  --tcp PORT       a TCP server on PORT (0: any free port); may be repeated
  --udp PORT       a UDP server on PORT (0: any free port); may be repeated
  --mode MODE      hello (default), upper or echo
  --bind ADDR      the IPv4 address to listen on (default 127.0.0.1); another address
                   lets other machines connect, with a warning
  --max-conn N     TCP connections open at once (default 1000); past it a new one
                   is closed at once. A client that leaves more than 1 MiB of
                   replies unread is closed too.
  --json           one JSON object per line instead of text
  -h, --help       this help

Exit status: 0 stopped by a signal, 1 failed, 2 bad usage, 3 the port is in use or
needs a privilege (below 1024), or servers are not available on this system.
</source>
        <translation>用法：netsteps-cli serve (--tcp PORT | --udp PORT)... [options]

运行课程用的服务器，直到收到 SIGINT（Ctrl+C）或 SIGTERM，这时会正常关闭
所有连接（退出状态 0）。每次读到数据就立即应答，每次 recv(1024) 回复一次，
因此不需要换行符；末尾的 \n 或 \r\n（nc、telnet 会发送）先被去掉，
回复之后再加回去。
  hello  TCP：连接建立时发送“Welcome!”，对每条消息 X 回复“Hello, X!”；
         收到“exit”或 EOF 时关闭。UDP：对每个数据报 X 回复“Hello, X!”。
  upper  把每条消息转为大写，只转换 ASCII 字母（同 Python 的 bytes.upper()）。
  echo   原样返回每条消息。

最先输出的是“listening tcp ADDR:PORT”和“listening udp ADDR:PORT”（指定端口 0
时显示实际端口），之后每个事件输出一行：连接的打开、关闭及关闭原因，以及 UDP
数据报（每秒最先到达的几个逐条记录，其余只计数）。

选项：
  --tcp PORT       在 PORT 上运行 TCP 服务器（0：任意空闲端口）；可重复指定
  --udp PORT       在 PORT 上运行 UDP 服务器（0：任意空闲端口）；可重复指定
  --mode MODE      hello（默认）、upper 或 echo
  --bind ADDR      要监听的 IPv4 地址（默认为 127.0.0.1）；使用其他地址会允许
                   其他机器连接，并给出警告
  --max-conn N     同时打开的 TCP 连接数上限（默认为 1000）；超出后新连接会被
                   立即关闭。未读取的回复超过 1 MiB 的客户端也会被关闭。
  --json           每行输出一个 JSON 对象，而不是文本
  -h, --help       显示此帮助

退出状态：0 因收到信号而停止，1 失败，2 用法有误，3 端口已被占用或需要特权
（1024 以下的端口），或本系统不支持这些服务器。
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use hello, upper or echo.</source>
        <translation>未知模式“%1”：请使用 hello、upper 或 echo。</translation>
    </message>
    <message>
        <source>invalid --bind address &apos;%1&apos;: %2</source>
        <translation>无效的 --bind 地址“%1”：%2</translation>
    </message>
    <message>
        <source>invalid --max-conn &apos;%1&apos;: a whole number from 1 to %2.</source>
        <translation>无效的 --max-conn 值“%1”：应为 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>invalid --%1 port &apos;%2&apos;: a whole number from 0 to 65535.</source>
        <translation>无效的 --%1 端口“%2”：应为 0 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>give at least one --tcp PORT or --udp PORT.</source>
        <translation>请至少指定一个 --tcp PORT 或 --udp PORT。</translation>
    </message>
    <message>
        <source>netsteps-cli serve: warning: listening on %1, not on loopback: other machines can connect to these servers.</source>
        <translation>netsteps-cli serve：警告：正在 %1 上监听，而不是回环地址：其他机器也能连接这些服务器。</translation>
    </message>
    <message>
        <source>netsteps-cli serve: warning: this process may open only %1 descriptors (hard limit %2), so fewer than --max-conn %3 connections can be open at once.</source>
        <translation>netsteps-cli serve：警告：此进程最多只能打开 %1 个描述符（硬上限 %2），因此能同时打开的连接数达不到 --max-conn 指定的 %3 个。</translation>
    </message>
    <message>
        <source>netsteps-cli serve: %1 received: closing every connection.</source>
        <translation>netsteps-cli serve：收到 %1：正在关闭所有连接。</translation>
    </message>
    <message>
        <source>%1 (no netmask)</source>
        <translation>%1（无子网掩码）</translation>
    </message>
    <message>
        <source>%1/%2 (mask %3)</source>
        <translation>%1/%2（掩码 %3）</translation>
    </message>
    <message>
        <source>This machine&apos;s interfaces with an IPv4 address (QNetworkInterface):</source>
        <translation>本机带有 IPv4 地址的接口（QNetworkInterface）：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>IPv4 addresses</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>回环</translation>
    </message>
    <message>
        <source>The kernel&apos;s ARP cache (%1) is empty: this machine has not talked to a neighbour on an Ethernet-like link lately.</source>
        <translation>内核的 ARP 缓存（%1）为空：本机最近没有在以太网类链路上与邻居通信。</translation>
    </message>
    <message numerus="yes">
        <source>The kernel&apos;s ARP cache (%1) lists %n neighbour(s):</source>
        <translation>
            <numerusform>内核的 ARP 缓存（%1）列出了 %n 个邻居：</numerusform>
        </translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>HW type</source>
        <translation>硬件类型</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>HW address</source>
        <translation>硬件地址</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What the columns mean:</source>
        <translation>各列的含义：</translation>
    </message>
    <message>
        <source>the neighbour&apos;s IPv4 address, on the network of one of the interfaces above.</source>
        <translation>邻居的 IPv4 地址，位于上面某个接口所在的网络中。</translation>
    </message>
    <message>
        <source>the kind of link (ARPHRD_* in linux/if_arp.h): 0x1 is Ethernet, Wi-Fi included.</source>
        <translation>链路类型（linux/if_arp.h 中的 ARPHRD_*）：0x1 表示以太网，Wi-Fi 也包括在内。</translation>
    </message>
    <message>
        <source>0x2 complete: the MAC address is known; 0x0 incomplete: a request went out and no reply came yet; 0x4 permanent: added by hand, never ages out (0x6 with 0x2).</source>
        <translation>0x2 完整：MAC 地址已知；0x0 不完整：已发出请求，但还没有收到应答；0x4 永久：手动添加，永不老化（与 0x2 合在一起为 0x6）。</translation>
    </message>
    <message>
        <source>the neighbour&apos;s MAC address; 00:00:00:00:00:00 while incomplete.</source>
        <translation>邻居的 MAC 地址；不完整时为 00:00:00:00:00:00。</translation>
    </message>
    <message>
        <source>* on ordinary entries; a mask only on proxy-ARP entries (flag 0x8, published).</source>
        <translation>普通条目为 *；只有代理 ARP 条目（标志 0x8，已发布）才有掩码。</translation>
    </message>
    <message>
        <source>the interface the neighbour is reached through: the same as its network&apos;s.</source>
        <translation>到达该邻居所经过的接口：即它所在网络对应的接口。</translation>
    </message>
    <message>
        <source>The file does not show Linux&apos;s entry states (REACHABLE, STALE, …) that the lessons use: &apos;ip neigh&apos; shows them.</source>
        <translation>这个文件不显示课程中用到的 Linux 条目状态（REACHABLE、STALE 等）：可以用 ip neigh 查看。</translation>
    </message>
    <message>
        <source>This machine&apos;s interfaces and kernel ARP cache.</source>
        <translation>本机的接口和内核 ARP 缓存。</translation>
    </message>
    <message>
        <source>Write one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>netsteps-cli arp: unexpected argument &apos;%1&apos;</source>
        <translation>netsteps-cli arp：多余的参数“%1”</translation>
    </message>
    <message>
        <source>netsteps-cli arp: --system is required (the lessons&apos; modelled ARP caches: netsteps-cli run arp-same-subnet)</source>
        <translation>netsteps-cli arp：必须指定 --system（要查看课程中模拟的 ARP 缓存，请用 netsteps-cli run arp-same-subnet）</translation>
    </message>
    <message>
        <source>netsteps-cli arp: %1</source>
        <translation>netsteps-cli arp：%1</translation>
    </message>
    <message>
        <source>netsteps-cli arp: %1: %2</source>
        <translation>netsteps-cli arp：%1：%2</translation>
    </message>
    <message>
        <source>expected a whole number of hosts per LAN, 2 or more</source>
        <translation>每个局域网的主机数应为不小于 2 的整数</translation>
    </message>
    <message>
        <source>give the prefix either after &apos;/&apos; here or with --mask, not both</source>
        <translation>前缀要么写在这里的“/”之后，要么用 --mask 给出，不能两者都用</translation>
    </message>
    <message>
        <source>expected how many host bits to borrow, a whole number from 1 to %1</source>
        <translation>应为要借用的主机位数，即 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>netsteps-cli %1: invalid %2: %3</source>
        <translation>netsteps-cli %1：无效的 %2：%3</translation>
    </message>
    <message>
        <source>ARP scenarios: hosts on each LAN (default 4).</source>
        <translation>ARP 场景：每个局域网的主机数（默认 4）。</translation>
    </message>
    <message>
        <source>subnet-and: the address, optionally with /PREFIX (default 192.168.1.10/26).</source>
        <translation>subnet-and：地址，可带 /PREFIX（默认 192.168.1.10/26）。</translation>
    </message>
    <message>
        <source>subnet-and: the mask, dotted or as /PREFIX.</source>
        <translation>subnet-and：掩码，可写成点分十进制或 /PREFIX。</translation>
    </message>
    <message>
        <source>subnet-and: the second address compared (default 192.168.1.70).</source>
        <translation>subnet-and：用来比较的第二个地址（默认 192.168.1.70）。</translation>
    </message>
    <message>
        <source>subnetting: the network to split (default 192.168.1.0/24).</source>
        <translation>subnetting：要划分的网络（默认 192.168.1.0/24）。</translation>
    </message>
    <message>
        <source>subnetting: how many host bits to borrow, 1 to 16 (default 3).</source>
        <translation>subnetting：要借用的主机位数，1 到 16（默认 3）。</translation>
    </message>
    <message>
        <source>netsteps-cli %1: --%2 does not apply to %3; it shapes %4</source>
        <translation>netsteps-cli %1：--%2 不适用于 %3；它用于设置 %4</translation>
    </message>
    <message>
        <source> with </source>
        <translation> 与 </translation>
    </message>
    <message>
        <source>mask /%1</source>
        <translation>掩码 /%1</translation>
    </message>
    <message>
        <source>host bits all 1</source>
        <translation>主机位全为 1</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <source>first host</source>
        <translation>第一个主机</translation>
    </message>
    <message>
        <source>last host</source>
        <translation>最后一个主机</translation>
    </message>
    <message>
        <source>other address</source>
        <translation>另一个地址</translation>
    </message>
    <message>
        <source>its network</source>
        <translation>所在网络</translation>
    </message>
    <message numerus="yes">
        <source>mask /%1 (%n bit(s) borrowed)</source>
        <translation>
            <numerusform>掩码 /%1（借用 %n 位）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--json lists them all)</source>
        <translation>
            <numerusform>… 还有 %n 个（--json 会全部列出）</numerusform>
        </translation>
    </message>
    <message>
        <source>ARP cache</source>
        <translation>ARP 缓存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 → port %2</source>
        <translation>%1 → 端口 %2</translation>
    </message>
    <message>
        <source>MAC table</source>
        <translation>MAC 地址表</translation>
    </message>
    <message>
        <source>own address</source>
        <translation>自身地址</translation>
    </message>
    <message>
        <source>own network</source>
        <translation>自身网络</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Ethernet %1 → %2, %3 bytes</source>
        <translation>以太网 %1 → %2，%3 字节</translation>
    </message>
    <message>
        <source>netsteps-cli export: %1 puts no frame on the wire, so there is nothing to export; netsteps-cli run %1 shows its steps</source>
        <translation>netsteps-cli export：%1 不会向线路上发送任何帧，因此没有可导出的内容；用 netsteps-cli run %1 可以查看它的步骤</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) of %1, as captured on %2&apos;s link, to %3</source>
        <translation>
            <numerusform>已将 %1 的 %n 个帧（即在 %2 所在链路上抓到的帧）写入 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: netsteps-cli [--lang en|zh_CN] COMMAND [ARGS...]

Commands:
  subnet ADDR/PREFIX | ADDR MASK [--with ADDR2] [--split N] [--json]
                      mask, network, broadcast, hosts and the binary AND
  scenarios [--json]  the scenarios NetSteps can perform
  run ID [--seed N] [--msl SECONDS] [--json] [--live [--pcap FILE]]
                      every step of a scenario, step 0 first; --live performs it
                      with real sockets on 127.0.0.1 beside the kernel&apos;s own view,
                      --pcap saves the real segments (root or CAP_NET_RAW)
                      the ARP lessons take --hosts N; subnet-and --address
                      ADDR[/N], --mask MASK|/N, --other ADDR; subnetting
                      --network CIDR, --borrow N (export takes them too)
  export ID --pcap FILE [--seed N] [--msl SECONDS]
                      the scenario&apos;s frames as a pcap file for Wireshark; for an ARP
                      lesson, the frames on the sender A1&apos;s link
  serve (--tcp PORT | --udp PORT)... [--mode hello|upper|echo] [--bind ADDR]
        [--max-conn N] [--json]
                      the course&apos;s servers on 127.0.0.1 until Ctrl+C, one log line
                      per connection opened or closed
  proxy --listen PORT --to HOST:PORT [--bind ADDR] [--max-conn N] [--json]
                      forwards your own client to HOST:PORT and logs both legs live
  lessons [--lessons-dir DIR] | lessons --check [DIR]
                      the lessons (id, kind, title); --check validates the built-in
                      lessons or the *.json files in DIR, one line per error
  arp --system [--json]
                      this machine&apos;s interfaces and the kernel&apos;s ARP cache, with
                      what each column means

Exit status: 0 success, 1 the work failed, 2 bad usage or input, 3 not available here.
</source>
        <translation>用法：netsteps-cli [--lang en|zh_CN] COMMAND [ARGS...]

命令：
  subnet ADDR/PREFIX | ADDR MASK [--with ADDR2] [--split N] [--json]
                      掩码、网络地址、广播地址、主机范围和数量，以及二进制按位与
  scenarios [--json]  NetSteps 能演示的场景
  run ID [--seed N] [--msl SECONDS] [--json] [--live [--pcap FILE]]
                      从第 0 步开始列出场景的每一步；--live 在 127.0.0.1 上用
                      真实套接字执行它，并对照内核自己的视图；--pcap 保存真实
                      报文段（需要 root 或 CAP_NET_RAW）。ARP 课程接受
                      --hosts N；subnet-and 接受 --address ADDR[/N]、
                      --mask MASK|/N、--other ADDR；subnetting 接受
                      --network CIDR、--borrow N（export 也接受这些选项）
  export ID --pcap FILE [--seed N] [--msl SECONDS]
                      把场景中的帧导出为 pcap 文件，供 Wireshark 打开；对于 ARP
                      课程，导出发送方 A1 所在链路上的帧
  serve (--tcp PORT | --udp PORT)... [--mode hello|upper|echo] [--bind ADDR]
        [--max-conn N] [--json]
                      在 127.0.0.1 上运行课程用的服务器，直到按下 Ctrl+C；每打开
                      或关闭一个连接，输出一行日志
  proxy --listen PORT --to HOST:PORT [--bind ADDR] [--max-conn N] [--json]
                      把你自己的客户端经代理转发到 HOST:PORT，并实时记录
                      客户端一侧和服务端一侧的日志
  lessons [--lessons-dir DIR] | lessons --check [DIR]
                      列出课程（id、类型、标题）；--check 校验内置课程或
                      DIR 中的 *.json 文件，每个错误输出一行
  arp --system [--json]
                      本机的接口和内核的 ARP 缓存，并说明每一列的含义

退出状态：0 成功，1 执行失败，2 用法或输入有误，3 本机不支持。
</translation>
    </message>
    <message>
        <source>Usage: netsteps-cli proxy --listen PORT --to HOST:PORT [options]

Watch your own program&apos;s connection: point your client at the proxy&apos;s port. For each
client the proxy connects to HOST:PORT and passes the bytes both ways unchanged, until
SIGINT (Ctrl+C) or SIGTERM, which close every connection cleanly (exit status 0).

The first line is &apos;proxying tcp ADDR:PORT -&gt; HOST:PORT&apos; (the real port when 0 was
given), then one line per event on either leg (client -&gt; proxy, proxy -&gt; server):
  opened, connecting  the client&apos;s handshake; the proxy&apos;s connect() to the server
  data                each recv(): how many bytes, the first ones as Python writes them
  eof, shutdown       a FIN (recv() returned 0), passed on with shutdown(SHUT_WR)
  paused, resumed     1 MiB waits for a side that reads slower than the other sends:
                      the proxy stops reading the sender until it catches up (TCP&apos;s
                      flow control, as without the proxy)
  closed              each leg&apos;s end and why: who closed first, a reset (passed on as
                      a reset), connection refused
Each line ends with the leg&apos;s TCP state as the kernel reports it, where it can.

Options:
  --listen PORT    the port to listen on (0: any free port)
  --to HOST:PORT   the server: an IPv4 address, or a host name looked up once at start
  --bind ADDR      the IPv4 address to listen on (default 127.0.0.1); another address
                   lets other machines connect, with a warning
  --max-conn N     connections open at once (default 1000); past it a new client is
                   closed at once
  --json           one JSON object per line instead of text
  -h, --help       this help

Exit status: 0 stopped by a signal, 1 failed, 2 bad usage (a bad --to too), 3 the port
is in use or needs a privilege (below 1024), or the proxy is not available on this
system.
</source>
        <translation>用法：netsteps-cli proxy --listen PORT --to HOST:PORT [options]

观察你自己的程序的连接：让你的客户端连接代理的端口。对每个客户端，代理都会去
连接 HOST:PORT，并把字节原样双向转发，直到收到 SIGINT（Ctrl+C）或 SIGTERM，
这时会正常关闭所有连接（退出状态 0）。

第一行是“proxying tcp ADDR:PORT -&gt; HOST:PORT”（指定端口 0 时显示实际端口），
之后两侧（客户端 -&gt; 代理，代理 -&gt; 服务端）的每个事件各输出一行：
  opened, connecting  客户端的握手；代理向服务端发起的 connect()
  data                每次 recv()：字节数，以及按 Python 写法显示的前几个字节
  eof, shutdown       FIN（recv() 返回 0），再用 shutdown(SHUT_WR) 转发出去
  paused, resumed     一方读得比另一方发得慢、待读数据积压到 1 MiB 时：代理暂停
                      读取发送方，直到读取方赶上（即 TCP 的流量控制，与没有代理
                      时一样）
  closed              每一侧的结束及原因：谁先关闭、重置（RST，也会以重置转发
                      出去）、连接被拒绝
在能查到的情况下，每行末尾会附上内核报告的该侧 TCP 状态。

选项：
  --listen PORT    要监听的端口（0：任意空闲端口）
  --to HOST:PORT   服务端：IPv4 地址，或主机名（只在启动时解析一次）
  --bind ADDR      要监听的 IPv4 地址（默认为 127.0.0.1）；使用其他地址会允许
                   其他机器连接，并给出警告
  --max-conn N     同时打开的连接数上限（默认为 1000）；超出后新的客户端会被
                   立即关闭
  --json           每行输出一个 JSON 对象，而不是文本
  -h, --help       显示此帮助

退出状态：0 因收到信号而停止，1 失败，2 用法有误（--to 无效也算），3 端口已被
占用或需要特权（1024 以下的端口），或本系统不支持代理。
</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; has no IPv4 address.</source>
        <translation>主机“%1”没有 IPv4 地址。</translation>
    </message>
    <message>
        <source>could not find the host &apos;%1&apos; (%2).</source>
        <translation>找不到主机“%1”（%2）。</translation>
    </message>
    <message>
        <source>invalid --to &apos;%1&apos;: give HOST:PORT, such as 127.0.0.1:9000.</source>
        <translation>无效的 --to 值“%1”：请写成 HOST:PORT，例如 127.0.0.1:9000。</translation>
    </message>
    <message>
        <source>invalid --to &apos;%1&apos;: only IPv4 addresses and host names are supported.</source>
        <translation>无效的 --to 值“%1”：只支持 IPv4 地址和主机名。</translation>
    </message>
    <message>
        <source>invalid --to port &apos;%1&apos;: a whole number from 1 to 65535.</source>
        <translation>无效的 --to 端口“%1”：应为 1 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>invalid --to &apos;%1&apos;: the host is missing, as in 127.0.0.1:9000.</source>
        <translation>无效的 --to 值“%1”：缺少主机，应写成 127.0.0.1:9000 这样的形式。</translation>
    </message>
    <message>
        <source>invalid --to address &apos;%1&apos;: %2</source>
        <translation>无效的 --to 地址“%1”：%2</translation>
    </message>
    <message>
        <source>invalid --to host &apos;%1&apos;: a host name has only letters, digits, &apos;-&apos; and dots.</source>
        <translation>无效的 --to 主机“%1”：主机名只能包含字母、数字、“-”和点。</translation>
    </message>
    <message>
        <source>give --listen PORT and --to HOST:PORT.</source>
        <translation>请指定 --listen PORT 和 --to HOST:PORT。</translation>
    </message>
    <message>
        <source>invalid --listen port &apos;%1&apos;: a whole number from 0 to 65535.</source>
        <translation>无效的 --listen 端口“%1”：应为 0 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>netsteps-cli proxy: warning: listening on %1, not on loopback: other machines can connect through this proxy.</source>
        <translation>netsteps-cli proxy：警告：正在 %1 上监听，而不是回环地址：其他机器也能通过此代理建立连接。</translation>
    </message>
    <message>
        <source>netsteps-cli proxy: warning: this process may open only %1 descriptors (hard limit %2), so fewer than --max-conn %3 connections (two descriptors each) can be open at once.</source>
        <translation>netsteps-cli proxy：警告：此进程最多只能打开 %1 个描述符（硬上限 %2），而每个连接要占用两个描述符，因此能同时打开的连接数达不到 --max-conn 指定的 %3 个。</translation>
    </message>
    <message>
        <source>%1=UDP (no connection state)</source>
        <translation>%1=UDP（无连接状态）</translation>
    </message>
    <message>
        <source>real call: %1</source>
        <translation>真实调用：%1</translation>
    </message>
</context>
<context>
    <name>NetSteps::Cli::LabCommandLine</name>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>invalid --bind address &apos;%1&apos;: %2</source>
        <translation>无效的 --bind 地址“%1”：%2</translation>
    </message>
    <message>
        <source>invalid --max-conn &apos;%1&apos;: a whole number from 1 to %2.</source>
        <translation>无效的 --max-conn 值“%1”：应为 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>See &apos;netsteps-cli %1 --help&apos;.</source>
        <translation>参见“netsteps-cli %1 --help”。</translation>
    </message>
    <message>
        <source>netsteps-cli %1: %2 received: closing every connection.</source>
        <translation>netsteps-cli %1：收到 %2：正在关闭所有连接。</translation>
    </message>
</context>
<context>
    <name>NetSteps::EncapsulationView</name>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Ethernet header</source>
        <translation>以太网首部</translation>
    </message>
    <message>
        <source>%1 header</source>
        <translation>%1 首部</translation>
    </message>
    <message>
        <source>Application layer</source>
        <translation>应用层</translation>
    </message>
    <message>
        <source>the programs (socket API)</source>
        <translation>应用程序（套接字 API）</translation>
    </message>
    <message>
        <source>Transport layer</source>
        <translation>传输层</translation>
    </message>
    <message>
        <source>the kernel&apos;s TCP</source>
        <translation>内核的 TCP</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>the kernel&apos;s UDP</source>
        <translation>内核的 UDP</translation>
    </message>
    <message>
        <source>datagram</source>
        <translation>数据报</translation>
    </message>
    <message>
        <source>Network layer</source>
        <translation>网络层</translation>
    </message>
    <message>
        <source>router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Data link layer (ARP)</source>
        <translation>数据链路层（ARP）</translation>
    </message>
    <message>
        <source>network card, switch</source>
        <translation>网卡、交换机</translation>
    </message>
    <message>
        <source>ARP message</source>
        <translation>ARP 报文</translation>
    </message>
    <message>
        <source>Data link layer</source>
        <translation>数据链路层</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Physical layer</source>
        <translation>物理层</translation>
    </message>
    <message>
        <source>cable, hub, radio</source>
        <translation>线缆、集线器、无线电</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>比特</translation>
    </message>
    <message>
        <source>Down the sender&apos;s stack each layer adds its header; up the receiver&apos;s stack each layer removes its own.</source>
        <translation>数据沿发送方的协议栈向下传递时，每一层加上自己的首部；沿接收方的协议栈向上传递时，每一层去掉自己的首部。</translation>
    </message>
    <message>
        <source>This frame is the first data segment of the lesson “Data transfer”, byte for byte. The network card also adds a 4-byte FCS behind it, which captures do not show.</source>
        <translation>这个帧逐字节就是课程“数据传输”中的第一个数据报文段。网卡还会在它后面加上 4 字节的 FCS，抓包中看不到。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 B</source>
        <translation>%1 %2 B</translation>
    </message>
    <message>
        <source>%1 bytes on the wire, as bits</source>
        <translation>线路上的 %1 字节，以比特形式表示</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>接收方</translation>
    </message>
</context>
<context>
    <name>NetSteps::EndpointTableModel</name>
    <message>
        <source>Simulated mode: this endpoint exists only in the model, so there is no kernel socket to ask. Live mode shows the state the operating system reports.</source>
        <translation>模拟模式：这个端点只存在于模型中，因此没有可以查询的内核套接字。实机模式会显示操作系统报告的状态。</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>模型状态</translation>
    </message>
    <message>
        <source>Kernel state</source>
        <translation>内核状态</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>计时器</translation>
    </message>
    <message>
        <source>2MSL expires at t = %1 s</source>
        <translation>2MSL 于 t = %1 s 到期</translation>
    </message>
    <message>
        <source>retransmission at t = %1 s</source>
        <translation>重传计时到 t = %1 s</translation>
    </message>
    <message>
        <source>keep-alive at t = %1 s</source>
        <translation>保活计时到 t = %1 s</translation>
    </message>
    <message>
        <source>The kernel has not been asked about this step yet.</source>
        <translation>这一步还没有向内核查询。</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>not observable</source>
        <translation>无法观察</translation>
    </message>
    <message>
        <source>TIME-WAIT, %1 s left</source>
        <translation>TIME-WAIT，剩余 %1 s</translation>
    </message>
    <message>
        <source>(%1 s left)</source>
        <translation>（剩余 %1 s）</translation>
    </message>
    <message>
        <source>The real bind() returned: %1</source>
        <translation>真实的 bind() 返回：%1</translation>
    </message>
    <message>
        <source>simulated only</source>
        <translation>仅模拟</translation>
    </message>
    <message>
        <source>bind(): %1</source>
        <translation>bind()：%1</translation>
    </message>
</context>
<context>
    <name>NetSteps::FrameCodec</name>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 (broadcast)</source>
        <translation>%1（广播）</translation>
    </message>
    <message>
        <source>%1 (IPv4)</source>
        <translation>%1 (IPv4)</translation>
    </message>
    <message>
        <source>%1 (ARP)</source>
        <translation>%1 (ARP)</translation>
    </message>
    <message>
        <source>1 (request)</source>
        <translation>1（请求）</translation>
    </message>
    <message>
        <source>2 (reply)</source>
        <translation>2（应答）</translation>
    </message>
    <message>
        <source>6 (TCP)</source>
        <translation>6 (TCP)</translation>
    </message>
    <message>
        <source>17 (UDP)</source>
        <translation>17 (UDP)</translation>
    </message>
    <message>
        <source>No flag is set.</source>
        <translation>未设置任何标志位。</translation>
    </message>
    <message>
        <source>SYN: synchronise sequence numbers; it opens a connection and carries the initial sequence number.</source>
        <translation>SYN：同步序列号；用于发起连接，并携带初始序列号。</translation>
    </message>
    <message>
        <source>FIN: the sender has no more data to send and closes its direction.</source>
        <translation>FIN：发送方已没有数据要发送，关闭自己这一方向的传输。</translation>
    </message>
    <message>
        <source>RST: reset; the connection is aborted at once.</source>
        <translation>RST：复位；立即中止连接。</translation>
    </message>
    <message>
        <source>PSH: push; hand the data to the application without waiting for more.</source>
        <translation>PSH：推送；不等待更多数据，立即把数据交给应用程序。</translation>
    </message>
    <message>
        <source>ACK: the acknowledgment number is valid.</source>
        <translation>ACK：确认号有效。</translation>
    </message>
    <message>
        <source>URG: the urgent pointer is valid.</source>
        <translation>URG：紧急指针有效。</translation>
    </message>
    <message>
        <source>ECE: ECN echo; the network signalled congestion (on a SYN: ECN is supported).</source>
        <translation>ECE：ECN 回显；网络发出了拥塞信号（在 SYN 中表示支持 ECN）。</translation>
    </message>
    <message>
        <source>CWR: congestion window reduced; the sender reacted to an ECN echo.</source>
        <translation>CWR：拥塞窗口已减小；发送方已对 ECN 回显作出反应。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Who has %1? Tell %2</source>
        <translation>谁拥有 %1？请告诉 %2</translation>
    </message>
    <message>
        <source>%1 is at %2</source>
        <translation>%1 的 MAC 地址是 %2</translation>
    </message>
    <message>
        <source>ARP operation %1</source>
        <translation>ARP 操作 %1</translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation>&lt;无&gt;</translation>
    </message>
    <message>
        <source>%1 → %2 [%3] Seq=%4</source>
        <translation>%1 → %2 [%3] Seq=%4</translation>
    </message>
    <message>
        <source> Ack=%1</source>
        <translation> Ack=%1</translation>
    </message>
    <message>
        <source> Win=%1 Len=%2</source>
        <translation> Win=%1 Len=%2</translation>
    </message>
    <message>
        <source> MSS=%1</source>
        <translation> MSS=%1</translation>
    </message>
    <message>
        <source> SACK_PERM</source>
        <translation> SACK_PERM</translation>
    </message>
    <message>
        <source> TSval=%1 TSecr=%2</source>
        <translation> TSval=%1 TSecr=%2</translation>
    </message>
    <message>
        <source> WS=%1</source>
        <translation> WS=%1</translation>
    </message>
    <message>
        <source>%1 → %2 Len=%3</source>
        <translation>%1 → %2 Len=%3</translation>
    </message>
    <message>
        <source>%1 → %2 protocol %3, %4</source>
        <translation>%1 → %2 协议 %3，%4</translation>
    </message>
    <message>
        <source>EtherType %1, %2</source>
        <translation>EtherType %1，%2</translation>
    </message>
    <message>
        <source>Destination unreachable (Port unreachable)</source>
        <translation>目的不可达（端口不可达）</translation>
    </message>
    <message>
        <source>ICMP type %1 code %2</source>
        <translation>ICMP 类型 %1 代码 %2</translation>
    </message>
    <message>
        <source>1 (ICMP)</source>
        <translation>1 (ICMP)</translation>
    </message>
</context>
<context>
    <name>NetSteps::FrameCodec::Decoder</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Ethernet II header: %1 bytes captured, but the header needs 14.</source>
        <translation>Ethernet II 首部：只捕获到 %1 字节，但首部需要 14 字节。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>The MAC address of the interface this frame is for on this link; ff:ff:ff:ff:ff:ff means every station on the link.</source>
        <translation>本链路上该帧要送达的接口的 MAC 地址；ff:ff:ff:ff:ff:ff 表示链路上的所有站点。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>The MAC address of the interface that put this frame on the link.</source>
        <translation>把该帧发送到链路上的接口的 MAC 地址。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The EtherType: which protocol the frame carries (0x0800 IPv4, 0x0806 ARP).</source>
        <translation>EtherType（以太类型）：该帧承载的是哪种协议（0x0800 为 IPv4，0x0806 为 ARP）。</translation>
    </message>
    <message>
        <source>Ethernet II header: type field %1 is an IEEE 802.3 length, not an EtherType; NetSteps decodes Ethernet II frames only.</source>
        <translation>Ethernet II 首部：类型字段 %1 是 IEEE 802.3 长度，而不是 EtherType；NetSteps 只解码 Ethernet II 帧。</translation>
    </message>
    <message>
        <source>The bytes of a protocol that NetSteps does not decode.</source>
        <translation>NetSteps 不解码的某种协议的字节。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Bytes after the packet that only fill the frame up to Ethernet&apos;s minimum size; they carry nothing.</source>
        <translation>位于数据包之后、仅用于把帧填充到以太网最小长度的字节；它们不携带任何内容。</translation>
    </message>
    <message>
        <source>ARP packet: %1 bytes captured, but an Ethernet/IPv4 ARP packet needs 28.</source>
        <translation>ARP 数据包：只捕获到 %1 字节，但以太网/IPv4 的 ARP 数据包需要 28 字节。</translation>
    </message>
    <message>
        <source>ARP packet: hardware type %1 is not Ethernet (1).</source>
        <translation>ARP 数据包：硬件类型 %1 不是以太网（1）。</translation>
    </message>
    <message>
        <source>ARP packet: protocol type %1 is not IPv4 (0x0800).</source>
        <translation>ARP 数据包：协议类型 %1 不是 IPv4（0x0800）。</translation>
    </message>
    <message>
        <source>ARP packet: hardware size %1 is not the 6 bytes of a MAC address.</source>
        <translation>ARP 数据包：硬件地址长度 %1 不是 MAC 地址的 6 字节。</translation>
    </message>
    <message>
        <source>ARP packet: protocol size %1 is not the 4 bytes of an IPv4 address.</source>
        <translation>ARP 数据包：协议地址长度 %1 不是 IPv4 地址的 4 字节。</translation>
    </message>
    <message>
        <source>Hardware type</source>
        <translation>硬件类型</translation>
    </message>
    <message>
        <source>1 (Ethernet)</source>
        <translation>1（以太网）</translation>
    </message>
    <message>
        <source>The kind of link address the packet is about: 1 means Ethernet MAC addresses.</source>
        <translation>该数据包涉及的链路地址类型：1 表示以太网 MAC 地址。</translation>
    </message>
    <message>
        <source>Protocol type</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>0x0800 (IPv4)</source>
        <translation>0x0800 (IPv4)</translation>
    </message>
    <message>
        <source>The kind of network address the packet is about: 0x0800 means IPv4.</source>
        <translation>该数据包涉及的网络地址类型：0x0800 表示 IPv4。</translation>
    </message>
    <message>
        <source>Hardware size</source>
        <translation>硬件地址长度</translation>
    </message>
    <message>
        <source>The length of a MAC address in bytes.</source>
        <translation>MAC 地址的长度，单位为字节。</translation>
    </message>
    <message>
        <source>Protocol size</source>
        <translation>协议地址长度</translation>
    </message>
    <message>
        <source>The length of an IPv4 address in bytes.</source>
        <translation>IPv4 地址的长度，单位为字节。</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>操作码</translation>
    </message>
    <message>
        <source>What the packet does: 1 asks who has an IPv4 address (request), 2 answers (reply).</source>
        <translation>该数据包的作用：1 表示询问谁拥有某个 IPv4 地址（请求），2 表示回答（应答）。</translation>
    </message>
    <message>
        <source>Sender MAC address</source>
        <translation>发送方 MAC 地址</translation>
    </message>
    <message>
        <source>The MAC address of the host sending this packet; whoever receives it may cache it.</source>
        <translation>发送此数据包的主机的 MAC 地址；收到它的主机可以将其缓存。</translation>
    </message>
    <message>
        <source>Sender IP address</source>
        <translation>发送方 IP 地址</translation>
    </message>
    <message>
        <source>The IPv4 address of the sender, which goes with the sender MAC address.</source>
        <translation>发送方的 IPv4 地址，与发送方 MAC 地址相对应。</translation>
    </message>
    <message>
        <source>Target MAC address</source>
        <translation>目标 MAC 地址</translation>
    </message>
    <message>
        <source>Still unknown, so all zeros: this is the address the request asks for.</source>
        <translation>尚不知道，因此全为 0：这正是该请求要询问的地址。</translation>
    </message>
    <message>
        <source>The MAC address of the host that asked.</source>
        <translation>发出询问的主机的 MAC 地址。</translation>
    </message>
    <message>
        <source>Target IP address</source>
        <translation>目标 IP 地址</translation>
    </message>
    <message>
        <source>The IPv4 address whose MAC address the sender wants to know.</source>
        <translation>发送方想要知道其 MAC 地址的那个 IPv4 地址。</translation>
    </message>
    <message>
        <source>The IPv4 address of the host that asked.</source>
        <translation>发出询问的主机的 IPv4 地址。</translation>
    </message>
    <message>
        <source>IPv4 header: %1 bytes captured, but the header needs at least 20.</source>
        <translation>IPv4 首部：只捕获到 %1 字节，但首部至少需要 20 字节。</translation>
    </message>
    <message>
        <source>IPv4 header: version %1, but IPv4 is version 4.</source>
        <translation>IPv4 首部：版本为 %1，但 IPv4 的版本是 4。</translation>
    </message>
    <message>
        <source>IPv4 header: header length %1 bytes is below the minimum of 20.</source>
        <translation>IPv4 首部：首部长度 %1 字节，小于最小值 20 字节。</translation>
    </message>
    <message>
        <source>IPv4 header: header length %1 exceeds the %2 bytes captured.</source>
        <translation>IPv4 首部：首部长度 %1 超过了已捕获的 %2 字节。</translation>
    </message>
    <message>
        <source>IPv4 header: total length %1 is smaller than the header length %2.</source>
        <translation>IPv4 首部：总长度 %1 小于首部长度 %2。</translation>
    </message>
    <message>
        <source>IPv4 header: total length %1 exceeds the %2 bytes captured.</source>
        <translation>IPv4 首部：总长度 %1 超过了已捕获的 %2 字节。</translation>
    </message>
    <message>
        <source>IPv4 header: this packet is a fragment (offset %1 bytes); NetSteps does not reassemble fragments.</source>
        <translation>IPv4 首部：该数据包是一个分片（偏移 %1 字节）；NetSteps 不重组分片。</translation>
    </message>
    <message>
        <source>Version and header length</source>
        <translation>版本和首部长度</translation>
    </message>
    <message>
        <source>4, %1 bytes</source>
        <translation>4，%1 字节</translation>
    </message>
    <message>
        <source>IP version 4, and the header length in 32-bit words (5 words, 20 bytes, without options).</source>
        <translation>IP 版本 4，以及以 32 位字为单位的首部长度（无选项时为 5 个字，即 20 字节）。</translation>
    </message>
    <message>
        <source>Differentiated services</source>
        <translation>区分服务</translation>
    </message>
    <message>
        <source>A priority class (DSCP) and congestion-notification bits (ECN); 0 for ordinary traffic.</source>
        <translation>优先级类别（DSCP）和拥塞通知位（ECN）；普通流量为 0。</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>总长度</translation>
    </message>
    <message>
        <source>The length of the whole IPv4 packet, header and data, in bytes.</source>
        <translation>整个 IPv4 数据包（首部和数据）的长度，单位为字节。</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ties the fragments of one packet together; unused when the packet is never fragmented.</source>
        <translation>把同一个数据包的各个分片关联在一起；数据包从未分片时不使用。</translation>
    </message>
    <message>
        <source>Flags and fragment offset</source>
        <translation>标志和片偏移</translation>
    </message>
    <message>
        <source>%1 (Don&apos;t fragment)</source>
        <translation>%1（不分片）</translation>
    </message>
    <message>
        <source>Don&apos;t Fragment (DF) tells routers to drop the packet rather than split it; the offset says where a fragment belongs.</source>
        <translation>“不分片”（DF）位要求路由器宁可丢弃数据包也不要将其分片；片偏移指出一个分片在原数据包中的位置。</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>生存时间（TTL）</translation>
    </message>
    <message>
        <source>Hops left: each router subtracts 1 and drops the packet at 0, so a lost packet cannot circle forever.</source>
        <translation>剩余跳数：每个路由器将其减 1，减到 0 时丢弃该数据包，因此迷路的数据包不会永远兜圈子。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation>首部校验和</translation>
    </message>
    <message>
        <source>Detects damage to the IPv4 header; every router recomputes it after lowering the TTL.</source>
        <translation>用于检测 IPv4 首部是否损坏；每个路由器在减小 TTL 之后都会重新计算它。</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>The IPv4 address of the final receiver; routers forward the packet by it.</source>
        <translation>最终接收方的 IPv4 地址；路由器根据它转发数据包。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>IPv4 options, rarely used; NetSteps does not interpret them.</source>
        <translation>IPv4 选项，很少使用；NetSteps 不解析它们。</translation>
    </message>
    <message>
        <source>The data of a protocol above IPv4 that NetSteps does not decode.</source>
        <translation>IPv4 之上某种 NetSteps 不解码的协议的数据。</translation>
    </message>
    <message>
        <source>TCP header: the segment has %1 bytes, but the header needs at least 20.</source>
        <translation>TCP 首部：报文段只有 %1 字节，但首部至少需要 20 字节。</translation>
    </message>
    <message>
        <source>TCP header: data offset %1 bytes is below the minimum of 20.</source>
        <translation>TCP 首部：数据偏移 %1 字节，小于最小值 20 字节。</translation>
    </message>
    <message>
        <source>TCP header: data offset %1 bytes exceeds the %2-byte segment.</source>
        <translation>TCP 首部：数据偏移 %1 字节，超出了 %2 字节的报文段。</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>The sending program&apos;s port; with the two addresses and the other port it names the connection.</source>
        <translation>发送程序的端口；它与两个地址和另一个端口一起标识这条连接。</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>The receiving program&apos;s port, such as the port a server listens on.</source>
        <translation>接收程序的端口，例如服务端监听的端口。</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>The number of this segment&apos;s first data byte; a SYN or a FIN takes up one number too.</source>
        <translation>本报文段第一个数据字节的编号；SYN 或 FIN 也会占用一个序列号。</translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>The next sequence number the sender expects to receive: everything before it has arrived.</source>
        <translation>发送方期望收到的下一个序列号：在它之前的所有字节都已收到。</translation>
    </message>
    <message>
        <source>Not in use, because the ACK flag is not set.</source>
        <translation>未使用，因为没有设置 ACK 标志位。</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <source>%1 bytes (%2 words)</source>
        <translation>%1 字节（%2 个字）</translation>
    </message>
    <message>
        <source>The length of the TCP header in 32-bit words: 20 bytes plus the options.</source>
        <translation>以 32 位字为单位的 TCP 首部长度：20 字节加上选项。</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志位</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <source>Where urgent data ends, when the URG flag is set; almost never used.</source>
        <translation>在设置了 URG 标志位时，指出紧急数据在哪里结束；几乎从不使用。</translation>
    </message>
    <message>
        <source>The application&apos;s bytes; the next sequence number from this side moves on by their count.</source>
        <translation>应用程序的字节；本方的下一个序列号会按其字节数向前推进。</translation>
    </message>
    <message>
        <source>End of option list</source>
        <translation>选项列表结束</translation>
    </message>
    <message>
        <source>The options end here; the bytes up to the header length are padding.</source>
        <translation>选项到此结束；从这里到首部长度为止的字节都是填充。</translation>
    </message>
    <message>
        <source>No-operation</source>
        <translation>无操作</translation>
    </message>
    <message>
        <source>A filler byte that lines the next option up on a 4-byte boundary.</source>
        <translation>一个填充字节，使下一个选项对齐到 4 字节边界。</translation>
    </message>
    <message>
        <source>TCP options: option kind %1 at byte %2 has no length byte.</source>
        <translation>TCP 选项：位于字节 %2 处的选项类型 %1 没有长度字节。</translation>
    </message>
    <message>
        <source>TCP options: option kind %1 has length %2, but a length is at least 2.</source>
        <translation>TCP 选项：选项类型 %1 的长度为 %2，但长度至少为 2。</translation>
    </message>
    <message>
        <source>TCP options: option kind %1 with length %2 runs past the end of the header.</source>
        <translation>TCP 选项：长度为 %2 的选项类型 %1 超出了首部末尾。</translation>
    </message>
    <message>
        <source>TCP options: the %1 option has length %2, but it must be %3.</source>
        <translation>TCP 选项：%1 选项的长度为 %2，但必须为 %3。</translation>
    </message>
    <message>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <source>Maximum segment size</source>
        <translation>最大报文段长度</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>The largest block of data this side wants to receive in one segment.</source>
        <translation>本方希望在一个报文段中接收的最大数据块。</translation>
    </message>
    <message>
        <source>window scale</source>
        <translation>窗口缩放</translation>
    </message>
    <message>
        <source>Window scale</source>
        <translation>窗口缩放</translation>
    </message>
    <message>
        <source>%1 (multiply by %2)</source>
        <translation>%1（乘以 %2）</translation>
    </message>
    <message>
        <source>The other side is to multiply this side&apos;s window field by 2 to this power.</source>
        <translation>对方应把本方的窗口字段乘以 2 的该次幂。</translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation>允许 SACK</translation>
    </message>
    <message>
        <source>This side can acknowledge blocks that arrived after a gap (selective acknowledgment).</source>
        <translation>本方能够确认在缺口之后到达的数据块（选择确认）。</translation>
    </message>
    <message>
        <source>SACK</source>
        <translation>SACK</translation>
    </message>
    <message>
        <source>Blocks of data that arrived after a gap, so that only the gap is sent again.</source>
        <translation>在缺口之后到达的数据块，这样只需重发缺口部分。</translation>
    </message>
    <message>
        <source>timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>TSval %1, TSecr %2</source>
        <translation>TSval %1，TSecr %2</translation>
    </message>
    <message>
        <source>The sender&apos;s clock (TSval) and the last clock value it received (TSecr), for measuring the round-trip time.</source>
        <translation>发送方的时钟值（TSval）和它最近收到的时钟值（TSecr），用于测量往返时间。</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <source>An option NetSteps does not interpret; its length lets a receiver skip it.</source>
        <translation>NetSteps 不解析的选项；接收方可根据其长度跳过它。</translation>
    </message>
    <message>
        <source>UDP header: the datagram has %1 bytes, but the header needs 8.</source>
        <translation>UDP 首部：数据报只有 %1 字节，但首部需要 8 字节。</translation>
    </message>
    <message>
        <source>UDP header: length %1 is below the 8 bytes of the header.</source>
        <translation>UDP 首部：长度 %1 小于首部的 8 字节。</translation>
    </message>
    <message>
        <source>UDP header: length %1 does not match the %2 bytes that IPv4 carries for it.</source>
        <translation>UDP 首部：长度 %1 与 IPv4 为其承载的 %2 字节不一致。</translation>
    </message>
    <message>
        <source>The sending program&apos;s port, where an answer should go.</source>
        <translation>发送程序的端口，应答应发往这里。</translation>
    </message>
    <message>
        <source>The receiving program&apos;s port, such as the port a server is bound to.</source>
        <translation>接收程序的端口，例如服务端绑定的端口。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>The length of the UDP header and data in bytes.</source>
        <translation>UDP 首部和数据的长度，单位为字节。</translation>
    </message>
    <message>
        <source>The application&apos;s datagram, delivered whole or not at all.</source>
        <translation>应用程序的数据报，要么完整交付，要么完全不交付。</translation>
    </message>
    <message>
        <source>The IPv4 address of the sending host; routers forward the packet without changing it (unless one translates addresses, NAT).</source>
        <translation>发送主机的 IPv4 地址；路由器转发数据包时不会改变它（除非某个路由器进行地址转换，即 NAT）。</translation>
    </message>
    <message>
        <source>How many more bytes the sender of this segment is ready to receive; in a SYN this is never scaled.</source>
        <translation>本报文段的发送方还准备接收多少字节；在 SYN 中，该值从不缩放。</translation>
    </message>
    <message>
        <source>How many more bytes the sender of this segment is ready to receive, times the window scale factor if both SYNs carried the window scale option.</source>
        <translation>本报文段的发送方还准备接收多少字节；如果双方的 SYN 都携带了窗口缩放选项，还要乘以窗口缩放因子。</translation>
    </message>
    <message>
        <source>Covers the TCP header, the data and a pseudo-header (the two IP addresses, the protocol number and the TCP length), so a damaged or misdelivered segment is noticed.</source>
        <translation>校验范围包括 TCP 首部、数据和伪首部（两个 IP 地址、协议号和 TCP 长度），因此能发现损坏或被错误投递的报文段。</translation>
    </message>
    <message>
        <source>Covers the UDP header, the data and a pseudo-header (the two IP addresses, the protocol number and the UDP length); 0 would mean no checksum was computed.</source>
        <translation>校验范围包括 UDP 首部、数据和伪首部（两个 IP 地址、协议号和 UDP 长度）；若为 0，则表示没有计算校验和。</translation>
    </message>
    <message>
        <source>The address the request asks for; a request normally leaves it all zeros.</source>
        <translation>请求要查询的地址；请求中通常将其置为全零。</translation>
    </message>
    <message>
        <source>Which protocol the data is for: 6 is TCP, 17 is UDP, 1 is ICMP.</source>
        <translation>数据交给哪个协议：6 是 TCP，17 是 UDP，1 是 ICMP。</translation>
    </message>
    <message>
        <source>0 (echo reply)</source>
        <translation>0（回显应答）</translation>
    </message>
    <message>
        <source>3 (destination unreachable)</source>
        <translation>3（目的不可达）</translation>
    </message>
    <message>
        <source>8 (echo request)</source>
        <translation>8（回显请求）</translation>
    </message>
    <message>
        <source>11 (time exceeded)</source>
        <translation>11（超时）</translation>
    </message>
    <message>
        <source>0 (net unreachable)</source>
        <translation>0（网络不可达）</translation>
    </message>
    <message>
        <source>1 (host unreachable)</source>
        <translation>1（主机不可达）</translation>
    </message>
    <message>
        <source>2 (protocol unreachable)</source>
        <translation>2（协议不可达）</translation>
    </message>
    <message>
        <source>3 (port unreachable)</source>
        <translation>3（端口不可达）</translation>
    </message>
    <message>
        <source>4 (fragmentation needed)</source>
        <translation>4（需要分片）</translation>
    </message>
    <message>
        <source>ICMP header: the message has %1 bytes, but the header needs 8.</source>
        <translation>ICMP 首部：报文只有 %1 字节，但首部需要 8 字节。</translation>
    </message>
    <message>
        <source>What the message reports: 3 says a packet could not be delivered, 0 and 8 are ping&apos;s reply and request.</source>
        <translation>报文要报告的内容：3 表示有数据包无法交付，0 和 8 分别是 ping 的应答和请求。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Why it could not be delivered: 3, port unreachable, means the host got the datagram but no socket is bound to its destination port.</source>
        <translation>无法交付的原因：3 即端口不可达，表示主机收到了数据报，但没有套接字绑定到它的目的端口。</translation>
    </message>
    <message>
        <source>Refines the type.</source>
        <translation>对类型的进一步细分。</translation>
    </message>
    <message>
        <source>Covers the whole ICMP message: header and data, without a pseudo-header.</source>
        <translation>校验范围是整个 ICMP 报文：首部和数据，不含伪首部。</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未用</translation>
    </message>
    <message>
        <source>Rest of header</source>
        <translation>首部其余部分</translation>
    </message>
    <message>
        <source>Zero in a Destination Unreachable (but &quot;fragmentation needed&quot;, which puts the next hop&apos;s MTU here).</source>
        <translation>在目的不可达报文中为 0（“需要分片”除外，此时这里存放下一跳的 MTU）。</translation>
    </message>
    <message>
        <source>Depends on the type: an identifier and a sequence number for ping.</source>
        <translation>取决于类型：对 ping 来说是标识符和序号。</translation>
    </message>
    <message>
        <source>The data of the ICMP message.</source>
        <translation>ICMP 报文的数据。</translation>
    </message>
    <message>
        <source>Quoted datagram</source>
        <translation>引用的数据报</translation>
    </message>
    <message>
        <source>The start of the packet that could not be delivered: its IPv4 header and at least 8 bytes of its data (RFC 792), the UDP or TCP ports among them. Linux quotes up to 548 bytes.</source>
        <translation>无法交付的那个数据包的开头部分：它的 IPv4 首部和至少 8 字节数据（RFC 792），其中包括 UDP 或 TCP 端口。Linux 最多引用 548 字节。</translation>
    </message>
    <message>
        <source>IPv4 %1 → %2</source>
        <translation>IPv4 %1 → %2</translation>
    </message>
    <message>
        <source>, %1 %2 → %3</source>
        <translation>，%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>NetSteps::InspectorWidget</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>No frame selected: click a frame on the stage.</source>
        <translation>未选择帧：请在演示区中点击一个帧。</translation>
    </message>
</context>
<context>
    <name>NetSteps::Ipv4Address</name>
    <message>
        <source>The address is empty; write four numbers 0-255 separated by dots, such as 192.168.1.10.</source>
        <translation>地址为空；请写出用点分隔的四个 0-255 之间的数，例如 192.168.1.10。</translation>
    </message>
    <message>
        <source>Octet %1 contains &apos;%2&apos;; only the digits 0-9 are allowed.</source>
        <translation>第 %1 段包含“%2”；只允许使用数字 0-9。</translation>
    </message>
    <message>
        <source>Octet %1 is missing; an IPv4 address has four octets.</source>
        <translation>缺少第 %1 段；IPv4 地址有四段。</translation>
    </message>
    <message>
        <source>Octet %1 is %2, which is over 255.</source>
        <translation>第 %1 段为 %2，超过了 255。</translation>
    </message>
    <message>
        <source>Octet %1 is %2, which has more than three digits.</source>
        <translation>第 %1 段为 %2，超过了三位数字。</translation>
    </message>
    <message>
        <source>The address ends after %1 octet(s); an IPv4 address has four.</source>
        <translation>地址只有 %1 段就结束了；IPv4 地址有四段。</translation>
    </message>
    <message>
        <source>Octet %1 is followed by &apos;%2&apos;; octets are separated by dots.</source>
        <translation>第 %1 段后面是“%2”；各段之间应该用点分隔。</translation>
    </message>
    <message>
        <source>Unexpected text after the fourth octet: &apos;%1&apos;.</source>
        <translation>第四段之后有多余的文本：“%1”。</translation>
    </message>
</context>
<context>
    <name>NetSteps::KernelTcpView</name>
    <message>
        <source>Line %1 ends at column %2, before the %3 column; a socket line has at least ten columns.</source>
        <translation>第 %1 行在第 %2 列就结束了，还没到 %3 列；一行套接字记录至少有十列。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the slot number &apos;%3&apos; should be a decimal number followed by &apos;:&apos;.</source>
        <translation>第 %1 行第 %2 列：槽位号“%3”应为十进制数后跟“:”。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the %3 &apos;%4&apos; should be 8 hexadecimal digits, &apos;:&apos; and 4 hexadecimal digits (such as 0100007F:1F90).</source>
        <translation>第 %1 行第 %2 列：%3 字段“%4”应为 8 位十六进制数字、“:”和 4 位十六进制数字（例如 0100007F:1F90）。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the state &apos;%3&apos; should be two hexadecimal digits.</source>
        <translation>第 %1 行第 %2 列：状态“%3”应为两位十六进制数字。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 is not a number Linux uses for a TCP state (01 to 0C).</source>
        <translation>第 %1 行第 %2 列：%3 不是 Linux 用来表示 TCP 状态的数字（01 到 0C）。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the queue sizes &apos;%3&apos; should be two hexadecimal numbers joined by &apos;:&apos; (tx_queue:rx_queue).</source>
        <translation>第 %1 行第 %2 列：队列长度“%3”应为用“:”连接的两个十六进制数（tx_queue:rx_queue）。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the timer &apos;%3&apos; should be two hexadecimal numbers joined by &apos;:&apos; (tr:tm-&gt;when).</source>
        <translation>第 %1 行第 %2 列：计时器“%3”应为用“:”连接的两个十六进制数（tr:tm-&gt;when）。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the retransmission count &apos;%3&apos; should be a hexadecimal number.</source>
        <translation>第 %1 行第 %2 列：重传次数“%3”应为十六进制数。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the %3 &apos;%4&apos; should be a decimal number.</source>
        <translation>第 %1 行第 %2 列：%3 字段“%4”应为十进制数。</translation>
    </message>
    <message>
        <source>Line 1 should be the header of /proc/net/tcp, starting with &quot;sl local_address rem_address&quot;; it starts with &apos;%1&apos;.</source>
        <translation>第 1 行应为 /proc/net/tcp 的表头，以“sl local_address rem_address”开头；但它以“%1”开头。</translation>
    </message>
    <message>
        <source>The socket list is empty; /proc/net/tcp starts with a header line &quot;sl local_address rem_address ...&quot;.</source>
        <translation>套接字列表为空；/proc/net/tcp 应以表头行“sl local_address rem_address ...”开头。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabCallLogModel</name>
    <message>
        <source>Linux / Windows: %1</source>
        <translation>Linux / Windows：%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds since the lab started</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>The listening socket, or a UDP socket: no connection of its own</source>
        <translation>监听套接字或 UDP 套接字：没有属于自己的连接</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>调用方</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>When the call returned, since the lab started</source>
        <translation>调用返回的时间，从实验开始算起</translation>
    </message>
    <message>
        <source>The connection the call acted on (the number in the connections table)</source>
        <translation>该调用所作用的连接（即连接表中的编号）</translation>
    </message>
    <message>
        <source>Whose program made the call: NetSteps&apos; server or NetSteps&apos; client</source>
        <translation>由谁的程序发起调用：NetSteps 的服务端还是 NetSteps 的客户端</translation>
    </message>
    <message>
        <source>The socket call, as the course writes it</source>
        <translation>套接字调用，按课程中的写法</translation>
    </message>
    <message>
        <source>What the call returned, or the error it raised</source>
        <translation>调用的返回值，或它抛出的错误</translation>
    </message>
    <message>
        <source>The line of Python that makes the same call</source>
        <translation>发起同一调用的 Python 代码行</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>代理</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabConnectionsModel</name>
    <message>
        <source>NetSteps serves</source>
        <translation>NetSteps 作服务端</translation>
    </message>
    <message>
        <source>NetSteps connects</source>
        <translation>NetSteps 作客户端</translation>
    </message>
    <message>
        <source>no state (UDP)</source>
        <translation>无状态（UDP）</translation>
    </message>
    <message>
        <source>TIME-WAIT (%1 s)</source>
        <comment>the kernel&apos;s TIME-WAIT countdown</comment>
        <translation>TIME-WAIT（%1 s）</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>NetSteps&apos; server accepted this connection from %1.</source>
        <translation>NetSteps 的服务端接受了来自 %1 的这条连接。</translation>
    </message>
    <message>
        <source>NetSteps&apos; client connected from %1 to %2.</source>
        <translation>NetSteps 的客户端从 %1 连接到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) received</source>
        <translation>
            <numerusform>已接收 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>已发送 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the row to follow this connection on the ladder and the state diagram.</source>
        <translation>选中这一行，即可在时序图和状态图上跟踪这条连接。</translation>
    </message>
    <message>
        <source>UDP has no connection to draw on the ladder: its datagrams are in the call log.</source>
        <translation>UDP 没有连接可以画在时序图上：它的数据报都在调用记录中。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输协议</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本端</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>模型状态</translation>
    </message>
    <message>
        <source>Kernel state</source>
        <translation>内核状态</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>接收字节</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>发送字节</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>The connection&apos;s number, in the order NetSteps saw them</source>
        <translation>连接编号，按 NetSteps 看到它们的先后顺序排列</translation>
    </message>
    <message>
        <source>TCP (a connection, a byte stream) or UDP (datagrams to one peer)</source>
        <translation>TCP（一条连接、一个字节流）或 UDP（发给同一对端的数据报）</translation>
    </message>
    <message>
        <source>Whether NetSteps is the server of this connection or its client</source>
        <translation>NetSteps 在这条连接中是服务端还是客户端</translation>
    </message>
    <message>
        <source>NetSteps&apos; own address and port on this connection (getsockname())</source>
        <translation>NetSteps 自己在这条连接上的地址和端口（getsockname()）</translation>
    </message>
    <message>
        <source>The other program&apos;s address and port (the addr accept() returned, or where connect() went)</source>
        <translation>另一个程序的地址和端口（accept() 返回的 addr，或 connect() 连接的目标）</translation>
    </message>
    <message>
        <source>The state of NetSteps&apos; side in the model, after the last call it saw</source>
        <translation>模型中 NetSteps 这一方的状态，以它看到的最后一次调用为准</translation>
    </message>
    <message>
        <source>The state the kernel reports for the same socket, read while it lasts</source>
        <translation>内核为同一个套接字报告的状态，在套接字存在期间读取</translation>
    </message>
    <message>
        <source>Bytes NetSteps received on it</source>
        <translation>NetSteps 在这条连接上接收的字节数</translation>
    </message>
    <message>
        <source>Bytes NetSteps sent on it</source>
        <translation>NetSteps 在这条连接上发送的字节数</translation>
    </message>
    <message>
        <source>Who closed it, and how NetSteps saw it</source>
        <translation>由谁关闭了连接，以及 NetSteps 是如何察觉的</translation>
    </message>
    <message>
        <source>TIME-WAIT (%1 s)</source>
        <translation>TIME-WAIT（%1 s）</translation>
    </message>
    <message>
        <source>proxy: your client&apos;s side</source>
        <translation>代理：你的客户端一侧</translation>
    </message>
    <message>
        <source>proxy: to the server</source>
        <translation>代理：通往服务端一侧</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabEvent</name>
    <message numerus="yes">
        <source>opened %1 %2 → %3 (%n connection(s) open)</source>
        <translation>
            <numerusform>已打开 %1 %2 → %3（当前共 %n 个连接）</numerusform>
        </translation>
    </message>
    <message>
        <source>the client closed its side (recv() returned 0, EOF), so the server closed too</source>
        <translation>客户端关闭了自己一侧（recv() 返回 0，即 EOF），因此服务端也随之关闭</translation>
    </message>
    <message>
        <source>the client sent exit; the server closed first, so its side waits in TIME-WAIT</source>
        <translation>客户端发送了 exit；服务端先关闭，因此服务端一侧在 TIME-WAIT 中等待</translation>
    </message>
    <message>
        <source>reset by the client (%1)</source>
        <translation>被客户端复位（%1）</translation>
    </message>
    <message numerus="yes">
        <source>refused: the cap of %n concurrent connection(s) is reached (--max-conn)</source>
        <translation>
            <numerusform>已拒绝：已达到 %n 个并发连接的上限（--max-conn）</numerusform>
        </translation>
    </message>
    <message>
        <source>the client is not reading: more than %1 KiB of replies waited for it</source>
        <translation>客户端没有读取数据：等待它读取的回复已超过 %1 KiB</translation>
    </message>
    <message>
        <source>the client left its last replies unread for too long</source>
        <translation>客户端太久没有读取最后的回复</translation>
    </message>
    <message>
        <source>the server is stopping</source>
        <translation>服务端正在停止</translation>
    </message>
    <message>
        <source>a socket call failed (%1)</source>
        <translation>一次套接字调用失败（%1）</translation>
    </message>
    <message>
        <source>closed %1 %2: %3</source>
        <translation>已关闭 %1 %2：%3</translation>
    </message>
    <message>
        <source>closed %1 %2: %3 (%4 read(s), %5 byte(s) in, %6 byte(s) out)</source>
        <translation>已关闭 %1 %2：%3（读取 %4 次，收到 %5 字节，发出 %6 字节）</translation>
    </message>
    <message>
        <source>datagram %1 %2 → %3: %4 byte(s) in, %5 byte(s) out</source>
        <translation>数据报 %1 %2 → %3：收到 %4 字节，发出 %5 字节</translation>
    </message>
    <message>
        <source>datagrams %1 %2: %3 more in the last second (%4 byte(s) in, %5 byte(s) out), counted rather than logged one by one</source>
        <translation>数据报 %1 %2：过去一秒内又有 %3 个（收到 %4 字节，发出 %5 字节），只计数，不逐条记录</translation>
    </message>
    <message>
        <source>warning %1 %2: %3</source>
        <translation>警告 %1 %2：%3</translation>
    </message>
    <message>
        <source>stopped %1 %2</source>
        <translation>已停止 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>stopped %1 %2: %n connection(s) closed</source>
        <translation>
            <numerusform>已停止 %1 %2：关闭了 %n 个连接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetSteps::LabNative</name>
    <message>
        <source>The lab&apos;s TCP server is not available on this system (%1) yet.</source>
        <translation>实验用 TCP 服务端暂不支持此系统（%1）。</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabProxy</name>
    <message>
        <source>could not watch the socket</source>
        <translation>无法监视该套接字</translation>
    </message>
    <message>
        <source>could not watch the connection from %1; closed it</source>
        <translation>无法监视来自 %1 的连接，已将其关闭</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabProxyEvent</name>
    <message>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>server leg %1 → %2 for client %3</source>
        <translation>客户端 %3 的服务端一侧 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>opened client %1 → %2: accept(), the handshake is done (%n connection(s) open)</source>
        <translation>
            <numerusform>已打开 客户端 %1 → %2：accept()，握手已完成（当前共 %n 个连接）</numerusform>
        </translation>
    </message>
    <message>
        <source>opened %1: connect() finished, the handshake is done</source>
        <translation>已打开 %1：connect() 已返回，握手已完成</translation>
    </message>
    <message>
        <source>connecting %1: connect() sent the SYN</source>
        <translation>正在连接 %1：connect() 已发出 SYN</translation>
    </message>
    <message numerus="yes">
        <source>data client %1 → server: %n byte(s) %2</source>
        <translation>
            <numerusform>数据 客户端 %1 → 服务端：%n 字节 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data server → client %1: %n byte(s) %2</source>
        <translation>
            <numerusform>数据 服务端 → 客户端 %1：%n 字节 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>eof %1: recv() returned 0, %2 sent FIN and will send no more</source>
        <translation>EOF %1：recv() 返回 0，%2发送了 FIN，不会再发送数据</translation>
    </message>
    <message>
        <source>shutdown %1: shutdown(SHUT_WR) sent FIN, passing on the FIN of %2</source>
        <translation>半关闭 %1：shutdown(SHUT_WR) 发出了 FIN，以转发%2的 FIN</translation>
    </message>
    <message>
        <source>paused %1: %2 does not read as fast as %3 sends, %4 KiB wait for it; the proxy reads from %3 only once %2 has caught up (TCP flow control, as without the proxy)</source>
        <translation>暂停 %1：%2读取的速度跟不上%3发送的速度，有 %4 KiB 数据在等它读取；要等%2赶上，代理才会再从%3读取（TCP 流量控制，与没有代理时一样）</translation>
    </message>
    <message>
        <source>resumed %1: %2 caught up (%3 KiB wait for it); the proxy reads from %4 again</source>
        <translation>恢复 %1：%2已经赶上（还有 %3 KiB 数据在等它读取）；代理重新从%4读取</translation>
    </message>
    <message>
        <source>%1 closed first; both sides have sent FIN</source>
        <translation>%1先关闭；双方都已发送 FIN</translation>
    </message>
    <message>
        <source>%1 closed after %2; both sides have sent FIN</source>
        <translation>%1在%2之后关闭；双方都已发送 FIN</translation>
    </message>
    <message>
        <source>reset by %1 (%2)</source>
        <translation>被%1复位（%2）</translation>
    </message>
    <message>
        <source>reset by the proxy (SO_LINGER 0, then close()) to pass on what happened to the other leg</source>
        <translation>被代理重置（先设 SO_LINGER 0，再 close()），以转达另一侧发生的情况</translation>
    </message>
    <message>
        <source>connection refused (%1): nothing listens on %2</source>
        <translation>连接被拒绝（%1）：%2 上没有程序在监听</translation>
    </message>
    <message>
        <source>no route to host (%1)</source>
        <translation>没有到达主机的路由（%1）</translation>
    </message>
    <message>
        <source>network is unreachable (%1)</source>
        <translation>网络不可达（%1）</translation>
    </message>
    <message>
        <source>connection timed out (%1): the SYNs went unanswered</source>
        <translation>连接超时（%1）：发出的 SYN 都没有得到应答</translation>
    </message>
    <message numerus="yes">
        <source>closed %1: refused: the cap of %n concurrent connection(s) is reached (--max-conn)</source>
        <translation>
            <numerusform>已关闭 %1：已拒绝：已达到 %n 个并发连接的上限（--max-conn）</numerusform>
        </translation>
    </message>
    <message>
        <source>the proxy is stopping</source>
        <translation>代理正在停止</translation>
    </message>
    <message>
        <source>a socket call failed (%1)</source>
        <translation>一次套接字调用失败（%1）</translation>
    </message>
    <message>
        <source>closed %1: %2 (%3 read(s), %4 byte(s) in, %5 byte(s) out)</source>
        <translation>已关闭 %1：%2（读取 %3 次，收到 %4 字节，发出 %5 字节）</translation>
    </message>
    <message>
        <source>warning tcp %1: %2</source>
        <translation>警告 tcp %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>stopped tcp %1: %n connection(s) closed</source>
        <translation>
            <numerusform>已停止 tcp %1：关闭了 %n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [kernel: %2]</source>
        <translation>%1 [内核：%2]</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabProxyGroup</name>
    <message>
        <source>Proxy: watch your own programs</source>
        <translation>代理：观察你自己的程序</translation>
    </message>
    <message>
        <source>NetSteps listens on a port and passes every connection on to the server you name. Point your client at the proxy&apos;s port: both halves of its conversation appear in the table and on the diagrams.</source>
        <translation>NetSteps 在一个端口上监听，并把每个连接转发给你指定的服务端。让你的客户端连接代理的端口：这次通信的两段连接都会出现在表格和图中。</translation>
    </message>
    <message>
        <source>Listen o&amp;n port:</source>
        <translation>监听端口(&amp;N)：</translation>
    </message>
    <message>
        <source>0 (any free)</source>
        <translation>0（任一空闲端口）</translation>
    </message>
    <message>
        <source>For&amp;ward to:</source>
        <translation>转发到(&amp;W)：</translation>
    </message>
    <message>
        <source>The server&apos;s IPv4 address, in dotted decimal such as 127.0.0.1</source>
        <translation>服务端的 IPv4 地址，用点分十进制书写，例如 127.0.0.1</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>The proxy stopped; its connections were closed.</source>
        <translation>代理已停止，它的连接都已关闭。</translation>
    </message>
    <message>
        <source>Forward to: %1</source>
        <translation>转发到：%1</translation>
    </message>
    <message>
        <source>Stop pro&amp;xy</source>
        <translation>停止代理(&amp;X)</translation>
    </message>
    <message>
        <source>Start pro&amp;xy</source>
        <translation>启动代理(&amp;X)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Start the proxy, then point your client at its port</source>
        <translation>先启动代理，再让你的客户端连接它的端口</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabSession</name>
    <message>
        <source>UDP has no connection, and so no connection state.</source>
        <translation>UDP 没有连接，因此也没有连接状态。</translation>
    </message>
    <message>
        <source>the datagram could not be sent</source>
        <translation>数据报无法发送</translation>
    </message>
    <message>
        <source>The kernel&apos;s state is read for connections on 127.0.0.1 only.</source>
        <translation>只读取 127.0.0.1 上的连接在内核中的状态。</translation>
    </message>
    <message>
        <source>The kernel no longer lists this connection: it is gone.</source>
        <translation>内核已不再列出这条连接：它已经不存在了。</translation>
    </message>
    <message>
        <source>recv() failed: %1</source>
        <translation>recv() 失败：%1</translation>
    </message>
    <message>
        <source>Type a message first: an empty send() sends nothing.</source>
        <translation>请先输入一条消息：空的 send() 什么也不会发送。</translation>
    </message>
    <message>
        <source>The message has %1 bytes; the lab sends at most %2 at a time.</source>
        <translation>这条消息有 %1 字节；实验每次最多发送 %2 字节。</translation>
    </message>
    <message>
        <source>The client is not connected: connect it first.</source>
        <translation>客户端尚未连接：请先连接。</translation>
    </message>
    <message>
        <source>The last sendall() is still handing its bytes to the kernel; wait for it to finish.</source>
        <translation>上一次 sendall() 还在把它的字节交给内核，请等它完成。</translation>
    </message>
    <message>
        <source>NetSteps&apos; client called close()</source>
        <translation>NetSteps 的客户端调用了 close()</translation>
    </message>
    <message>
        <source>This process may open only %1 descriptors (hard limit %2), so fewer than %3 connections can be open at once.</source>
        <translation>本进程最多只能打开 %1 个描述符（硬限制 %2），因此同时打开的连接会少于 %3 个。</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabTcpServer</name>
    <message>
        <source>TCP %1 is already in use (%2): another program listens on that port. Choose another port, or 0 for any free one.</source>
        <translation>TCP %1 已被占用（%2）：另一个程序正在监听该端口。请换一个端口，或用 0 让系统任选一个空闲端口。</translation>
    </message>
    <message>
        <source>TCP %1: permission denied (%2). Ports below 1024 need root or the CAP_NET_BIND_SERVICE capability; choose a port from 1024 up.</source>
        <translation>TCP %1：权限不足（%2）。使用 1024 以下的端口需要 root 权限或 CAP_NET_BIND_SERVICE 能力；请选择 1024 及以上的端口。</translation>
    </message>
    <message>
        <source>TCP %1: %2 is not an address of this machine (%3).</source>
        <translation>TCP %1：%2 不是本机的地址（%3）。</translation>
    </message>
    <message>
        <source>TCP %1: could not listen (%2).</source>
        <translation>TCP %1：无法监听（%2）。</translation>
    </message>
    <message>
        <source>TCP %1: could not watch the listening socket.</source>
        <translation>TCP %1：无法监视监听套接字。</translation>
    </message>
    <message>
        <source>accept() failed: no descriptor left (%1); new connections wait in the kernel&apos;s queue until some close</source>
        <translation>accept() 失败：文件描述符已用尽（%1）；新连接会在内核的队列中等待，直到有连接关闭</translation>
    </message>
    <message>
        <source>accept() failed (%1)</source>
        <translation>accept() 失败（%1）</translation>
    </message>
    <message>
        <source>could not watch the connection from %1; closed it</source>
        <translation>无法监视来自 %1 的连接，已将其关闭</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabTrace</name>
    <message>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>%1 acted before the connection was established</source>
        <translation>%1在连接建立之前就有了动作</translation>
    </message>
    <message>
        <source>%1 of %2 does not apply in %3</source>
        <translation>%2的 %1 在 %3 状态下不适用</translation>
    </message>
    <message>
        <source>the end of TIME-WAIT</source>
        <translation>TIME-WAIT 结束</translation>
    </message>
    <message>
        <source>the connection was established twice</source>
        <translation>连接被建立了两次</translation>
    </message>
    <message>
        <source>The model cannot follow this connection further: %1.</source>
        <translation>模型无法继续跟踪这条连接：%1。</translation>
    </message>
    <message>
        <source>the handshake did not complete in the model</source>
        <translation>模型中的握手没有完成</translation>
    </message>
    <message>
        <source>The client and the server have the same address and port.</source>
        <translation>客户端和服务端的地址与端口完全相同。</translation>
    </message>
</context>
<context>
    <name>NetSteps::LabUdpServer</name>
    <message>
        <source>UDP %1 is already in use (%2): another program is bound to that port. Choose another port, or 0 for any free one.</source>
        <translation>UDP %1 已被占用（%2）：另一个程序已绑定该端口。请换一个端口，或用 0 让系统任选一个空闲端口。</translation>
    </message>
    <message>
        <source>UDP %1: permission denied (%2). Ports below 1024 need root or the CAP_NET_BIND_SERVICE capability; choose a port from 1024 up.</source>
        <translation>UDP %1：权限不足（%2）。使用 1024 以下的端口需要 root 权限或 CAP_NET_BIND_SERVICE 能力；请选择 1024 及以上的端口。</translation>
    </message>
    <message>
        <source>UDP %1: %2 is not an address of this machine (%3).</source>
        <translation>UDP %1：%2 不是本机的地址（%3）。</translation>
    </message>
    <message>
        <source>UDP %1: could not bind (%2).</source>
        <translation>UDP %1：无法绑定（%2）。</translation>
    </message>
</context>
<context>
    <name>NetSteps::LadderView</name>
    <message>
        <source>Ladder diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>TIME-WAIT
2MSL %1 s left · Linux %2 s left</source>
        <translation>TIME-WAIT
2MSL 剩余 %1 s · Linux 剩余 %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>endpoint: its TIME-WAIT timer</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 timer</source>
        <comment>a timer that expired</comment>
        <translation>%1计时器</translation>
    </message>
    <message>
        <source>(outside TCP)</source>
        <translation>（TCP 之外）</translation>
    </message>
    <message>
        <source>%1 → EADDRINUSE</source>
        <comment>a bind() that failed</comment>
        <translation>%1 → EADDRINUSE</translation>
    </message>
    <message>
        <source>%1 → OK</source>
        <comment>a bind() that succeeded</comment>
        <translation>%1 → 成功</translation>
    </message>
    <message>
        <source>Real segment, captured on loopback during step %1:
%2</source>
        <translation>真实报文段，第 %1 步期间在回环接口上抓到：
%2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more real segment(s) in this step</source>
        <translation>
            <numerusform>本步还有 %n 个真实报文段</numerusform>
        </translation>
    </message>
    <message>
        <source>real segments, as captured on loopback</source>
        <translation>真实报文段（在回环接口上抓到）</translation>
    </message>
    <message>
        <source>accept queue %1/%2</source>
        <comment>connections waiting for accept() / the most the queue holds</comment>
        <translation>全连接队列 %1/%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>endpoint: its state</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <comment>accept() returned a connection</comment>
        <translation>%1 返回了 %2</translation>
    </message>
    <message>
        <source>dropped: queue full</source>
        <comment>a segment the listener&apos;s full accept queue dropped</comment>
        <translation>丢弃：队列已满</translation>
    </message>
    <message>
        <source>dropped:
queue full</source>
        <comment>the same on two lines, where one is too wide</comment>
        <translation>丢弃：
队列已满</translation>
    </message>
    <message>
        <source>The accept queue of the %1 was full: the kernel dropped this segment without an answer.</source>
        <translation>%1的全连接队列已满：内核丢弃了这个报文段，未作任何应答。</translation>
    </message>
    <message>
        <source>SYN queue %1</source>
        <comment>half-open connections</comment>
        <translation>半连接队列 %1</translation>
    </message>
    <message>
        <source>Accept queue (backlog %1, holds at most %2): %3
SYN queue: %4</source>
        <translation>全连接队列（backlog %1，最多容纳 %2 个）：%3
半连接队列：%4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>UDP: no state</source>
        <comment>a UDP socket, where a TCP state would be written</comment>
        <translation>UDP：无状态</translation>
    </message>
    <message>
        <source>UDP</source>
        <comment>a UDP socket&apos;s row, where a TCP state would be written</comment>
        <translation>UDP</translation>
    </message>
    <message>
        <source>%1: UDP keeps no connection and has no states; nothing is lit on the state diagram.</source>
        <translation>%1：UDP 不维护连接，也没有状态；状态图上没有任何状态被点亮。</translation>
    </message>
</context>
<context>
    <name>NetSteps::LanScenarios</name>
    <message>
        <source>Each subnet is its own broadcast domain: an ARP request, or any broadcast, reaches only the hosts of its subnet. Smaller subnets keep broadcast storms small.</source>
        <translation>每个子网都是一个独立的广播域：ARP 请求或任何广播都只能到达本子网内的主机。子网越小，广播风暴的影响范围也越小。</translation>
    </message>
    <message>
        <source>This is the SYN of the three-way handshake: every TCP connection on a LAN starts after ARP has found the MAC address.</source>
        <translation>这是三次握手中的 SYN：局域网上的每个 TCP 连接，都要等 ARP 找到 MAC 地址之后才能开始。</translation>
    </message>
    <message>
        <source>The frame is addressed to the router&apos;s MAC address, but the packet inside still carries B1&apos;s IP address: the router must pass it on.</source>
        <translation>这个帧发往路由器的 MAC 地址，但其中的数据包携带的仍是 B1 的 IP 地址：路由器必须把它转发出去。</translation>
    </message>
    <message>
        <source>The router finds B1&apos;s network on its other interface. It holds the packet while it asks for B1&apos;s MAC address on that LAN.</source>
        <translation>路由器发现 B1 所在的网络连在它的另一个接口上。它先把数据包暂存起来，同时在那个局域网上询问 B1 的 MAC 地址。</translation>
    </message>
    <message>
        <source>Hop by hop the MAC addresses change (now the router&apos;s eth1 to B1) while the IP addresses stay A1 to B1; the router lowered the TTL by one and recomputed the IP header checksum.</source>
        <translation>每经过一跳，MAC 地址都会改变（现在是从路由器的 eth1 到 B1），而 IP 地址始终是从 A1 到 B1；路由器把 TTL 减了 1，并重新计算了 IP 首部校验和。</translation>
    </message>
    <message>
        <source>A STALE entry is still used: Linux sends at once and then checks the entry within 5 s (DELAY, then a unicast probe if nothing confirms it).</source>
        <translation>STALE 条目仍然会被使用：Linux 立即发送，然后在 5 秒内核实该条目（先进入 DELAY，如果没有得到确认，再发送单播探测）。</translation>
    </message>
    <message>
        <source>Linux keeps STALE entries on a small network (it only collects them once the cache holds 128 entries), so A1 still has A2&apos;s address; the switch does not.</source>
        <translation>在小型网络中，Linux 会保留 STALE 条目（缓存中达到 128 个条目后才会回收它们），所以 A1 仍然有 A2 的地址；交换机却已经没有了。</translation>
    </message>
    <message>
        <source>The packets waiting for the address are dropped, and the program&apos;s connect() fails with EHOSTUNREACH, &quot;No route to host&quot; (Windows: WinError 10065), about 3 s after it was called.</source>
        <translation>等待该地址的数据包被丢弃，程序的 connect() 在调用约 3 秒后失败，错误为 EHOSTUNREACH（“No route to host”，没有到主机的路由；Windows 上为 WinError 10065）。</translation>
    </message>
</context>
<context>
    <name>NetSteps::LanSetupPanel</name>
    <message>
        <source>&amp;Hosts per LAN:</source>
        <translation>每个局域网的主机数(&amp;H)：</translation>
    </message>
    <message>
        <source>From 2 up to what the LAN&apos;s prefix leaves beside the router&apos;s address (253 on a /24).</source>
        <translation>最少 2 台，最多为该局域网前缀除去路由器地址后所能容纳的数量（/24 时为 253）。</translation>
    </message>
    <message>
        <source>LAN &amp;1:</source>
        <translation>局域网 1(&amp;1)：</translation>
    </message>
    <message>
        <source>LAN &amp;2:</source>
        <translation>局域网 2(&amp;2)：</translation>
    </message>
    <message>
        <source>The router&apos;s address on this LAN and the LAN&apos;s prefix, such as 192.168.1.1/24.</source>
        <translation>路由器在此局域网上的地址及该局域网的前缀，例如 192.168.1.1/24。</translation>
    </message>
    <message>
        <source>Host &amp;address:</source>
        <translation>主机地址(&amp;A)：</translation>
    </message>
    <message>
        <source>The chosen host&apos;s IPv4 address; it must lie in its LAN and be free.</source>
        <translation>所选主机的 IPv4 地址；它必须位于所在的局域网内，且未被占用。</translation>
    </message>
    <message>
        <source>LAN %1: %2</source>
        <translation>局域网 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>NetSteps::LanTablesWidget</name>
    <message>
        <source>ARP caches</source>
        <translation>ARP 缓存</translation>
    </message>
    <message>
        <source>MAC tables</source>
        <translation>MAC 地址表</translation>
    </message>
</context>
<context>
    <name>NetSteps::LanTopology</name>
    <message>
        <source>A stage has one or two LANs.</source>
        <translation>一个演示场景包含一个或两个局域网。</translation>
    </message>
    <message>
        <source>Each LAN needs at least 2 hosts.</source>
        <translation>每个局域网至少需要 2 台主机。</translation>
    </message>
    <message numerus="yes">
        <source>LAN %1 (%2) holds at most %n host(s) beside the router.</source>
        <translation>
            <numerusform>除路由器外，局域网 %1（%2）最多只能容纳 %n 台主机。</numerusform>
        </translation>
    </message>
    <message>
        <source>The router&apos;s address %1 is not a host address of LAN %2 (%3).</source>
        <translation>路由器的地址 %1 不是局域网 %2（%3）中的主机地址。</translation>
    </message>
    <message>
        <source>The two LANs must be different networks: %1 overlaps %2.</source>
        <translation>两个局域网必须是不同的网络：%1 与 %2 有重叠。</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is not a host address of LAN %3 (%4).</source>
        <translation>%1 的地址 %2 不是局域网 %3（%4）中的主机地址。</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is already in use on LAN %3.</source>
        <translation>%1 的地址 %2 在局域网 %3 中已被占用。</translation>
    </message>
</context>
<context>
    <name>NetSteps::LaunchOptions</name>
    <message>
        <source>unknown option &apos;%1&apos; (see netsteps --help)</source>
        <translation>未知选项“%1”（参见 netsteps --help）</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown lesson &apos;%1&apos;; known: %2</source>
        <translation>未知课程“%1”；已知的有：%2</translation>
    </message>
    <message>
        <source>invalid --step &apos;%1&apos;: expected a step number, 0 or more</source>
        <translation>无效的 --step 值“%1”：应为步骤编号，即 0 或更大的数</translation>
    </message>
    <message>
        <source>invalid --seed &apos;%1&apos;: expected a non-negative integer</source>
        <translation>无效的 --seed 值“%1”：应为非负整数</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation>未知语言“%1”（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot 需要一个文件名</translation>
    </message>
    <message>
        <source>invalid --size &apos;%1&apos;: expected WIDTHxHEIGHT between 320x240 and 7680x4320</source>
        <translation>无效的 --size 值“%1”：应为 WIDTHxHEIGHT（宽x高），介于 320x240 与 7680x4320 之间</translation>
    </message>
    <message>
        <source>--step needs --lesson</source>
        <translation>--step 需要同时指定 --lesson</translation>
    </message>
    <message>
        <source>--screenshot needs --lesson</source>
        <translation>--screenshot 需要同时指定 --lesson</translation>
    </message>
    <message>
        <source>step %1 is out of range: lesson %2 has steps 0 to %3</source>
        <translation>步骤 %1 超出范围：课程 %2 的步骤为 0 到 %3</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>lesson %1 cannot run live here: %2</source>
        <translation>课程 %1 不能在本机以实机模式运行：%2</translation>
    </message>
    <message>
        <source>invalid --hosts &apos;%1&apos;: expected a number of hosts</source>
        <translation>无效的 --hosts“%1”：应为主机数量</translation>
    </message>
    <message>
        <source>--hosts needs an ARP lesson (--lesson arp-…)</source>
        <translation>--hosts 只能用于 ARP 课程（--lesson arp-…）</translation>
    </message>
    <message>
        <source>invalid --hosts &apos;%1&apos;: %2</source>
        <translation>无效的 --hosts“%1”：%2</translation>
    </message>
    <message>
        <source>invalid --lessons-dir &apos;%1&apos;: there is no such folder</source>
        <translation>无效的 --lessons-dir“%1”：没有这个文件夹</translation>
    </message>
    <message>
        <source>Usage: netsteps [--lesson ID] [--step N] [--seed N] [--hosts N] [--lang en|zh_CN]
                [--live] [--screenshot FILE.png] [--size WxH] [--lessons-dir DIR]
       netsteps --lesson ID --export-dir DIR [--format png|svg] [--size WxH]

  --lesson ID        open this lesson (netsteps-cli scenarios lists them)
  --step N           show step N (0 is the initial state)
  --seed N           seed for sequence numbers, ports and MAC addresses (default 1)
  --hosts N          hosts per LAN in the ARP lessons (2 to 253 on a /24; default 4)
  --lang L           interface language: en or zh_CN (English for screenshots and
                     slides unless given)
  --screenshot FILE  render the window to a PNG file and exit (works without a display)
  --export-dir DIR   write the stage of every step to DIR as slides, LESSON-000.png,
                     LESSON-001.png, ..., and exit (works without a display)
  --format F         the slides&apos; format: png (the default) or svg
  --size WxH         window size for the screenshot or the slides (default 1280x800)
  --live             perform the lesson with real sockets on 127.0.0.1 (Live mode)
  --lessons-dir DIR  also load the lesson files in DIR (netsteps-cli lessons --check DIR
                     checks them); they replace built-in lessons with the same id

Without --lesson the window reopens the lesson it showed when it was last closed.
</source>
        <translation>用法：netsteps [--lesson ID] [--step N] [--seed N] [--hosts N] [--lang en|zh_CN]
               [--live] [--screenshot FILE.png] [--size WxH] [--lessons-dir DIR]
      netsteps --lesson ID --export-dir DIR [--format png|svg] [--size WxH]

  --lesson ID        打开此课程（netsteps-cli scenarios 会列出所有课程）
  --step N           显示第 N 步（0 为初始状态）
  --seed N           序列号、端口和 MAC 地址的随机种子（默认为 1）
  --hosts N          ARP 课程中每个局域网的主机数（/24 时为 2 到 253；默认为 4）
  --lang L           界面语言：en 或 zh_CN（未指定时，截图和幻灯片使用英文）
  --screenshot FILE  将窗口渲染为 PNG 文件后退出（无需显示器也可运行）
  --export-dir DIR   将每一步的演示区作为幻灯片写入 DIR（LESSON-000.png、
                     LESSON-001.png……）后退出（无需显示器也可运行）
  --format F         幻灯片的格式：png（默认）或 svg
  --size WxH         截图或幻灯片的窗口大小（默认为 1280x800）
  --live             在 127.0.0.1 上用真实套接字执行本课（实机模式）
  --lessons-dir DIR  同时加载 DIR 中的课程文件，它们会替换 id 相同的内置课程
                     （可用 netsteps-cli lessons --check DIR 检查这些文件）

不指定 --lesson 时，窗口会重新打开上次关闭时显示的课程。
</translation>
    </message>
    <message>
        <source>--export-dir needs a folder</source>
        <translation>--export-dir 需要一个文件夹</translation>
    </message>
    <message>
        <source>invalid --format &apos;%1&apos;: expected png or svg</source>
        <translation>无效的 --format 值“%1”：应为 png 或 svg</translation>
    </message>
    <message>
        <source>--format needs --export-dir (a screenshot is always a PNG)</source>
        <translation>--format 需要同时指定 --export-dir（截图总是 PNG 格式）</translation>
    </message>
    <message>
        <source>--export-dir needs --lesson</source>
        <translation>--export-dir 需要同时指定 --lesson</translation>
    </message>
    <message>
        <source>--export-dir and --screenshot cannot be combined: choose slides of every step or one screenshot</source>
        <translation>--export-dir 与 --screenshot 不能同时使用：请选择导出每一步的幻灯片，或只保存一张截图</translation>
    </message>
    <message>
        <source>--export-dir writes every step: leave out --step</source>
        <translation>--export-dir 会写出每一步：请去掉 --step</translation>
    </message>
    <message>
        <source>--export-dir writes the model&apos;s steps: leave out --live</source>
        <translation>--export-dir 写出的是模型中的步骤：请去掉 --live</translation>
    </message>
    <message>
        <source>--export-dir needs a lesson with steps; %1 is pages to read</source>
        <translation>--export-dir 需要有步骤的课程；%1 是供阅读的页面</translation>
    </message>
</context>
<context>
    <name>NetSteps::Lesson</name>
    <message>
        <source>Application layer</source>
        <translation>应用层</translation>
    </message>
    <message>
        <source>Transport layer</source>
        <translation>传输层</translation>
    </message>
    <message>
        <source>Network layer</source>
        <translation>网络层</translation>
    </message>
    <message>
        <source>Data link layer</source>
        <translation>数据链路层</translation>
    </message>
    <message>
        <source>Physical layer</source>
        <translation>物理层</translation>
    </message>
</context>
<context>
    <name>NetSteps::LessonLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a lesson file has at most %2</source>
        <translation>文件大小为 %1 字节；课程文件最多 %2 字节</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the lesson id &quot;%1&quot; is already used by %2</source>
        <translation>课程 ID“%1”已被 %2 使用</translation>
    </message>
    <message>
        <source>%1 replaces the built-in lesson &quot;%2&quot;</source>
        <translation>%1 替换了内置课程“%2”</translation>
    </message>
</context>
<context>
    <name>NetSteps::LessonNavigator</name>
    <message>
        <source>%1 of %2 checkpoints answered right; %3 answered</source>
        <translation>%2 个检查点中答对 %1 个；已作答 %3 个</translation>
    </message>
</context>
<context>
    <name>NetSteps::LessonParser</name>
    <message>
        <source>unknown field &quot;%1&quot; (fields here: %2)</source>
        <translation>未知字段“%1”（此处可用的字段：%2）</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a list with at least one item: [ … ]</source>
        <translation>应为至少包含一项的列表：[ … ]</translation>
    </message>
    <message>
        <source>expected an object: { … }</source>
        <translation>应为对象：{ … }</translation>
    </message>
    <message>
        <source>expected a text in every language: {&quot;%1&quot;: &quot;…&quot;}</source>
        <translation>应为包含每种语言的文本：{&quot;%1&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (languages: %2)</source>
        <translation>未知语言“%1”（可用语言：%2）</translation>
    </message>
    <message>
        <source>missing the %1 text</source>
        <translation>缺少 %1 文本</translation>
    </message>
    <message>
        <source>a TCP state in RFC 9293 spelling, such as SYN-RECEIVED</source>
        <translation>按 RFC 9293 拼写的 TCP 状态，例如 SYN-RECEIVED</translation>
    </message>
    <message>
        <source>TCP flags such as SYN,ACK</source>
        <translation>形如 SYN,ACK 的 TCP 标志位</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>a checkpoint never states its answer: NetSteps asks the model. Remove &quot;answer&quot; and write only the wrong choices, in &quot;distractors&quot;</source>
        <translation>检查点不写明答案：答案由 NetSteps 向模型求得。请删除“answer”，只在“distractors”中写出错误选项</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot; (questions: %2)</source>
        <translation>未知的问题类型“%1”（可用类型：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot answer a &quot;%2&quot; question: expected %3</source>
        <translation>“%1”不能作为“%2”类问题的答案：应为%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a distractor</source>
        <translation>“%1”已经是干扰项</translation>
    </message>
    <message>
        <source>step 0 is the initial state: there is nothing before it to predict</source>
        <translation>第 0 步是初始状态：在它之前没有可以预测的内容</translation>
    </message>
    <message>
        <source>there is no endpoint &quot;%1&quot; in this scenario (endpoints: %2)</source>
        <translation>此场景中没有端点“%1”（现有端点：%2）</translation>
    </message>
    <message>
        <source>the model cannot answer this question in a live run: %1</source>
        <translation>实机运行时，模型无法回答这个问题：%1</translation>
    </message>
    <message>
        <source>the model cannot answer this question: %1</source>
        <translation>模型无法回答这个问题：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the right answer at step %2, so it cannot be a distractor</source>
        <translation>“%1”是第 %2 步的正确答案，因此不能作为干扰项</translation>
    </message>
    <message>
        <source>expected a list: [ … ]</source>
        <translation>应为列表：[ … ]</translation>
    </message>
    <message>
        <source>steps are numbered from 0</source>
        <translation>步骤从 0 开始编号</translation>
    </message>
    <message>
        <source>step %1 is beyond the last step of a live run of %2, which is %3 (a live run uses shorter timers)</source>
        <translation>第 %1 步超出了 %2 实机运行时的最后一步，即第 %3 步（实机运行使用更短的计时器）</translation>
    </message>
    <message>
        <source>step %1 is beyond the last step of %2, which is %3</source>
        <translation>第 %1 步超出了 %2 的最后一步，即第 %3 步</translation>
    </message>
    <message>
        <source>step %1 is written twice</source>
        <translation>第 %1 步写了两次</translation>
    </message>
    <message>
        <source>steps go in order: step %1 comes after step %2</source>
        <translation>步骤必须按顺序排列：第 %1 步出现在了第 %2 步之后</translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot; (layers: %2)</source>
        <translation>未知的层“%1”（可用的层：%2）</translation>
    </message>
    <message>
        <source>this entry adds nothing to step %1: give it a caption, a layer, glossary terms or a checkpoint</source>
        <translation>这一项没有给第 %1 步添加任何内容：请为它写上说明文字、层、术语表词条或检查点</translation>
    </message>
    <message>
        <source>expected a row of cells: [ … ]</source>
        <translation>应为由单元格组成的一行：[ … ]</translation>
    </message>
    <message>
        <source>expected %1 cells, one for each column; found %2</source>
        <translation>应有 %1 个单元格，每列一个；实际有 %2 个</translation>
    </message>
    <message>
        <source>expected a non-empty string, or a text in every language</source>
        <translation>应为非空字符串，或包含每种语言的文本</translation>
    </message>
    <message>
        <source>unknown figure &quot;%1&quot; (figures: %2)</source>
        <translation>未知插图“%1”（可用插图：%2）</translation>
    </message>
    <message>
        <source>a page shows a table or a figure, not both: make two pages</source>
        <translation>一页只能显示表格或插图，不能两者都有：请拆成两页</translation>
    </message>
    <message>
        <source>a page needs a text, a table or a figure</source>
        <translation>一页需要有文本、表格或插图</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>this field is written twice</source>
        <translation>此字段写了两次</translation>
    </message>
    <message>
        <source>a lesson file holds one JSON object: { … }</source>
        <translation>课程文件应只包含一个 JSON 对象：{ … }</translation>
    </message>
    <message>
        <source>unknown schemaVersion %1: this NetSteps reads version %2</source>
        <translation>未知的 schemaVersion %1：此版本的 NetSteps 读取的是版本 %2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (kinds: scenario, reference)</source>
        <translation>未知类型“%1”（可用类型：scenario, reference）</translation>
    </message>
    <message>
        <source>an id is written in lower-case letters, digits and hyphens, like tcp-handshake</source>
        <translation>id 只能由小写字母、数字和连字符组成，例如 tcp-handshake</translation>
    </message>
    <message>
        <source>unknown scenario id &quot;%1&quot;: a scenario lesson has its scenario&apos;s id (scenarios: %2)</source>
        <translation>未知的场景 ID“%1”：场景课程的 ID 必须与其场景的 ID 相同（现有场景：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a scenario&apos;s id: a reference lesson needs an id of its own</source>
        <translation>“%1”是一个场景的 ID：参考课程需要使用自己的 ID</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot; (topics: %2)</source>
        <translation>未知主题“%1”（可用主题：%2）</translation>
    </message>
    <message>
        <source>switch ports such as 2,3,4</source>
        <translation>形如 2,3,4 的交换机端口</translation>
    </message>
    <message>
        <source>a whole number such as 62</source>
        <translation>形如 62 的整数</translation>
    </message>
    <message>
        <source>a checkpoint needs at least %1 distractors; this one has %2</source>
        <translation>检查点至少需要 %1 个干扰项；这个检查点只有 %2 个</translation>
    </message>
</context>
<context>
    <name>NetSteps::LessonProblemsDialog</name>
    <message>
        <source>Lesson Problems</source>
        <translation>课程问题</translation>
    </message>
    <message>
        <source>Every lesson file loaded.</source>
        <translation>所有课程文件都已加载。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) kept lesson files from loading; the other lessons are ready. Fix the files and open the folder again.</source>
        <translation>
            <numerusform>有 %n 个问题导致部分课程文件未能加载；其他课程可以正常使用。请修正这些文件后重新打开文件夹。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetSteps::LinuxKernelTcpView</name>
    <message>
        <source>Could not read the TCP state of socket %1 (TCP_INFO)</source>
        <translation>无法读取套接字 %1 的 TCP 状态（TCP_INFO）</translation>
    </message>
    <message>
        <source>The kernel reported state %1 for socket %2, which is not a TCP state.</source>
        <translation>内核报告套接字 %2 的状态为 %1，这不是一个 TCP 状态。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Could not understand %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <source>Could not half-close socket %1 (shutdown SHUT_WR)</source>
        <translation>无法半关闭套接字 %1（shutdown SHUT_WR）</translation>
    </message>
    <message>
        <source>Could not set SO_LINGER to 0 seconds on socket %1</source>
        <translation>无法将套接字 %1 的 SO_LINGER 设置为 0 秒</translation>
    </message>
    <message>
        <source>Could not set %1 to %2 on socket %3</source>
        <translation>无法在套接字 %3 上把 %1 设为 %2</translation>
    </message>
    <message>
        <source>%1 does not hold a number.</source>
        <translation>%1 里不是一个数字。</translation>
    </message>
    <message>
        <source>Could not read TCP_INFO of socket %1</source>
        <translation>无法读取套接字 %1 的 TCP_INFO</translation>
    </message>
</context>
<context>
    <name>NetSteps::LinuxNativeSockets</name>
    <message>
        <source>Could not create a TCP socket</source>
        <translation>无法创建 TCP 套接字</translation>
    </message>
    <message>
        <source>Could not set SO_REUSEADDR on socket %1</source>
        <translation>无法在套接字 %1 上设置 SO_REUSEADDR</translation>
    </message>
    <message>
        <source>Could not bind socket %1 to %2</source>
        <translation>无法将套接字 %1 绑定到 %2</translation>
    </message>
    <message>
        <source>Could not listen on socket %1 (backlog %2)</source>
        <translation>无法在套接字 %1 上监听（backlog %2）</translation>
    </message>
    <message>
        <source>Socket %1 is connecting to %2</source>
        <translation>套接字 %1 正在连接 %2</translation>
    </message>
    <message>
        <source>Could not connect socket %1 to %2</source>
        <translation>无法将套接字 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Socket %1 is still connecting</source>
        <translation>套接字 %1 仍在连接中</translation>
    </message>
    <message>
        <source>connect() on socket %1 failed</source>
        <translation>套接字 %1 上的 connect() 失败</translation>
    </message>
    <message>
        <source>No connection is waiting on socket %1</source>
        <translation>套接字 %1 上没有等待中的连接</translation>
    </message>
    <message>
        <source>Could not accept a connection on socket %1</source>
        <translation>无法在套接字 %1 上接受连接</translation>
    </message>
    <message>
        <source>Could not read the local address of socket %1</source>
        <translation>无法读取套接字 %1 的本地地址</translation>
    </message>
    <message>
        <source>The send buffer of socket %1 is full</source>
        <translation>套接字 %1 的发送缓冲区已满</translation>
    </message>
    <message>
        <source>send() on socket %1 failed</source>
        <translation>套接字 %1 上的 send() 失败</translation>
    </message>
    <message>
        <source>Nothing has arrived on socket %1</source>
        <translation>套接字 %1 上还没有收到任何数据</translation>
    </message>
    <message>
        <source>recv() on socket %1 failed</source>
        <translation>套接字 %1 上的 recv() 失败</translation>
    </message>
    <message>
        <source>Could not close socket %1</source>
        <translation>无法关闭套接字 %1</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1（%2）。</translation>
    </message>
    <message>
        <source>Could not create a UDP socket</source>
        <translation>无法创建 UDP 套接字</translation>
    </message>
    <message>
        <source>sendto() on socket %1 failed</source>
        <translation>套接字 %1 上的 sendto() 失败</translation>
    </message>
    <message>
        <source>recvfrom() on socket %1 failed</source>
        <translation>套接字 %1 上的 recvfrom() 失败</translation>
    </message>
</context>
<context>
    <name>NetSteps::LiveSession</name>
    <message>
        <source>The scenario has no endpoint named %1.</source>
        <translation>该场景中没有名为 %1 的端点。</translation>
    </message>
    <message>
        <source>The lesson starts with %1 in %2, which cannot be set up with real sockets.</source>
        <translation>本课开始时 %1 处于 %2 状态，这无法用真实的套接字建立。</translation>
    </message>
    <message>
        <source>Set up before the lesson starts: the connection is accepted once the %1&apos;s connect() has completed.</source>
        <translation>课程开始前的准备：%1 的 connect() 完成后，接受该连接。</translation>
    </message>
    <message>
        <source>Set up before the lesson starts: connect() to the %1.</source>
        <translation>课程开始前的准备：调用 connect() 连接到 %1。</translation>
    </message>
    <message>
        <source>Bound to %1 without listen(): nothing listens on this port.</source>
        <translation>已绑定到 %1，但没有调用 listen()：此端口上没有任何套接字在监听。</translation>
    </message>
    <message>
        <source>%1 has no peer to connect to.</source>
        <translation>%1 没有可以连接的对方。</translation>
    </message>
    <message>
        <source>The call %1 cannot be performed live.</source>
        <translation>调用 %1 无法在实机模式下执行。</translation>
    </message>
    <message>
        <source>listen() on %1 (port 0 asked: the kernel chose the port), backlog %2.</source>
        <translation>在 %1 上调用 listen()（请求的是端口 0：由内核选择端口），backlog 为 %2。</translation>
    </message>
    <message>
        <source>%1 has no socket to send on.</source>
        <translation>%1 没有可以用来发送的套接字。</translation>
    </message>
    <message>
        <source>This send() put nothing on the wire in the model, so there is nothing to send.</source>
        <translation>在模型中，这次 send() 没有向网络发出任何内容，因此没有要发送的数据。</translation>
    </message>
    <message>
        <source>send() took only %1 of the %2 bytes.</source>
        <translation>send() 只接受了 %2 字节中的 %1 字节。</translation>
    </message>
    <message numerus="yes">
        <source>send() of %n byte(s): %1.</source>
        <translation>
            <numerusform>send() 发送 %n 字节：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no socket to shut down.</source>
        <translation>%1 没有可以执行 shutdown 的套接字。</translation>
    </message>
    <message>
        <source>%1 has no socket to close.</source>
        <translation>%1 没有可以关闭的套接字。</translation>
    </message>
    <message>
        <source>close() is performed as shutdown(SHUT_WR) for now: it sends the same FIN and keeps the descriptor, so that TCP_INFO can still report the state. The descriptor is closed when the model&apos;s endpoint reaches TIME-WAIT or CLOSED.</source>
        <translation>目前 close() 以 shutdown(SHUT_WR) 的方式执行：它发送同样的 FIN，但保留描述符，以便 TCP_INFO 仍能报告状态。等模型中的该端点进入 TIME-WAIT 或 CLOSED 时，再关闭描述符。</translation>
    </message>
    <message>
        <source>%1 has no socket to abort.</source>
        <translation>%1 没有可以中止的套接字。</translation>
    </message>
    <message>
        <source>SO_LINGER set to 0 seconds, then close(): the kernel sends RST instead of FIN.</source>
        <translation>先将 SO_LINGER 设置为 0 秒，再调用 close()：内核发送 RST 而不是 FIN。</translation>
    </message>
    <message>
        <source>accept() returned a connection from %1, which is not this lesson&apos;s; it was closed.</source>
        <translation>accept() 返回了一个来自 %1 的连接，它不属于本课；该连接已被关闭。</translation>
    </message>
    <message>
        <source>accept() returned the connection from %1. The listening socket on port %2 stays open (LISTEN) but is not this endpoint any more.</source>
        <translation>accept() 返回了来自 %1 的连接。端口 %2 上的监听套接字仍保持打开（LISTEN），但已不再是这个端点。</translation>
    </message>
    <message numerus="yes">
        <source>recv() returned %n byte(s): %1.</source>
        <translation>
            <numerusform>recv() 返回了 %n 字节：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>recv() returned 0 bytes: the peer has closed its direction (end of stream).</source>
        <translation>recv() 返回 0 字节：对方已关闭自己这一方向的传输（流结束）。</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>此系统不支持</translation>
    </message>
    <message>
        <source>no socket yet</source>
        <translation>尚无套接字</translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s 2MSL timer expires here; the kernel keeps the connection in TIME-WAIT for %n more second(s) (this system holds TIME-WAIT for %1 s). Not waited out.</source>
        <translation>
            <numerusform>模型的 2MSL 计时器在此到期；内核还会让该连接在 TIME-WAIT 中再停留 %n 秒（此系统的 TIME-WAIT 保持 %1 s）。未等到其结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the connection to accept().</source>
        <translation>正在等待对该连接调用 accept()。</translation>
    </message>
    <message>
        <source>%1 bytes should have arrived by now; %2 did.</source>
        <translation>此时应已到达 %1 字节；实际到达 %2 字节。</translation>
    </message>
    <message>
        <source>The kernel dropped the TIME-WAIT entry; waited %1 s.</source>
        <translation>内核已删除该 TIME-WAIT 条目；共等待了 %1 s。</translation>
    </message>
    <message>
        <source>%1 passed too fast to observe on loopback: the segments the model still has in flight have already arrived, and the kernel is in %2, which the model reaches at step %3.</source>
        <translation>%1 状态在回环上过得太快，无法观察到：模型中仍在途中的报文段实际上已经到达，内核已处于 %2，模型要到第 %3 步才进入该状态。</translation>
    </message>
    <message>
        <source>The model has %1; the kernel reports %2.</source>
        <translation>模型处于 %1；内核报告的是 %2。</translation>
    </message>
    <message>
        <source>The kernel did not reach %1 within %2 ms; it reports %3.</source>
        <translation>内核在 %2 ms 内没有进入 %1；它报告的是 %3。</translation>
    </message>
    <message>
        <source>The descriptor is closed now, as the model&apos;s close() asked.</source>
        <translation>描述符现已关闭，这是模型中的 close() 所要求的。</translation>
    </message>
    <message>
        <source>A lost segment cannot be produced on loopback, where the kernel delivers every segment: from this step on, the lesson is simulated only.</source>
        <translation>在回环接口上无法制造丢失的报文段，内核会送达每一个报文段：从这一步起，本课只做模拟。</translation>
    </message>
    <message>
        <source>This timer cannot be made to expire on demand with real sockets on loopback: from this step on, the lesson is simulated only.</source>
        <translation>用回环接口上的真实套接字无法让这个定时器按需超时：从这一步起，本课只做模拟。</translation>
    </message>
    <message>
        <source>This step is something outside TCP that cannot be performed on this machine: from this step on, the lesson is simulated only.</source>
        <translation>这一步是 TCP 之外的事件，无法在本机上真实执行：从这一步起，本课只做模拟。</translation>
    </message>
    <message>
        <source>%1 has no socket to turn keep-alive on.</source>
        <translation>%1 没有可以开启保活的套接字。</translation>
    </message>
    <message>
        <source>The model&apos;s keep-alive timings (%1 ms, %2 ms, %3 probes) cannot be set on a real socket, which takes whole seconds and at most 127 probes.</source>
        <translation>模型中的保活时间（%1 ms、%2 ms、%3 次探测）无法设置到真实套接字上：它只接受整秒，且最多 127 次探测。</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE on, with TCP_KEEPIDLE %1 s, TCP_KEEPINTVL %2 s and TCP_KEEPCNT %3, as in the model.</source>
        <translation>已开启 SO_KEEPALIVE，TCP_KEEPIDLE %1 秒、TCP_KEEPINTVL %2 秒、TCP_KEEPCNT %3，与模型一致。</translation>
    </message>
    <message>
        <source>This system&apos;s defaults (/proc/sys/net/ipv4/tcp_keepalive_time, _intvl, _probes): %1 s, %2 s, %3 probes; the course quotes 2 hours, 75 s and 10 probes.</source>
        <translation>本系统的默认值（/proc/sys/net/ipv4/tcp_keepalive_time、_intvl、_probes）：%1 秒、%2 秒、%3 次探测；课程中给出的是 2 小时、75 秒和 10 次探测。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR is set on this socket before bind(), as in the model.</source>
        <translation>按照模型，在 bind() 之前给这个套接字设置了 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>%1 has no port to bind again.</source>
        <translation>%1 没有可以再次绑定的端口。</translation>
    </message>
    <message>
        <source>A new socket%1 was bound to %2: bind() succeeded.</source>
        <translation>一个新套接字%1绑定到了 %2：bind() 成功。</translation>
    </message>
    <message>
        <source> with SO_REUSEADDR</source>
        <translation>（设置了 SO_REUSEADDR）</translation>
    </message>
    <message>
        <source>The model expected EADDRINUSE.</source>
        <translation>模型预期的是 EADDRINUSE。</translation>
    </message>
    <message>
        <source>The model expected bind() to succeed.</source>
        <translation>模型预期 bind() 会成功。</translation>
    </message>
    <message>
        <source>The listening socket is closed too: the program is done with this port.</source>
        <translation>监听套接字也关闭了：程序不再使用这个端口。</translation>
    </message>
    <message>
        <source>No keep-alive probe has been answered since this step began (%1 ms ago).</source>
        <translation>从这一步开始（%1 毫秒前）到现在，还没有保活探测得到应答。</translation>
    </message>
    <message>
        <source>After %1 s without traffic the kernel sent a keep-alive probe by itself, and the peer&apos;s kernel answered it at once: an ACK arrived %2 ms ago, while nothing was being sent.</source>
        <translation>连接空闲 %1 秒后，内核自己发出了保活探测，对端内核立即应答：在没有发送任何数据的情况下，%2 毫秒前收到了一个 ACK。</translation>
    </message>
    <message>
        <source>Simulated only, like every step since step %1, which real sockets on loopback cannot perform.</source>
        <translation>仅模拟：自第 %1 步起的每一步都是如此，因为回环接口上的真实套接字无法执行那一步。</translation>
    </message>
    <message>
        <source>%1 is not listening, so it cannot accept().</source>
        <translation>%1 没有在监听，所以无法 accept()。</translation>
    </message>
    <message>
        <source>accept() found no connection in the accept queue, where the model has %1.</source>
        <translation>accept() 在全连接队列中没有找到连接，而模型中那里有 %1。</translation>
    </message>
    <message>
        <source>accept() returned the connection from %1, where the model expected %2.</source>
        <translation>accept() 返回了来自 %1 的连接，而模型预期的是 %2。</translation>
    </message>
    <message>
        <source>accept() returned the connection from %1, the oldest in the accept queue, as in the model. It was ESTABLISHED before this call.</source>
        <translation>accept() 返回了来自 %1 的连接，即全连接队列中最早的一个，与模型一致。在这次调用之前它已经是 ESTABLISHED。</translation>
    </message>
    <message>
        <source>The model&apos;s connection %1 has no listener or peer with a real socket.</source>
        <translation>模型中的连接 %1 没有对应真实套接字的监听方或对端。</translation>
    </message>
    <message>
        <source>The kernel creates this connection for the listening socket by itself; until accept() returns it no descriptor reaches it, so its state is read from the kernel&apos;s list of sockets.</source>
        <translation>这个连接是内核替监听套接字自行创建的；在 accept() 返回它之前，没有任何描述符指向它，所以它的状态从内核的套接字列表中读取。</translation>
    </message>
    <message>
        <source>Waiting for the kernel to resend the SYN by itself.</source>
        <translation>正在等待内核自行重传 SYN。</translation>
    </message>
    <message numerus="yes">
        <source>The kernel resent the SYN by itself, %1 ms after this step began (%n retransmission(s) of this SYN so far).</source>
        <translation>
            <numerusform>内核自行重传了 SYN，距这一步开始 %1 毫秒（到目前为止这个 SYN 已重传 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, after %2 ms: %3</source>
        <translation>%1，%2 ms 后：%3</translation>
    </message>
    <message numerus="yes">
        <source>the kernel dropped %n frame(s) because they were not read in time</source>
        <translation>
            <numerusform>内核丢弃了 %n 个帧，因为没有及时读取它们</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) did not fit in the list of kept frames</source>
        <translation>
            <numerusform>%n 个帧超出了已保存帧列表的容量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were longer than the capture keeps</source>
        <translation>
            <numerusform>%n 个帧超过了抓包保留的长度</numerusform>
        </translation>
    </message>
    <message>
        <source>Some real segments are missing: %1.</source>
        <translation>部分真实报文段缺失：%1。</translation>
    </message>
    <message>
        <source>Step %1 belongs to a LAN or addressing lesson, which is simulated only.</source>
        <translation>第 %1 步属于局域网或编址课程，这类课程只能模拟。</translation>
    </message>
    <message>
        <source>Could not open a UDP socket for %1: %2</source>
        <translation>无法为 %1 打开 UDP 套接字：%2</translation>
    </message>
    <message>
        <source>A UDP socket bound to 127.0.0.1:%1 (the kernel chose the port) stands for %2:%3.</source>
        <translation>一个绑定在 127.0.0.1:%1 的 UDP 套接字（端口由内核选择）代表 %2:%3。</translation>
    </message>
    <message>
        <source>connect((&apos;127.0.0.1&apos;, %1)) returned: it only fixes the peer, nothing is sent</source>
        <translation>connect((&apos;127.0.0.1&apos;, %1)) 已返回：它只记下对端，不发送任何数据</translation>
    </message>
    <message>
        <source>connect() failed: %1</source>
        <translation>connect() 失败：%1</translation>
    </message>
    <message>
        <source>Step %1 sends no UDP datagram to perform.</source>
        <translation>第 %1 步没有要真实发送的 UDP 数据报。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 返回 %2</translation>
    </message>
    <message>
        <source>%1() found nothing after %2 ms: it would have timed out, as the model&apos;s does after %3 ms (the real wait is shortened)</source>
        <translation>%1() 等了 %2 ms 仍没有收到数据：它会像模型中那样超时（模型等待 %3 ms，真实等待已缩短）</translation>
    </message>
    <message>
        <source>%1() found nothing within %2 ms</source>
        <translation>%1() 在 %2 ms 内没有收到任何数据</translation>
    </message>
    <message>
        <source>%1() failed: %2</source>
        <translation>%1() 失败：%2</translation>
    </message>
    <message>
        <source>%1() returned %2 from 127.0.0.1:%3</source>
        <translation>%1() 返回了来自 127.0.0.1:%3 的 %2</translation>
    </message>
    <message>
        <source>%1() returned %2</source>
        <translation>%1() 返回 %2</translation>
    </message>
</context>
<context>
    <name>NetSteps::MacAddress</name>
    <message>
        <source>Byte %1 of the MAC address must be two hexadecimal digits (0-9, a-f).</source>
        <translation>MAC 地址的第 %1 个字节必须是两位十六进制数字（0-9、a-f）。</translation>
    </message>
    <message>
        <source>The MAC address ends after %1 byte(s); it has six.</source>
        <translation>MAC 地址只有 %1 个字节就结束了；MAC 地址有六个字节。</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; (or &apos;-&apos; throughout) after byte %1, found &apos;%2&apos;.</source>
        <translation>第 %1 个字节之后应为“:”（或全部使用“-”），但发现的是“%2”。</translation>
    </message>
    <message>
        <source>Unexpected text after the sixth byte: &apos;%1&apos;.</source>
        <translation>第六个字节之后有多余的文本：“%1”。</translation>
    </message>
</context>
<context>
    <name>NetSteps::MacTableModel</name>
    <message>
        <source>forgotten %1 s after it was last seen (IEEE 802.1D ageing time)</source>
        <translation>自最后一次见到该地址起，%1 秒后删除该条目（IEEE 802.1D 老化时间）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
</context>
<context>
    <name>NetSteps::MachineDialog</name>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>The system&apos;s name for the network card (lo is loopback).</source>
        <translation>系统给网卡起的名字（lo 是回环接口）。</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>This computer&apos;s address on that interface.</source>
        <translation>本机在该接口上的地址。</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>The subnet mask: AND it with the address to get the network.</source>
        <translation>子网掩码：把它与地址按位与，就得到网络地址。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>The address AND the mask: every host of this LAN shares it.</source>
        <translation>地址与掩码按位与的结果：本局域网中的所有主机都相同。</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>The card&apos;s hardware address, used inside the LAN (none on loopback).</source>
        <translation>网卡的硬件地址，在局域网内部使用（回环接口没有）。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Whether the interface is up.</source>
        <translation>接口是否已启用。</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>A neighbour&apos;s IPv4 address on one of the LANs.</source>
        <translation>某个局域网中一个邻居的 IPv4 地址。</translation>
    </message>
    <message>
        <source>HW type</source>
        <translation>硬件类型</translation>
    </message>
    <message>
        <source>The link type: 0x1 is Ethernet (Wi-Fi reports it too).</source>
        <translation>链路类型：0x1 表示以太网（Wi-Fi 也报告为 0x1）。</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>0x2: complete (the MAC address is known); 0x4: permanent (added by hand, never ages); 0x0: incomplete (a request is waiting for its reply).</source>
        <translation>0x2：完整（MAC 地址已知）；0x4：永久（手动添加，永不老化）；0x0：不完整（请求正在等待应答）。</translation>
    </message>
    <message>
        <source>HW address</source>
        <translation>硬件地址</translation>
    </message>
    <message>
        <source>The neighbour&apos;s MAC address, all zeros while incomplete.</source>
        <translation>邻居的 MAC 地址；不完整时全为 0。</translation>
    </message>
    <message>
        <source>Used only by proxy ARP entries; &apos;*&apos; otherwise.</source>
        <translation>仅代理 ARP 条目使用；其他条目显示为“*”。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The interface through which the neighbour is reached.</source>
        <translation>到达该邻居所经过的接口。</translation>
    </message>
    <message>
        <source>This Machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interfaces&lt;/b&gt; (QNetworkInterface)</source>
        <translation>&lt;b&gt;接口&lt;/b&gt;（QNetworkInterface）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The kernel&apos;s ARP cache&lt;/b&gt; (%1) — point at a column heading for what it means</source>
        <translation>&lt;b&gt;内核的 ARP 缓存&lt;/b&gt;（%1）—— 将鼠标指向列标题可查看其含义</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The cache is empty: this computer has not talked to a neighbour on its LAN lately.</source>
        <translation>缓存为空：本机最近没有与局域网中的邻居通信。</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbour(s) in the cache.</source>
        <translation>
            <numerusform>缓存中有 %n 个邻居。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetSteps::MainWindow</name>
    <message>
        <source>NetSteps — %1</source>
        <translation>NetSteps — %1</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>步骤 %1 / %2</translation>
    </message>
    <message>
        <source>Step %1 · %2 · %3</source>
        <translation>步骤 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Frame %1: %2, %3 → %4</source>
        <translation>第 %1 帧：%2，%3 → %4</translation>
    </message>
    <message>
        <source>Choose a lesson on the left to begin.</source>
        <translation>请在左侧选择一个课程开始。</translation>
    </message>
    <message>
        <source>Export Capture</source>
        <translation>导出抓包文件</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap)</source>
        <translation>抓包文件 (*.pcap)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>About NetSteps</source>
        <translation>关于 NetSteps</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个帧写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;NetSteps %1&lt;/b&gt;&lt;p&gt;Step through the TCP three-way handshake, the four-way close and TIME-WAIT, with every step mapped onto the TCP state machine of RFC 9293 and the real bytes of every segment.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NetSteps %1&lt;/b&gt;&lt;p&gt;逐步演示 TCP 三次握手、四次挥手和 TIME-WAIT，每一步都对应到 RFC 9293 的 TCP 状态机，并展示每个报文段的真实字节。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a lesson first.</source>
        <translation>请先选择一课。</translation>
    </message>
    <message>
        <source>Perform this lesson with real sockets on 127.0.0.1 and show the kernel&apos;s own state of each socket beside the model&apos;s. The kernel cannot rewind: stepping back shows what was recorded, and Restart runs it again.</source>
        <translation>在 127.0.0.1 上用真实套接字执行本课，并在模型状态旁显示内核报告的每个套接字的状态。内核无法倒退：后退时显示的是已记录的结果，“重新开始”会重新运行一遍。</translation>
    </message>
    <message>
        <source>Live mode is not available for this lesson: %1</source>
        <translation>本课不能使用实机模式：%1</translation>
    </message>
    <message>
        <source>Live: real sockets on 127.0.0.1; their real segments are captured on the loopback interface and drawn on the ladder.</source>
        <translation>实机：127.0.0.1 上的真实套接字；它们的真实报文段在回环接口上抓取，并画在时序图上。</translation>
    </message>
    <message>
        <source>Live: real sockets on 127.0.0.1. Their real segments are not shown: %1</source>
        <translation>实机：127.0.0.1 上的真实套接字。不显示真实报文段：%1</translation>
    </message>
    <message>
        <source>Real segment captured on loopback at step %1: %2, %3 → %4</source>
        <translation>第 %1 步在回环接口上抓到的真实报文段：%2，%3 → %4</translation>
    </message>
    <message>
        <source>Save Real Segments</source>
        <translation>保存真实报文段</translation>
    </message>
    <message>
        <source>No real segment has been captured yet: step forward in Live mode first.</source>
        <translation>还没有抓到任何真实报文段：请先在实机模式下向前单步。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n real segment(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个真实报文段写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Real segments differ from the model&apos;s: %1 (point here for why).</source>
        <translation>真实报文段与模型不同：%1（鼠标指向此处查看原因）。</translation>
    </message>
    <message>
        <source>Live: real sockets on 127.0.0.1. %1</source>
        <translation>实机：127.0.0.1 上的真实套接字。%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n stations</source>
        <translation>
            <numerusform>%n 个站点</numerusform>
        </translation>
    </message>
    <message>
        <source>The lesson&apos;s own captions and checkpoints are written for its usual settings; with these, each step is narrated by the model.</source>
        <translation>课程自带的说明和检查点是按默认设置编写的；在当前设置下，每一步改由模型自动讲解。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n lesson file(s) not loaded…</source>
        <translation>
            <numerusform>⚠ %n 个课程文件未加载…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) could not be loaded; the other lessons are ready. File › Lesson Problems… says why.</source>
        <translation>
            <numerusform>%n 个课程文件未能加载；其他课程可以正常使用。原因见“文件 › 课程问题…”。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lesson files (*.json) in %1.</source>
        <translation>%1 中没有课程文件（*.json）。</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the lessons of %1; %n built-in lesson(s) replaced.</source>
        <translation>
            <numerusform>已加载 %1 中的课程；替换了 %n 个内置课程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Lessons Folder</source>
        <translation>打开课程文件夹</translation>
    </message>
    <message>
        <source>Reset Progress</source>
        <translation>重置进度</translation>
    </message>
    <message>
        <source>Forget every answer given at the checkpoints, in every lesson? The scores start again from 0.</source>
        <translation>要清除所有课程中检查点的全部作答记录吗？得分将从 0 重新开始。</translation>
    </message>
    <message>
        <source>Score %1/%2</source>
        <translation>得分 %1/%2</translation>
    </message>
    <message>
        <source>Checkpoints answered right in this lesson, of %1; %2 answered so far. The first answer to each counts. Tools › Reset Progress… starts again.</source>
        <translation>本课 %1 个检查点中答对的数量；目前已作答 %2 个。每个检查点以第一次作答为准。“工具 › 重置进度…”可重新开始。</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>术语：</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>this lesson is pages to read, with nothing to perform.</source>
        <translation>本课是供阅读的页面，没有需要实际执行的内容。</translation>
    </message>
    <message>
        <source>A reference lesson&apos;s pages are not zoomed: they scroll.</source>
        <translation>参考课程的页面不缩放：请滚动浏览。</translation>
    </message>
    <message>
        <source>The bit view always fills the stage: make the window larger, or use Presenter Mode (F11).</source>
        <translation>位视图总是铺满演示区：请把窗口放大，或使用演示模式（F11）。</translation>
    </message>
    <message>
        <source>Could not export to %1: the name should end in .png or .svg.</source>
        <translation>无法导出到 %1：文件名应以 .png 或 .svg 结尾。</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Stage</source>
        <translation>导出演示区</translation>
    </message>
    <message>
        <source>Exporting the steps of %1…</source>
        <translation>正在导出 %1 的各个步骤…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Lesson</source>
        <translation>导出课程</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PNG pictures</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG drawings (stay sharp at any size)</source>
        <translation>SVG 矢量图（任意尺寸下都保持清晰）</translation>
    </message>
    <message>
        <source>One file per step, %1 to %2; files of those names are replaced.</source>
        <translation>每一步一个文件，从 %1 到 %2；同名文件会被替换。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation>
            <numerusform>已将 %n 张幻灯片写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>On the stage: connection %1 (%2 ↔ %3), call by call as its real sockets acted; the segments are the model&apos;s.</source>
        <translation>演示区中显示的是连接 %1（%2 ↔ %3），按其真实套接字的动作逐个调用展示；报文段由模型推演得出。</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %1 messages are drawn: %n later message(s) (%2 bytes) are counted, not drawn.</source>
        <translation>
            <numerusform>只画出前 %1 条消息：之后的 %n 条消息（%2 字节）只计数，不画出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the lesson&apos;s own run</source>
        <translation>显示课程自带的运行过程</translation>
    </message>
    <message>
        <source>On the stage: the lesson&apos;s simulated run. Start a server or connect below, then select a TCP connection to follow it here as it happens.</source>
        <translation>演示区中显示的是本课的模拟运行过程。在下方启动服务端或发起连接，然后选中一条 TCP 连接，就能在这里实时跟踪它。</translation>
    </message>
    <message>
        <source>The stage shows a real connection of the lab; select no row to perform the lesson&apos;s own run in Live mode.</source>
        <translation>演示区显示的是实验中的一条真实连接；不选中任何行，即可在实机模式下运行本课自带的过程。</translation>
    </message>
    <message>
        <source>%1 ← client</source>
        <comment>a listener&apos;s connection: the listener ← its peer</comment>
        <translation>%1 ← 客户端</translation>
    </message>
    <message>
        <source>NetSteps</source>
        <translation>NetSteps</translation>
    </message>
    <message>
        <source>your program</source>
        <translation>你的程序</translation>
    </message>
    <message>
        <source>a program on %1</source>
        <translation>%1 上的程序</translation>
    </message>
    <message>
        <source>client (%1)</source>
        <comment>the client, and whose program it is</comment>
        <translation>客户端（%1）</translation>
    </message>
    <message>
        <source>server (%1)</source>
        <comment>the server, and whose program it is</comment>
        <translation>服务端（%1）</translation>
    </message>
    <message>
        <source>Real socket: %1 %2</source>
        <translation>真实套接字：%1 %2</translation>
    </message>
    <message>
        <source>NetSteps&apos; proxy</source>
        <translation>NetSteps 代理</translation>
    </message>
</context>
<context>
    <name>NetSteps::Narrator</name>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>初始状态</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Transport layer (TCP)</source>
        <translation>传输层（TCP）</translation>
    </message>
    <message>
        <source>2MSL = %1 s here (MSL = %2 s, RFC 9293); Linux holds TIME-WAIT for a fixed 60 s.</source>
        <translation>此处 2MSL = %1 s（MSL = %2 s，RFC 9293）；Linux 的 TIME-WAIT 固定保持 60 s。</translation>
    </message>
    <message>
        <source>The %1 calls %2 (%3).</source>
        <translation>%1调用 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 arrives at the %2.</source>
        <translation>%1 到达%2。</translation>
    </message>
    <message>
        <source>It does not apply in %1, so it is dropped.</source>
        <translation>该报文段在 %1 状态下不适用，因此被丢弃。</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 timer expires.</source>
        <translation>%1的%2计时器超时。</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>The %1 stays in %2.</source>
        <translation>%1仍处于 %2 状态。</translation>
    </message>
    <message>
        <source>The %1 moves %2 → %3.</source>
        <translation>%1从 %2 进入 %3 状态。</translation>
    </message>
    <message>
        <source>It sends %1 to the %2.</source>
        <translation>它向%2发送 %1。</translation>
    </message>
    <message>
        <source>The client (%1) and the server (%2:%3) both start in CLOSED: no connection exists yet.</source>
        <translation>客户端（%1）和服务端（%2:%3）都从 CLOSED 状态开始：此时还不存在任何连接。</translation>
    </message>
    <message>
        <source>The initial state, before anything happens.</source>
        <translation>初始状态，一切尚未发生。</translation>
    </message>
    <message>
        <source>A connection is ESTABLISHED between the client (%1:%2) and the server (%3:%4). The handshake is complete and no data is outstanding.</source>
        <translation>客户端（%1:%2）与服务端（%3:%4）之间的连接已处于 ESTABLISHED 状态。三次握手已经完成，没有尚未确认的数据。</translation>
    </message>
    <message>
        <source>In this lesson: %1</source>
        <translation>本课内容：%1</translation>
    </message>
    <message>
        <source>keep-alive</source>
        <translation>保活（keep-alive）</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 丢失</translation>
    </message>
    <message>
        <source>%1: an event outside TCP</source>
        <translation>%1：TCP 之外的事件</translation>
    </message>
    <message>
        <source>%1 is lost on the way to the %2: it never arrives, and nobody is told.</source>
        <translation>%1 在发往%2的途中丢失：它永远不会到达，也没有任何一方会得到通知。</translation>
    </message>
    <message>
        <source>The %1 does not send its ACK yet (delayed ACK).</source>
        <translation>%1暂不发送 ACK（延迟确认）。</translation>
    </message>
    <message>
        <source>The %1 opens a new socket, sets SO_REUSEADDR on it and calls bind() for port %2.</source>
        <translation>%1打开一个新套接字，给它设置 SO_REUSEADDR，然后对端口 %2 调用 bind()。</translation>
    </message>
    <message>
        <source>The %1 opens a new socket and calls bind() for port %2, without SO_REUSEADDR.</source>
        <translation>%1打开一个新套接字，不设置 SO_REUSEADDR，对端口 %2 调用 bind()。</translation>
    </message>
    <message>
        <source>No socket uses port %1 any more, so bind() succeeds.</source>
        <translation>已经没有套接字在使用端口 %1，所以 bind() 成功。</translation>
    </message>
    <message>
        <source>bind() fails with EADDRINUSE, &quot;Address already in use&quot;: the %1&apos;s socket in %2 still uses port %3.</source>
        <translation>bind() 失败，错误为 EADDRINUSE（“Address already in use”，地址已被占用）：%1处于 %2 的套接字仍在使用端口 %3。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR never lets a second socket bind a port that a socket listens on.</source>
        <translation>只要有套接字在某个端口上监听，SO_REUSEADDR 也不会让第二个套接字绑定这个端口。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR is set on the new socket, but Linux also requires it on the socket that uses the port.</source>
        <translation>新套接字设置了 SO_REUSEADDR，但 Linux 还要求正在使用该端口的套接字也设置了它。</translation>
    </message>
    <message>
        <source>Without SO_REUSEADDR, Linux refuses a port that any socket still uses, even a connection in TIME-WAIT.</source>
        <translation>没有 SO_REUSEADDR 时，只要还有套接字在使用某个端口（即使是处于 TIME-WAIT 的连接），Linux 就拒绝绑定它。</translation>
    </message>
    <message>
        <source>bind() succeeds although the %1&apos;s socket in %2 still uses port %3: both sockets have SO_REUSEADDR and neither listens, so Linux lets them share the port.</source>
        <translation>虽然%1处于 %2 的套接字仍在使用端口 %3，bind() 仍然成功：两个套接字都设置了 SO_REUSEADDR，且都不在监听，所以 Linux 允许它们共用这个端口。</translation>
    </message>
    <message>
        <source>The old connection itself stays in TIME-WAIT: SO_REUSEADDR does not end it, it only lets a new socket bind the port.</source>
        <translation>旧连接本身仍处于 TIME-WAIT：SO_REUSEADDR 不会结束它，只是允许新套接字绑定这个端口。</translation>
    </message>
    <message>
        <source>%1: %2 → EADDRINUSE</source>
        <translation>%1：%2 → EADDRINUSE</translation>
    </message>
    <message>
        <source>%1: %2 → success</source>
        <translation>%1：%2 → 成功</translation>
    </message>
    <message>
        <source>The %1&apos;s accept queue holds %2 of at most %3 connections (backlog %4 + 1).</source>
        <translation>%1的全连接队列中有 %2 个连接，最多 %3 个（backlog %4 + 1）。</translation>
    </message>
    <message>
        <source>The %1&apos;s accept queue has room (%2 of %3), so the SYN is answered on a new connection, %4, while the listening socket stays in LISTEN.</source>
        <translation>%1的全连接队列还有空位（%2/%3），所以用一个新连接 %4 应答这个 SYN，监听套接字本身仍处于 LISTEN。</translation>
    </message>
    <message>
        <source>The handshake is complete, so %1 joins the accept queue, where it waits for the program to call accept().</source>
        <translation>握手已完成，所以 %1 进入全连接队列，等待程序调用 accept()。</translation>
    </message>
    <message>
        <source>The %1 calls accept(), which returns the oldest connection in the accept queue: %2.</source>
        <translation>%1调用 accept()，它返回全连接队列中最早的连接：%2。</translation>
    </message>
    <message>
        <source>Nothing is sent and no TCP state changes.</source>
        <translation>不发送任何报文，也没有 TCP 状态改变。</translation>
    </message>
    <message>
        <source>The %1&apos;s accept queue is full (%2 of %3), so Linux drops the SYN without an answer: no SYN,ACK and no RST.</source>
        <translation>%1的全连接队列已满（%2/%3），所以 Linux 丢弃这个 SYN，不作任何应答：既没有 SYN,ACK，也没有 RST。</translation>
    </message>
    <message>
        <source>Its retransmission timer will send the SYN again.</source>
        <translation>它的重传定时器会再次发送这个 SYN。</translation>
    </message>
    <message>
        <source>The %1&apos;s accept queue is full (%2 of %3), so Linux drops this ACK: %4 stays in SYN-RECEIVED, while the %5 already believes it is ESTABLISHED.</source>
        <translation>%1的全连接队列已满（%2/%3），所以 Linux 丢弃这个 ACK：%4 仍处于 SYN-RECEIVED，而%5已经认为自己是 ESTABLISHED。</translation>
    </message>
    <message>
        <source>The SYN,ACK will be sent again when the retransmission timer of %1 expires.</source>
        <translation>当 %1 的重传定时器超时时，会再次发送 SYN,ACK。</translation>
    </message>
    <message>
        <source>The server (%1:%2) and %3 clients all start in CLOSED: no connection exists yet.</source>
        <translation>服务端（%1:%2）和 %3 个客户端都从 CLOSED 开始：还没有任何连接。</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>%1 → %2: dropped, accept queue full</source>
        <translation>%1 → %2：被丢弃，全连接队列已满</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 in binary: each of its four octets is 8 bits, 32 bits in all.</source>
        <translation>%1 的二进制形式：四段各 8 位，共 32 位。</translation>
    </message>
    <message>
        <source>The mask %1 in binary: %2 ones, then %3 zeros. The ones mark the network part (the prefix, /%2), the zeros the host part.</source>
        <translation>掩码 %1 的二进制形式：先是 %2 个 1，然后是 %3 个 0。1 标出网络部分（即前缀 /%2），0 标出主机部分。</translation>
    </message>
    <message>
        <source>AND, bit by bit: a result bit is 1 only where the address and the mask both have 1. The result, %1, is the network address.</source>
        <translation>逐位进行按位与（AND）：只有地址和掩码的对应位都是 1 时，结果位才是 1。结果 %1 就是网络地址。</translation>
    </message>
    <message>
        <source>Setting every host bit to 1 gives the broadcast address, %1: a packet sent to it reaches every host of the network.</source>
        <translation>把所有主机位都置为 1，就得到广播地址 %1：发往它的数据包会到达该网络中的每一台主机。</translation>
    </message>
    <message>
        <source>A /32 names the single address %1: a route to one host, not a network.</source>
        <translation>/32 只表示一个地址 %1：它是指向单台主机的路由，而不是一个网络。</translation>
    </message>
    <message>
        <source>A /31 has 2 addresses, %1 and %2, both usable: on a point-to-point link (RFC 3021) there is no need for network or broadcast addresses.</source>
        <translation>/31 有 2 个地址：%1 和 %2，都可以使用：在点对点链路上（RFC 3021）不需要网络地址和广播地址。</translation>
    </message>
    <message>
        <source>The hosts are %1 to %2: %3 addresses (2^%4 − 2, because the network and the broadcast address cannot name a host).</source>
        <translation>主机地址从 %1 到 %2，共 %3 个（2^%4 − 2，因为网络地址和广播地址不能分配给主机）。</translation>
    </message>
    <message>
        <source>%1 AND the same mask gives %2.</source>
        <translation>%1 与同一个掩码按位与，得到 %2。</translation>
    </message>
    <message>
        <source>Both give %1: the same network, so %2 reaches %3 directly, after an ARP request for its MAC address.</source>
        <translation>两者都得到 %1：属于同一网络，所以 %2 先用 ARP 请求查到对方的 MAC 地址，再直接发送到 %3。</translation>
    </message>
    <message>
        <source>%1 ≠ %2: different networks, so a packet from %3 to %4 goes through the default gateway.</source>
        <translation>%1 ≠ %2：属于不同网络，所以从 %3 发往 %4 的数据包要经过默认网关。</translation>
    </message>
    <message numerus="yes">
        <source>Borrowing %n host bit(s) makes the prefix /%1: %2 subnets of %3 addresses, %4 hosts each.</source>
        <translation>
            <numerusform>借用 %n 个主机位后，前缀变为 /%1：得到 %2 个子网，每个子网有 %3 个地址、%4 台主机。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ANDs its address %2 with its mask %3 → %4, and the destination %5 with the same mask → %6.</source>
        <translation>%1 把自己的地址 %2 与掩码 %3 按位与 → %4，再把目的地址 %5 与同一掩码按位与 → %6。</translation>
    </message>
    <message>
        <source>Same network: it sends to %1 directly.</source>
        <translation>同一网络：直接发送给 %1。</translation>
    </message>
    <message>
        <source>Different networks: it sends through its gateway %1.</source>
        <translation>不同网络：通过网关 %1 发送。</translation>
    </message>
    <message>
        <source>Its ARP cache has no MAC address for %1, so it must ask.</source>
        <translation>它的 ARP 缓存中没有 %1 的 MAC 地址，所以必须询问。</translation>
    </message>
    <message>
        <source>Its ARP cache already holds the MAC address of %1 (%2): no ARP request is needed.</source>
        <translation>它的 ARP 缓存中已有 %1 的 MAC 地址（%2）：不需要发送 ARP 请求。</translation>
    </message>
    <message>
        <source>%1 broadcasts an ARP request to ff:ff:ff:ff:ff:ff: “Who has %2? Tell %3.” Its cache entry for %2 stays INCOMPLETE until a reply comes.</source>
        <translation>%1 向 ff:ff:ff:ff:ff:ff 广播 ARP 请求：“谁是 %2？请告诉 %3。”在收到应答之前，它缓存中 %2 的条目一直处于 INCOMPLETE。</translation>
    </message>
    <message>
        <source>%1 answers with an ARP reply sent only to %2: “%3 is at %4.”</source>
        <translation>%1 回复一个只发给 %2 的 ARP 应答：“%3 的 MAC 地址是 %4。”</translation>
    </message>
    <message>
        <source>%1 sends the frame from %2 to %3. Inside, the IP packet goes from %4 to %5 (%6, TTL %7).</source>
        <translation>%1 发送该帧，从 %2 发往 %3。帧内的 IP 数据包从 %4 发往 %5（%6，TTL %7）。</translation>
    </message>
    <message>
        <source>%1 sends a frame.</source>
        <translation>%1 发送一个帧。</translation>
    </message>
    <message>
        <source>Switch %1 receives the frame on port %2 and learns that %3 is on port %2.</source>
        <translation>交换机 %1 在端口 %2 收到该帧，并学习到 %3 位于端口 %2。</translation>
    </message>
    <message>
        <source>Switch %1 receives the frame on port %2; it already knows %3 is there and refreshes that entry.</source>
        <translation>交换机 %1 在端口 %2 收到该帧；它已经知道 %3 在这个端口上，于是刷新该条目。</translation>
    </message>
    <message>
        <source>The destination is the broadcast address, so it floods the frame out of every other port: %1.</source>
        <translation>目的地址是广播地址，所以它把该帧从其他所有端口泛洪出去：%1。</translation>
    </message>
    <message>
        <source>The destination is a multicast address, so it floods the frame out of every other port: %1.</source>
        <translation>目的地址是组播地址，所以它把该帧从其他所有端口泛洪出去：%1。</translation>
    </message>
    <message>
        <source>%1 is not in its MAC table, so it floods the frame out of every other port: %2 (an unknown unicast).</source>
        <translation>%1 不在它的 MAC 地址表中，所以它把该帧从其他所有端口泛洪出去：%2（未知单播）。</translation>
    </message>
    <message>
        <source>Its MAC table puts %1 on port %2, so it forwards the frame there only.</source>
        <translation>它的 MAC 地址表显示 %1 位于端口 %2，所以只把该帧转发到那个端口。</translation>
    </message>
    <message>
        <source>%1 is on the port the frame came from, so it filters (drops) the frame.</source>
        <translation>%1 就在该帧进入的端口上，所以它过滤（丢弃）该帧。</translation>
    </message>
    <message>
        <source>%1: not the address asked for, so the request is discarded.</source>
        <translation>%1：请求查询的不是自己的地址，所以丢弃该请求。</translation>
    </message>
    <message>
        <source>%1: not asked, but already caching %2, so the entry is updated with the sender&apos;s MAC address (RFC 826).</source>
        <translation>%1：问的不是自己，但缓存中已有 %2，所以用发送方的 MAC 地址更新该条目（RFC 826）。</translation>
    </message>
    <message>
        <source>%1: asked for its own address, so it caches %2 → %3 (STALE: learned from a request) and prepares a reply.</source>
        <translation>%1：被询问的正是自己的地址，所以缓存 %2 → %3（STALE：从请求中学到），并准备应答。</translation>
    </message>
    <message>
        <source>%1: the reply it waited for. Its entry for %2 becomes REACHABLE with %3, and the packet waiting for it can go.</source>
        <translation>%1：这正是它在等的应答。它的 %2 条目变为 REACHABLE，MAC 地址为 %3，等待中的数据包可以发出了。</translation>
    </message>
    <message>
        <source>%1: the destination MAC address is not theirs, so the network card drops the frame.</source>
        <translation>%1：目的 MAC 地址不是自己的，所以网卡丢弃该帧。</translation>
    </message>
    <message>
        <source>%1: the frame is for its MAC address and the packet for its IP address, so it hands the %2 up the stack.</source>
        <translation>%1：帧的目的地是它的 MAC 地址，数据包的目的地是它的 IP 地址，所以它把这个 %2 交给上层协议处理。</translation>
    </message>
    <message>
        <source>%1: the frame is for its MAC address, but the packet is for %2, another network: it routes the packet on.</source>
        <translation>%1：帧是发给它的 MAC 地址的，但数据包要发往另一个网络中的 %2：它把数据包路由转发出去。</translation>
    </message>
    <message>
        <source>No reply within %1 s: %2 broadcasts the request for %3 again (request %4 of %5).</source>
        <translation>%1 秒内没有收到应答：%2 再次广播对 %3 的请求（第 %4 次，共 %5 次）。</translation>
    </message>
    <message>
        <source>No reply to %1 requests: %2 gives up and marks the entry FAILED.</source>
        <translation>%1 个请求都没有得到应答：%2 放弃，并把该条目标记为 FAILED。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) pass without traffic.</source>
        <translation>
            <numerusform>%n 分钟过去了，其间没有任何通信。</numerusform>
        </translation>
    </message>
    <message>
        <source>ARP entries not confirmed for %1 s turn from REACHABLE to STALE.</source>
        <translation>%1 秒内未得到确认的 ARP 条目从 REACHABLE 变为 STALE。</translation>
    </message>
    <message numerus="yes">
        <source>The switches forget the %n address(es) they have not seen for %1 s (ageing).</source>
        <translation>
            <numerusform>交换机遗忘了 %1 秒内没有再出现的 %n 个地址（老化）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The network %1: %2 network bits and %3 host bits.</source>
        <translation>网络 %1：%2 个网络位，%3 个主机位。</translation>
    </message>
    <message>
        <source>The address %1 with the mask %2 (/%3).</source>
        <translation>地址 %1，掩码 %2（/%3）。</translation>
    </message>
    <message>
        <source>LAN %1 (%2): hosts %3 to %4 and the router (%5) on switch %6.</source>
        <translation>局域网 %1（%2）：主机 %3 到 %4 以及路由器（%5）都连在交换机 %6 上。</translation>
    </message>
    <message>
        <source>Every ARP cache and MAC table is empty.</source>
        <translation>所有 ARP 缓存和 MAC 地址表都是空的。</translation>
    </message>
    <message>
        <source>A first exchange has filled some ARP caches and the switch&apos;s MAC table.</source>
        <translation>第一次通信已经填充了部分 ARP 缓存和交换机的 MAC 地址表。</translation>
    </message>
    <message>
        <source>router (%1)</source>
        <translation>路由器（%1）</translation>
    </message>
    <message>
        <source>The address in binary</source>
        <translation>地址的二进制形式</translation>
    </message>
    <message>
        <source>The mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Address AND mask</source>
        <translation>地址与掩码按位与</translation>
    </message>
    <message>
        <source>Broadcast address</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <source>Host range</source>
        <translation>主机范围</translation>
    </message>
    <message>
        <source>Same network?</source>
        <translation>同一网络？</translation>
    </message>
    <message numerus="yes">
        <source>Borrow %n bit(s)</source>
        <translation>
            <numerusform>借用 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: AND → same network</source>
        <translation>%1：按位与 → 同一网络</translation>
    </message>
    <message>
        <source>%1: AND → via the gateway</source>
        <translation>%1：按位与 → 经网关</translation>
    </message>
    <message>
        <source>%1: ARP failed</source>
        <translation>%1：ARP 失败</translation>
    </message>
    <message>
        <source>%1: ARP request (broadcast)</source>
        <translation>%1：ARP 请求（广播）</translation>
    </message>
    <message>
        <source>%1: ARP reply</source>
        <translation>%1：ARP 应答</translation>
    </message>
    <message>
        <source>%1: %2 frame</source>
        <translation>%1：%2 帧</translation>
    </message>
    <message>
        <source>%1: flood to ports %2</source>
        <translation>%1：泛洪到端口 %2</translation>
    </message>
    <message>
        <source>%1: forward to port %2</source>
        <translation>%1：转发到端口 %2</translation>
    </message>
    <message>
        <source>%1: filter</source>
        <translation>%1：过滤</translation>
    </message>
    <message>
        <source>Frame arrives</source>
        <translation>帧到达</translation>
    </message>
    <message>
        <source>Time passes</source>
        <translation>时间流逝</translation>
    </message>
    <message>
        <source>Network layer (IP)</source>
        <translation>网络层（IP）</translation>
    </message>
    <message>
        <source>Data link layer (Ethernet)</source>
        <translation>数据链路层（以太网）</translation>
    </message>
    <message>
        <source>Data link layer (ARP)</source>
        <translation>数据链路层（ARP）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, … %3 (%n stations)</source>
        <translation>
            <numerusform>%1、%2……%3（共 %n 个站点）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (UDP)</source>
        <comment>a program&apos;s UDP socket</comment>
        <translation>%1（UDP）</translation>
    </message>
    <message numerus="yes">
        <source>The bytes leave at once in %n segment(s) of at most %1 bytes (the MSS): %2.</source>
        <translation>
            <numerusform>这些字节立即发出，分成 %n 个报文段，每个最多 %1 字节（即 MSS）：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>sendall() calls send() (its call number %1) with the %2 bytes still to go.</source>
        <translation>sendall() 调用 send()（这是它的第 %1 次调用），传入尚未发出的 %2 字节。</translation>
    </message>
    <message>
        <source>The %1 calls send() with %2 bytes.</source>
        <translation>%1调用 send()，传入 %2 字节。</translation>
    </message>
    <message>
        <source>Its send buffer holds %1 bytes and has room for %2 of them, so send() takes %2 and returns %2. The other %3 bytes are not lost: they are still in the program&apos;s hands, and the return value says where to go on.</source>
        <translation>它的发送缓冲区可容纳 %1 字节，目前还有 %2 字节的空间，所以 send() 接收 %2 字节并返回 %2。其余 %3 字节并没有丢失：它们仍在程序手里，返回值告诉程序该从哪里接着发。</translation>
    </message>
    <message>
        <source>send() takes all %1 bytes and returns %1.</source>
        <translation>send() 接收全部 %1 字节，返回 %1。</translation>
    </message>
    <message>
        <source>Everything is taken, so sendall() returns (None in Python).</source>
        <translation>所有字节都已被接收，所以 sendall() 返回（在 Python 中返回 None）。</translation>
    </message>
    <message>
        <source>sendall() does not return yet: it waits until ACKs free room in the buffer, then calls send() again with the rest.</source>
        <translation>sendall() 还不会返回：它要等 ACK 在缓冲区中腾出空间，再用剩下的字节调用 send()。</translation>
    </message>
    <message>
        <source>The %1 stays in ESTABLISHED.</source>
        <translation>%1仍处于 ESTABLISHED 状态。</translation>
    </message>
    <message>
        <source>The %1 calls recv(%2), which returns %3 bytes: %4.</source>
        <translation>%1调用 recv(%2)，返回 %3 字节：%4。</translation>
    </message>
    <message>
        <source>TCP is a byte stream: the bytes of separate send() calls wait in one receive buffer, with no boundaries between them, and recv() returns what is there, up to its size, however many segments brought it.</source>
        <translation>TCP 是字节流：多次 send() 调用发出的字节在同一个接收缓冲区中排队，彼此之间没有边界；recv() 返回缓冲区中已有的数据（不超过它指定的大小），不管这些数据是由多少个报文段送来的。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) stay in the receive buffer for the next recv().</source>
        <translation>
            <numerusform>还有 %n 字节留在接收缓冲区中，等待下一次 recv()。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 calls %2 on its UDP socket. Nothing is sent: connect() on a UDP socket only records the peer, so that send() and recv() need no address, and errors from that peer are reported to it.</source>
        <translation>%1在它的 UDP 套接字上调用 %2。什么也没有发送：在 UDP 套接字上调用 connect() 只是记下对方的地址，这样 send() 和 recv() 就无需再指定地址，而来自该对方的错误也会报告给这个套接字。</translation>
    </message>
    <message>
        <source>The %1 calls %2: one call, one datagram of %3 bytes. It goes out at once: no handshake comes before it and no acknowledgment will follow.</source>
        <translation>%1调用 %2：一次调用，发出一个 %3 字节的数据报。它立即发出：之前没有握手，之后也不会有确认。</translation>
    </message>
    <message>
        <source>It sends %1 to %2:%3.</source>
        <translation>它把 %1 发往 %2:%3。</translation>
    </message>
    <message>
        <source>The %1 calls %2, which returns one datagram, exactly as it was sent: %3 bytes.</source>
        <translation>%1调用 %2，返回一个数据报，与发送时完全一样：%3 字节。</translation>
    </message>
    <message numerus="yes">
        <source>%n more datagram(s) wait, each for a call of its own.</source>
        <translation>
            <numerusform>还有 %n 个数据报在等待，每个都需要单独一次调用来接收。</numerusform>
        </translation>
    </message>
    <message>
        <source>No datagram is waiting any more.</source>
        <translation>已经没有数据报在等待了。</translation>
    </message>
    <message>
        <source>The %1 calls %2, which fails with %3 (errno 111 on Linux; Python raises ConnectionRefusedError): the error the ICMP message left on the socket.</source>
        <translation>%1调用 %2，以 %3 失败（在 Linux 上 errno 为 111；Python 抛出 ConnectionRefusedError）：这是 ICMP 报文留在套接字上的错误。</translation>
    </message>
    <message>
        <source>On Windows the same call fails with WSAECONNRESET (10054, ConnectionResetError in Python), and there unconnected UDP sockets get it too, unless SIO_UDP_CONNRESET turns it off.</source>
        <translation>在 Windows 上，同样的调用会以 WSAECONNRESET 失败（10054，在 Python 中为 ConnectionResetError），而且在那里未连接的 UDP 套接字也会收到这个错误，除非用 SIO_UDP_CONNRESET 把它关闭。</translation>
    </message>
    <message>
        <source>The %1 calls %2 and waits. Nothing arrives, so after %3 s it times out (Python raises TimeoutError).</source>
        <translation>%1调用 %2 并等待。什么也没有到达，所以 %3 s 后调用超时（Python 抛出 TimeoutError）。</translation>
    </message>
    <message>
        <source>The ICMP message did come back, but Linux tells an unconnected UDP socket nothing of it: the program cannot tell a lost datagram from a closed port.</source>
        <translation>ICMP 报文确实返回了，但 Linux 不会把它告诉未连接的 UDP 套接字：程序无法区分数据报是丢失了还是端口关闭了。</translation>
    </message>
    <message numerus="yes">
        <source>%1 arrives at the %2, whose kernel puts the datagram whole in the socket&apos;s receive queue: %n datagram(s) waiting for recvfrom().</source>
        <translation>
            <numerusform>%1 到达%2，它的内核把整个数据报放进套接字的接收队列：共有 %n 个数据报在等待 recvfrom()。</numerusform>
        </translation>
    </message>
    <message>
        <source>No ACK goes back: UDP never acknowledges, and the sender does not know it arrived.</source>
        <translation>不会回送 ACK：UDP 从不确认，发送方并不知道数据报已经到达。</translation>
    </message>
    <message>
        <source>%1 arrives at the %2&apos;s host, but no socket there is bound to UDP port %3.</source>
        <translation>%1 到达%2所在的主机，但那里没有套接字绑定到 UDP 端口 %3。</translation>
    </message>
    <message>
        <source>Its kernel answers with ICMP Destination Unreachable, type 3 code 3 (port unreachable), which quotes the datagram&apos;s IPv4 header and its first bytes, ports included, so that the sender&apos;s kernel can find the socket it concerns (RFC 792, RFC 1122).</source>
        <translation>它的内核回复 ICMP 目的不可达，类型 3 代码 3（端口不可达）。该报文引用了原数据报的 IPv4 首部和开头的若干字节（包括端口），以便发送方的内核找到与之相关的套接字（RFC 792、RFC 1122）。</translation>
    </message>
    <message>
        <source>The ICMP port unreachable arrives at the %1. The quoted datagram names its socket, which is connected to that port, so Linux keeps ECONNREFUSED on the socket for its next call.</source>
        <translation>ICMP 端口不可达报文到达%1。引用的数据报指明了它的套接字，而该套接字已连接到那个端口，所以 Linux 把 ECONNREFUSED 留在套接字上，交给它的下一次调用。</translation>
    </message>
    <message>
        <source>The ICMP port unreachable arrives at the %1. Its socket is not connected, so Linux drops the message and tells the program nothing.</source>
        <translation>ICMP 端口不可达报文到达%1。它的套接字未连接，所以 Linux 丢弃这个报文，什么也不告诉程序。</translation>
    </message>
    <message>
        <source>Network layer (ICMP)</source>
        <translation>网络层（ICMP）</translation>
    </message>
    <message>
        <source>Transport layer (UDP)</source>
        <translation>传输层（UDP）</translation>
    </message>
    <message>
        <source>the %1 (%2:%3)</source>
        <translation>%1（%2:%3）</translation>
    </message>
    <message>
        <source>Each program has a UDP socket: %1. No connection exists and none will: UDP has no connection and no states.</source>
        <translation>每个程序各有一个 UDP 套接字：%1。不存在连接，以后也不会有：UDP 既没有连接，也没有状态。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
</context>
<context>
    <name>NetSteps::PacketCapture</name>
    <message>
        <source>Could not find the loopback interface &quot;lo&quot;: %1.</source>
        <translation>找不到回环接口“lo”：%1。</translation>
    </message>
    <message>
        <source>Could not open a capture socket on the loopback interface: %1.</source>
        <translation>无法在回环接口上打开抓包套接字：%1。</translation>
    </message>
    <message>
        <source>Could not attach the capture filter</source>
        <translation>无法附加抓包过滤器</translation>
    </message>
    <message>
        <source>Could not ask for the kernel&apos;s timestamps (SO_TIMESTAMP)</source>
        <translation>无法请求内核时间戳（SO_TIMESTAMP）</translation>
    </message>
    <message>
        <source>Could not bind the capture socket to the loopback interface</source>
        <translation>无法把抓包套接字绑定到回环接口</translation>
    </message>
    <message>
        <source>Capturing real segments on the loopback interface needs root or the CAP_NET_RAW capability, which this program does not have (%1). Run it as root, or give the program the capability with: sudo setcap cap_net_raw+ep PROGRAM</source>
        <translation>在回环接口上抓取真实报文段需要 root 权限或 CAP_NET_RAW 能力，本程序没有（%1）。请以 root 身份运行，或用以下命令给程序这个能力：sudo setcap cap_net_raw+ep 程序路径</translation>
    </message>
    <message>
        <source>Capturing real segments on the loopback interface needs root or the CAP_NET_RAW capability, which this program does not have (%1). Run it as root, or give the program the capability with: sudo setcap cap_net_raw+ep %2</source>
        <translation>在回环接口上抓取真实报文段需要 root 权限或 CAP_NET_RAW 能力，本程序没有（%1）。请以 root 身份运行，或用以下命令给程序这个能力：sudo setcap cap_net_raw+ep %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Reading the capture on the loopback interface failed, so it stopped: %1.</source>
        <translation>读取回环接口上的抓包失败，抓包已停止：%1。</translation>
    </message>
    <message>
        <source>Capturing real segments is only supported on Linux in this version.</source>
        <translation>此版本只在 Linux 上支持抓取真实报文段。</translation>
    </message>
</context>
<context>
    <name>NetSteps::PcapReader</name>
    <message>
        <source>The capture file has %1 bytes, but a pcap file header alone has 24.</source>
        <translation>抓包文件只有 %1 字节，而仅 pcap 文件头就有 24 字节。</translation>
    </message>
    <message>
        <source>This is a pcapng capture file; NetSteps reads classic pcap files only (save as &quot;Wireshark/tcpdump - pcap&quot;).</source>
        <translation>这是 pcapng 格式的抓包文件；NetSteps 只能读取经典的 pcap 文件（请另存为“Wireshark/tcpdump - pcap”格式）。</translation>
    </message>
    <message>
        <source>This is not a pcap capture file: it starts with 0x%1 instead of the magic number 0xa1b2c3d4.</source>
        <translation>这不是 pcap 抓包文件：它以 0x%1 开头，而不是魔数 0xa1b2c3d4。</translation>
    </message>
    <message>
        <source>The pcap file has format version %1.%2; NetSteps reads version 2.4.</source>
        <translation>该 pcap 文件的格式版本为 %1.%2；NetSteps 读取的是 2.4 版。</translation>
    </message>
    <message>
        <source>The pcap file has link type %1; NetSteps reads Ethernet captures (link type 1) only.</source>
        <translation>该 pcap 文件的链路类型为 %1；NetSteps 只读取以太网抓包（链路类型 1）。</translation>
    </message>
    <message>
        <source>Record %1: the file ends inside the record header (%2 of 16 bytes).</source>
        <translation>记录 %1：文件在记录头中间就结束了（16 字节中只有 %2 字节）。</translation>
    </message>
    <message>
        <source>Record %1: the sub-second part of the timestamp, %2, is not below %3.</source>
        <translation>记录 %1：时间戳的亚秒部分 %2 不小于 %3。</translation>
    </message>
    <message>
        <source>Record %1: it claims %2 captured bytes, more than the limit of %3.</source>
        <translation>记录 %1：它声称捕获了 %2 字节，超过了上限 %3。</translation>
    </message>
    <message>
        <source>Record %1: the file ends after %2 of its %3 bytes.</source>
        <translation>记录 %1：该记录共 %3 字节，但文件在 %2 字节之后就结束了。</translation>
    </message>
</context>
<context>
    <name>NetSteps::PcapWriter</name>
    <message>
        <source>The timestamp %1 µs is outside what a pcap file can hold (0 up to the year 2106).</source>
        <translation>时间戳 %1 µs 超出了 pcap 文件能表示的范围（从 0 到 2106 年）。</translation>
    </message>
    <message>
        <source>The capture file is not open for writing.</source>
        <translation>抓包文件没有以写入方式打开。</translation>
    </message>
    <message>
        <source>Could not write the capture file: %1</source>
        <translation>无法写入抓包文件：%1</translation>
    </message>
</context>
<context>
    <name>NetSteps::RealSegmentNotes</name>
    <message>
        <source>random ISNs</source>
        <translation>随机 ISN</translation>
    </message>
    <message>
        <source>The real initial sequence numbers (%1) are random: Linux computes each from a secret hash of the two addresses and ports plus a clock (RFC 6528), so no two connections start alike; the model draws its own from the lesson&apos;s seed.</source>
        <translation>真实的初始序列号（%1）是随机的：Linux 根据两端地址和端口的秘密哈希值再加上一个时钟来计算每个 ISN（RFC 6528），因此任意两个连接的起点都不相同；模型则根据本课的随机种子生成自己的初始序列号。</translation>
    </message>
    <message>
        <source>MSS %1</source>
        <translation>MSS %1</translation>
    </message>
    <message>
        <source>MSS %1: loopback&apos;s MTU is 65536 bytes, so the kernel offers almost that much per segment; the model uses %2, from Ethernet&apos;s 1500-byte MTU minus 40 bytes of IPv4 and TCP headers.</source>
        <translation>MSS %1：回环接口的 MTU 为 65536 字节，因此内核通告的每个报文段大小几乎达到这个值；模型使用的是 %2，即以太网 1500 字节的 MTU 减去 40 字节的 IPv4 和 TCP 首部。</translation>
    </message>
    <message>
        <source>timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Linux adds the timestamp option (TSval, TSecr; RFC 7323) to measure round trips and to tell old segments from new ones after the sequence numbers wrap; the model leaves it out to keep its segments short.</source>
        <translation>Linux 会加上时间戳选项（TSval、TSecr；RFC 7323），用来测量往返时间，并在序列号回绕后区分新旧报文段；模型省略了这个选项，以使报文段保持简短。</translation>
    </message>
    <message>
        <source>window scale %1</source>
        <translation>窗口缩放 %1</translation>
    </message>
    <message>
        <source>Window scale %1 (×%2): Linux chooses it from the largest receive buffer it may grow to; the model uses %3 (×%4).</source>
        <translation>窗口缩放 %1（×%2）：Linux 根据接收缓冲区可能增长到的最大值来选择它；模型使用的是 %3（×%4）。</translation>
    </message>
    <message>
        <source>scaled windows</source>
        <translation>缩放后的窗口</translation>
    </message>
    <message>
        <source>The window field reads %1 but means %2 bytes: after the handshake it is scaled by the factor both sides agreed on in their SYNs.</source>
        <translation>窗口字段的值为 %1，实际表示 %2 字节：握手之后，它要乘以双方在 SYN 中商定的缩放因子。</translation>
    </message>
    <message>
        <source>the ACK rode on the FIN</source>
        <translation>ACK 搭载在 FIN 上</translation>
    </message>
    <message>
        <source>The %1&apos;s FIN also acknowledges the %2&apos;s FIN: its ACK waited (delayed ACK) and rode on the FIN, so this close takes three segments instead of four.</source>
        <translation>%1 的 FIN 同时确认了 %2 的 FIN：它的 ACK 先等了一会儿（延迟确认），然后搭载在 FIN 上发出，因此这次关闭只用了三个报文段，而不是四个。</translation>
    </message>
    <message>
        <source>set up before the lesson</source>
        <translation>课前已建立</translation>
    </message>
    <message>
        <source>These segments set the connection up for real before the lesson starts, where the model begins with it already ESTABLISHED.</source>
        <translation>这些报文段在课程开始前真实地建立了连接，而模型一开始就让连接处于 ESTABLISHED 状态。</translation>
    </message>
    <message>
        <source>all at once on loopback</source>
        <translation>回环上瞬间完成</translation>
    </message>
    <message numerus="yes">
        <source>On loopback a segment arrives within microseconds, so the kernels exchanged %n segment(s) during this step; the model shows the ones it has not sent yet in the steps that follow.</source>
        <translation>
            <numerusform>在回环接口上，报文段几微秒内就能到达，因此这一步中两端内核已经交换了 %n 个报文段；模型尚未发出的那些报文段会在后续步骤中展示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetSteps::ReferencePageView</name>
    <message>
        <source>(The figure &quot;%1&quot; is drawn by a newer version of NetSteps.)</source>
        <translation>（图“%1”需要更新版本的 NetSteps 才能绘制。）</translation>
    </message>
</context>
<context>
    <name>NetSteps::ScenarioRegistry</name>
    <message>
        <source>Three-way handshake</source>
        <translation>三次握手</translation>
    </message>
    <message>
        <source>Four-way close and TIME-WAIT</source>
        <translation>四次挥手与 TIME-WAIT</translation>
    </message>
    <message>
        <source>The client closes first: FIN, ACK, FIN, ACK, then TIME-WAIT for 2MSL.</source>
        <translation>客户端先关闭：FIN、ACK、FIN、ACK，然后在 TIME-WAIT 中等待 2MSL。</translation>
    </message>
    <message>
        <source>SYN, SYN,ACK, ACK: a client connects to a listening server.</source>
        <translation>SYN、SYN,ACK、ACK：客户端连接到正在监听的服务端。</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>编址</translation>
    </message>
    <message>
        <source>ARP</source>
        <translation>ARP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>数据传输</translation>
    </message>
    <message>
        <source>A few bytes each way: seq and ack advance by the length of the data.</source>
        <translation>双方各发送几个字节：seq 和 ack 按数据长度递增。</translation>
    </message>
    <message>
        <source>Close: the server closes first</source>
        <translation>关闭：服务端先关闭</translation>
    </message>
    <message>
        <source>The four-way close the other way round: the server ends up in TIME-WAIT.</source>
        <translation>方向相反的四次挥手：最后进入 TIME-WAIT 的是服务端。</translation>
    </message>
    <message>
        <source>Simultaneous close</source>
        <translation>同时关闭</translation>
    </message>
    <message>
        <source>Both sides send FIN at once: each goes through CLOSING, and both wait in TIME-WAIT.</source>
        <translation>双方同时发送 FIN：各自经过 CLOSING，然后都在 TIME-WAIT 中等待。</translation>
    </message>
    <message>
        <source>Close in three segments</source>
        <translation>三个报文段完成关闭</translation>
    </message>
    <message>
        <source>The server&apos;s FIN rides on its ACK: FIN, FIN,ACK, ACK, as real stacks often send.</source>
        <translation>服务端的 FIN 搭载在它的 ACK 上：FIN、FIN,ACK、ACK，真实的协议栈常常这样发送。</translation>
    </message>
    <message>
        <source>Half-close</source>
        <translation>半关闭</translation>
    </message>
    <message>
        <source>The client shuts down its sending side; the server in CLOSE-WAIT keeps sending.</source>
        <translation>客户端关闭自己的发送方向；处于 CLOSE-WAIT 的服务端继续发送数据。</translation>
    </message>
    <message>
        <source>Lost last ACK: why 2MSL</source>
        <translation>最后的 ACK 丢失：为什么要等 2MSL</translation>
    </message>
    <message>
        <source>The last ACK is lost; the server resends its FIN and TIME-WAIT answers it.</source>
        <translation>最后一个 ACK 丢失；服务端重发 FIN，由处于 TIME-WAIT 的一方作出应答。</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>A data segment is lost; the retransmission timer expires and it is sent again.</source>
        <translation>一个数据报文段丢失；重传计时器超时后它被再次发送。</translation>
    </message>
    <message>
        <source>Abort with RST</source>
        <translation>用 RST 中止连接</translation>
    </message>
    <message>
        <source>close() with SO_LINGER 0 resets the connection: no FIN, no TIME-WAIT.</source>
        <translation>设置 SO_LINGER 为 0 后调用 close() 会复位连接：没有 FIN，也没有 TIME-WAIT。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>A SYN to a port where nothing listens is answered RST,ACK: &apos;Connection refused&apos;.</source>
        <translation>发往无人监听端口的 SYN 会收到 RST,ACK：“Connection refused”（连接被拒绝）。</translation>
    </message>
    <message>
        <source>Simultaneous open</source>
        <translation>同时打开</translation>
    </message>
    <message>
        <source>Both sides connect to each other at once: SYN, SYN, then SYN,ACK both ways.</source>
        <translation>双方同时向对方发起连接：先是两个 SYN，然后双向各一个 SYN,ACK。</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>保活（Keep-alive）</translation>
    </message>
    <message>
        <source>An idle connection is probed; when the peer dies, the unanswered probes end it.</source>
        <translation>空闲的连接会被探测；当对方失效时，无人应答的探测最终结束这条连接。</translation>
    </message>
    <message>
        <source>On one machine the two FINs cannot be made to cross: loopback delivers the first before the second is sent, so this lesson is simulated.</source>
        <translation>在同一台机器上无法让两个 FIN 在途中交错：回环接口会在第二个 FIN 发出之前就送达第一个，所以本课只能模拟。</translation>
    </message>
    <message>
        <source>Whether the ACK rides on the FIN depends on the kernel&apos;s delayed-ACK timer, which a program cannot control, so this lesson is simulated.</source>
        <translation>ACK 是否搭载在 FIN 上取决于内核的延迟确认计时器，程序无法控制，所以本课只能模拟。</translation>
    </message>
    <message>
        <source>Loopback never loses a segment, and dropping one needs permissions and tools this lesson does not assume, so it is simulated.</source>
        <translation>回环接口从不丢失报文段，而人为丢弃报文段需要本课不假定具备的权限和工具，所以只能模拟。</translation>
    </message>
    <message>
        <source>Two sockets connecting to each other at the same instant cannot be arranged reliably on one machine, so this lesson is simulated.</source>
        <translation>在同一台机器上无法可靠地让两个套接字在同一瞬间互相连接，所以本课只能模拟。</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>地址已被占用</translation>
    </message>
    <message>
        <source>The server closes first and its port stays in TIME-WAIT: bind() fails without SO_REUSEADDR and succeeds with it.</source>
        <translation>服务器先关闭，它的端口停留在 TIME-WAIT：不设置 SO_REUSEADDR 时 bind() 失败，设置后成功。</translation>
    </message>
    <message>
        <source>Listen backlog</source>
        <translation>监听队列（backlog）</translation>
    </message>
    <message>
        <source>A server listens with backlog 1 and never accepts: what the backlog bounds, and what Linux does when the queue is full.</source>
        <translation>服务器以 backlog 1 监听且从不 accept：backlog 究竟限制的是什么，以及队列满时 Linux 怎么做。</translation>
    </message>
    <message>
        <source>The client&apos;s keep-alive timers are shortened to 2 s idle, 1 s between probes and 3 probes (TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT), and the server&apos;s kernel really answers the probe. From the moment the server dies the lesson is simulated: on loopback the peer&apos;s kernel always answers.</source>
        <translation>客户端的保活计时器被缩短为：空闲 2 秒、探测间隔 1 秒、探测 3 次（TCP_KEEPIDLE、TCP_KEEPINTVL、TCP_KEEPCNT），服务端的内核会真实地应答探测。从服务端失效的那一刻起，本课改为模拟：在回环接口上，对端内核总会作出应答。</translation>
    </message>
    <message>
        <source>ARP and switching need a LAN of several machines, which real sockets on one computer cannot stage, so this lesson is simulated. This computer&apos;s own interfaces and ARP cache are shown under Tools &gt; This Machine and by netsteps-cli arp --system.</source>
        <translation>ARP 和交换需要一个由多台机器组成的局域网，只靠一台计算机上的真实套接字无法搭建，因此本课只做模拟。本机自己的接口和 ARP 缓存可以在“工具 &gt; 本机”中查看，也可以用 netsteps-cli arp --system 查看。</translation>
    </message>
    <message>
        <source>The subnet mask AND</source>
        <translation>子网掩码的按位与</translation>
    </message>
    <message>
        <source>An address AND its mask, bit by bit: the network, the broadcast address, the hosts, and whether a second address is on the same network.</source>
        <translation>把地址与其掩码逐位按位与：求出网络地址、广播地址和主机范围，并判断第二个地址是否在同一网络中。</translation>
    </message>
    <message>
        <source>Subnetting</source>
        <translation>子网划分</translation>
    </message>
    <message>
        <source>Borrow host bits to split a network into 2, 4, 8 … subnets, each with its own range.</source>
        <translation>借用主机位，把一个网络划分为 2、4、8… 个子网，每个子网都有自己的地址范围。</translation>
    </message>
    <message>
        <source>ARP on the same LAN</source>
        <translation>同一局域网内的 ARP</translation>
    </message>
    <message>
        <source>The AND says same network: a broadcast request, flooded by the switch, a unicast reply, then the frame itself.</source>
        <translation>按位与的结果表明是同一网络：先广播请求（由交换机泛洪），再收到单播应答，然后才发送帧本身。</translation>
    </message>
    <message>
        <source>ARP via the gateway</source>
        <translation>经网关的 ARP</translation>
    </message>
    <message>
        <source>Another network: ARP for the gateway, then the router ARPs on the far LAN; MAC addresses change at each hop, IP addresses stay.</source>
        <translation>另一个网络：先用 ARP 查询网关，再由路由器在对面的局域网上进行 ARP；每一跳 MAC 地址都会改变，IP 地址保持不变。</translation>
    </message>
    <message>
        <source>ARP cache hit</source>
        <translation>ARP 缓存命中</translation>
    </message>
    <message>
        <source>The second time no ARP is needed: the cache already holds the address.</source>
        <translation>第二次就不需要 ARP 了：缓存中已经有这个地址。</translation>
    </message>
    <message>
        <source>Unknown unicast flooding</source>
        <translation>未知单播泛洪</translation>
    </message>
    <message>
        <source>The switch has forgotten a MAC address, so it floods a frame that is not a broadcast.</source>
        <translation>交换机已经遗忘了某个 MAC 地址，所以连非广播帧也会被泛洪。</translation>
    </message>
    <message>
        <source>ARP with no reply</source>
        <translation>没有应答的 ARP</translation>
    </message>
    <message>
        <source>Nobody has the address: three requests, the entry FAILED, and &apos;No route to host&apos;.</source>
        <translation>没有主机拥有这个地址：三次请求，条目变为 FAILED，最后报告“No route to host”。</translation>
    </message>
    <message>
        <source>This lesson steps through the model of the calls and of the frames they cause; the live backend does not perform it. Try the same calls with real sockets in Python on 127.0.0.1.</source>
        <translation>本课逐步演示调用及其产生的帧的模型；实机后端不执行本课。请在 127.0.0.1 上用 Python 的真实套接字尝试同样的调用。</translation>
    </message>
    <message>
        <source>Socket lab</source>
        <translation>套接字实验</translation>
    </message>
    <message>
        <source>The course&apos;s hello server and a client, call by call: run the servers and clients for real, or point your own program at them, and watch each call on the diagrams.</source>
        <translation>课程中的 hello 服务端和一个客户端，逐个调用展示：真实地运行服务端和客户端，或者让你自己的程序连接它们，在图上观察每一次调用。</translation>
    </message>
    <message>
        <source>UDP on the ladder</source>
        <translation>时序图上的 UDP</translation>
    </message>
    <message>
        <source>One datagram each way with no handshake, then a port where nothing listens: ICMP port unreachable, and ECONNREFUSED only on a connected socket.</source>
        <translation>双向各发送一个数据报，没有握手；然后发往一个无人监听的端口：ICMP 端口不可达，只有已连接的套接字才会得到 ECONNREFUSED。</translation>
    </message>
    <message>
        <source>send() and sendall()</source>
        <translation>send() 与 sendall()</translation>
    </message>
    <message>
        <source>A small send buffer: send() takes part of a large message and says how much; sendall() calls send() until all of it is taken. Nothing is lost.</source>
        <translation>发送缓冲区很小：send() 只接收一条大消息的一部分，并告知接收了多少；sendall() 反复调用 send()，直到全部被接收。没有任何数据丢失。</translation>
    </message>
    <message>
        <source>Byte stream and datagrams</source>
        <translation>字节流与数据报</translation>
    </message>
    <message>
        <source>Three TCP sends come out of one recv() together, three UDP datagrams out of three recvfrom() calls one by one; then framing messages with a newline.</source>
        <translation>三次 TCP send() 的数据由一次 recv() 一起取出，而三个 UDP 数据报要由三次 recvfrom() 逐个取出；最后用换行符为消息分帧。</translation>
    </message>
    <message>
        <source>Each call is made on a real UDP socket on 127.0.0.1 (ports the kernel chooses stand for the model&apos;s addresses), and what it returned is shown beside the model&apos;s result. The receive that times out waits 300 ms for real instead of 2 s. UDP has no connection state for the kernel to report.</source>
        <translation>每个调用都在 127.0.0.1 上的真实 UDP 套接字上执行（由内核选择的端口代表模型中的地址），其返回结果显示在模型结果旁边。会超时的那次接收真实只等待 300 ms，而不是 2 s。UDP 没有连接状态可供内核报告。</translation>
    </message>
</context>
<context>
    <name>NetSteps::SockDiagLookup</name>
    <message>
        <source>Could not open a NETLINK_SOCK_DIAG socket</source>
        <translation>无法打开 NETLINK_SOCK_DIAG 套接字</translation>
    </message>
    <message>
        <source>The kernel refused the sock_diag lookup of 127.0.0.1:%1 to port %2</source>
        <translation>内核拒绝了对 127.0.0.1:%1 到端口 %2 的 sock_diag 查询</translation>
    </message>
    <message>
        <source>The kernel reported state %1 for 127.0.0.1:%2 to port %3, which is not a TCP state.</source>
        <translation>内核报告 127.0.0.1:%2 到端口 %3 的状态为 %1，这不是一个 TCP 状态。</translation>
    </message>
    <message>
        <source>Could not send a sock_diag request</source>
        <translation>无法发送 sock_diag 请求</translation>
    </message>
    <message>
        <source>Could not read the kernel&apos;s sock_diag answer</source>
        <translation>无法读取内核的 sock_diag 应答</translation>
    </message>
    <message>
        <source>Could not wait for the kernel&apos;s sock_diag answer</source>
        <translation>无法等待内核的 sock_diag 应答</translation>
    </message>
    <message>
        <source>The kernel&apos;s sock_diag answer did not fit in %1 bytes.</source>
        <translation>内核的 sock_diag 应答超过了 %1 字节的缓冲区。</translation>
    </message>
    <message>
        <source>The kernel&apos;s sock_diag answer is malformed.</source>
        <translation>内核的 sock_diag 应答格式有误。</translation>
    </message>
    <message>
        <source>The kernel did not answer a sock_diag request within %1 ms.</source>
        <translation>内核在 %1 ms 内没有应答 sock_diag 请求。</translation>
    </message>
</context>
<context>
    <name>NetSteps::SocketErrors</name>
    <message>
        <source>Nothing listens on that port: the other host&apos;s kernel answered the SYN with RST (over UDP: an ICMP port unreachable). Start the server first, or check the port.</source>
        <translation>那个端口上没有程序在监听：对方主机的内核用 RST 回应了 SYN（若是 UDP，则回应 ICMP 端口不可达）。请先启动服务端，或检查端口号。</translation>
    </message>
    <message>
        <source>Another socket already uses this address and port: a program still listening on it, or a connection of an earlier run waiting in TIME-WAIT (then SO_REUSEADDR lets bind() succeed).</source>
        <translation>另一个套接字已经在使用这个地址和端口：可能是仍在监听它的程序，也可能是上次运行留下的、处于 TIME-WAIT 的连接（此时设置 SO_REUSEADDR 可以让 bind() 成功）。</translation>
    </message>
    <message>
        <source>The peer aborted the connection with RST: its program ended or closed the socket with data still unread, or it was closed with SO_LINGER 0.</source>
        <translation>对方用 RST 中止了连接：它的程序已结束，或在还有数据未读时关闭了套接字，或在 SO_LINGER 为 0 时关闭了套接字。</translation>
    </message>
    <message>
        <source>send() on a connection that is already closed or reset: the peer is gone. (Windows reports the same situation as WinError 10053 or 10054.)</source>
        <translation>在已经关闭或被复位的连接上调用 send()：对方已经不在了。（Windows 对同样的情况报告 WinError 10053 或 10054。）</translation>
    </message>
    <message>
        <source>This machine&apos;s own network stack aborted the connection, for example after a timeout or a reset that arrived while the connection waited to be accepted.</source>
        <translation>本机自己的网络协议栈中止了连接，例如发生了超时，或者连接在等待被接受时收到了复位报文。</translation>
    </message>
    <message>
        <source>Ports below 1024 are privileged on Linux: binding one needs root (or CAP_NET_BIND_SERVICE). Use a port of 1024 or above, such as 8080.</source>
        <translation>在 Linux 上，1024 以下的端口是特权端口：绑定它们需要 root 权限（或 CAP_NET_BIND_SERVICE）。请使用 1024 或以上的端口，例如 8080。</translation>
    </message>
    <message>
        <source>The address is not one of this computer&apos;s: bind() can only use an address of one of its interfaces (or 0.0.0.0 for all of them).</source>
        <translation>这个地址不属于本机：bind() 只能使用本机某个接口的地址（或用 0.0.0.0 表示所有接口）。</translation>
    </message>
    <message>
        <source>The host did not answer ARP on the local network, or a router reported it unreachable.</source>
        <translation>该主机没有在局域网上应答 ARP，或者某个路由器报告它不可达。</translation>
    </message>
    <message>
        <source>This computer has no route to that network: no interface on it and no default gateway.</source>
        <translation>本机没有通往那个网络的路由：没有接口连在该网络上，也没有默认网关。</translation>
    </message>
    <message>
        <source>No answer came: the SYN (or data) was resent until the kernel gave up. A firewall that drops packets silently does this.</source>
        <translation>没有收到应答：SYN（或数据）被一再重发，直到内核放弃。静默丢弃数据包的防火墙就会造成这种情况。</translation>
    </message>
    <message>
        <source>The process has as many descriptors open as its limit allows (ulimit -n): close sockets that are done, or raise the limit.</source>
        <translation>该进程打开的描述符已达上限（ulimit -n）：请关闭用完的套接字，或提高上限。</translation>
    </message>
</context>
<context>
    <name>NetSteps::SocketLabPanel</name>
    <message>
        <source>Copied: paste it into your client.</source>
        <translation>已复制：请粘贴到你的客户端中。</translation>
    </message>
    <message>
        <source>NetSteps&apos; server</source>
        <translation>NetSteps 的服务端</translation>
    </message>
    <message>
        <source>The course&apos;s servers, run for real by NetSteps: point your own client at it.</source>
        <translation>课程中的服务端，由 NetSteps 真实运行：让你自己的客户端连接它。</translation>
    </message>
    <message>
        <source>Tr&amp;ansport:</source>
        <translation>传输协议(&amp;A)：</translation>
    </message>
    <message>
        <source>TCP: a connection and a byte stream (SOCK_STREAM). UDP: datagrams, no connection (SOCK_DGRAM).</source>
        <translation>TCP：有连接，字节流（SOCK_STREAM）。UDP：数据报，无连接（SOCK_DGRAM）。</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>What the server answers:
hello: &quot;Welcome!&quot; when a client connects, &quot;Hello, X!&quot; for each message X; &quot;exit&quot; closes the connection.
upper: each message upper-cased.
echo: each message back unchanged.</source>
        <translation>服务端如何应答：
hello：客户端连接时回复“Welcome!”，对每条消息 X 回复“Hello, X!”；收到“exit”则关闭连接。
upper：把每条消息转成大写后返回。
echo：把每条消息原样返回。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>0 (any free)</source>
        <translation>0（任意空闲端口）</translation>
    </message>
    <message>
        <source>The port to bind(); 0 lets the kernel choose a free one.</source>
        <translation>bind() 使用的端口；填 0 则由内核选择一个空闲端口。</translation>
    </message>
    <message>
        <source>Let other comp&amp;uters connect</source>
        <translation>允许其他计算机连接(&amp;U)</translation>
    </message>
    <message>
        <source>Bind to an address other computers can reach, such as 0.0.0.0 (every interface), so that a deskmate&apos;s client can connect. Unchecked, the server listens on 127.0.0.1, which only this computer reaches.</source>
        <translation>绑定到其他计算机能够访问的地址，例如 0.0.0.0（所有接口），这样同桌的客户端也能连接进来。不勾选时，服务端在 127.0.0.1 上监听，只有本机能够访问。</translation>
    </message>
    <message>
        <source>&amp;Bind to:</source>
        <translation>绑定地址(&amp;B)：</translation>
    </message>
    <message>
        <source>The address the server binds: 0.0.0.0 is every interface of this computer.</source>
        <translation>服务端绑定的地址：0.0.0.0 表示本机的所有接口。</translation>
    </message>
    <message>
        <source>Other computers on your network can reach this server while it runs: start it only on a network you trust, and stop it when you are done.</source>
        <translation>服务端运行期间，你所在网络中的其他计算机都能访问它：请只在可信的网络中启动，用完后及时停止。</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the line to the clipboard</source>
        <translation>把这行代码复制到剪贴板</translation>
    </message>
    <message>
        <source>The line of your Python client that reaches this server</source>
        <translation>你的 Python 客户端中用来连接这个服务端的那行代码</translation>
    </message>
    <message>
        <source>NetSteps&apos; client</source>
        <translation>NetSteps 的客户端</translation>
    </message>
    <message>
        <source>A client run for real by NetSteps: point it at your own server, or at NetSteps&apos; server.</source>
        <translation>由 NetSteps 真实运行的客户端：让它连接你自己的服务端，或者连接 NetSteps 的服务端。</translation>
    </message>
    <message>
        <source>Tra&amp;nsport:</source>
        <translation>传输协议(&amp;N)：</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O)：</translation>
    </message>
    <message>
        <source>The server&apos;s IPv4 address, in dotted decimal such as 127.0.0.1</source>
        <translation>服务端的 IPv4 地址，用点分十进制表示，例如 127.0.0.1</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>The server&apos;s port, 1 to 65535</source>
        <translation>服务端的端口，范围 1 到 65535</translation>
    </message>
    <message>
        <source>connect() the UDP soc&amp;ket</source>
        <translation>对 UDP 套接字调用 connect()(&amp;K)</translation>
    </message>
    <message>
        <source>A connected UDP socket hears about a port where nothing listens: the kernel&apos;s ICMP port unreachable makes the next call fail with ConnectionRefusedError. An unconnected one never knows.</source>
        <translation>已连接的 UDP 套接字能得知某个端口上无人监听：内核收到的 ICMP 端口不可达会让下一次调用以 ConnectionRefusedError 失败。未连接的套接字则永远不会知道。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>关闭(&amp;E)</translation>
    </message>
    <message>
        <source>close(): over TCP, the client sends its FIN</source>
        <translation>close()：如果是 TCP，客户端会发送它的 FIN</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>What to send, as UTF-8 bytes; Enter sends it with send()</source>
        <translation>要发送的内容，按 UTF-8 编码成字节；按回车键即用 send() 发送</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>发送(&amp;D)</translation>
    </message>
    <message>
        <source>send(): one call, which may take fewer bytes than given</source>
        <translation>send()：一次调用，接收的字节可能少于给出的字节</translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation>全部发送(&amp;L)</translation>
    </message>
    <message>
        <source>sendall(): calls send() until every byte is taken</source>
        <translation>sendall()：反复调用 send()，直到每个字节都被接收</translation>
    </message>
    <message>
        <source>Connect&amp;ions (%1)</source>
        <translation>连接（%1）(&amp;I)</translation>
    </message>
    <message>
        <source>Call lo&amp;g (%1)</source>
        <translation>调用记录（%1）(&amp;G)</translation>
    </message>
    <message>
        <source>Every connection the lab has seen; select a TCP one to follow it on the ladder.</source>
        <translation>实验中见到的所有连接；选中一条 TCP 连接，即可在时序图上跟踪它。</translation>
    </message>
    <message>
        <source>Every socket call NetSteps made, with the line of Python that makes it.</source>
        <translation>NetSteps 发起的每一次套接字调用，以及发起该调用的 Python 代码行。</translation>
    </message>
    <message>
        <source>every interface of this computer</source>
        <translation>本机的所有接口</translation>
    </message>
    <message>
        <source>Bind to: %1</source>
        <translation>绑定地址：%1</translation>
    </message>
    <message>
        <source>The server could not start.</source>
        <translation>服务端无法启动。</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>停止服务端(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>启动服务端(&amp;S)</translation>
    </message>
    <message>
        <source>Close the server&apos;s connections and its listening socket</source>
        <translation>关闭服务端的所有连接及其监听套接字</translation>
    </message>
    <message>
        <source>socket(), bind() and listen(): start the course&apos;s server for real</source>
        <translation>socket()、bind() 和 listen()：真实地启动课程中的服务端</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>未运行。</translation>
    </message>
    <message>
        <source>Open the lesson to use the lab.</source>
        <translation>打开本课后才能使用实验。</translation>
    </message>
    <message>
        <source>Listening on %1 (every interface; 127.0.0.1 from this computer)</source>
        <translation>正在 %1 上监听（所有接口；本机可通过 127.0.0.1 访问）</translation>
    </message>
    <message>
        <source>Receiving on %1 (UDP)</source>
        <translation>正在 %1 上接收（UDP）</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在 %1 上监听</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>socket(AF_INET, SOCK_DGRAM): a UDP socket whose sendto() goes to the host and port</source>
        <translation>socket(AF_INET, SOCK_DGRAM)：一个 UDP 套接字，它的 sendto() 发往该主机和端口</translation>
    </message>
    <message>
        <source>socket() and connect(): the three-way handshake with the server</source>
        <translation>socket() 和 connect()：与服务端进行三次握手</translation>
    </message>
    <message>
        <source>Connected: type a message and press Enter to send() it.</source>
        <translation>已连接：输入一条消息，按回车键即用 send() 发送。</translation>
    </message>
    <message>
        <source>Ready: type a message and press Enter to sendto() it.</source>
        <translation>已就绪：输入一条消息，按回车键即用 sendto() 发送。</translation>
    </message>
    <message>
        <source>connect() is waiting for the server&apos;s answer…</source>
        <translation>connect() 正在等待服务端的应答…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Select a call to see its Python line and result; failed calls are in red.</source>
        <translation>选中一次调用，即可查看它的 Python 代码行和结果；失败的调用显示为红色。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Hide controls</source>
        <translation>隐藏控制区</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>显示控制区</translation>
    </message>
    <message>
        <source>Give the server&apos;s and the client&apos;s controls&apos; room to the tables</source>
        <translation>隐藏服务端和客户端的控制区，把空间留给表格</translation>
    </message>
    <message>
        <source>Show the server&apos;s and the client&apos;s controls</source>
        <translation>显示服务端和客户端的控制区</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Watch your own client talk to your own server through NetSteps</source>
        <translation>通过 NetSteps 观察你自己的客户端与你自己的服务端通信</translation>
    </message>
</context>
<context>
    <name>NetSteps::StageExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose a lesson first.</source>
        <translation>请先选择一课。</translation>
    </message>
    <message>
        <source>A lesson is exported as the model shows it: switch to Simulated mode first.</source>
        <translation>导出的是模型演示的课程：请先切换到模拟模式。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Export stopped after %1 of %2 steps.</source>
        <translation>导出在第 %1 步（共 %2 步）后停止。</translation>
    </message>
</context>
<context>
    <name>NetSteps::StateDiagramView</name>
    <message>
        <source>TCP state diagram</source>
        <translation>TCP 状态图</translation>
    </message>
    <message>
        <source>The TCP states of RFC 9293 Figure 5 with each endpoint&apos;s current state lit</source>
        <translation>RFC 9293 图 5 中的 TCP 状态，每个端点的当前状态高亮显示</translation>
    </message>
    <message>
        <source>Handled without leaving this state:</source>
        <translation>处理后仍停留在此状态：</translation>
    </message>
    <message>
        <source>%1 / snd %2</source>
        <comment>event / segment sent</comment>
        <translation>%1 / 发 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between event names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>if opened passively</source>
        <translation>被动打开时</translation>
    </message>
    <message>
        <source>if opened actively</source>
        <translation>主动打开时</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>transition (condition)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (RFC 9293 %2)</source>
        <comment>transition (RFC section)</comment>
        <translation>%1（RFC 9293 %2）</translation>
    </message>
    <message>
        <source>Grey arrows: from these states a reset (rcv RST), an abort (ABORT) or a peer found dead by keep-alive returns the connection to CLOSED.</source>
        <translation>灰色箭头：在这些状态下，收到复位（rcv RST）、中止（ABORT）或经保活探测发现对方已失效，都会使连接回到 CLOSED。</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <comment>a badge counting the endpoints in a state (always several)</comment>
        <translation>
            <numerusform>%n 个端点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n</source>
        <comment>a badge counting the other endpoints in a state</comment>
        <translation>
            <numerusform>+%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetSteps::Subnet</name>
    <message>
        <source>The subnet is empty; write an address, &apos;/&apos; and a prefix length, such as 192.168.1.10/24.</source>
        <translation>子网为空；请写出地址、“/”和前缀长度，例如 192.168.1.10/24。</translation>
    </message>
    <message>
        <source>The address before &apos;/&apos; is empty; write four numbers 0-255 separated by dots, such as 192.168.1.10/24.</source>
        <translation>“/”前面的地址为空；请写出用点分隔的四个 0-255 之间的数，例如 192.168.1.10/24。</translation>
    </message>
    <message>
        <source>The prefix length is missing; write &apos;/&apos; and a number 0-32 after the address, such as %1/24.</source>
        <translation>缺少前缀长度；请在地址后面写“/”和一个 0-32 之间的数，例如 %1/24。</translation>
    </message>
    <message>
        <source>The prefix length after &apos;/&apos; is empty; write a number 0-32.</source>
        <translation>“/”后面的前缀长度为空；请写一个 0-32 之间的数。</translation>
    </message>
    <message>
        <source>After &apos;/&apos; comes the prefix length, not a mask; the mask %1 is /%2.</source>
        <translation>“/”后面应是前缀长度，而不是掩码；掩码 %1 对应 /%2。</translation>
    </message>
    <message>
        <source>The prefix &apos;%1&apos; is not a number; write a number 0-32 after &apos;/&apos;.</source>
        <translation>前缀“%1”不是数字；请在“/”后面写一个 0-32 之间的数。</translation>
    </message>
    <message>
        <source>The prefix %1 is over 32; an IPv4 address has only 32 bits.</source>
        <translation>前缀 %1 超过了 32；IPv4 地址只有 32 位。</translation>
    </message>
    <message>
        <source>Unexpected text after the prefix length: &apos;%1&apos;.</source>
        <translation>前缀长度之后有多余的文本：“%1”。</translation>
    </message>
    <message>
        <source>The mask is empty; write four numbers 0-255 separated by dots, such as 255.255.255.0.</source>
        <translation>掩码为空；请写出用点分隔的四个 0-255 之间的数，例如 255.255.255.0。</translation>
    </message>
    <message>
        <source>In the mask: %1</source>
        <translation>掩码部分：%1</translation>
    </message>
    <message>
        <source>The mask %1 is not valid: its 1 bits must be contiguous from the left, but octet %2 (%3 = %4) has a 1 after a 0.</source>
        <translation>掩码 %1 无效：其中的 1 必须从左边起连续排列，但第 %2 段（%3 = %4）中在 0 之后出现了 1。</translation>
    </message>
    <message>
        <source>Cannot borrow %1 bits; borrow 0 or more host bits.</source>
        <translation>无法借用 %1 位；请借用 0 个或更多主机位。</translation>
    </message>
    <message>
        <source>Borrowing %1 bits from a /%2 goes past /32; a /%2 has only %3 host bits to borrow.</source>
        <translation>从 /%2 借用 %1 位会超过 /32；/%2 只有 %3 个主机位可借。</translation>
    </message>
    <message>
        <source>Borrowing %1 bits makes %2 subnets, too many to list; borrow at most %3 bits.</source>
        <translation>借用 %1 位会产生 %2 个子网，太多而无法列出；最多借用 %3 位。</translation>
    </message>
    <message>
        <source>In the address: %1</source>
        <translation>地址部分：%1</translation>
    </message>
    <message>
        <source>After &apos;/&apos; comes the prefix length, not a mask; &apos;%1&apos; is not a valid mask either: %2</source>
        <translation>&apos;/&apos; 之后应为前缀长度，而不是掩码；而且 &apos;%1&apos; 也不是有效的掩码：%2</translation>
    </message>
</context>
<context>
    <name>NetSteps::SubnetInputPanel</name>
    <message>
        <source> (loopback)</source>
        <translation>（回环）</translation>
    </message>
    <message>
        <source> (down)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Choose one of this machine&apos;s interfaces</source>
        <translation>选择本机的一个接口</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>192.168.1.10</source>
        <translation>192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>掩码(&amp;M)：</translation>
    </message>
    <message>
        <source>255.255.255.0 or /24</source>
        <translation>255.255.255.0 或 /24</translation>
    </message>
    <message>
        <source>A dotted mask such as 255.255.255.192, or a prefix such as /26.</source>
        <translation>点分十进制掩码（如 255.255.255.192），或前缀（如 /26）。</translation>
    </message>
    <message>
        <source>&amp;Second address:</source>
        <translation>第二个地址(&amp;S)：</translation>
    </message>
    <message>
        <source>The address compared with the first: is it on the same network?</source>
        <translation>与第一个地址进行比较的地址：它们在同一网络中吗？</translation>
    </message>
    <message>
        <source>&amp;Borrowed bits:</source>
        <translation>借用位数(&amp;B)：</translation>
    </message>
    <message>
        <source>How many host bits subnetting borrows: 2, 4, 8 … subnets.</source>
        <translation>子网划分要借用的主机位数：对应 2、4、8… 个子网。</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Build the lesson from these numbers (Enter).</source>
        <translation>用这些数值生成课程（Enter 键）。</translation>
    </message>
    <message>
        <source>This ma&amp;chine:</source>
        <translation>本机(&amp;C)：</translation>
    </message>
    <message>
        <source>Start from the address and mask of one of this computer&apos;s interfaces.</source>
        <translation>以本机某个接口的地址和掩码作为起点。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Second address</source>
        <translation>第二个地址</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name: what is wrong</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Press Enter to apply.</source>
        <translation>按 Enter 键应用。</translation>
    </message>
</context>
<context>
    <name>NetSteps::SystemArp</name>
    <message>
        <source>Line %1 has %2 column(s); an entry has %3: IP address, HW type, Flags, HW address, Mask, Device.</source>
        <translation>第 %1 行有 %2 列；一个条目应有 %3 列：IP 地址、硬件类型、标志、硬件地址、掩码、设备。</translation>
    </message>
    <message>
        <source>Line %1: the IP address &apos;%2&apos; is not valid: %3</source>
        <translation>第 %1 行：IP 地址“%2”无效：%3</translation>
    </message>
    <message>
        <source>Line %1: HW type &apos;%2&apos; and Flags &apos;%3&apos; should be hexadecimal numbers such as 0x1.</source>
        <translation>第 %1 行：硬件类型“%2”和标志“%3”应为十六进制数，例如 0x1。</translation>
    </message>
    <message>
        <source>Line %1: the HW address &apos;%2&apos; should be bytes in hexadecimal separated by colons, such as 02:00:00:00:00:01.</source>
        <translation>第 %1 行：硬件地址“%2”应为用冒号分隔的十六进制字节，例如 02:00:00:00:00:01。</translation>
    </message>
    <message>
        <source>Line 1 should be the header of /proc/net/arp, &quot;IP address  HW type  Flags  HW address  Mask  Device&quot;; it reads &apos;%1&apos;.</source>
        <translation>第 1 行应为 /proc/net/arp 的表头“IP address  HW type  Flags  HW address  Mask  Device”；实际内容为“%1”。</translation>
    </message>
    <message>
        <source>This system has no %1, where Linux lists its ARP cache, so the cache cannot be shown here (on Windows, &apos;arp -a&apos; lists it; on macOS, &apos;arp -an&apos;).</source>
        <translation>本系统没有 %1（Linux 在这个文件中列出 ARP 缓存），因此这里无法显示缓存（在 Windows 上可以用 arp -a 查看；在 macOS 上用 arp -an）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>以太网</translation>
    </message>
    <message>
        <source>IEEE 802 (Token Ring)</source>
        <translation>IEEE 802（令牌环）</translation>
    </message>
    <message>
        <source>FireWire (IEEE 1394)</source>
        <translation>FireWire（IEEE 1394）</translation>
    </message>
    <message>
        <source>InfiniBand</source>
        <translation>InfiniBand</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>published (proxy ARP)</source>
        <translation>已发布（代理 ARP）</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>NetSteps::TcpScenarios</name>
    <message>
        <source>The timings are Linux&apos;s defaults (net.ipv4.tcp_keepalive_time 7200 s, tcp_keepalive_intvl 75 s, tcp_keepalive_probes 9); the course quotes 2 hours, 75 s and 10 probes. A program turns keep-alive on with SO_KEEPALIVE and can shorten the times with TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT.</source>
        <translation>这些时间是 Linux 的默认值（net.ipv4.tcp_keepalive_time 7200 s，tcp_keepalive_intvl 75 s，tcp_keepalive_probes 9）；课程中给出的是 2 小时、75 s 和 10 次探测。程序通过 SO_KEEPALIVE 开启保活，并可以用 TCP_KEEPIDLE、TCP_KEEPINTVL 和 TCP_KEEPCNT 缩短这些时间。</translation>
    </message>
    <message>
        <source>This ACK answers the probe: the server is alive, and the keep-alive timer starts again.</source>
        <translation>这个 ACK 是对探测的应答：服务端仍然存活，保活计时器重新开始计时。</translation>
    </message>
    <message>
        <source>The server&apos;s machine loses power: it will answer nothing from now on, and it cannot tell the client.</source>
        <translation>服务端所在的机器突然断电：从此它不会再应答任何报文，也无法通知客户端。</translation>
    </message>
    <message>
        <source>No answer comes back: from now on a probe is sent every keep-alive interval.</source>
        <translation>没有收到应答：此后每隔一个保活间隔发送一次探测。</translation>
    </message>
    <message>
        <source>The server&apos;s ACK is delayed (Linux typically waits 40 ms, at most 200 ms, for something to send with it), and its application reads the end of the stream and closes at once.</source>
        <translation>服务端的 ACK 被延迟（Linux 通常等待 40 ms，最多 200 ms，看是否有数据可以一起发送），而它的应用程序读到数据流结束后立即关闭了连接。</translation>
    </message>
    <message>
        <source>The client shortened the timings with TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT after turning keep-alive on with SO_KEEPALIVE. Linux&apos;s defaults are 7200 s, 75 s and 9 probes (net.ipv4.tcp_keepalive_time, _intvl, _probes); the course quotes 2 hours, 75 s and 10 probes.</source>
        <translation>客户端用 SO_KEEPALIVE 开启保活后，又用 TCP_KEEPIDLE、TCP_KEEPINTVL 和 TCP_KEEPCNT 缩短了时间。Linux 的默认值是 7200 秒、75 秒和 9 次探测（net.ipv4.tcp_keepalive_time、_intvl、_probes）；课程中给出的是 2 小时、75 秒和 10 次探测。</translation>
    </message>
    <message>
        <source>The server set SO_REUSEADDR on its listening socket before listen(), as most servers do; the connection it accepted carries the option too.</source>
        <translation>和大多数服务器一样，服务器在 listen() 之前给监听套接字设置了 SO_REUSEADDR；它接受的连接也带有这个选项。</translation>
    </message>
    <message>
        <source>The server program is stopping: it closes its listening socket as well, so only this connection still uses port 8080.</source>
        <translation>服务器程序正在退出：它把监听套接字也关闭了，所以只有这条连接还在使用端口 8080。</translation>
    </message>
    <message>
        <source>This is what a server restarted at once sees: Python raises &quot;OSError: [Errno 98] Address already in use&quot;.</source>
        <translation>服务器立即重启时看到的就是这个：Python 抛出“OSError: [Errno 98] Address already in use”。</translation>
    </message>
    <message>
        <source>The course calls the backlog a &quot;half-connection pool&quot;, but on Linux it bounds the accept queue: connections whose handshake is complete and that the program has not accept()ed yet. Half-open connections (SYN-RECEIVED) wait in a separate SYN queue, bounded by net.ipv4.tcp_max_syn_backlog and relieved by SYN cookies. Linux also caps the backlog at net.core.somaxconn.</source>
        <translation>课程把 backlog 称为“半连接池”，但在 Linux 上它限制的是全连接队列：握手已经完成、但程序还没有 accept() 的连接。半连接（SYN-RECEIVED）在另一个独立的 SYN 队列中等待，其上限由 net.ipv4.tcp_max_syn_backlog 决定，并可由 SYN cookies 缓解。Linux 还会把 backlog 限制在 net.core.somaxconn 以内。</translation>
    </message>
    <message>
        <source>The accept queue is full now: Linux refuses a connection only when the queue already holds more than the backlog, so it holds backlog + 1. Both clients are ESTABLISHED although the server program has accepted neither. For the listening socket, ss -ltn shows Recv-Q 2 (connections waiting for accept()) and Send-Q 1 (the backlog).</source>
        <translation>全连接队列现在满了：只有当队列中的连接已经多于 backlog 时，Linux 才拒绝新连接，所以队列最多容纳 backlog + 1 个。虽然服务器程序一个都没有 accept，两个客户端都已是 ESTABLISHED。对这个监听套接字，ss -ltn 显示 Recv-Q 2（等待 accept() 的连接）和 Send-Q 1（backlog）。</translation>
    </message>
    <message>
        <source>Client 3 is told nothing: it cannot tell this drop from a lost SYN, and its connect() just waits. The server&apos;s kernel counts a listen overflow (TcpExtListenOverflows in nstat).</source>
        <translation>客户端 3 收不到任何通知：它无法区分这次丢弃和 SYN 在路上丢失，它的 connect() 只是继续等待。服务器内核会记录一次监听溢出（nstat 中的 TcpExtListenOverflows）。</translation>
    </message>
    <message>
        <source>Linux resends a SYN after 1 s (TCP_TIMEOUT_INIT: no round trip has been measured yet) and doubles the wait each time: 1 s, 2 s, 4 s… Newer kernels first resend every 1 s a few times (net.ipv4.tcp_syn_linear_timeouts, 4 by default) before doubling. After net.ipv4.tcp_syn_retries (6) retransmissions connect() fails with ETIMEDOUT.</source>
        <translation>Linux 在 1 秒后重传 SYN（TCP_TIMEOUT_INIT：此时还没有测得往返时间），之后每次等待时间加倍：1 秒、2 秒、4 秒……较新的内核会先每隔 1 秒重传几次（net.ipv4.tcp_syn_linear_timeouts，默认 4 次），然后才开始加倍。重传 net.ipv4.tcp_syn_retries（6）次之后，connect() 以 ETIMEDOUT 失败。</translation>
    </message>
    <message>
        <source>The connection was ESTABLISHED before accept() was called: the handshake is the kernel&apos;s work, not the program&apos;s. Taking a connection out of the queue frees a place in it.</source>
        <translation>在调用 accept() 之前，这个连接就已经是 ESTABLISHED：握手是内核完成的，不是程序。从队列中取走一个连接，就腾出了一个位置。</translation>
    </message>
    <message>
        <source>The accept queue still holds one connection, so this SYN is answered as well: the half-open connection of client 3 does not count there, it waits in the SYN queue until its ACK arrives. Two handshakes now compete for one free place.</source>
        <translation>全连接队列中还只有一个连接，所以这个 SYN 也得到应答：客户端 3 的半连接不计入全连接队列，它在 SYN 队列中等待自己的 ACK 到达。现在两个握手在争夺同一个空位。</translation>
    </message>
    <message>
        <source>On loopback client 3&apos;s handshake completes the instant its SYN is resent, so the accept queue is already full when client 4&apos;s SYN arrives, and it is dropped: the two handshakes cannot be made to compete for one place with real sockets here. From this step on, the lesson is simulated.</source>
        <translation>在回环接口上，客户端 3 的 SYN 一重传，握手就立即完成，所以客户端 4 的 SYN 到达时全连接队列已经满了，它会被丢弃：在这里无法用真实套接字让两个握手争夺同一个位置。从这一步起，本课只做模拟。</translation>
    </message>
    <message>
        <source>Client 4&apos;s connect() has returned, and it may already send data. With net.ipv4.tcp_abort_on_overflow = 0 (the default) Linux drops the ACK and keeps the half-open connection, hoping a place frees up; with 1 it would answer with RST.</source>
        <translation>客户端 4 的 connect() 已经返回，它可能已经开始发送数据。在 net.ipv4.tcp_abort_on_overflow = 0（默认值）时，Linux 丢弃这个 ACK 并保留半连接，等待腾出位置；若设为 1，则会回复 RST。</translation>
    </message>
    <message>
        <source>Like a SYN, a SYN,ACK is resent after 1 s (TCP_TIMEOUT_INIT). Meanwhile accept() has made room in the queue.</source>
        <translation>和 SYN 一样，SYN,ACK 也在 1 秒后重传（TCP_TIMEOUT_INIT）。与此同时，accept() 已经在队列中腾出了位置。</translation>
    </message>
    <message>
        <source>This time the queue had room: the connection is complete on both sides. Had the server not called accept(), Linux would resend the SYN,ACK up to net.ipv4.tcp_synack_retries (5) times and then drop the half-open connection, while client 4 still believed it was connected.</source>
        <translation>这一次队列有空位：连接在两端都建立完成。如果服务器没有调用 accept()，Linux 会重传 SYN,ACK，最多 net.ipv4.tcp_synack_retries（5）次，然后丢弃这个半连接，而客户端 4 仍然以为自己已经连上了。</translation>
    </message>
    <message>
        <source>The server has only called socket(AF_INET, SOCK_DGRAM) and bind((&apos;192.168.1.20&apos;, 9090)): no listen(), no accept(). The client has called socket() alone.</source>
        <translation>服务端只调用了 socket(AF_INET, SOCK_DGRAM) 和 bind((&apos;192.168.1.20&apos;, 9090))：没有 listen()，也没有 accept()。客户端只调用了 socket()。</translation>
    </message>
    <message>
        <source>The client called setsockopt(SOL_SOCKET, SO_SNDBUF, 4096) and settimeout(5.0) before connecting. Linux doubles the value it is given (getsockopt reads 8192) to leave room for its own bookkeeping; the model holds 4096 bytes of data.</source>
        <translation>客户端在连接之前调用了 setsockopt(SOL_SOCKET, SO_SNDBUF, 4096) 和 settimeout(5.0)。Linux 会把给定的值加倍（getsockopt 读到 8192），为自己的管理开销留出空间；模型中的缓冲区可容纳 4096 字节数据。</translation>
    </message>
    <message>
        <source>The client set TCP_NODELAY, so each send() leaves at once in a segment of its own. With Nagle&apos;s algorithm (the default) Linux would even hold the second and third back and send them together.</source>
        <translation>客户端设置了 TCP_NODELAY，所以每次 send() 都立即以单独的报文段发出。如果使用 Nagle 算法（默认情况），Linux 甚至会把第二次和第三次的数据扣下，合并在一起发送。</translation>
    </message>
    <message>
        <source>The server&apos;s program splits what it has at each &quot;\n&quot;: b&apos;four&apos; is a whole message; b&apos;fiv&apos; has no &quot;\n&quot; yet, so the program keeps it in its own buffer until the rest arrives.</source>
        <translation>服务端程序在每个 &quot;\n&quot; 处切分已收到的数据：b&apos;four&apos; 是一条完整的消息；b&apos;fiv&apos; 后面还没有 &quot;\n&quot;，所以程序把它留在自己的缓冲区中，直到其余部分到达。</translation>
    </message>
    <message>
        <source>The buffer now holds b&apos;five\n&apos;: the second message is whole. A length prefix (say 4 bytes giving the length, then the message) works the same way and allows any bytes in a message.</source>
        <translation>缓冲区中现在是 b&apos;five\n&apos;：第二条消息完整了。长度前缀（例如先用 4 字节给出长度，再跟上消息本身）也是同样的道理，而且消息中可以包含任意字节。</translation>
    </message>
</context>
<context>
    <name>NetSteps::TcpTransitionTable</name>
    <message>
        <source>A passive OPEN creates a listening socket; nothing is sent until a SYN arrives.</source>
        <translation>被动打开会创建一个监听套接字；在 SYN 到达之前不发送任何内容。</translation>
    </message>
    <message>
        <source>An active OPEN sends a SYN carrying the initial sequence number; the SYN itself consumes one sequence number.</source>
        <translation>主动打开会发送携带初始序列号的 SYN；SYN 本身占用一个序列号。</translation>
    </message>
    <message>
        <source>No socket listens on this port, so the SYN is refused with RST,ACK; the ack number is the SYN&apos;s seq + 1 (the SYN counts as one). The client sees &apos;Connection refused&apos;.</source>
        <translation>此端口上没有套接字在监听，因此用 RST,ACK 拒绝该 SYN；确认号为 SYN 的 seq + 1（SYN 计为一个序列号）。客户端会看到“Connection refused”（连接被拒绝）。</translation>
    </message>
    <message>
        <source>A segment for a connection that does not exist is answered with RST, seq = the segment&apos;s ack number.</source>
        <translation>发给不存在的连接的报文段会得到 RST 回应，seq = 该报文段的确认号。</translation>
    </message>
    <message>
        <source>An RST for a connection that does not exist is discarded.</source>
        <translation>发给不存在的连接的 RST 会被丢弃。</translation>
    </message>
    <message>
        <source>The listener answers a SYN with SYN,ACK: its own initial sequence number, and ack = the client&apos;s ISN + 1.</source>
        <translation>监听方以 SYN,ACK 回应 SYN：其中携带它自己的初始序列号，并且 ack = 客户端的 ISN + 1。</translation>
    </message>
    <message>
        <source>An ACK cannot be acceptable in LISTEN (nothing was sent), so it is answered with RST.</source>
        <translation>在 LISTEN 状态下，ACK 不可能是可接受的（尚未发送任何内容），因此以 RST 回应。</translation>
    </message>
    <message>
        <source>An RST in LISTEN is ignored.</source>
        <translation>在 LISTEN 状态下收到的 RST 会被忽略。</translation>
    </message>
    <message>
        <source>Sending on a listening connection with a known peer turns it into an active open: a SYN is sent.</source>
        <translation>在已知对方的监听连接上发送数据，会使其转为主动打开：发送一个 SYN。</translation>
    </message>
    <message>
        <source>Closing a listening socket deletes it; no segment is sent.</source>
        <translation>关闭监听套接字会将其删除；不发送任何报文段。</translation>
    </message>
    <message>
        <source>Aborting a listening socket deletes it; no segment is sent.</source>
        <translation>中止监听套接字会将其删除；不发送任何报文段。</translation>
    </message>
    <message>
        <source>The SYN,ACK acknowledges our SYN, so the connection is established; the ACK sent back has ack = the server&apos;s ISN + 1.</source>
        <translation>该 SYN,ACK 确认了我方的 SYN，因此连接建立；回送的 ACK 中 ack = 服务端的 ISN + 1。</translation>
    </message>
    <message>
        <source>A SYN without ACK while our own SYN is outstanding is a simultaneous open: answer SYN,ACK and wait for its acknowledgment.</source>
        <translation>我方的 SYN 尚未得到确认时收到不带 ACK 的 SYN，即为同时打开：回应 SYN,ACK，并等待对它的确认。</translation>
    </message>
    <message>
        <source>An acceptable RST,ACK means nobody listens on that port: connect() fails with &apos;Connection refused&apos; (ECONNREFUSED).</source>
        <translation>可接受的 RST,ACK 表示该端口上没有套接字在监听：connect() 失败，报告“Connection refused”（连接被拒绝，ECONNREFUSED）。</translation>
    </message>
    <message>
        <source>An RST that does not acknowledge our SYN could be forged or stale, so it is dropped.</source>
        <translation>没有确认我方 SYN 的 RST 可能是伪造的或过时的，因此将其丢弃。</translation>
    </message>
    <message>
        <source>Closing before the handshake completes deletes the connection; nothing is sent.</source>
        <translation>在握手完成之前关闭会删除连接；不发送任何内容。</translation>
    </message>
    <message>
        <source>Aborting before the handshake completes deletes the connection; nothing is sent.</source>
        <translation>在握手完成之前中止会删除连接；不发送任何内容。</translation>
    </message>
    <message>
        <source>No SYN,ACK arrived before the retransmission timeout, so the SYN is sent again with the same sequence number.</source>
        <translation>在重传超时之前没有收到 SYN,ACK，因此用相同的序列号重发 SYN。</translation>
    </message>
    <message>
        <source>The ACK acknowledges our SYN: the connection is established and accept() can return it.</source>
        <translation>该 ACK 确认了我方的 SYN：连接建立，accept() 可以返回该连接。</translation>
    </message>
    <message>
        <source>An RST in SYN-RECEIVED of a passively opened connection returns it to LISTEN.</source>
        <translation>对于被动打开的连接，在 SYN-RECEIVED 状态下收到 RST 会使其回到 LISTEN。</translation>
    </message>
    <message>
        <source>An RST in SYN-RECEIVED of an actively opened connection means the connection was refused.</source>
        <translation>对于主动打开的连接，在 SYN-RECEIVED 状态下收到 RST 表示连接被拒绝。</translation>
    </message>
    <message>
        <source>A FIN that arrives with the handshake&apos;s ACK is acknowledged; the connection goes straight to CLOSE-WAIT.</source>
        <translation>与握手的 ACK 一同到达的 FIN 会得到确认；连接直接进入 CLOSE-WAIT。</translation>
    </message>
    <message>
        <source>Closing in SYN-RECEIVED sends a FIN and enters FIN-WAIT-1.</source>
        <translation>在 SYN-RECEIVED 状态下关闭会发送 FIN，并进入 FIN-WAIT-1。</translation>
    </message>
    <message>
        <source>No ACK arrived before the retransmission timeout, so the SYN,ACK is sent again.</source>
        <translation>在重传超时之前没有收到 ACK，因此重发 SYN,ACK。</translation>
    </message>
    <message>
        <source>Data is sent with seq = SND.NXT; SND.NXT then advances by the data&apos;s length.</source>
        <translation>以 seq = SND.NXT 发送数据；随后 SND.NXT 按数据长度向前推进。</translation>
    </message>
    <message>
        <source>The data is accepted; RCV.NXT advances by its length and an ACK tells the sender what arrived.</source>
        <translation>数据被接受；RCV.NXT 按其长度向前推进，并用一个 ACK 告诉发送方哪些数据已到达。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN is acknowledged (ack = its seq + 1); the application&apos;s recv() now returns b&apos;&apos; (end of stream). This side may still send.</source>
        <translation>对方的 FIN 得到确认（ack = 其 seq + 1）；应用程序的 recv() 现在返回 b&apos;&apos;（流结束）。本方仍然可以发送。</translation>
    </message>
    <message>
        <source>An acceptable RST resets the connection: the application sees &apos;Connection reset by peer&apos; (ECONNRESET).</source>
        <translation>可接受的 RST 会复位连接：应用程序会看到“Connection reset by peer”（连接被对方复位，ECONNRESET）。</translation>
    </message>
    <message>
        <source>The data was not acknowledged before the retransmission timeout, so it is sent again from SND.UNA.</source>
        <translation>数据在重传超时之前没有得到确认，因此从 SND.UNA 开始重发。</translation>
    </message>
    <message>
        <source>The ACK acknowledges our FIN: this direction is closed, and we wait for the peer&apos;s FIN.</source>
        <translation>该 ACK 确认了我方的 FIN：这一方向已关闭，我方等待对方的 FIN。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives before the ACK of our FIN: both sides are closing at once (simultaneous close).</source>
        <translation>对方的 FIN 先于对我方 FIN 的 ACK 到达：双方在同时关闭连接（同时关闭）。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN also acknowledges ours (the ACK and the FIN ride in one segment): straight to TIME-WAIT.</source>
        <translation>对方的 FIN 同时也确认了我方的 FIN（ACK 和 FIN 在同一个报文段中）：直接进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>An acceptable RST resets the connection.</source>
        <translation>可接受的 RST 会复位连接。</translation>
    </message>
    <message>
        <source>Our FIN was not acknowledged before the retransmission timeout, so it is sent again.</source>
        <translation>我方的 FIN 在重传超时之前没有得到确认，因此重发。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN is acknowledged and this side enters TIME-WAIT for 2MSL: if this ACK is lost, the peer resends its FIN and it can still be answered.</source>
        <translation>对方的 FIN 得到确认，本方进入 TIME-WAIT 并停留 2MSL：如果这个 ACK 丢失，对方会重发其 FIN，本方仍能对其作出应答。</translation>
    </message>
    <message>
        <source>The application closes its side too: a FIN is sent and this side waits for its acknowledgment.</source>
        <translation>应用程序也关闭了自己这一方：发送 FIN，本方等待对它的确认。</translation>
    </message>
    <message>
        <source>In CLOSE-WAIT the peer has finished sending, but this side may still send data.</source>
        <translation>在 CLOSE-WAIT 状态下，对方已发送完毕，但本方仍可以发送数据。</translation>
    </message>
    <message>
        <source>The ACK advances SND.UNA.</source>
        <translation>该 ACK 使 SND.UNA 向前推进。</translation>
    </message>
    <message>
        <source>Unacknowledged data is sent again after the retransmission timeout.</source>
        <translation>未确认的数据在重传超时后重发。</translation>
    </message>
    <message>
        <source>Our FIN is acknowledged after a simultaneous close: both sides enter TIME-WAIT.</source>
        <translation>同时关闭之后，我方的 FIN 得到确认：双方都进入 TIME-WAIT。</translation>
    </message>
    <message>
        <source>An RST in CLOSING deletes the connection.</source>
        <translation>在 CLOSING 状态下收到 RST 会删除连接。</translation>
    </message>
    <message>
        <source>Aborting in CLOSING deletes the connection without sending anything.</source>
        <translation>在 CLOSING 状态下中止会删除连接，不发送任何内容。</translation>
    </message>
    <message>
        <source>Our FIN was not acknowledged, so it is sent again.</source>
        <translation>我方的 FIN 没有得到确认，因此重发。</translation>
    </message>
    <message>
        <source>The ACK of our FIN is the last segment: the connection is deleted at once, with no TIME-WAIT on this side.</source>
        <translation>对我方 FIN 的 ACK 是最后一个报文段：连接立即被删除，本方不经过 TIME-WAIT。</translation>
    </message>
    <message>
        <source>An RST in LAST-ACK deletes the connection.</source>
        <translation>在 LAST-ACK 状态下收到 RST 会删除连接。</translation>
    </message>
    <message>
        <source>Aborting in LAST-ACK deletes the connection without sending anything.</source>
        <translation>在 LAST-ACK 状态下中止会删除连接，不发送任何内容。</translation>
    </message>
    <message>
        <source>The ACK of our FIN did not arrive, so the FIN is sent again.</source>
        <translation>对我方 FIN 的 ACK 没有到达，因此重发 FIN。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN came again, so our last ACK was lost: it is acknowledged again and the 2MSL timer restarts. This is why the closer waits.</source>
        <translation>对方的 FIN 再次到达，说明我方的最后一个 ACK 丢失了：再次确认该 FIN，并重新启动 2MSL 计时器。这正是主动关闭的一方要等待的原因。</translation>
    </message>
    <message>
        <source>An RST in TIME-WAIT deletes the connection (RFC 1337 discusses the hazards of this).</source>
        <translation>在 TIME-WAIT 状态下收到 RST 会删除连接（RFC 1337 讨论了这样做的危害）。</translation>
    </message>
    <message>
        <source>Aborting in TIME-WAIT deletes the connection without sending anything.</source>
        <translation>在 TIME-WAIT 状态下中止会删除连接，不发送任何内容。</translation>
    </message>
    <message>
        <source>2MSL have passed: any old duplicate of this connection has died out, and the connection is deleted.</source>
        <translation>2MSL 已经过去：这条连接的所有旧的重复报文段都已消失，连接被删除。</translation>
    </message>
    <message>
        <source>passive OPEN</source>
        <translation>被动打开</translation>
    </message>
    <message>
        <source>active OPEN</source>
        <translation>主动打开</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>rcv SYN</source>
        <translation>收到 SYN</translation>
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation>收到 SYN,ACK</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>收到对 SYN 的 ACK</translation>
    </message>
    <message>
        <source>rcv data</source>
        <translation>收到数据</translation>
    </message>
    <message>
        <source>rcv ACK</source>
        <translation>收到 ACK</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>收到对 FIN 的 ACK</translation>
    </message>
    <message>
        <source>rcv FIN</source>
        <translation>收到 FIN</translation>
    </message>
    <message>
        <source>rcv FIN,ACK of FIN</source>
        <translation>收到确认我方 FIN 的 FIN,ACK</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>收到 RST</translation>
    </message>
    <message>
        <source>rcv RST,ACK</source>
        <translation>收到 RST,ACK</translation>
    </message>
    <message>
        <source>retransmission timeout</source>
        <translation>重传超时</translation>
    </message>
    <message>
        <source>2MSL timeout</source>
        <translation>2MSL 超时</translation>
    </message>
    <message>
        <source>In a simultaneous open the peer&apos;s SYN,ACK acknowledges our SYN: the connection is established, and the SYN,ACK we sent acknowledges the peer&apos;s.</source>
        <translation>在同时打开中，对方的 SYN,ACK 确认了我方的 SYN：连接建立；而我方发出的 SYN,ACK 也确认了对方的 SYN。</translation>
    </message>
    <message>
        <source>Aborting sends a reset and deletes the connection. RFC 9293 sends RST alone; Linux sets ACK too (RST,ACK).</source>
        <translation>中止连接会发送复位报文并删除连接。RFC 9293 只发送 RST；Linux 还会置上 ACK（RST,ACK）。</translation>
    </message>
    <message>
        <source>The ACK says what has arrived: if it acknowledges new data, SND.UNA moves up to it and that data no longer needs to be kept for retransmission.</source>
        <translation>ACK 表明哪些数据已经到达：如果它确认了新的数据，SND.UNA 就前移到它的确认号，这些数据不必再为重传而保留。</translation>
    </message>
    <message>
        <source>Aborting (close() with SO_LINGER 0, or with unread data) sends a reset with seq = SND.NXT and deletes the connection at once, with no TIME-WAIT. RFC 9293 sends RST alone; Linux sets ACK too (RST,ACK).</source>
        <translation>中止连接（SO_LINGER 为 0 时调用 close()，或在接收缓冲区还有未读数据时关闭）会发送 seq = SND.NXT 的复位报文，并立即删除连接，没有 TIME-WAIT。RFC 9293 只发送 RST；Linux 还会置上 ACK（RST,ACK）。</translation>
    </message>
    <message>
        <source>The connection has been idle for the keep-alive time, so a probe is sent: an ACK with seq = SND.NXT - 1 and no data, which the peer must answer if it is alive.</source>
        <translation>连接空闲的时间已达到保活时间，于是发送一个探测：seq = SND.NXT - 1、不带数据的 ACK；对方只要还存活就必须应答。</translation>
    </message>
    <message>
        <source>The probe&apos;s seq is one below RCV.NXT, an old byte: such a segment is answered with an ACK saying what is really expected. This ACK tells the prober the peer is alive.</source>
        <translation>探测报文的 seq 比 RCV.NXT 小 1，是一个已经收到过的旧字节：对这样的报文段要回复一个 ACK，说明真正期待的序列号。这个 ACK 让探测方知道对方仍然存活。</translation>
    </message>
    <message>
        <source>None of the probes was answered: the peer is considered dead and the connection is closed; the application&apos;s next call fails with ETIMEDOUT (&apos;Connection timed out&apos;). Linux also sends a reset.</source>
        <translation>所有探测都没有得到应答：对方被认为已经失效，连接被关闭；应用程序的下一次调用会以 ETIMEDOUT（“Connection timed out”，连接超时）失败。Linux 还会发送一个复位报文。</translation>
    </message>
    <message>
        <source>rcv keep-alive probe</source>
        <translation>收到保活探测</translation>
    </message>
    <message>
        <source>keep-alive timeout</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <source>keep-alive probes exhausted</source>
        <translation>保活探测次数用尽</translation>
    </message>
    <message>
        <source>A segment for a connection that does not exist is answered with RST,ACK, ack = its seq + its length.</source>
        <translation>发往不存在的连接的报文段会收到 RST,ACK，ack = 该报文段的 seq + 其长度。</translation>
    </message>
    <message>
        <source>close() or shutdown(SHUT_WR) sends FIN (it consumes one sequence number): this side has no more data to send.</source>
        <translation>close() 或 shutdown(SHUT_WR) 发送 FIN（FIN 占用一个序列号）：本方不再有数据要发送。</translation>
    </message>
    <message>
        <source>A SYN in a synchronized state is not a new connection: it is answered with a challenge ACK (RFC 5961) and otherwise ignored.</source>
        <translation>在已同步的状态下收到的 SYN 并不是新连接：对它回复一个挑战 ACK（RFC 5961），除此之外忽略它。</translation>
    </message>
    <message>
        <source>No answer came within the keep-alive interval, so another probe is sent.</source>
        <translation>在保活间隔内没有收到应答，于是再发送一个探测。</translation>
    </message>
    <message>
        <source>The peer can still send after our FIN: the data is accepted and acknowledged. (On Linux only after shutdown(SHUT_WR); after close() the socket is gone and arriving data is answered with RST.)</source>
        <translation>我方发出 FIN 之后，对方仍然可以发送：数据被接收并确认。（在 Linux 上仅限于调用 shutdown(SHUT_WR) 之后；调用 close() 之后套接字已不存在，到达的数据会被回以 RST。）</translation>
    </message>
    <message>
        <source>The ACK acknowledges data sent before our FIN, but not the FIN itself: SND.UNA advances and this side stays in FIN-WAIT-1.</source>
        <translation>这个 ACK 确认的是我方 FIN 之前发送的数据，而不是 FIN 本身：SND.UNA 前移，本方仍停留在 FIN-WAIT-1。</translation>
    </message>
    <message>
        <source>In FIN-WAIT-2 this side still receives: the peer in CLOSE-WAIT may keep sending (a half-close, after shutdown(SHUT_WR); on Linux, after close() arriving data is answered with RST).</source>
        <translation>在 FIN-WAIT-2 中本方仍然接收数据：处于 CLOSE-WAIT 的对方可以继续发送（这是调用 shutdown(SHUT_WR) 后的半关闭；在 Linux 上，调用 close() 之后到达的数据会被回以 RST）。</translation>
    </message>
    <message>
        <source>Our FIN is already acknowledged; this ACK changes nothing, and this side keeps waiting for the peer&apos;s FIN.</source>
        <translation>我方的 FIN 已被确认；这个 ACK 不改变任何东西，本方继续等待对方的 FIN。</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrives again, so our ACK of it was lost: it is acknowledged again and the state does not change.</source>
        <translation>对方的 FIN 再次到达，说明我方对它的 ACK 丢失了：再次确认它，状态不变。</translation>
    </message>
    <message>
        <source>In TIME-WAIT only a retransmitted FIN matters; an ACK changes nothing.</source>
        <translation>在 TIME-WAIT 中只有重传的 FIN 才有意义；ACK 不改变任何东西。</translation>
    </message>
    <message>
        <source>keep-alive interval timeout</source>
        <translation>保活间隔超时</translation>
    </message>
</context>
<context>
    <name>NetSteps::TopologyFrames</name>
    <message>
        <source>ARP who-has %1</source>
        <translation>ARP 谁是 %1？</translation>
    </message>
    <message>
        <source>ARP %1 is-at %2</source>
        <translation>ARP %1 的 MAC 是 %2</translation>
    </message>
    <message>
        <source>to %1 (broadcast)</source>
        <translation>发往 %1（广播）</translation>
    </message>
    <message>
        <source>to %1 (%2)</source>
        <translation>发往 %1（%2）</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>IP %1 → %2</source>
        <translation>IP %1 → %2</translation>
    </message>
    <message>
        <source>learned %1 → port %2</source>
        <translation>学习到 %1 → 端口 %2</translation>
    </message>
    <message>
        <source>%1 already known on port %2</source>
        <translation>已知 %1 在端口 %2</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>端口 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n 个端口</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown destination → flood to %1</source>
        <translation>未知目的地址 → 泛洪到%1</translation>
    </message>
    <message>
        <source>multicast → flood to %1</source>
        <translation>组播 → 泛洪到%1</translation>
    </message>
    <message>
        <source>broadcast → flood to %1</source>
        <translation>广播 → 泛洪到%1</translation>
    </message>
    <message>
        <source>known destination → forward to port %1</source>
        <translation>已知目的地址 → 转发到端口 %1</translation>
    </message>
    <message>
        <source>destination on port %1, where it came in → filter</source>
        <translation>目的地址在端口 %1，即帧进入的端口 → 过滤</translation>
    </message>
    <message>
        <source>same network → %1 is in the ARP cache (%2)</source>
        <translation>同一网络 → %1 在 ARP 缓存中（%2）</translation>
    </message>
    <message>
        <source>same network → ARP for %1</source>
        <translation>同一网络 → 用 ARP 查询 %1</translation>
    </message>
    <message>
        <source>different networks → gateway %1 is in the ARP cache (%2)</source>
        <translation>不同网络 → 网关 %1 在 ARP 缓存中（%2）</translation>
    </message>
    <message>
        <source>different networks → ARP for the gateway %1</source>
        <translation>不同网络 → 用 ARP 查询网关 %1</translation>
    </message>
    <message>
        <source>%1: is %2 on my network?</source>
        <translation>%1：%2 和我在同一网络吗？</translation>
    </message>
    <message>
        <source>%1: no reply within %2 s</source>
        <translation>%1：%2 秒内没有应答</translation>
    </message>
    <message>
        <source>asks again: request %1 of %2</source>
        <translation>再次询问：第 %1 次请求，共 %2 次</translation>
    </message>
    <message>
        <source>%1: no reply</source>
        <translation>%1：没有应答</translation>
    </message>
    <message numerus="yes">
        <source>%1: no reply to %n request(s)</source>
        <translation>
            <numerusform>%1：%n 个请求都没有应答</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is FAILED: the waiting packets are dropped</source>
        <translation>%1 变为 FAILED：等待中的数据包被丢弃</translation>
    </message>
</context>
<context>
    <name>NetSteps::TopologyView</name>
    <message>
        <source>switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation>局域网 %1</translation>
    </message>
    <message>
        <source>forgot %1</source>
        <translation>遗忘了 %1</translation>
    </message>
    <message>
        <source>no frame from them for %1 s (ageing time)</source>
        <translation>%1 秒内没有收到它们发出的帧（老化时间）</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>问的不是我</translation>
    </message>
    <message>
        <source>not for me</source>
        <translation>不是给我的</translation>
    </message>
    <message>
        <source>updates its entry</source>
        <translation>更新条目</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解析</translation>
    </message>
    <message>
        <source>accepts</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>routes it on</source>
        <translation>路由转发</translation>
    </message>
    <message>
        <source>Network topology</source>
        <translation>网络拓扑</translation>
    </message>
    <message numerus="yes">
        <source>Switch %1 with %n port(s)</source>
        <translation>
            <numerusform>交换机 %1，共 %n 个端口</numerusform>
        </translation>
    </message>
    <message>
        <source>Router R: one interface on each network, each with its own IPv4 and MAC address</source>
        <translation>路由器 R：在每个网络上各有一个接口，每个接口都有自己的 IPv4 地址和 MAC 地址</translation>
    </message>
    <message>
        <source>%1
IPv4 %2
MAC %3
port %4 of %5</source>
        <translation>%1
IPv4 %2
MAC %3
交换机 %5 的端口 %4</translation>
    </message>
    <message>
        <source>ARP request</source>
        <translation>ARP 请求</translation>
    </message>
    <message>
        <source>ARP reply</source>
        <translation>ARP 应答</translation>
    </message>
    <message>
        <source>IPv4 packet</source>
        <translation>IPv4 数据包</translation>
    </message>
</context>
<context>
    <name>NetSteps::UnsupportedKernelTcpView</name>
    <message>
        <source>The kernel&apos;s view of TCP states is not available on this system (%1) yet.</source>
        <translation>此系统（%1）暂不支持查看内核中的 TCP 状态。</translation>
    </message>
    <message>
        <source>Half-closing a connection (shutdown for writing) is not available on this system (%1) yet.</source>
        <translation>此系统（%1）暂不支持半关闭连接（用 shutdown 关闭写方向）。</translation>
    </message>
    <message>
        <source>Aborting a connection with RST (SO_LINGER 0) is not available on this system (%1) yet.</source>
        <translation>此系统（%1）暂不支持用 RST 中止连接（SO_LINGER 0）。</translation>
    </message>
</context>
<context>
    <name>NetSteps::UnsupportedNativeSockets</name>
    <message>
        <source>Native socket calls (listen with a chosen backlog, bind without SO_REUSEADDR, half-close) are not available on this system (%1) yet.</source>
        <translation>此系统（%1）暂不支持原生套接字调用（以指定的 backlog 调用 listen、不设置 SO_REUSEADDR 进行 bind、半关闭）。</translation>
    </message>
</context>
</TS>
