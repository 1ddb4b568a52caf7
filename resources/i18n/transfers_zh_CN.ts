<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Column</name>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="46" />
        <location filename="../../controllers/transfers/rows.py" line="110" />
        <source>Order no.</source>
        <translation>转运单号</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="47" />
        <location filename="../../controllers/transfers/rows.py" line="111" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="48" />
        <location filename="../../controllers/transfers/rows.py" line="115" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="49" />
        <location filename="../../controllers/transfers/rows.py" line="113" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="50" />
        <location filename="../../controllers/transfers/rows.py" line="116" />
        <source>Ordered</source>
        <translation>下达时间</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="51" />
        <location filename="../../controllers/transfers/rows.py" line="118" />
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="52" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="53" />
        <location filename="../../controllers/transfers/rows.py" line="114" />
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="112" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="117" />
        <source>Until dispatched</source>
        <translation>待出车</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="119" />
        <source>At the scene</source>
        <translation>现场用时</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="120" />
        <source>Driving</source>
        <translation>途中用时</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="121" />
        <source>In this step</source>
        <translation>本步用时</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/rows.py" line="122" />
        <source>Overdue by</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="45" />
        <source>Facility</source>
        <translation>收治机构</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="46" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="47" />
        <source>Takes</source>
        <translation>收治类别</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="48" />
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="49" />
        <source>Taken</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="50" />
        <source>Free</source>
        <translation>空余</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="51" />
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
</context>
<context>
    <name>DisinfectionDialog</name>
    <message>
        <location filename="../../ui/transfers/disinfection_dialog.py" line="19" />
        <source>Record disinfection</source>
        <translation>消毒登记</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/disinfection_dialog.py" line="22" />
        <source>Inside disinfected</source>
        <translation>车内已消毒</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/disinfection_dialog.py" line="23" />
        <source>Outside disinfected</source>
        <translation>车外已消毒</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/disinfection_dialog.py" line="30" />
        <source>By whom</source>
        <translation>消毒人</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/disinfection_dialog.py" line="31" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/disinfection_dialog.py" line="39" />
        <source>Vehicle disinfected inside and out</source>
        <translation>车辆内外消毒</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="48" />
        <source>Dispatch a transfer</source>
        <translation>下达转运指令</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="55" />
        <source>%1 · %2 · %3 free beds · %4 km</source>
        <translation>%1 · %2 · 空床 %3 张 · %4 公里</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="59" />
        <location filename="../../ui/cases/dispatch_dialog.py" line="67" />
        <source>(proposed)</source>
        <translation>（推荐）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="63" />
        <source>%1 · %2 (%3) · crew %4 · %5 km</source>
        <translation>%1 · %2（%3）· 在岗 %4 人 · %5 公里</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="72" />
        <source>Needed when you depart from the proposal</source>
        <translation>不采用推荐方案时必须填写理由</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="74" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="75" />
        <source>Vehicle and team</source>
        <translation>车辆与快反队</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="76" />
        <source>Crew on duty</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="77" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="81" />
        <source>Dispatch</source>
        <translation>派车</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="98" />
        <source>No facility that takes this category has a free bed.</source>
        <translation>收治该类人员的机构均已满床。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="100" />
        <source>No vehicle is free: every one is on a trip or waits for its disinfection, or no crew is on duty.</source>
        <translation>没有可用车辆：车辆均在执行转运或等待消毒，或无人在岗。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_dialog.py" line="141" />
        <source>Dispatch…</source>
        <translation>派车…</translation>
    </message>
    <message>
        <source>The crew on duty is incomplete: %1. Say in Reason why it goes out as it is.</source>
        <translation>当班人员配置不全：%1。请在“理由”中说明为何仍照此出车。</translation>
    </message>
    <message>
        <source>Why the crew goes out incomplete</source>
        <translation>配置不全仍出车的理由</translation>
    </message>
</context>
<context>
    <name>FacilityKind</name>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="17" />
        <source>Designated hospital</source>
        <translation>定点医院</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="18" />
        <source>Field hospital</source>
        <translation>方舱医院</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="19" />
        <source>Isolation site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="20" />
        <source>Fever clinic</source>
        <translation>发热门诊</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="23" />
        <source>confirmed</source>
        <translation>确诊</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="24" />
        <source>suspected</source>
        <translation>疑似</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="25" />
        <source>fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="26" />
        <source>close contacts</source>
        <translation>密接</translation>
    </message>
    <message>
        <location filename="../../controllers/transfers/facility_rows.py" line="37" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/transfers/step_dialog.py" line="48" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/step_dialog.py" line="50" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../ui/transfers/actions.py" line="48" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="49" />
        <source>Refused…</source>
        <translation>拒绝转运…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="50" />
        <source>Cancel…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="51" />
        <source>Disinfected…</source>
        <translation>消毒登记…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="62" />
        <source>Select a transfer first.</source>
        <translation>请先选择一张转运单。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="78" />
        <source>Transfer %1 is finished.</source>
        <translation>转运单 %1 已结束。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="100" />
        <source>Transfer %1 is %2: that step is not possible now.</source>
        <translation>转运单 %1 当前为“%2”：现在不能执行这一步。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="104" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="116" />
        <source>Transfer %1 holds no vehicle waiting for disinfection.</source>
        <translation>转运单 %1 没有待消毒的车辆。</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/actions.py" line="132" />
        <source>Transfer %1: %2.</source>
        <translation>转运单 %1：%2。</translation>
    </message>
    <message>
        <source>Transfer %1 is no longer on the board: choose the next order.</source>
        <translation>转运单 %1 已不在进行中列表：请选择下一张。</translation>
    </message>
