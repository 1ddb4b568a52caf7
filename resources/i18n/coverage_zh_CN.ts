<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Column</name>
    <message>
        <location filename="../../controllers/communities/rows.py" line="36" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="37" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="38" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="39" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="40" />
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="41" />
        <source>Households done</source>
        <translation>已排查户数</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="42" />
        <source>Coverage</source>
        <translation>排查覆盖率</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="43" />
        <source>Persons screened</source>
        <translation>已排查人数</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="44" />
        <source>Open doors</source>
        <translation>未排查户</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="45" />
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="46" />
        <source>Visits today</source>
        <translation>今日走访</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="47" />
        <source>Daily target</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="49" />
        <source>Work groups</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/rows.py" line="50" />
        <location filename="../../controllers/communities/household_rows.py" line="49" />
        <location filename="../../controllers/communities/household_rows.py" line="99" />
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/household_rows.py" line="44" />
        <location filename="../../controllers/communities/household_rows.py" line="95" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/household_rows.py" line="45" />
        <location filename="../../controllers/communities/household_rows.py" line="96" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/household_rows.py" line="46" />
        <location filename="../../controllers/communities/household_rows.py" line="97" />
        <source>Door</source>
        <translation>门牌</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/household_rows.py" line="51" />
        <location filename="../../controllers/communities/household_rows.py" line="102" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/household_rows.py" line="47" />
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/household_rows.py" line="48" />
        <location filename="../../controllers/communities/household_rows.py" line="98" />
        <source>Latest outcome</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/household_rows.py" line="50" />
        <location filename="../../controllers/communities/household_rows.py" line="100" />
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <location filename="../../controllers/communities/household_rows.py" line="101" />
        <source>Due</source>
        <translation>待访</translation>
    </message>
    <message>
        <location filename="../../models/communities/household_rows.py" line="118" />
        <source>To find</source>
        <translation>待寻</translation>
    </message>
</context>
<context>
    <name>CommunitiesView</name>
    <message>
        <location filename="../../ui/communities/view.py" line="37" />
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/communities/view.py" line="38" />
        <source>Community name starts with…</source>
        <translation>按社区名称开头查找…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/view.py" line="41" />
        <source>All stations</source>
        <translation>全部派出所</translation>
    </message>
    <message>
        <location filename="../../ui/communities/view.py" line="45" />
        <source>Urban and rural</source>
        <translation>社区和村</translation>
    </message>
    <message>
        <location filename="../../ui/communities/view.py" line="52" />
        <source>Red rows are behind today's visit target. Double-click or press Enter to open a community.</source>
        <translation>红色行表示今日走访落后于目标。双击或按回车打开社区。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/view.py" line="72" />
        <source>Total: %1</source>
        <comment>communities</comment>
        <translation>共 %1 个社区（村）</translation>
    </message>
</context>
<context>
    <name>CommunityDetail</name>
    <message>
        <location filename="../../ui/communities/detail.py" line="50" />
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="52" />
        <source>Due for a visit only</source>
        <translation>仅看待走访</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="60" />
        <source>Gap list</source>
        <translation>未排查清单</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="61" />
        <source>All households</source>
        <translation>全部住户</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="63" />
        <source>&amp;Record visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="64" />
        <source>Enter on a household</source>
        <translation>在住户上按回车</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="67" />
        <source>&amp;Print knock list…</source>
        <translation>打印敲门清单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="69" />
        <source>Knock list as P&amp;DF…</source>
        <translation>敲门清单存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="144" />
        <source>Households %1, done %2 (%3) · persons %4, screened %5 · open doors %6 · revisits due %7 · visits today %8 of %9</source>
        <translation>户数 %1，已排查 %2（%3）· 人数 %4，已排查 %5 · 未排查户 %6 · 待回访 %7 · 今日走访 %8 / 目标 %9</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="152" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="154" />
        <source>Work groups: %1 · last visit %2</source>
        <translation>工作组：%1 · 最近走访 %2</translation>
    </message>
    <message>
        <source>One household (%1) holds %2 persons: the register was imported before households were built from addresses. Import this community's register file again (Account › Import register…, ticking "A person already registered gets the file's name, phone and household") and each person goes back to their own door.</source>
        <translation>有一户（%1）登记了 %2 人：本社区名册是在“按住址建户”之前导入的。请重新导入本社区的户籍名册文件（账户 › 导入户籍名册…，勾选“已登记人员按文件更新姓名、电话和所在户”），每个人就会回到自己的门户。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="216" />
        <source>Saved. %1 with fever or symptoms; %2 new fever cases on the case board (the others already have an open case).</source>
        <translation>已保存。%1 人发热或有症状；新增 %2 例发热病例待病例看板核查（其余人已有未结病例）。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="221" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="226" />
        <source>Knock list: %1</source>
        <translation>敲门清单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/communities/detail.py" line="247" />
        <source>Knock list saved: %1 (%2 pages)</source>
        <translation>敲门清单已保存：%1（%2 页）</translation>
    </message>
