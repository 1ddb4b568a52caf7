<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Column</name>
    <message>
        <location filename="../../controllers/teams/rows.py" line="26"/>
        <location filename="../../controllers/teams/vehicle_rows.py" line="42"/>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="27"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="28"/>
        <location filename="../../controllers/teams/vehicle_rows.py" line="43"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="29"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="30"/>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="103"/>
        <source>Composition</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="104"/>
        <source>On duty now</source>
        <translation>当前在岗</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="41"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="45"/>
        <source>In status since</source>
        <translation>状态起始</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="46"/>
        <source>Time in status</source>
        <translation>持续时长</translation>
    </message>
    <message>
        <source>Crew on duty</source>
        <translation>本班配置</translation>
    </message>
</context>
<context>
    <name>DutyPanel</name>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="36"/>
        <location filename="../../ui/teams/duty_panel.py" line="41"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="36"/>
        <location filename="../../ui/teams/duty_panel.py" line="41"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="37"/>
        <location filename="../../ui/teams/duty_panel.py" line="42"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="37"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="38"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="42"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="43"/>
        <source>Stood down</source>
        <translation>撤岗</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="46"/>
        <source>Replace with the chosen member</source>
        <translation>由所选人员顶岗</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="52"/>
        <source>On duty now</source>
        <translation>当前在岗</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="53"/>
        <source>Next on duty</source>
        <translation>下一班</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="54"/>
        <source>Stood down today</source>
        <translation>今日撤岗</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="55"/>
        <source>Can replace</source>
        <translation>可顶岗人员</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="73"/>
        <source>Choose a station to see who is on duty.</source>
        <translation>请选择派出所以查看值班情况。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="122"/>
        <source>Nobody of the same role is free and checked healthy.</source>
        <translation>暂无同身份、未在岗且今日体温正常的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="129"/>
        <source>Choose a stood-down member and a replacement.</source>
        <translation>请选择撤岗人员和顶岗人员。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/duty_panel.py" line="142"/>
        <source>Replacement on duty.</source>
        <translation>顶岗人员已上岗。</translation>
    </message>
</context>
<context>
    <name>DutyRoster</name>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="36"/>
        <source>Work group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="37"/>
        <source>Quick-response team</source>
        <translation>快反队</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="38"/>
        <source>Contact-tracing group</source>
        <translation>流调工作组</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="51"/>
        <source>Duty roster: %1, %2</source>
        <translation>值班表：%1，%2</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="66"/>
        <source>Printed %1 · %2 shifts</source>
        <translation>打印于 %1 · 共 %2 个班次</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="72"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="72"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="73"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="73"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="74"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="74"/>
        <source>Lodging</source>
        <translation>集中住宿点</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="75"/>
        <source>Stood down</source>
        <translation>撤岗</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/duty_roster.py" line="78"/>
        <source>(leader)</source>
        <translation>（队长）</translation>
    </message>
    <message>
        <source>(leads the shift)</source>
        <translation>（本班带队）</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/kit/role_labels.py" line="7"/>
        <location filename="../../controllers/paper/duty_roster.py" line="27"/>
        <source>Police</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_labels.py" line="8"/>
        <location filename="../../controllers/paper/duty_roster.py" line="28"/>
        <source>Auxiliary police</source>
        <translation>辅警</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_labels.py" line="9"/>
        <location filename="../../controllers/paper/duty_roster.py" line="29"/>
        <source>Health worker</source>
        <translation>卫健人员</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_labels.py" line="10"/>
        <location filename="../../controllers/paper/duty_roster.py" line="30"/>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_labels.py" line="11"/>
        <location filename="../../controllers/paper/duty_roster.py" line="31"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_labels.py" line="12"/>
        <location filename="../../controllers/paper/duty_roster.py" line="32"/>
        <source>Property security</source>
        <translation>物业安保</translation>
    </message>
    <message>
        <location filename="../../ui/kit/role_labels.py" line="13"/>
        <location filename="../../controllers/paper/duty_roster.py" line="33"/>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