</context>
<context>
    <name>TransferErrors</name>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="13" />
        <source>This case is not awaiting transfer: mark it for transfer first.</source>
        <translation>该病例不在待转运状态：请先标记为待转运。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="14" />
        <source>This case already has a transfer under way.</source>
        <translation>该病例已有正在执行的转运。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="15" />
        <source>The facility has no free bed: choose another one.</source>
        <translation>该机构已无空床：请另选机构。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="16" />
        <source>The facility does not take this category of patient: choose another one.</source>
        <translation>该机构不收治此类人员：请另选机构。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="17" />
        <source>The vehicle has not been disinfected since its last trip: record its disinfection first, or choose another vehicle.</source>
        <translation>该车上一趟转运后尚未消毒：请先登记消毒，或另选车辆。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="18" />
        <source>The vehicle is on another transfer: choose another vehicle.</source>
        <translation>该车正在执行其他转运：请另选车辆。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="19" />
        <source>Another dispatcher has just sent this vehicle: choose another one.</source>
        <translation>另一位调度员刚刚派出了这辆车：请另选车辆。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="20" />
        <source>The vehicle is not available.</source>
        <translation>该车辆不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="21" />
        <source>The vehicle does not belong to that team.</source>
        <translation>该车辆不属于这支队伍。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="22" />
        <source>Only an active quick-response team carries out transfers.</source>
        <translation>只有在编的快反队才能执行转运。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="23" />
        <source>Nobody of that team is on duty now.</source>
        <translation>该队现在无人在岗。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="24" />
        <source>The station is out of protective suits for this crew: restock first.</source>
        <translation>派出所防护服库存不足，不够本车组每人一套：请先补充。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="25" />
        <source>Say why you depart from the proposed facility or vehicle.</source>
        <translation>请说明不采用推荐机构或车辆的理由。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="26" />
        <source>Another dispatcher ordered a transfer at the same moment: try again.</source>
        <translation>另一位调度员同时下达了转运指令：请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="27" />
        <source>A step cannot be skipped: record the steps in order.</source>
        <translation>不能跳过步骤：请按顺序登记。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="28" />
        <source>A transfer cannot go back a step.</source>
        <translation>转运不能退回上一步。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="29" />
        <source>That step is not possible from where the transfer stands.</source>
        <translation>转运当前状态下不能执行这一步。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="30" />
        <source>That is not a step of a transfer.</source>
        <translation>这不是转运的步骤。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="31" />
        <source>This transfer is finished.</source>
        <translation>该转运已结束。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="32" />
        <source>The time is in the future.</source>
        <translation>时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="33" />
        <source>The time is before the previous step.</source>
        <translation>时间早于上一步。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="34" />
        <source>Say why: this step needs a reason.</source>
        <translation>请说明原因：这一步需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="35" />
        <source>The text is longer than {limit} characters.</source>
        <translation>文字超过 {limit} 字。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="36" />
        <source>Record the disinfection: inside, outside, by whom.</source>
        <translation>请登记消毒：车内、车外、消毒人。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="37" />
        <source>A vehicle is disinfected inside and out: tick both.</source>
        <translation>车辆须内外都消毒：请勾选两项。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="38" />
        <source>Say who disinfected the vehicle.</source>
        <translation>请填写消毒人。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="39" />
        <source>Nothing to disinfect: the vehicle is already free.</source>
        <translation>无需消毒：车辆已可用。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="40" />
        <source>The trip is still under way: record the disinfection after delivery.</source>
        <translation>转运仍在进行：请在送达后登记消毒。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/transfers.py" line="41" />
        <source>Someone else moved this transfer meanwhile: check where it stands and try again.</source>
        <translation>其他人刚刚更新了这张转运单：请查看当前状态后重试。</translation>
    </message>
    <message>
        <source>The crew on duty lacks its leader or a minimum role: say in Reason why it goes out as it is; nothing was saved.</source>
        <translation>当班人员缺带队人或缺少最低配置的岗位：请在“理由”中说明为何仍照此出车；本次未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message>
        <location filename="../../ui/transfers/view.py" line="44" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="61" />
        <source>Transfers</source>
        <translation>转运</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="62" />
        <source>Order number starts with…</source>
        <translation>按转运单号开头查找…</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="64" />
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="68" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="71" />
        <source>Ordered until</source>
        <translation>下达日期止</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="73" />
        <source>All facilities</source>
        <translation>全部收治机构</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="165" />
        <source>Active (%1, %2 overdue)</source>
        <translation>进行中（%1，超时 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="70" />
        <source>Ordered from</source>
        <translation>下达日期起</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="84" />
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="85" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="86" />
        <source>Facilities</source>
        <translation>收治机构</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="161" />
        <source>Total: %1</source>
        <comment>transfers</comment>
        <translation>共 %1 张转运单</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/view.py" line="164" />
        <source>Active (%1)</source>
        <translation>进行中（%1）</translation>
    </message>
</context>
<context>
    <name>FacilitiesPanel</name>
    <message>
        <location filename="../../ui/transfers/facilities_panel.py" line="32" />
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
</context>
</TS>
