<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AlertErrors</name>
        <message>
            <location filename="../../ui/alerts/texts.py" line="29" />
            <source>These alerts no longer stand: the trips have moved on.</source>
            <translation>这些警报已解除：相关转运已进入下一步。</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="30" />
            <source>There is no alert to acknowledge.</source>
            <translation>没有需要确认的警报。</translation>
        </message>
    </context>
    <context>
        <name>Alerts</name>
        <message>
            <location filename="../../ui/alerts/strip.py" line="62" />
            <source>Acknowledge</source>
            <translation>确认收到</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/strip.py" line="68" />
            <source>Sound</source>
            <translation>声音</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/strip.py" line="69" />
            <source>Beep on this workstation when a new alert appears</source>
            <translation>出现新警报时本机发出提示音</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="22" />
            <source>ordered, no vehicle sent yet</source>
            <translation>已下达指令，尚未出车</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="23" />
            <source>vehicle sent, not yet on scene</source>
            <translation>已出车，尚未到达现场</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="24" />
            <source>on scene, patient not yet in the vehicle</source>
            <translation>已到达现场，患者尚未上车</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="25" />
            <source>patient on board, not yet delivered</source>
            <translation>患者已上车，尚未送达</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="40" />
            <source>%1 overdue</source>
            <translation>超时 %1</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="46" />
            <source>%1 waiting for disinfection since %2, after %3</source>
            <translation>%1 自 %2 起待消毒（转运单 %3）</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="47" />
            <source>vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="51" />
            <source>%1 %2: %3</source>
            <translation>%1 %2：%3</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="53" />
            <source>%1 — %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="58" />
            <source>Limit for this step: %1. Alerts again when twice as late.</source>
            <translation>此环节时限：%1。超时加倍时再次报警。</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="63" />
            <source>Alerts: %1</source>
            <translation>警报 %1 条</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="67" />
            <source>and %1 more</source>
            <translation>另有 %1 条</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="71" />
            <source>No alerts: every trip and every vehicle is within its time.</source>
            <translation>无警报：所有转运和车辆均在时限内。</translation>
        </message>
        <message>
            <location filename="../../ui/alerts/texts.py" line="75" />
            <source>Acknowledged: %1.</source>
            <translation>已确认 %1 条警报。</translation>
        </message>
    </context>
</TS>