<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseBoard</name>
    <message>
        <location filename="../../ui/cases/board.py" line="44" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="53" />
        <source>All stations and communities</source>
        <translation>全部派出所和社区</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="58" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="59" />
        <source>Opened from</source>
        <translation>立案自</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="60" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="68" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="69" />
        <source>Move status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="71" />
        <source>Mark for transfer</source>
        <translation>标记待转运</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="73" />
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="74" />
        <source>New case…</source>
        <translation>新建病例…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="172" />
        <source>%1 cases changed.</source>
        <translation>已变更 %1 例。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/view.py" line="277" />
        <source>%1 (%2 cases)</source>
        <translation>%1（%2 例）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/board.py" line="202" />
        <source>Case #%1 opened.</source>
        <translation>已立案：病例 #%1。</translation>
    </message>
    <message>
        <source>%1 for %2, since %3</source>
        <translation>%1 %2，自 %3 起</translation>
    </message>
    <message>
        <source> (overdue by %1)</source>
        <translation>（已超时 %1）</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <location filename="../../ui/cases/detail.py" line="35" />
        <source>Case %1</source>
        <translation>病例 %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="42" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="42" />
        <location filename="../../ui/cases/detail.py" line="48" />
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="43" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="43" />
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="44" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="44" />
        <location filename="../../ui/cases/detail.py" line="65" />
        <source>Facility</source>
        <translation>收治机构</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="48" />
        <source>Household member</source>
        <translation>同户成员</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="55" />
        <location filename="../../ui/cases/detail.py" line="57" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="55" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="55" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="55" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="56" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="57" />
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="57" />
        <source>What was said</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="58" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="60" />
        <source>Add close contact…</source>
        <translation>添加密切接触者…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="64" />
        <source>Transfer sheet</source>
        <translation>转运单</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="64" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="64" />
        <source>Ordered</source>
        <translation>下令时间</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="67" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="68" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="69" />
        <source>Persuasion</source>
        <translation>劝导</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="70" />
        <source>Contacts</source>
        <translation>密接</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="71" />
        <source>Transfers</source>
        <translation>转运</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="73" />
        <source>Move status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="74" />
        <source>Change category…</source>
        <translation>变更类别…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="76" />
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="77" />
        <source>Persuasion visit…</source>
        <translation>劝导走访…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="106" />
        <source>%1 since %2 · opened %3</source>
        <translation>%2 起%1 · %3 立案</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="109" />
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="114" />
        <source>This resident ID appears %1 times in the register: flagged for merging.</source>
        <translation>该身份证号在户籍登记中出现 %1 次：已标记待合并。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="133" />
        <source>another workstation</source>
        <translation>另一工作站</translation>
    </message>
    <message>
        <location filename="../../ui/cases/detail.py" line="134" />
        <source>%1 changed this case meanwhile: it is now %2. Nothing of yours was saved; check and try again.</source>
        <translation>%1 在此期间修改了该病例：现为%2。您的修改未保存，请核对后重试。</translation>
    </message>
    <message>
        <source>Person…</source>
        <translation>人员…</translation>
    </message>
</context>
<context>
    <name>CaseErrors</name>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="12" />
        <source>This case is closed; open a new case for the person instead.</source>
        <translation>该病例已结案；请为此人新建病例。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="14" />
        <source>Only a transfer order moves a case into or out of transit.</source>
        <translation>只有转运指令才能使病例进入或离开转运中。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="15" />
        <source>Admission needs the facility that took the person.</source>
        <translation>收治须注明收治机构。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="16" />
        <source>A confirmed case is released when it recovers, never cleared.</source>
        <translation>确诊患者康复后出院，不能排除。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="17" />
        <source>A category only rises: close contact, fever, suspected, confirmed.</source>
        <translation>类别只能升级：密切接触者、发热、疑似、确诊。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="18" />
        <source>Say why: this change needs a reason.</source>
        <translation>请说明原因：此变更需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="19" />
        <source>The text is longer than {limit} characters.</source>
        <translation>文字超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="20" />
        <source>The time is in the future.</source>
        <translation>时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="21" />
        <source>The time is before the case's last change.</source>
        <translation>时间早于该病例的上一次变更。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="22" />
        <source>This person already has an open case: add to that one.</source>
        <translation>此人已有未结案病例：请在该病例中补充。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="23" />
        <source>That person is not in the register.</source>
        <translation>户籍登记中没有此人。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="24" />
        <source>That case no longer exists.</source>
        <translation>该病例已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="25" />
        <source>A case cannot be its own contact.</source>
        <translation>病例不能是自己的密接。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="26" />
        <source>These two cases are already linked.</source>
        <translation>这两个病例已经关联。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/cases.py" line="27" />
        <source>Persuasion visits are logged for a person who refused transfer.</source>
        <translation>劝导走访只记录拒绝转运的人员。</translation>
    </message>
    <message>
        <source>Cannot move a case from {from_status} to {to_status}.</source>
        <translation>{from_status}的病例不能改为{to_status}。</translation>
    </message>
    <message>
        <source>That is not a case status.</source>
        <translation>这不是病例状态。</translation>
    </message>
    <message>
        <source>%1: %2 No case was changed.</source>
        <translation>%1：%2未变更任何病例。</translation>
    </message>