</context>
<context>
    <name>CoverageErrors</name>
    <message>
        <location filename="../../ui/communities/labels.py" line="25" />
        <source>This household is not in the register.</source>
        <translation>该住户不在登记册中。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="26" />
        <source>A temperature must lie between {low} and {high} °C: check the figure.</source>
        <translation>体温应在 {low} 至 {high} °C 之间：请核对数字。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="27" />
        <source>A temperature is a number such as 36.8.</source>
        <translation>体温应为数字，例如 36.8。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="28" />
        <source>The visit time is in the future.</source>
        <translation>走访时间在未来。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="29" />
        <source>This visit was already recorded; nothing was saved twice.</source>
        <translation>这次走访已登记过，未重复保存。</translation>
    </message>
    <message>
        <source>This form's visit was already saved, before the change you made: close the form and look at the household's visits before recording another.</source>
        <translation>此表单的走访在您修改之前已经保存：请关闭表单，先查看该户的走访记录，再登记新的走访。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="30" />
        <source>A person screened here does not belong to this household.</source>
        <translation>所登记的人员不属于该住户。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="31" />
        <source>A person is listed twice in this visit.</source>
        <translation>同一人在本次走访中出现两次。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="32" />
        <source>Choose the visit's outcome.</source>
        <translation>请选择走访结果。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="33" />
        <source>That team no longer exists.</source>
        <translation>该工作组已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="34" />
        <source>Temperatures are recorded for a screened household only.</source>
        <translation>只有已排查的住户才登记体温。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="35" />
        <source>A note has at most {limit} characters.</source>
        <translation>备注最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="36" />
        <source>Symptoms have at most {limit} characters.</source>
        <translation>症状最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="37" />
        <source>No community has that name or code.</source>
        <translation>没有该名称或编码的社区。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="38" />
        <source>Several communities have that name: give its code.</source>
        <translation>有多个同名社区：请输入社区编码。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="65" />
        <source>A member cannot have left after the visit: check the date.</source>
        <translation>离开日期不能晚于走访时间：请核对日期。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="67" />
        <source>A new door needs its door number or an address.</source>
        <translation>新门户需要门牌号或地址。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="56" />
        <source>At most {limit} characters: shorten it.</source>
        <translation>最多 {limit} 个字符：请缩短。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="51" />
        <source>Nobody was screened: enter a temperature, or choose nobody home or refused to open.</source>
        <translation>没有排查任何人：请填写体温，或选择无人在家或拒绝开门。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="63" />
        <source>Say where the member lives now.</source>
        <translation>请说明该成员现在的居住情况。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="54" />
        <source>Say whether the member was at home.</source>
        <translation>请说明该成员是否在家。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="58" />
        <source>This resident ID is registered as {name} of {community}: record the visit at that person's household, or check the ID.</source>
        <translation>该身份证号已登记为{community}的{name}：请在其所在户登记走访，或核对证件号。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="48" />
        <source>{name} lives here: enter a temperature, or mark them not at home, refusing or living elsewhere now.</source>
        <translation>{name}住在这里：请填写体温，或标记为不在家、拒绝排查或现居别处。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="46" />
        <source>{name}: enter a temperature, or mark them not at home or refusing.</source>
        <translation>{name}：请填写体温，或标记为不在家或拒绝排查。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="61" />
        <source>{name}: enter the resident ID, or say why none was shown.</source>
        <translation>{name}：请填写身份证号，或说明未出示证件的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="69" />
        <source>{place} is on the list already: record the visit there.</source>
        <translation>{place} 已在名单中：请在该户登记走访。</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../ui/communities/household.py" line="40" />
        <location filename="../../ui/communities/household.py" line="73" />
        <source>Choose a household</source>
        <translation>请选择住户</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="42" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="43" />
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="44" />
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="45" />
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="46" />
        <source>Screened at</source>
        <translation>排查时间</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="47" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="48" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="49" />
        <source>Team</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="50" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="52" />
        <source>Members and latest screening</source>
        <translation>成员及最近排查结果</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="54" />
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="59" />
        <source>Household %1</source>
        <translation>住户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="61" />
        <source>(head)</source>
        <translation>（户主）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="66" />
        <source>not yet</source>
        <translation>尚未排查</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="46" />
        <source>(found at the door)</source>
        <translation>（入户发现）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/household.py" line="44" />
        <source>(to find)</source>
        <translation>（待寻）</translation>
    </message>
