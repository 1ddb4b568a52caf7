<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DailyReport</name>
    <message>
        <location filename="../../controllers/reports/daily.py" line="69" />
        <source>MMMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily.py" line="70" />
        <source>As of %1, the district has screened and verified %2 persons and sent %3 for treatment.</source>
        <translation>截至%1，全区共排查核查%2人，转运收治%3人。</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="25" />
        <source>District</source>
        <translation>全区合计</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="31" />
        <source>Per police station</source>
        <translation>分派出所情况</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="32" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="32" />
        <source>Communities</source>
        <translation>社区（村）数</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="33" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="33" />
        <source>Registered persons</source>
        <translation>登记人口</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="34" />
        <source>Screened (cumulative)</source>
        <translation>累计排查核查</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="34" />
        <source>Screened that day</source>
        <translation>当日排查</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="35" />
        <source>Households done</source>
        <translation>已入户户数</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="35" />
        <source>Coverage</source>
        <translation>入户覆盖率</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="36" />
        <source>New cases</source>
        <translation>当日新增病例</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="36" />
        <source>Open cases</source>
        <translation>在管病例</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="37" />
        <source>Sent for treatment</source>
        <translation>累计转运收治</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="37" />
        <source>Sent that day</source>
        <translation>当日转运收治</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="39" />
        <source>The four categories</source>
        <translation>四类人员</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="40" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="40" />
        <source>New that day</source>
        <translation>当日新增</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="41" />
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="41" />
        <source>Open</source>
        <translation>在管</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="44" />
        <source>Transfers and response times</source>
        <translation>转运与响应时间</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="45" />
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="45" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="46" />
        <source>Transfer orders that day</source>
        <translation>当日下达转运指令</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="47" />
        <source>Delivered to a facility that day</source>
        <translation>当日送达收治机构</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="48" />
        <source>Persons sent for treatment (cumulative)</source>
        <translation>累计转运收治人数</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="49" />
        <source>Trips reaching the scene that day</source>
        <translation>当日到达现场趟次</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="50" />
        <source>Response time that day, median (min)</source>
        <translation>当日响应时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="51" />
        <source>Response time that day, 90th percentile (min)</source>
        <translation>当日响应时间90%分位（分钟）</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="52" />
        <source>Response time to date, median (min)</source>
        <translation>累计响应时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="53" />
        <source>Response time to date, 90th percentile (min)</source>
        <translation>累计响应时间90%分位（分钟）</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="55" />
        <source>Teams and stand-downs</source>
        <translation>队伍与停岗</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="56" />
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="56" />
        <source>Active teams</source>
        <translation>在编队伍</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="57" />
        <source>Responders on duty that day</source>
        <translation>当日在岗人员</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="57" />
        <source>Stood down that day</source>
        <translation>当日停岗人员</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="59" />
        <source>Protective supplies</source>
        <translation>防疫物资</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="60" />
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="60" />
        <source>In stock at the end of the day</source>
        <translation>当日结存</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="61" />
        <source>Drawn that day</source>
        <translation>当日领用</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/daily_sections.py" line="67" />
        <source>Daily report, %1</source>
        <translation>日报（%1）</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="9" />
        <source>Confirmed</source>
        <translation>确诊患者</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="10" />
        <source>Suspected</source>
        <translation>疑似患者</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="11" />
        <source>Fever</source>
        <translation>发热症状患者</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="12" />
        <source>Close contact</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="13" />
        <source>Work groups</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="14" />
        <source>Quick-response teams</source>
        <translation>快反队</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="15" />
        <source>Contact-tracing groups</source>
        <translation>流调工作组</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="16" />
        <source>Protective suits</source>
        <translation>防护服</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="17" />
        <source>Masks</source>
        <translation>口罩</translation>
    </message>
    <message>
        <location filename="../../controllers/reports/words.py" line="18" />
        <source>Disinfectant</source>
        <translation>消毒液</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="55" />
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="57" />
        <source>Daily report…</source>
        <translation>日报…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="32" />
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="34" />
        <source>Save this chart as a PNG picture</source>
        <translation>将此图表另存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="67" />
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="68" />
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="76" />
        <source>Persons screened, cumulative</source>
        <translation>累计排查核查人数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="78" />
        <source>Four categories, cumulative</source>
        <translation>四类人员累计</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="80" />
        <source>Four categories, new per day</source>
        <translation>四类人员每日新增</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="82" />
        <source>Household coverage per community</source>
        <translation>各社区入户覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="84" />
        <source>Transfers per day</source>
        <translation>每日转运</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="86" />
        <source>Response time (dispatch to scene)</source>
        <translation>响应时间（出车至到达现场）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="88" />
        <source>Facility beds</source>
        <translation>收治床位</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="89" />
        <source>Taken</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="89" />
        <source>Free</source>
        <translation>空余</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="90" />
        <source>Teams on duty and stood down</source>
        <translation>在岗队伍与停岗人员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="91" />
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="92" />
        <source>Stood down today</source>
        <translation>今日停岗</translation>
    </message>
    <message>
        <source>Household coverage</source>
        <translation>入户覆盖率</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Teams on duty</source>
        <translation>在岗队伍</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="93" />
        <source>Vehicles by status</source>
        <translation>车辆状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panels.py" line="94" />
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tiles.py" line="41" />
        <source>%1 today</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tiles.py" line="43" />
        <source>%1 yesterday</source>
        <translation>昨日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel_figures.py" line="59" />
        <source>Stood down</source>
        <translation>停岗</translation>
    </message>
    <message>
        <source>The chart could not be written to %1: choose another folder.</source>
        <translation>图表无法写入 %1：请另选文件夹。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard/charts/series.py" line="61" />
        <source>%1: %2 screened in all, %3 that day</source>
        <translation>%1：累计排查 %2 人，当日 %3 人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/series.py" line="133" />
        <source>Ordered</source>
        <translation>下达</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/series.py" line="134" />
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/series.py" line="151" />
        <source>%1: %2 ordered, %3 delivered</source>
        <translation>%1：下达 %2 单，送达 %3 单</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/bars.py" line="45" />
        <source>minutes from dispatch to scene</source>
        <translation>出车到达现场用时（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/bars.py" line="57" />
        <source>median %1 min</source>
        <translation>中位数 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/bars.py" line="58" />
        <source>90%: %1 min</source>
        <translation>90%：%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/bars.py" line="72" />
        <source>%1 min: %2 trips</source>
        <translation>%1 分钟：%2 趟</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/bars.py" line="128" />
        <source>average %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts/bars.py" line="138" />
        <source>%1: %2 (%3 of %4 households)</source>
        <translation>%1：%2（%4 户中 %3 户）</translation>
    </message>
    <message>
        <source>%1 communities lowest in coverage</source>
        <translation>覆盖率最低的 %1 个社区</translation>
    </message>
    <message>
        <source>%1 lowest in coverage</source>
        <translation>覆盖率后 %1 名</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>trips</source>
        <translation>趟数</translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="10" />
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="11" />
        <source>Dispatched</source>
        <translation>已出车</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="12" />
        <source>On scene</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="13" />
        <source>Transporting</source>
        <translation>转运途中</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="14" />
        <source>Awaiting disinfection</source>
        <translation>待消毒</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="15" />
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="18" />
        <source>Designated hospitals</source>
        <translation>定点医院</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="19" />
        <source>Field hospitals</source>
        <translation>方舱医院</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="20" />
        <source>Isolation sites</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="21" />
        <source>Fever clinics</source>
        <translation>发热门诊</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="24" />
        <source>Work groups</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="25" />
        <source>Quick response</source>
        <translation>快反队</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/labels.py" line="26" />
        <source>Tracing</source>
        <translation>流调组</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确诊</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>密接</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <location filename="../../ui/dashboard/report.py" line="25" />
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="33" />
        <source>The figures as they stood at the end of the day:</source>
        <translation>按当日结束时的数字：</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="44" />
        <source>Nothing was recorded on {day}: choose another day.</source>
        <translation>{day} 没有任何记录，请另选日期。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="47" />
        <source>The daily report is written as PDF or xlsx.</source>
        <translation>日报只能保存为 PDF 或 xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="58" />
        <source>Save the daily report</source>
        <translation>保存日报</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="60" />
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="70" />
        <source>Writing the daily report…</source>
        <translation>正在生成日报…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/report.py" line="74" />
        <source>The daily report of %1 is in %2.</source>
        <translation>%1 的日报已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>DashboardHeadline</name>
    <message>
        <source>%1: counting…</source>
        <translation>%1：正在统计…</translation>
    </message>
    <message>
        <source>As of %1, %2 has screened and verified %3 persons and sent %4 for treatment.</source>
        <translation>截至%1，%2辖区共排查核查%3人，转运收治%4人。</translation>
    </message>
</context>
</TS>