</context>
<context>
    <name>CaseFlows</name>
    <message>
        <location filename="../../ui/cases/person_flows.py" line="26" />
        <source>New case: find the person</source>
        <translation>新建病例：查找人员</translation>
    </message>
    <message>
        <location filename="../../ui/cases/person_flows.py" line="33" />
        <source>New case for %1</source>
        <translation>为%1新建病例</translation>
    </message>
    <message>
        <location filename="../../ui/cases/person_flows.py" line="35" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/cases/person_flows.py" line="61" />
        <source>Add a close contact</source>
        <translation>添加密切接触者</translation>
    </message>
    <message>
        <location filename="../../ui/cases/person_flows.py" line="67" />
        <source>Close contact: %1</source>
        <translation>密切接触者：%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/person_flows.py" line="69" />
        <source>Relation (spouse, colleague, neighbour…)</source>
        <translation>关系（配偶、同事、邻居…）</translation>
    </message>
    <message>
        <source>%1 already has an open case: add to that one.</source>
        <translation>%1 已有未结案病例：请在该病例中补充。</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../ui/cases/tabs.py" line="48" />
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="49" />
        <location filename="../../ui/cases/tabs.py" line="89" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="50" />
        <location filename="../../ui/cases/tabs.py" line="82" />
        <location filename="../../ui/cases/tabs.py" line="84" />
        <location filename="../../ui/cases/tabs.py" line="88" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="51" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="66" />
        <source>Agreed</source>
        <translation>同意转运</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="81" />
        <location filename="../../ui/cases/tabs.py" line="92" />
        <source>Exposed to</source>
        <translation>接触来源</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="83" />
        <location filename="../../ui/cases/tabs.py" line="85" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="84" />
        <source>Contact</source>
        <translation>密接者</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="87" />
        <source>Chain of contacts</source>
        <translation>密接链</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="93" />
        <source>Contacts of this case</source>
        <translation>本病例的密接</translation>
    </message>
    <message>
        <location filename="../../ui/cases/tabs.py" line="94" />
        <source>Chain</source>
        <translation>传播链</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Name, whole ID or whole phone…  Ctrl+F</source>
        <translation>姓名、完整身份证号或电话…  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/cases/view.py" line="39" />
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/cases/view.py" line="40" />
        <source>Name, ID digits or phone…  Ctrl+F</source>
        <translation>姓名、身份证尾号或电话…  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/cases/view.py" line="60" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/view.py" line="62" />
        <source>Open cases only</source>
        <translation>仅显示未结案病例</translation>
    </message>
    <message>
        <location filename="../../ui/cases/view.py" line="89" />
        <source>Total: %1</source>
        <comment>cases</comment>
        <translation>共 %1 例</translation>
    </message>
    <message>
        <location filename="../../ui/cases/view.py" line="121" />
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../controllers/cases/rows.py" line="34" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../controllers/cases/rows.py" line="35" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../controllers/cases/rows.py" line="36" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../controllers/cases/rows.py" line="38" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../controllers/cases/rows.py" line="39" />
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>持续时长</translation>
    </message>
