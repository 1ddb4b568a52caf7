<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BoardHolds</name>
        <message>
            <source>Refused: being persuaded</source>
            <translation>拒绝转运，劝导中</translation>
        </message>
        <message>
            <source>Refused: no persuasion visit yet</source>
            <translation>拒绝转运，尚未劝导</translation>
        </message>
        <message>
            <source>Trip under way</source>
            <translation>转运途中</translation>
        </message>
        <message>
            <source>Awaiting a vehicle</source>
            <translation>已下单，等待车辆出发</translation>
        </message>
        <message>
            <source>No bed of the right kind</source>
            <translation>无对口空床</translation>
        </message>
        <message>
            <source>Awaiting dispatch</source>
            <translation>待派车</translation>
        </message>
        <message>
            <source>Nothing recorded</source>
            <translation>未记录原因</translation>
        </message>
    </context>
    <context>
        <name>BoardTiles</name>
        <message>
            <source>%1 / %2 done · %3 not yet</source>
            <translation>已到位 %1 / %2 · 未到位 %3</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Four 100%</source>
            <translation>四个百分百</translation>
        </message>
        <message>
            <source>Every open case is where it must be.</source>
            <translation>所有在管病例均已到位。</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>打开病例</translation>
        </message>
        <message>
            <source>Not yet where they must be: %1</source>
            <comment>cases</comment>
            <translation>未到位：%1 人</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>Waiting</source>
            <translation>已等待</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>未到位原因</translation>
        </message>
        <message>
            <source>Persuasion visits</source>
            <translation>劝导次数</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Four 100%</source>
            <translation>四个百分百</translation>
        </message>
    </context>
</TS>