</context>
<context>
    <name>SuppliesPanel</name>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="23"/>
        <source>Protective suit</source>
        <translation>防护服</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="24"/>
        <source>Mask</source>
        <translation>口罩</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="25"/>
        <source>Disinfectant</source>
        <translation>消毒液</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="38"/>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="38"/>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="39"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="39"/>
        <source>Used in 7 days</source>
        <translation>近 7 日用量</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="40"/>
        <source>Days left</source>
        <translation>可用天数</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="40"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="41"/>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="42"/>
        <source>Draw…</source>
        <translation>领用…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="78"/>
        <source>Low</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="99"/>
        <source>Choose a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/supplies_panel.py" line="102"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>TeamDetail</name>
    <message>
        <location filename="../../ui/teams/detail.py" line="57"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="59"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="61"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="62"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="62"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="63"/>
        <source>Lodging</source>
        <translation>集中住宿点</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="63"/>
        <location filename="../../ui/teams/detail.py" line="123"/>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="64"/>
        <source>Temperature today</source>
        <translation>今日体温</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="65"/>
        <source>Member</source>
        <translation>队员</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="65"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="66"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="66"/>
        <source>Stood down</source>
        <translation>撤岗</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="75"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="78"/>
        <source>Shifts today</source>
        <translation>今日班次</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="98"/>
        <source>Choose a member first.</source>
        <translation>请先选择队员。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="113"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="117"/>
        <source>Communities: %1</source>
        <translation>负责社区：%1</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="120"/>
        <source>Vehicles: %1</source>
        <translation>车辆：%1</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="128"/>
        <source>not checked</source>
        <translation>未测</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="130"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location filename="../../ui/teams/detail.py" line="132"/>
        <source>, unwell</source>
        <translation>，身体不适</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>带队</translation>
    </message>
    <message>
        <source>No shifts today.</source>
        <translation>今日无排班。</translation>
    </message>
    <message>
        <source>Roster: %1</source>
        <translation>名册：%1</translation>
    </message>
</context>
<context>
    <name>TeamErrors</name>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="10"/>
        <source>A temperature is between {low} and {high} °C. Check the thermometer and type it again; nothing was saved.</source>
        <translation>体温应在 {low} 至 {high} °C 之间。请核对体温计后重新输入；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="11"/>
        <source>Type the temperature as a number, for example 36.5; nothing was saved.</source>
        <translation>请输入数字体温，例如 36.5；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="12"/>
        <source>This member already has a shift at that time, with this team or another; nothing was saved.</source>
        <translation>该队员在此时段已有班次（本队或其他队伍）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="13"/>
        <source>A shift must end after it starts.</source>
        <translation>班次结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="14"/>
        <source>A shift lasts at most {hours} hours (a double 24-hour standby). Split a longer duty into shifts; nothing was saved.</source>
        <translation>一个班次最长 {hours} 小时（两个 24 小时备勤）。更长的值守请分成几个班次；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="14"/>
        <source>Only a member of the team can do that.</source>
        <translation>只有本队队员才能这样做。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="15"/>
        <source>Already a member of this team.</source>
        <translation>已是本队队员。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="16"/>
        <source>The team already has a leader. Hand the leadership over instead; a team has exactly one leader.</source>
        <translation>该队已有队长。请改为移交队长；每支队伍有且仅有一名队长。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="17"/>
        <source>A quick-response team needs exactly one leader: choose a leader first.</source>
        <translation>快反队须有且仅有一名队长：请先指定队长。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="18"/>
        <source>This member is unwell today and cannot replace anyone; nothing was saved.</source>
        <translation>该队员今日身体不适，不能顶岗；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="19"/>
        <source>Take this member&apos;s temperature before they replace anyone.</source>
        <translation>请先为该队员测量体温，再安排顶岗。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="20"/>
        <source>That shift has not been stood down.</source>
        <translation>该班次未被撤岗。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="21"/>
        <source>Not enough in stock: stock cannot go below zero; nothing was saved.</source>
        <translation>库存不足：库存不能为负；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/teams.py" line="22"/>
        <source>Type a quantity other than zero.</source>
        <translation>请输入非零数量。</translation>
    </message>
    <message>
        <source>Choose another team to move the member to.</source>
        <translation>请选择要调入的其他队伍。</translation>
    </message>
    <message>
        <source>Plan 1 to {most} days at a time.</source>
        <translation>每次排班 1 至 {most} 天。</translation>
    </message>
    <message>
        <source>Put at least one member on a shift.</source>
        <translation>请至少安排一名队员上班。</translation>
    </message>
    <message>
        <source>Someone else changed this team's roster meanwhile. It has been reloaded: check it and do it again if it is still needed; nothing was saved.</source>
        <translation>其他工作站刚刚修改了该队名册，已重新载入：请核对后如仍需要再操作一次；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>This member joined on {joined}: the leaving day cannot be earlier.</source>
        <translation>该队员于 {joined} 入队：离队日期不能早于入队日期。</translation>
    </message>
    <message>
        <source>{lodging} has no free room (it has {rooms}, one to a room): choose another lodging.</source>
        <translation>{lodging}已无空房（共 {rooms} 间，一人一间）：请选择其他住宿点。</translation>
    </message>
    <message>
        <source>{lodging} is closed: choose another lodging.</source>
        <translation>{lodging}已停用：请选择其他住宿点。</translation>
    </message>
    <message>
        <source>{name} is already on duty with {team} from {starts} to {ends}. Change the plan; nothing was saved.</source>
        <translation>{name}已在{team}值班（{starts} 至 {ends}）。请调整排班；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>{name} is retired and cannot join a team.</source>
        <translation>{name}已停用，不能入队。</translation>
    </message>
    <message>
        <source>{name} is to lead a shift they are not on: put them on it or choose another leader.</source>
        <translation>{name}被指定带队，但不在该班：请把其排入该班，或另选带队人。</translation>
    </message>
    <message>
        <source>{team} is retired: nobody can join it or go on duty with it.</source>
        <translation>{team}已撤编：不能再入队或随其值班。</translation>
    </message>