</context>
<context>
    <name>PersonSearchDialog</name>
    <message>
        <source>Name, whole resident ID or whole phone</source>
        <translation>姓名、完整身份证号或完整电话</translation>
    </message>
    <message>
        <location filename="../../ui/kit/person_search_dialog.py" line="29" />
        <source>Name, resident ID, its last digits, or phone</source>
        <translation>姓名、身份证号、身份证尾号或电话</translation>
    </message>
    <message>
        <location filename="../../ui/kit/person_search_dialog.py" line="31" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/kit/person_search_dialog.py" line="31" />
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/kit/person_search_dialog.py" line="32" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/kit/person_search_dialog.py" line="32" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/kit/person_search_dialog.py" line="33" />
        <source>Open case</source>
        <translation>未结案病例</translation>
    </message>
    <message>
        <location filename="../../ui/kit/person_search_dialog.py" line="77" />
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../ui/kit/person_search_dialog.py" line="84" />
        <source>%1 found</source>
        <translation>找到 %1 人</translation>
    </message>
</context>
<context>
    <name>PersuasionDialog</name>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="91" />
        <source>Persuasion visit</source>
        <translation>劝导走访</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="95" />
        <source>What was said, who was there</source>
        <translation>谈话内容，在场人员</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="96" />
        <source>Agreed to be transferred</source>
        <translation>同意转运</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="100" />
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="101" />
        <source>What was said</source>
        <translation>谈话内容</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="28" />
        <source>Why: what was seen, said or decided</source>
        <translation>原因：所见、所谈或所决定</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="35" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="47" />
        <source>No move is allowed from here.</source>
        <translation>当前状态不允许任何变更。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="71" />
        <source>Move status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="72" />
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="76" />
        <source>Change category</source>
        <translation>变更类别</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="77" />
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="81" />
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/cases/move_dialog.py" line="82" />
        <source>The note</source>
        <translation>备注内容</translation>
    </message>
    <message>
        <source>Usual reason (%1): %2</source>
        <translation>常用理由（%1）：%2</translation>
    </message>
</context>
<context>
    <name>SystemText</name>
    <message>
        <source>Verified: identity, address and symptoms checked with the person</source>
        <translation>已核查：已与本人核对身份、住址和症状</translation>
    </message>
    <message>
        <source>To be sent for treatment: waiting for a bed and a vehicle</source>
        <translation>须送治：等待床位和车辆</translation>
    </message>
    <message>
        <source>Mild: observed at home by the community doctor</source>
        <translation>症状轻微：由社区医生居家观察</translation>
    </message>
    <message>
        <source>Refuses to be transferred: persuasion visits to follow</source>
        <translation>拒绝转运：将上门劝导</translation>
    </message>
    <message>
        <source>Ruled out: test negative, no symptoms</source>
        <translation>排除：检测阴性，无症状</translation>
    </message>
    <message>
        <source>Recovered: released by the facility</source>
        <translation>已康复：机构解除隔离（出院）</translation>
    </message>
    <message>
        <source>Died: reported by the facility</source>
        <translation>死亡：机构报告</translation>
    </message>
    <message>
        <source>Temperature 37.3 °C or above</source>
        <translation>体温达到或超过 37.3 °C</translation>
    </message>
    <message>
        <source>CT and symptoms point to the new coronavirus</source>
        <translation>肺部影像和症状提示新冠肺炎</translation>
    </message>
    <message>
        <source>Nucleic acid test positive</source>
        <translation>核酸检测阳性</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person: %1</source>
        <translation>人员：%1</translation>
    </message>
</context>
<context>
    <name>PersonFile</name>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>病例（%1）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Household (%1)</source>
        <translation>同户（%1）</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>同户成员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>排查时间</translation>
    </message>
    <message>
        <source>Screenings (%1)</source>
        <translation>排查记录（%1）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>状态起始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <source>Visits (%1)</source>
        <translation>走访记录（%1）</translation>
    </message>
</context>
<context>
    <name>SelectionErrors</name>
    <message>
        <location filename="../../ui/kit/refusals/selection.py" line="13" />
        <source>The list changed after the rows were selected (another workstation wrote to it), so nothing was changed: select the rows again.</source>
        <translation>选中之后列表已有变化（其他工作站写入了数据），未做任何变更：请重新选择。</translation>
    </message>
    <message>
        <location filename="../../ui/kit/refusals/selection.py" line="14" />
        <source>{selected} rows are selected; one action changes at most {limit}. Narrow the list with its filters, then select again.</source>
        <translation>已选中 {selected} 行；一次操作最多变更 {limit} 行。请先用筛选条件缩小列表，再重新选择。</translation>
    </message>
</context>
</TS>