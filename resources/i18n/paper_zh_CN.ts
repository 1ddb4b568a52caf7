<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Paper</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>no font on this computer draws Chinese, so nothing was written: install WenQuanYi Micro Hei (fonts-wqy-microhei) on Linux, or Microsoft YaHei or SimSun on Windows</source>
        <translation>本机没有能显示中文的字体，未写入任何文件：Linux 请安装文泉驿微米黑（fonts-wqy-microhei），Windows 请安装微软雅黑或宋体</translation>
    </message>
</context>
<context>
    <name>SheetsErrors</name>
    <message>
        <source>No font on this computer draws Chinese, so nothing was printed: install WenQuanYi Micro Hei (Linux), or Microsoft YaHei or SimSun (Windows).</source>
        <translation>本机没有能显示中文的字体，未打印任何内容：请安装文泉驿微米黑（Linux），或微软雅黑、宋体（Windows）。</translation>
    </message>
</context>
<context>
    <name>DutyRoster</name>
    <message>
        <source>No shifts on this day.</source>
        <translation>当日无排班。</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>%1: new</source>
        <translation>%1新增</translation>
    </message>
    <message>
        <source>%1: open</source>
        <translation>%1在管</translation>
    </message>
    <message>
        <source>90th percentile that day (min)</source>
        <translation>当日 90 分位（分钟）</translation>
    </message>
    <message>
        <source>90th percentile to date (min)</source>
        <translation>累计 90 分位（分钟）</translation>
    </message>
    <message>
        <source>Delivered (cumulative)</source>
        <translation>累计送达</translation>
    </message>
    <message>
        <source>Delivered that day</source>
        <translation>当日送达</translation>
    </message>
    <message>
        <source>Median that day (min)</source>
        <translation>当日中位数（分钟）</translation>
    </message>
    <message>
        <source>Median to date (min)</source>
        <translation>累计中位数（分钟）</translation>
    </message>
    <message>
        <source>Orders that day</source>
        <translation>当日转运指令</translation>
    </message>
    <message>
        <source>The four categories per police station</source>
        <translation>分派出所四类人员</translation>
    </message>
    <message>
        <source>Transfers and response times per police station</source>
        <translation>分派出所转运与响应时间</translation>
    </message>
    <message>
        <source>Trips that day</source>
        <translation>当日到达现场车次</translation>
    </message>
</context>
<context>
    <name>KnockList</name>
    <message>
        <source>(none registered)</source>
        <translation>（登记无人）</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date of the visits</source>
        <translation>入户日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>住户成员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Team leader's signature:</source>
        <translation>组长签名：</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>工作组成员签名</translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation>体温 °C</translation>
    </message>
    <message>
        <source>Work group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Write each member's temperature and tick their symptoms; tick one outcome per door.</source>
        <translation>逐人填写体温并勾选有无症状；每户勾选一项结果。</translation>
    </message>
    <message>
        <source>head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>last knock %1</source>
        <translation>上次敲门 %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
</context>
</TS>
