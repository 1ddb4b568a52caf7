<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Column</name>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="46" />
        <location filename="../../controllers/browse/transfers.py" line="109" />
        <source>Order no.</source>
        <translation>转运单号</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="47" />
        <location filename="../../controllers/browse/transfers.py" line="110" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="48" />
        <location filename="../../controllers/browse/transfers.py" line="114" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="49" />
        <location filename="../../controllers/browse/transfers.py" line="112" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="50" />
        <location filename="../../controllers/browse/transfers.py" line="115" />
        <source>Ordered</source>
        <translation>下达时间</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="51" />
        <location filename="../../controllers/browse/transfers.py" line="117" />
        <source>Response</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="52" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="53" />
        <location filename="../../controllers/browse/transfers.py" line="113" />
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="111" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="116" />
        <source>Until dispatched</source>
        <translation>待出车</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="118" />
        <source>At the scene</source>
        <translation>现场用时</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="119" />
        <source>Driving</source>
        <translation>途中用时</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="120" />
        <source>In this step</source>
        <translation>本步用时</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/transfers.py" line="121" />
        <source>Overdue by</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="45" />
        <source>Facility</source>
        <translation>收治机构</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="46" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="47" />
        <source>Takes</source>
        <translation>收治类别</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="48" />
        <source>Beds</source>
        <translation>床位</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="49" />
        <source>Taken</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="50" />
        <source>Free</source>
        <translation>空余</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="51" />
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
</context>
<context>
    <name>FacilityKind</name>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="17" />
        <source>Designated hospital</source>
        <translation>定点医院</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="18" />
        <source>Field hospital</source>
        <translation>方舱医院</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="19" />
        <source>Isolation site</source>
        <translation>隔离点</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="20" />
        <source>Fever clinic</source>
        <translation>发热门诊</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="23" />
        <source>confirmed</source>
        <translation>确诊</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="24" />
        <source>suspected</source>
        <translation>疑似</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="25" />
        <source>fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="26" />
        <source>close contacts</source>
        <translation>密接</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/facilities.py" line="37" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>