<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Column</name>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="28" />
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="30" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="38" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="37" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="35" />
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="36" />
        <source>Transfer sheet</source>
        <translation>转运单</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="31" />
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="32" />
        <source>Handled by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="33" />
        <source>Closed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/incident_rows.py" line="34" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
</context>
<context>
    <name>Exposure</name>
    <message>
        <location filename="../../controllers/cases/exposure.py" line="63" />
        <source>Stood down: exposed to confirmed case %1</source>
        <translation>停止执勤：接触确诊病例 %1</translation>
    </message>
</context>
<context>
    <name>ExposurePanel</name>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="42" />
        <source>Responder</source>
        <translation>队员</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="43" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="44" />
        <source>How</source>
        <translation>接触方式</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="45" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="46" />
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="47" />
        <source>Visit or transfer</source>
        <translation>入户结果或转运单</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="48" />
        <source>Duty</source>
        <translation>执勤</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="50" />
        <source>Stand down selected</source>
        <translation>所选人员停止执勤</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="66" />
        <source>Exposure</source>
        <translation>接触追溯</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="93" />
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="96" />
        <source>Confirmed: responders who met this person from %1, to be checked and stood down.</source>
        <translation>已确诊：%1 期间接触过此人的队员，须核查并停止执勤。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="99" />
        <source>Not confirmed: should it be, these responders met the person from %1.</source>
        <translation>尚未确诊：如确诊，%1 期间接触过此人的队员如下。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="102" />
        <source>Nobody on record.</source>
        <translation>无接触记录。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="111" />
        <source>Household visit</source>
        <translation>入户排查</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="114" />
        <source>Transfer crew</source>
        <translation>转运随车</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="116" />
        <source>On duty or due</source>
        <translation>在岗或待上岗</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="118" />
        <source>Off duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="129" />
        <source>The case is now confirmed: check the responders who met the person and stand them down.</source>
        <translation>该病例现已确诊：请核查接触过此人的队员并安排停止执勤。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="140" />
        <source>Select the responders first.</source>
        <translation>请先选择队员。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/exposure_panel.py" line="149" />
        <source>Stood down %1 responders; %2 shifts ended.</source>
        <translation>已安排 %1 名队员停止执勤，结束 %2 个班次。</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="23" />
        <source>Non-cooperation</source>
        <translation>不配合</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="24" />
        <source>Violence</source>
        <translation>暴力冲突</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="25" />
        <source>Accident</source>
        <translation>意外事故</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="26" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="53" />
        <source>Log incident</source>
        <translation>登记突发事件</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="59" />
        <source>Transfer sheet ZY… or case number</source>
        <translation>转运单号 ZY… 或病例编号</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="61" />
        <source>From the transfer or case</source>
        <translation>按转运或病例确定</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="65" />
        <source>What happened, where</source>
        <translation>发生了什么、在哪里</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="70" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="71" />
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="72" />
        <source>Concerning</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="73" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="74" />
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="75" />
        <location filename="../../ui/transfers/incident_dialog.py" line="125" />
        <source>Handled by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="113" />
        <source>Close incident</source>
        <translation>办结突发事件</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="117" />
        <source>How it ended</source>
        <translation>处置结果如何</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="123" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incident_dialog.py" line="124" />
        <source>Closed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incidents_panel.py" line="45" />
        <source>Open only</source>
        <translation>仅未办结</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incidents_panel.py" line="47" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incidents_panel.py" line="51" />
        <source>Log incident…</source>
        <translation>登记突发事件…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incidents_panel.py" line="52" />
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incidents_panel.py" line="76" />
        <source>Incidents</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incidents_panel.py" line="98" />
        <source>%1 incidents</source>
        <translation>%1 起事件</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incidents_panel.py" line="123" />
        <source>Select an incident first.</source>
        <translation>请先选择一起事件。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/incidents_panel.py" line="131" />
        <source>That incident is already closed.</source>
        <translation>该事件已经办结。</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
        <message>
            <source>Saving %1 sheets as a PDF…</source>
            <translation>正在将 %1 张转运单保存为 PDF…</translation>
        </message>
        <message>
            <source>Stopped: no PDF was written.</source>
            <translation>已停止：未写入 PDF。</translation>
        </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="29" />
        <source>Transfer sheets of %1</source>
        <translation>%1 转运单</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="52" />
        <location filename="../../ui/transfers/sheet_preview.py" line="73" />
        <source>No transfers on that day.</source>
        <translation>当日无转运。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="76" />
        <source>Saved %1 (%2 sheets).</source>
        <translation>已保存 %1（%2 张转运单）。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="84" />
        <location filename="../../ui/transfers/sheet_preview.py" line="103" />
        <location filename="../../ui/transfers/sheet_preview.py" line="153" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="85" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="95" />
        <source>Print…</source>
        <translation>打印转运单…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="96" />
        <source>Transfer sheets: print preview, PDF, a day's batch</source>
        <translation>转运单：打印预览、PDF、当日批量打印</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="102" />
        <location filename="../../ui/transfers/sheet_preview.py" line="152" />
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="105" />
        <location filename="../../ui/transfers/sheet_preview.py" line="148" />
        <source>Today's sheets…</source>
        <translation>今日转运单…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="112" />
        <source>Select a transfer first.</source>
        <translation>请先选择一条转运。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="154" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/sheet_preview.py" line="159" />
        <source>Every transfer ordered on this day, one sheet per page:</source>
        <translation>当日下达的全部转运，每页一张：</translation>
    </message>
    <message>
        <source>Print transfer sheets</source>
        <translation>打印转运单</translation>
    </message>
    <message>
        <source>Reading the sheets…</source>
        <translation>正在读取转运单…</translation>
    </message>
    <message>
        <source>PDF file…</source>
        <translation>PDF 文件…</translation>
    </message>
    <message>
        <source>%v of %m sheets</source>
        <translation>第 %v / %m 张</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>打印到</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 张</translation>
    </message>
    <message>
        <source>%1 sheets sent to %2.</source>
        <translation>已将 %1 张转运单发送到 %2。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopped: nothing more was printed.</source>
        <translation>已停止：其余转运单未打印。</translation>
    </message>
    <message>
        <source>The printer or the file could not be written; nothing is lost, try again or choose another.</source>
        <translation>打印机或文件无法写入；数据未丢失，请重试或另选打印位置。</translation>
    </message>
    <message>
        <source>Dispatched. Print its transfer sheet?</source>
        <translation>已派车。现在打印这张转运单？</translation>
    </message>
    <message>
        <source>Transfer sheets: print (%1), preview, PDF, a day's batch</source>
        <translation>转运单：打印（%1）、预览、PDF、当日批量</translation>
    </message>
    <message>
        <source>Print the selected sheets…</source>
        <translation>打印所选转运单…</translation>
    </message>
    <message>
        <source>Print the transfer sheet</source>
        <translation>打印转运单</translation>
    </message>
    <message>
        <source>Print %1 transfer sheets as one job</source>
        <translation>将 %1 张转运单作为一个任务打印</translation>
    </message>
