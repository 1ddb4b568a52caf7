<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
</TS>