<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OrderHistory</name>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="28"/>
        <source>Sheet number</source>
        <translation>转运单号</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="29"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="30"/>
        <source>Team</source>
        <translation>转运队伍</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="31"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="32"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="33"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="34"/>
        <source>Pick-up address</source>
        <translation>接人地址</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="36"/>
        <source>Why the proposal was not taken</source>
        <translation>未采用推荐方案的理由</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="37"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="38"/>
        <source>Ordered at</source>
        <translation>下达指令时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="39"/>
        <source>Dispatched at</source>
        <translation>出车时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="40"/>
        <source>On scene at</source>
        <translation>到达现场时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="41"/>
        <source>Picked up at</source>
        <translation>接到人员时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="42"/>
        <source>Delivered at</source>
        <translation>送达收治时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="43"/>
        <source>Disinfected at</source>
        <translation>车辆消毒时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="44"/>
        <source>Cancelled at</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="45"/>
        <source>Refused at</source>
        <translation>拒绝转运时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="46"/>
        <source>Holds the vehicle</source>
        <translation>占用车辆</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="47"/>
        <source>Transfer order</source>
        <translation>转运单</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="48"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="49"/>
        <source>Inside</source>
        <translation>车内</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="50"/>
        <source>Outside</source>
        <translation>车外</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="51"/>
        <source>Disinfected by</source>
        <translation>消毒人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="52"/>
        <location filename="../../ui/transfers/order_history.py" line="53"/>
        <source>Recorded by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="54"/>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="55"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="56"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="57"/>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="58"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="59"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="60"/>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="61"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="62"/>
        <source>Handled by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="63"/>
        <source>Closed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="64"/>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="69"/>
        <source>Order written</source>
        <translation>下达转运指令</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="70"/>
        <source>Order changed</source>
        <translation>转运单变更</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="71"/>
        <source>Order deleted</source>
        <translation>转运单删除</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="72"/>
        <source>Disinfection recorded</source>
        <translation>登记车辆消毒</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="73"/>
        <source>Supplies drawn</source>
        <translation>领用防疫物资</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="74"/>
        <source>Incident logged</source>
        <translation>登记突发事件</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="75"/>
        <source>Incident changed</source>
        <translation>突发事件变更</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="99"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="99"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="119"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="121"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="130"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="130"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_history.py" line="131"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>OrderWindow</name>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="60"/>
        <source>Transfer order</source>
        <translation>转运单</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="61"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="66"/>
        <source>Reprint sheet…</source>
        <translation>补打转运单…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="67"/>
        <source>The transfer sheet again: print preview or PDF (Ctrl+P)</source>
        <translation>再次打印转运单：打印预览或 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="70"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="71"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="76"/>
        <source>Case</source>
        <translation>患者信息</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="77"/>
        <source>Transfer</source>
        <translation>转运安排</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="78"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="78"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="79"/>
        <location filename="../../ui/transfers/order_parts.py" line="171"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="80"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="80"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="81"/>
        <source>Interval</source>
        <translation>计时项</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="82"/>
        <source>Took</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="83"/>
        <source>Recorded by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="84"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="85"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="86"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="87"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="88"/>
        <source>Handled by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="89"/>
        <source>Closed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="90"/>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="91"/>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="92"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="93"/>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="94"/>
        <source>Drawn at</source>
        <translation>领用时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="109"/>
        <source>Crew</source>
        <translation>随车人员</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="111"/>
        <source>Timeline</source>
        <translation>转运过程</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="147"/>
        <source>Transfer order %1</source>
        <translation>转运单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="159"/>
        <source>Incidents (%1)</source>
        <translation>突发事件（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="160"/>
        <source>Suits and supplies (%1)</source>
        <translation>防护服与物资（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="161"/>
        <source>History (%1)</source>
        <translation>操作记录（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="27"/>
        <source>Until dispatched</source>
        <translation>出车用时</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="28"/>
        <location filename="../../ui/transfers/order_parts.py" line="128"/>
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="29"/>
        <source>At the scene</source>
        <translation>现场用时</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="30"/>
        <source>Driving</source>
        <translation>途中用时</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="31"/>
        <source>Until disinfected</source>
        <translation>等待消毒</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="32"/>
        <location filename="../../ui/transfers/order_parts.py" line="33"/>
        <source>Since the step before</source>
        <translation>距上一步</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="56"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="67"/>
        <source>Inside and out, by %1</source>
        <translation>车内外已消毒，消毒人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="69"/>
        <source>Not the proposal: %1</source>
        <translation>未采用推荐方案：%1</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="83"/>
        <source>%1 so far, %2 over the limit</source>
        <translation>已用 %1，超时 %2</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="85"/>
        <source>%1 so far</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="96"/>
        <source>Awaiting: %1</source>
        <translation>等待：%1</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="112"/>
        <source>Whole trip</source>
        <translation>全程用时</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="115"/>
        <source>ordered → delivered</source>
        <translation>下达指令 → 送达收治</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="116"/>
        <source>ordered → refused</source>
        <translation>下达指令 → 拒绝转运</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="117"/>
        <source>ordered → cancelled</source>
        <translation>下达指令 → 取消</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="121"/>
        <source>since ordered, under way</source>
        <translation>自下达指令起，转运中</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="130"/>
        <source>on scene − dispatched</source>
        <translation>到达现场 − 出车</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="133"/>
        <location filename="../../ui/transfers/order_parts.py" line="140"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="134"/>
        <source>nothing awaited</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="138"/>
        <source>awaiting %1, over the limit</source>
        <translation>等待“%1”，已超时</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="139"/>
        <source>awaiting %1</source>
        <translation>等待“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="143"/>
        <source>Suits drawn</source>
        <translation>领用防护服</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="144"/>
        <source>crew of %1</source>
        <translation>随车 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="149"/>
        <source>Transfer %1 · %2</source>
        <translation>转运单 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="155"/>
        <source>%1, vehicle awaiting disinfection</source>
        <translation>%1，车辆待消毒</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="156"/>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="163"/>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="169"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="170"/>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="172"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="173"/>
        <source>%1 (case: %2)</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="175"/>
        <source>Community</source>
        <translation>所在社区</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="176"/>
        <source>Pick-up address</source>
        <translation>接人地址</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="183"/>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="184"/>
        <source>Team</source>
        <translation>转运队伍</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="185"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="186"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="188"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="193"/>
        <source>%1 · leader</source>
        <translation>%1 · 带队</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/order_parts.py" line="204"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/transfers/order_window.py" line="256"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
</TS>