</context>
<context>
    <name>TeamRoster</name>
    <message>
        <location filename="../../ui/teams/roster_edit.py" line="31"/>
        <source>Put %1 on duty</source>
        <translation>安排 %1 值班</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_edit.py" line="43"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_edit.py" line="44"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_edit.py" line="56"/>
        <source>Make leader</source>
        <translation>设为队长</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_edit.py" line="57"/>
        <source>Put on duty…</source>
        <translation>安排值班…</translation>
    </message>
    <message>
        <source>A responder joins the team</source>
        <translation>人员入队</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加队员…</translation>
    </message>
    <message>
        <source>Leads the crew of this shift</source>
        <translation>担任本班带队人</translation>
    </message>
    <message>
        <source>Leaves…</source>
        <translation>离队…</translation>
    </message>
    <message>
        <source>Lodging…</source>
        <translation>住宿…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>调动…</translation>
    </message>
    <message>
        <source>One shift for the chosen member</source>
        <translation>为所选队员安排一个班次</translation>
    </message>
    <message>
        <source>Plan shifts…</source>
        <translation>排班…</translation>
    </message>
    <message>
        <source>Planned %1 shifts.</source>
        <translation>已排 %1 个班次。</translation>
    </message>
    <message>
        <source>Put on duty</source>
        <translation>安排值班</translation>
    </message>
    <message>
        <source>The chosen member leads the team; the old leader steps down</source>
        <translation>所选队员任队长，原队长卸任</translation>
    </message>
    <message>
        <source>The chosen member leaves the team</source>
        <translation>所选队员离队</translation>
    </message>
    <message>
        <source>The chosen member moves to another team</source>
        <translation>所选队员调往其他队伍</translation>
    </message>
    <message>
        <source>The team's shifts for a block of days</source>
        <translation>为本队排连续多天的班</translation>
    </message>
    <message>
        <source>Where the chosen member sleeps</source>
        <translation>所选队员的住宿点</translation>
    </message>