</context>
<context>
    <name>SheetsErrors</name>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="13" />
        <source>That transfer no longer exists.</source>
        <translation>该转运已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="14" />
        <source>Say what happened: the description is empty.</source>
        <translation>请说明发生了什么：描述为空。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="16" />
        <source>The text is longer than {limit} characters.</source>
        <translation>文字超过 {limit} 字。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="18" />
        <source>The name of who handled it has at most {limit} characters.</source>
        <translation>处置人姓名最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="20" />
        <source>The time is in the future.</source>
        <translation>时间在将来。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="21" />
        <source>Choose one of the listed kinds.</source>
        <translation>请选择所列类型之一。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="22" />
        <source>There is no such case.</source>
        <translation>没有这个病例。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="23" />
        <source>There is no such transfer.</source>
        <translation>没有这个转运。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="24" />
        <source>That transfer is of another case.</source>
        <translation>该转运属于另一病例。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="26" />
        <source>Say where: a station, a community, a case or a transfer.</source>
        <translation>请说明地点：派出所、社区、病例或转运。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="28" />
        <source>That incident no longer exists.</source>
        <translation>该事件已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="29" />
        <source>That incident is already closed.</source>
        <translation>该事件已经办结。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="30" />
        <source>Say how it ended: the outcome is empty.</source>
        <translation>请说明处置结果：结果为空。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="32" />
        <source>An incident cannot be closed before it happened.</source>
        <translation>事件不能在发生之前办结。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="34" />
        <source>That case no longer exists.</source>
        <translation>该病例已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="35" />
        <source>Choose at least one responder.</source>
        <translation>请至少选择一名队员。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/sheets.py" line="36" />
        <source>That responder was not exposed to this case in the past {days} days.</source>
        <translation>该队员近 {days} 天内未接触此病例。</translation>
    </message>