</context>
<context>
    <name>KnockList</name>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="29" />
        <source>Screened</source>
        <translation>已排查</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="30" />
        <source>Nobody home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="31" />
        <source>Refused</source>
        <translation>拒绝开门</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="32" />
        <source>Moved out / vacant</source>
        <translation>搬离/空置</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="33" />
        <source>nobody home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="34" />
        <source>refused</source>
        <translation>拒绝开门</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="103" />
        <location filename="../../controllers/paper/knock_list.py" line="162" />
        <source>Knock list: %1</source>
        <translation>敲门清单：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="104" />
        <source>%1 · %2 · printed %3 · %4 open doors</source>
        <translation>%1 · %2 · 打印于 %3 · 未排查 %4 户</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="108" />
        <source>Tick one box per door; write each member’s temperature.</source>
        <translation>每户勾选一项结果；逐人填写体温。</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="111" />
        <source>No open doors: every household has an outcome.</source>
        <translation>没有未排查户：每户都已有结果。</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="113" />
        <source>Door</source>
        <translation>门牌</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="114" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="115" />
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="115" />
        <source>Last knock</source>
        <translation>上次敲门</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="116" />
        <source>Temperatures / notes</source>
        <translation>体温 / 备注</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="143" />
        <source>Building %1, unit %2</source>
        <translation>%1 楼栋 · %2 单元</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="58" />
        <source>%1 persons named on contact-tracing lists are to be found: ask for them at their door, screen them or note where they live now.</source>
        <translation>流调名单中有 %1 人待寻找：请到其门户询问，为其排查，或记下其现居何处。</translation>
    </message>
    <message>
        <location filename="../../controllers/paper/knock_list.py" line="84" />
        <source>To find: %1</source>
        <translation>待寻：%1</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../ui/communities/labels.py" line="19" />
        <source>Screened</source>
        <translation>已排查</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="20" />
        <source>Nobody home</source>
        <translation>无人在家</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="21" />
        <source>Refused to open</source>
        <translation>拒绝开门</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="22" />
        <source>Moved out / vacant</source>
        <translation>搬离/空置</translation>
    </message>
    <message>
        <location filename="../../ui/communities/labels.py" line="68" />
        <source>due now</source>
        <translation>应访</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="36" />
        <source>Visit to household %1</source>
        <translation>走访住户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="50" />
        <source>No team given</source>
        <translation>未指定工作组</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="59" />
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="60" />
        <source>Temperature °C</source>
        <translation>体温 °C</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="61" />
        <source>Symptoms (empty if none)</source>
        <translation>症状（无则留空）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="75" />
        <source>No members in the register.</source>
        <translation>登记册中没有成员。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="77" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="78" />
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="79" />
        <source>T&amp;eam</source>
        <translation>工作组(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="80" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="56" />
        <source>%1 (found here)</source>
        <translation>%1（入户发现）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="52" />
        <source>%1 (to find)</source>
        <translation>%1（待寻）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="110" />
        <source>&amp;Add a person found here…</source>
        <translation>添加入户发现人员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="35" />
        <source>At home</source>
        <translation>在家</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="166" />
        <source>At home?</source>
        <translation>是否在家</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="139" />
        <source>Door</source>
        <translation>门户</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="82" />
        <source>Found here</source>
        <translation>入户发现</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="53" />
        <source>Named on a contact-tracing list: screen them, or say where they live now.</source>
        <translation>流调名单中的人员：请为其排查，或记下其现居何处。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="115" />
        <source>New &amp;door not on the list</source>
        <translation>名单外新门户(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="36" />
        <source>Not at home</source>
        <translation>不在家</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="37" />
        <source>Refuses screening</source>
        <translation>拒绝排查</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="85" />
        <source>Remove this person</source>
        <translation>移除此人</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="167" />
        <source>Where now / since</source>
        <translation>现居何处 / 自何时</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="125" />
        <source>address (a rented room, a shed …)</source>
        <translation>地址（出租屋、工棚……）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="123" />
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="124" />
        <source>door</source>
        <translation>门牌</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="64" />
        <source>since</source>
        <translation>自何时</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_dialog.py" line="123" />
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/communities/visit_members.py" line="60" />
        <source>where</source>
        <translation>何处</translation>
    </message>
</context>
<context>
    <name>FoundPersonDialog</name>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="58" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="63" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="60" />
        <source>&amp;Resident ID</source>
        <translation>身份证号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="59" />
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="66" />
        <source>&amp;Temperature °C</source>
        <translation>体温 °C(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="62" />
        <source>&amp;Why no ID</source>
        <translation>未出示原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="41" />
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="73" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="118" />
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="122" />
        <source>Enter the resident ID, or tick “No ID shown” (Ctrl+I) and say why.</source>
        <translation>请填写身份证号，或勾选“未出示证件”（Ctrl+I）并说明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="125" />
        <source>Enter the temperature taken at the door.</source>
        <translation>请填写入户时测得的体温。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="42" />
        <source>No ID shown</source>
        <translation>未出示证件</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="38" />
        <source>Not given</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="53" />
        <source>Not registered here (household registration elsewhere)</source>
        <translation>非本地户籍（户籍在外地）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="35" />
        <source>Person found at the door</source>
        <translation>入户发现人员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="64" />
        <source>Re&amp;lation</source>
        <translation>关系(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="67" />
        <source>S&amp;ymptoms (empty if none)</source>
        <translation>症状（无则留空）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="120" />
        <source>Say why no ID was shown.</source>
        <translation>请说明未出示证件的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="52" />
        <source>to the head of the household</source>
        <translation>与户主的关系</translation>
    </message>
    <message>
        <location filename="../../ui/communities/found_person_dialog.py" line="44" />
        <source>why: left at home, refused …</source>
        <translation>原因：放在老家、拒绝出示……</translation>
    </message>
</context>
<context>
    <name>Residence</name>
    <message>
        <location filename="../../controllers/browse/words.py" line="84" />
        <source>Away</source>
        <translation>外出</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/words.py" line="86" />
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/words.py" line="87" />
        <source>Lives elsewhere</source>
        <translation>在别处居住</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/words.py" line="83" />
        <source>Lives here</source>
        <translation>在此居住</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/words.py" line="85" />
        <source>Moved out</source>
        <translation>已搬离</translation>
    </message>
</context>
</TS>