</context>
<context>
    <name>TeamRules</name>
    <message>
        <location filename="../../controllers/teams/rows.py" line="78"/>
        <source>needs at least %1 police officers, has %2</source>
        <translation>至少需要民警（含辅警）%1 名，现有 %2 名</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="79"/>
        <source>needs at least %1 health workers, has %2</source>
        <translation>至少需要卫健人员 %1 名，现有 %2 名</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="80"/>
        <source>needs at least %1 cadres, has %2</source>
        <translation>至少需要干部 %1 名，现有 %2 名</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="81"/>
        <source>needs at least %1 officers, has %2</source>
        <translation>至少需要警员 %1 名，现有 %2 名</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="82"/>
        <source>needs at least %1 vehicles, has %2</source>
        <translation>至少需要车辆 %1 辆，现有 %2 辆</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="83"/>
        <source>needs exactly %1 leader, has %2</source>
        <translation>须有且仅有 %1 名队长，现有 %2 名</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="90"/>
        <source>Complete</source>
        <translation>配置齐全</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/rows.py" line="91"/>
        <source>Incomplete: </source>
        <translation>配置不全：</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/responder_health.py" line="32"/>
        <source>Stood down: %1 °C</source>
        <translation>撤岗：体温 %1 °C</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/responder_health.py" line="34"/>
        <source>Stood down: reported unwell</source>
        <translation>撤岗：自述身体不适</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1配置齐全</translation>
    </message>
    <message>
        <source>%2 leaders, exactly %1 wanted</source>
        <translation>带队人 %2 名，应为 %1 名</translation>
    </message>
    <message>
        <source>24-hour shift</source>
        <translation>24小时班</translation>
    </message>
    <message>
        <source>; </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation>无人在岗</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>lacks a leader (needs %1, has %2)</source>
        <translation>缺带队人（需 %1 名，现 %2 名）</translation>
    </message>
    <message>
        <source>lacks a vehicle (needs %1, has %2)</source>
        <translation>缺车辆（需 %1 辆，现 %2 辆）</translation>
    </message>
    <message>
        <source>lacks cadres (needs %1, has %2)</source>
        <translation>缺干部（需 %1 名，现 %2 名）</translation>
    </message>
    <message>
        <source>lacks health workers (needs %1, has %2)</source>
        <translation>缺卫健人员（需 %1 名，现 %2 名）</translation>
    </message>
    <message>
        <source>lacks officers (needs %1, has %2)</source>
        <translation>缺警员（需 %1 名，现 %2 名）</translation>
    </message>
    <message>
        <source>lacks police (needs %1, has %2)</source>
        <translation>缺民警（需 %1 名，现 %2 名）</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>缺带队人</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <location filename="../../ui/teams/view.py" line="40"/>
        <location filename="../../ui/teams/view.py" line="63"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="41"/>
        <source>Team name starts with…</source>
        <translation>队伍名称开头…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="43"/>
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="46"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="48"/>
        <source>Team details…</source>
        <translation>队伍详情…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="50"/>
        <source>Temperatures…</source>
        <translation>体温登记…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="52"/>
        <source>Enter the members&apos; daily temperatures (Ctrl+T)</source>
        <translation>登记队员每日体温（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="65"/>
        <source>On duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="66"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="68"/>
        <source>Supplies</source>
        <translation>防疫物资</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="76"/>
        <source>Double-click or press Enter to open a team.</source>
        <translation>双击或按回车键打开队伍。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="120"/>
        <source>Total: %1</source>
        <comment>teams</comment>
        <translation>共 %1 支队伍</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="155"/>
        <source>Quick-response teams: %1 of at least %2</source>
        <translation>快反队：%1 支（最少 %2 支）</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="158"/>
        <source> — below the minimum</source>
        <translation> — 低于最低要求</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="161"/>
        <source>Stations below the quick-response team minimum: %1 of %2</source>
        <translation>快反队数量未达最低要求的派出所：%1 个（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../../ui/teams/view.py" line="164"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_print.py" line="25"/>
        <location filename="../../ui/teams/roster_print.py" line="62"/>
        <source>Duty roster…</source>
        <translation>值班表…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_print.py" line="30"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_print.py" line="31"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_print.py" line="38"/>
        <source>Choose a station first.</source>
        <translation>请先选择派出所。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_print.py" line="64"/>
        <source>Duty roster PDF (*.pdf)</source>
        <translation>值班表 PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/teams/roster_print.py" line="75"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>已保存 %1（%2 页）。</translation>
    </message>