</context>
<context>
    <name>TransferSheet</name>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="23" />
        <source>Confirmed</source>
        <translation>确诊患者</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="24" />
        <source>Suspected</source>
        <translation>疑似患者</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="25" />
        <source>Fever</source>
        <translation>发热症状患者</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="26" />
        <source>Close contact</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="29" />
        <source>Designated hospital</source>
        <translation>定点医院</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="30" />
        <source>Field hospital</source>
        <translation>方舱医院</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="31" />
        <source>Isolation site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="32" />
        <source>Fever clinic</source>
        <translation>发热门诊</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="35" />
        <source>Ordered</source>
        <translation>已下达</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="36" />
        <source>Dispatched</source>
        <translation>已出车</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="37" />
        <source>On scene</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="38" />
        <source>Picked up</source>
        <translation>已接到患者</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="39" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="40" />
        <source>Vehicle disinfected</source>
        <translation>车辆已消毒</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="41" />
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="42" />
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="82" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="43" />
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="83" />
        <source>Failed</source>
        <translation>转运未成功</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="53" />
        <source>Sending officer</source>
        <translation>转出经办民警</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="54" />
        <source>Receiving facility</source>
        <translation>接收机构</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="55" />
        <source>Patient or family</source>
        <translation>患者或家属</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="56" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="57" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="59" />
        <source>1. Patient</source>
        <translation>一、患者信息</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="60" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="61" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="62" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="63" />
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="64" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="65" />
        <source>Community</source>
        <translation>所属社区</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="66" />
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="67" />
        <source>2. Condition</source>
        <translation>二、病情</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="68" />
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="46" />
        <source>Ordered at</source>
        <translation>下达指令</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="47" />
        <source>Dispatched at</source>
        <translation>出车</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="48" />
        <source>On scene at</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="49" />
        <source>Picked up at</source>
        <translation>接到患者</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="50" />
        <source>Delivered at</source>
        <translation>送达收治</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="51" />
        <source>Disinfected at</source>
        <translation>车辆消毒</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="69" />
        <source>Temperature</source>
        <translation>最近体温</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="70" />
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="71" />
        <source>3. Transfer</source>
        <translation>三、转运</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="72" />
        <source>Origin</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="73" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="74" />
        <source>Team</source>
        <translation>转运队伍</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="75" />
        <source>Vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="76" />
        <source>Crew</source>
        <translation>随车人员</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="77" />
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="78" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="79" />
        <source>Override reason</source>
        <translation>改派原因</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="80" />
        <source>Failure reason</source>
        <translation>未成功原因</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="81" />
        <source>4. Times</source>
        <translation>四、时间节点</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="84" />
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="104" />
        <source>Transfer sheet %1</source>
        <translation>转运单 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="143" />
        <source>Epidemic command center</source>
        <translation>疫情防控指挥中心</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="144" />
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="145" />
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="146" />
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="257" />
        <source>Transfer sheet</source>
        <translation>转运单</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="147" />
        <source>Transfer for treatment</source>
        <translation>排查送治 · 转运交接</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="180" />
        <source>Has symptoms</source>
        <translation>有症状</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="183" />
        <source>None recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="221" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="233" />
        <source>Signature:</source>
        <translation>签字：</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="234" />
        <source>Date and time:</source>
        <translation>日期时间：</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="245" />
        <source>In three copies: the sending unit, the receiving facility and the patient keep one each.</source>
        <translation>本单一式三份：转出单位、接收机构、患者（家属）各执一份。</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/transfer_sheet_html.py" line="258" />
        <source>No transfers on this day.</source>
        <translation>当日无转运。</translation>
    </message>
</context>
    <context>
        <name>PaperPreview</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页 / 共 %2 页</translation>
        </message>
        <message>
            <source>Printed %1.</source>
            <translation>已打印“%1”。</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stopped: nothing more was printed.</source>
            <translation>已停止：其余页未打印。</translation>
        </message>
        <message>
            <source>The printer or the file could not be written; nothing is lost, try again or choose another.</source>
            <translation>无法写入打印机或文件；数据未丢失，请重试或另选一个。</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>缩放</translation>
        </message>
    </context>
</TS>