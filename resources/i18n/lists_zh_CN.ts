<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActiveBoard</name>
    <message>
        <source>No transfers under way.</source>
        <translation>没有进行中的转运</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>待出车</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>途中</translation>
    </message>
    <message>
        <source>In step</source>
        <translation>本步</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Minutes from the order to the dispatch</source>
        <translation>从下达指令到出车的分钟数</translation>
    </message>
    <message>
        <source>Response time: minutes from the dispatch to the team on scene</source>
        <translation>响应时间：从出车到到达现场的分钟数</translation>
    </message>
    <message>
        <source>Minutes at the scene, until the patient was picked up</source>
        <translation>在现场的分钟数（至接到人员）</translation>
    </message>
    <message>
        <source>Minutes driving, from the pick-up to the delivery</source>
        <translation>途中分钟数（接到人员至送达收治）</translation>
    </message>
    <message>
        <source>Minutes in the current step, until now</source>
        <translation>当前这一步至今的分钟数</translation>
    </message>
    <message>
        <source>Minutes past the current step's limit (the row is red)</source>
        <translation>超出当前步骤时限的分钟数（该行标红）</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>No cases match the filters.</source>
        <translation>没有符合条件的病例</translation>
    </message>
</context>
<context>
    <name>CommunitiesView</name>
    <message>
        <source>No community matches the filters.</source>
        <translation>没有符合条件的社区</translation>
    </message>
</context>
<context>
    <name>CommunityDetail</name>
    <message>
        <source>Door starts with…  Ctrl+F</source>
        <translation>按门牌号查找…  Ctrl+F</translation>
    </message>
    <message>
        <source>No households match the filters.</source>
        <translation>没有符合条件的住户</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>Reading the household…</source>
        <translation>正在读取住户…</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>没有符合条件的记录</translation>
    </message>
</context>
<context>
    <name>PlaceFilter</name>
    <message>
        <source>All stations and communities</source>
        <translation>全部派出所和社区</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Name, whole ID or whole phone…  Ctrl+F</source>
        <translation>姓名、完整身份证号或电话…  Ctrl+F</translation>
    </message>
    <message>
        <source>Name, ID digits or phone…  Ctrl+F</source>
        <translation>姓名、身份证尾号或电话…  Ctrl+F</translation>
    </message>
    <message>
        <source>No person matches the search.</source>
        <translation>没有符合条件的人员</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Copy number</source>
        <translation>复制单号</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>复制电话</translation>
    </message>
    <message>
        <source>Copy resident ID</source>
        <translation>复制身份证号</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>复制整行</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <source>No team matches the filters.</source>
        <translation>没有符合条件的队伍</translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message>
        <source>No transfers match the filters.</source>
        <translation>没有符合条件的转运单</translation>
    </message>
</context>
<context>
    <name>VehiclesBoard</name>
    <message>
        <source>No vehicle matches the filters.</source>
        <translation>没有符合条件的车辆</translation>
    </message>
</context>
</TS>