</context>
<context>
    <name>TemperatureDialog</name>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="37"/>
        <source>Daily temperatures</source>
        <translation>每日体温登记</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="40"/>
        <source>Member&apos;s name (Ctrl+N: next not yet checked)</source>
        <translation>队员姓名（Ctrl+N：下一位未测者）</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="44"/>
        <source>°C, e.g. 36.5</source>
        <translation>°C，例如 36.5</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="45"/>
        <source>Reports feeling unwell</source>
        <translation>自述身体不适</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="50"/>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="127"/>
        <source>On duty, not yet checked today: %1</source>
        <translation>在岗但今日未测体温：%1 人</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="138"/>
        <source>Choose a member first: type a name and press Enter.</source>
        <translation>请先选择队员：输入姓名后按回车键。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="153"/>
        <source>%1: %2 °C — stood down.</source>
        <translation>%1：%2 °C — 已撤岗。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="156"/>
        <source>Can replace: %1</source>
        <translation>可顶岗：%1</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="157"/>
        <source>Nobody of the same role is free and checked healthy.</source>
        <translation>暂无同身份、未在岗且今日体温正常的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/teams/temperature_dialog.py" line="161"/>
        <source>%1: %2 °C recorded.</source>
        <translation>%1：%2 °C 已登记。</translation>
    </message>
        <message>
            <source>No member matches “%1”.</source>
            <translation>没有与“%1”匹配的队员。</translation>
        </message>
</context>
<context>
    <name>VehicleStatus</name>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="24"/>
        <source>Available</source>
        <translation>待命</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="25"/>
        <source>Dispatched</source>
        <translation>已出车</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="26"/>
        <source>On scene</source>
        <translation>已到达现场</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="27"/>
        <source>Transporting</source>
        <translation>转运中</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="28"/>
        <source>Awaiting disinfection</source>
        <translation>待消毒</translation>
    </message>
    <message>
        <location filename="../../controllers/teams/vehicle_rows.py" line="29"/>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>VehiclesBoard</name>
    <message>
        <location filename="../../ui/teams/vehicles.py" line="23"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/teams/vehicles.py" line="24"/>
        <source>Plate starts with…</source>
        <translation>车牌开头…</translation>
    </message>
    <message>
        <location filename="../../ui/teams/vehicles.py" line="26"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/teams/vehicles.py" line="43"/>
        <source>Vehicles: %1</source>
        <translation>车辆：%1 辆</translation>
    </message>
</context>
<context>
    <name>ShiftPlan</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Day crew</source>
        <translation>白班组</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Night crew</source>
        <translation>夜班组</translation>
    </message>
    <message>
        <source>Nobody on this crew: it is not planned.</source>
        <translation>本组无人：不排此班。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Plan shifts: %1</source>
        <translation>排班：%1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>led by</source>
        <translation>带队人</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>%1 leaves the team</source>
        <translation>%1离队</translation>
    </message>
    <message>
        <source>%1 of %2 rooms taken</source>
        <translation>已住 %1 / 共 %2 间</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Add a member to %1</source>
        <translation>为%1添加队员</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离队</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>离队日期</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿点</translation>
    </message>
    <message>
        <source>Lodging of %1</source>
        <translation>%1的住宿</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>Move %1 to another team</source>
        <translation>将%1调往其他队伍</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>No lodging</source>
        <translation>不安排住宿</translation>
    </message>
    <message>
        <source>Nobody of that name is free to join.</source>
        <translation>没有可加入的同名人员。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>调动日期</translation>
    </message>
    <message>
        <source>Start of the name, then Enter</source>
        <translation>输入姓名开头，按回车</translation>
    </message>
    <message>
        <source>Their shifts with the team from that day on are taken off the roster.</source>
        <translation>其在本队自该日起尚未开始的班次将从排班表中撤下。</translation>
    </message>
    <message>
        <source>To team</source>
        <translation>调入队伍</translation>
    </message>
    <message>
        <source>in no team</source>
        <translation>未入队</translation>
    </message>
        <message>
            <source>Make %1 the leader?</source>
            <translation>让%1担任队长？</translation>
        </message>
        <message>
            <source>%1 is a %2, not a police officer. A quick-response team is usually led by a police officer; the present leader steps down.</source>
            <translation>%1是%2，不是民警。快反队通常由民警担任队长；现任队长将卸任。</translation>
        </message>
        <message>
            <source>Make leader</source>
            <translation>设为队长</translation>
        </message>
</context>
</TS>
