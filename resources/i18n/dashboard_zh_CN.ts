<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="55" />
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="57" />
        <source>Daily report…</source>
        <translation>日报…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="32" />
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="34" />
        <source>Save this chart as a PNG picture</source>
        <translation>将此图表另存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="67" />
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="68" />
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="76" />
        <source>Persons screened, cumulative</source>
        <translation>累计排查核查人数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="78" />
        <source>Four categories, cumulative</source>
        <translation>四类人员累计</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="80" />
        <source>Four categories, new per day</source>
        <translation>四类人员每日新增</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="82" />
        <source>Household coverage per community, lowest first</source>
        <translation>各社区入户覆盖率（由低到高）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="84" />
        <source>Transfers per day</source>
        <translation>每日转运</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="86" />
        <source>Response time (dispatch to scene)</source>
        <translation>响应时间（出车至到达现场）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="88" />
        <source>Facility beds</source>
        <translation>收治床位</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="89" />
        <source>Taken</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="89" />
        <source>Free</source>
        <translation>空余</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="90" />
        <source>Teams on duty and stood down</source>
        <translation>在岗队伍与停岗人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="91" />
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="92" />
        <source>Stood down today</source>
        <translation>今日停岗</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="93" />
        <source>Vehicles by status</source>
        <translation>车辆状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_panels.py" line="94" />
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tiles.py" line="41" />
        <source>+%1 today</source>
        <translation>今日 +%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_tiles.py" line="43" />
        <source> · +%1 yesterday</source>
        <translation> · 昨日 +%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="39" />
        <source>Lowest: %1</source>
        <translation>最低：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="59" />
        <source>Stood down</source>
        <translation>停岗</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/charts/series.py" line="61" />
        <source>%1: %2 screened in all, %3 that day</source>
        <translation>%1：累计排查 %2 人，当日 %3 人</translation>
    </message>
    <message>
        <location filename="../../ui/charts/series.py" line="133" />
        <source>Ordered</source>
        <translation>下达</translation>
    </message>
    <message>
        <location filename="../../ui/charts/series.py" line="134" />
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../ui/charts/series.py" line="151" />
        <source>%1: %2 ordered, %3 delivered</source>
        <translation>%1：下达 %2 单，送达 %3 单</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bars.py" line="45" />
        <source>minutes from dispatch to scene</source>
        <translation>出车到达现场用时（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bars.py" line="57" />
        <source>median %1 min</source>
        <translation>中位数 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bars.py" line="58" />
        <source>90%: %1 min</source>
        <translation>90%：%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bars.py" line="72" />
        <source>%1 min: %2 trips</source>
        <translation>%1 分钟：%2 趟</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bars.py" line="102" />
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bars.py" line="130" />
        <source>average %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bars.py" line="140" />
        <source>%1: %2 (%3 of %4 households)</source>
        <translation>%1：%2（%4 户中 %3 户）</translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="10" />
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="11" />
        <source>Dispatched</source>
        <translation>已出车</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="12" />
        <source>On scene</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="13" />
        <source>Transporting</source>
        <translation>转运途中</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="14" />
        <source>Awaiting disinfection</source>
        <translation>待消毒</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="15" />
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="18" />
        <source>Designated hospitals</source>
        <translation>定点医院</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="19" />
        <source>Field hospitals</source>
        <translation>方舱医院</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="20" />
        <source>Isolation sites</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="21" />
        <source>Fever clinics</source>
        <translation>发热门诊</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="24" />
        <source>Work groups</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="25" />
        <source>Quick response</source>
        <translation>快反队</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_labels.py" line="26" />
        <source>Tracing</source>
        <translation>流调组</translation>
    </message>
</context>
</TS>