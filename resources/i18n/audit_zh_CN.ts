<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="21"/>
        <source>Order no.</source>
        <translation>转运单号</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="22"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="23"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="24"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="25"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="26"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="27"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="28"/>
        <source>Facility</source>
        <translation>收治机构</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="29"/>
        <source>Responder</source>
        <translation>队员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="30"/>
        <source>Transfer order</source>
        <translation>转运单</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="31"/>
        <source>Supply stock</source>
        <translation>物资库存</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="32"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="33"/>
        <source>Found at the visit</source>
        <translation>发现于走访</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="34"/>
        <source>Merged into</source>
        <translation>合并至</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="35"/>
        <source>Exposed to</source>
        <translation>传染源病例</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="36"/>
        <source>Contact</source>
        <translation>密接病例</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="37"/>
        <location filename="../../ui/accounts/audit_fields.py" line="38"/>
        <location filename="../../ui/accounts/audit_fields.py" line="39"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="40"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="41"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="42"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="43"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="44"/>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="45"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="46"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="47"/>
        <source>Must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="48"/>
        <source>Opened at</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="49"/>
        <source>In status since</source>
        <translation>状态起始</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="50"/>
        <source>In category since</source>
        <translation>类别起始</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="51"/>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="52"/>
        <source>Closed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="53"/>
        <source>Pick-up address</source>
        <translation>接人地址</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="54"/>
        <source>Why the proposal was not taken</source>
        <translation>未采用推荐的原因</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="55"/>
        <source>Why it failed</source>
        <translation>未成功原因</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="56"/>
        <source>Ordered at</source>
        <translation>下达时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="57"/>
        <source>Dispatched at</source>
        <translation>出车时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="58"/>
        <source>On scene at</source>
        <translation>到达现场时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="59"/>
        <source>Picked up at</source>
        <translation>接到人员时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="60"/>
        <source>Delivered at</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="61"/>
        <source>Disinfected at</source>
        <translation>消毒时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="62"/>
        <source>Cancelled at</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="63"/>
        <source>Failed at</source>
        <translation>未成功时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="64"/>
        <source>Holds the vehicle</source>
        <translation>占用车辆</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="65"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="66"/>
        <source>Door</source>
        <translation>门牌</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="67"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="68"/>
        <source>Registered at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="69"/>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="70"/>
        <source>Residence</source>
        <translation>居住情况</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="71"/>
        <source>Lives where</source>
        <translation>现居住地</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="72"/>
        <source>Residence since</source>
        <translation>居住情况起始</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="73"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="74"/>
        <source>Not registered here</source>
        <translation>非本地户籍</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="75"/>
        <source>Why no resident ID</source>
        <translation>无身份证号原因</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="76"/>
        <source>To find</source>
        <translation>待寻</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="77"/>
        <source>Beds taken</source>
        <translation>已占用床位</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="78"/>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="79"/>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="80"/>
        <source>Leads the shift</source>
        <translation>带班</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="81"/>
        <source>Stood down at</source>
        <translation>停岗时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="82"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="83"/>
        <source>Taken at</source>
        <translation>测温时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="84"/>
        <source>Temperature (°C)</source>
        <translation>体温（°C）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="85"/>
        <source>Unwell</source>
        <translation>身体不适</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="86"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="87"/>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="88"/>
        <source>Joined on</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="89"/>
        <source>Left on</source>
        <translation>离队日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="90"/>
        <source>Visited at</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="91"/>
        <location filename="../../ui/accounts/audit_fields.py" line="110"/>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="92"/>
        <source>Why not screened</source>
        <translation>未排查原因</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="93"/>
        <source>Symptoms</source>
        <translation>有症状</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="94"/>
        <source>Which symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="95"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="96"/>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="97"/>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="98"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="99"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="100"/>
        <source>What was said</source>
        <translation>劝导内容</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="101"/>
        <source>Agreed to go</source>
        <translation>同意转运</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="102"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="103"/>
        <source>Last exposure</source>
        <translation>最后接触日期</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="104"/>
        <source>Inside disinfected</source>
        <translation>车内已消毒</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="105"/>
        <source>Outside disinfected</source>
        <translation>车外已消毒</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="106"/>
        <source>Change in quantity</source>
        <translation>数量变化</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="107"/>
        <source>Low below</source>
        <translation>低库存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="108"/>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="109"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="111"/>
        <source>Handled by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="112"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="113"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="114"/>
        <source>Minutes overdue</source>
        <translation>超时分钟</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="115"/>
        <source>Acknowledged at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="116"/>
        <source>Work group: police</source>
        <translation>工作组：民警人数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="117"/>
        <source>Work group: health workers</source>
        <translation>工作组：卫健人员人数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="118"/>
        <source>Work group: cadres</source>
        <translation>工作组：干部人数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="119"/>
        <source>Quick-response team: vehicles</source>
        <translation>快反队：车辆数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="120"/>
        <source>Quick-response team: officers</source>
        <translation>快反队：队员数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="121"/>
        <source>Quick-response team: leaders</source>
        <translation>快反队：队长数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="122"/>
        <source>Quick-response teams per urban station</source>
        <translation>城区派出所快反队数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="124"/>
        <source>Quick-response teams per rural station</source>
        <translation>农村派出所快反队数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="127"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="128"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="129"/>
        <source>Identifiers masked</source>
        <translation>证件号已脱敏</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="130"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="131"/>
        <source>Entry merged away</source>
        <translation>被合并的记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="132"/>
        <source>Cases moved</source>
        <translation>转入的病例</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="133"/>
        <source>Screenings moved</source>
        <translation>转入的排查记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="134"/>
        <source>Screenings left</source>
        <translation>保留的排查记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="135"/>
        <source>Fields filled in</source>
        <translation>补全的字段</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="139"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="141"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="142"/>
        <source>Admitted at</source>
        <translation>收治机构</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="143"/>
        <source>Destination</source>
        <translation>送往</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="144"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="145"/>
        <source>What changed</source>
        <translation>变动内容</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="146"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_fields.py" line="147"/>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Seconds left to wait</source>
        <translation>剩余等待秒数</translation>
    </message>
    <message>
        <source>Failures in a row</source>
        <translation>连续失败次数</translation>
    </message>
    <message>
        <source>Delays cleared</source>
        <translation>清除的延迟计数</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Searched by an identifier</source>
        <translation>按证件号或电话查询</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="31"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="32"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="33"/>
        <source>Transfer order</source>
        <translation>转运单</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="34"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="35"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="36"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="37"/>
        <source>Facility</source>
        <translation>收治机构</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="38"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="39"/>
        <source>Responder</source>
        <translation>队员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="40"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="41"/>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="42"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="43"/>
        <source>Lodging</source>
        <translation>住宿点</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="44"/>
        <source>Team member</source>
        <translation>队伍成员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="45"/>
        <source>Duty shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="46"/>
        <source>Temperature</source>
        <translation>体温记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="47"/>
        <source>Case history</source>
        <translation>病例记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="48"/>
        <source>Persuasion visit</source>
        <translation>劝导记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="49"/>
        <source>Contact link</source>
        <translation>密接关系</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="50"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="51"/>
        <location filename="../../ui/accounts/audit_words.py" line="52"/>
        <source>Screening</source>
        <translation>排查结果</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="53"/>
        <source>Disinfection</source>
        <translation>消毒记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="54"/>
        <source>Supply stock</source>
        <translation>物资库存</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="55"/>
        <source>Supplies drawn or added</source>
        <translation>物资出入库</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="56"/>
        <source>Incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="57"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="58"/>
        <source>Team minimums</source>
        <translation>队伍配置标准</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="63"/>
        <source>Case of %1</source>
        <translation>%1 的病例</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="64"/>
        <source>Transfer order %1</source>
        <translation>转运单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="65"/>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="66"/>
        <source>%1 in %2</source>
        <translation>%2 队员 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="67"/>
        <source>Shift of %1 in %2</source>
        <translation>%2 %1 的班次</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="68"/>
        <source>Temperature of %1</source>
        <translation>%1 的体温</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="69"/>
        <source>Case history of %1</source>
        <translation>%1 的病例记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="70"/>
        <source>Persuasion visit to %1</source>
        <translation>%1 的劝导记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="71"/>
        <source>Exposure of %1</source>
        <translation>%1 的密接关系</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="72"/>
        <source>Visit to %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="73"/>
        <location filename="../../ui/accounts/audit_words.py" line="74"/>
        <source>Screening of %1</source>
        <translation>%1 的排查结果</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="75"/>
        <source>Disinfection of %1</source>
        <translation>%1 的消毒记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="76"/>
        <source>%2 at %1</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="77"/>
        <source>%2 drawn or added at %1</source>
        <translation>%1 %2 出入库</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="78"/>
        <source>%1 at %2</source>
        <translation>%2 %1事件</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="79"/>
        <source>Alert on transfer order %1</source>
        <translation>转运单 %1 的告警</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="88"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="89"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="90"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="91"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="92"/>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="93"/>
        <source>Took the screen off the wall</source>
        <translation>解除大屏</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="94"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="95"/>
        <source>Imported a register</source>
        <translation>导入登记表</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="96"/>
        <source>Imported the district workbook</source>
        <translation>导入辖区资料</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="97"/>
        <source>Imported a contact list</source>
        <translation>导入密接名单</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="98"/>
        <source>Merged entries</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="99"/>
        <source>Generated demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="101"/>
        <source>%1 #%2 (deleted)</source>
        <translation>%1 #%2 (已删除)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="102"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="103"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="104"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="105"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="106"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="107"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_words.py" line="108"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Sign-in delayed</source>
        <translation>登录被延迟</translation>
    </message>
    <message>
        <source>Cleared sign-in delays</source>
        <translation>清除了登录延迟</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/accounts/audit_log_dialog.py" line="44"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_log_dialog.py" line="46"/>
        <source>Search user, action or value</source>
        <translation>搜索用户、操作或内容</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_log_dialog.py" line="50"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_log_dialog.py" line="63"/>
        <source>Choose an entry to see everything it changed.</source>
        <translation>选择一条记录，查看它改动的全部内容。</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_log_dialog.py" line="107"/>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
</context>
<context>
    <name>AuditValues</name>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="34"/>
        <source>Case opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="36"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="37"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="40"/>
        <source>Step overdue</source>
        <translation>环节超时</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="41"/>
        <source>Disinfection overdue</source>
        <translation>消毒超时</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="53"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../models/accounts/audit_rows.py" line="115"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../models/accounts/audit_rows.py" line="116"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../models/accounts/audit_rows.py" line="117"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../models/accounts/audit_rows.py" line="118"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../models/accounts/audit_rows.py" line="119"/>
        <source>Changes</source>
        <translation>改动内容</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="24"/>
        <source>Non-cooperation</source>
        <translation>不配合</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="25"/>
        <source>Violence</source>
        <translation>暴力冲突</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="26"/>
        <source>Accident</source>
        <translation>意外事故</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="27"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="17"/>
        <source>Commander</source>
        <translation>指挥员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="18"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="19"/>
        <source>Clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="20"/>
        <source>Viewer (wall screen)</source>
        <translation>只读（大屏）</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="21"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="30"/>
        <source>Not at home</source>
        <translation>不在家</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_values.py" line="31"/>
        <source>Refuses screening</source>
        <translation>拒绝排查</translation>
    </message>
</context>
</TS>
