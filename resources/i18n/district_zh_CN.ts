<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Column</name>
        <message>
            <location filename="../../models/district/rows.py" line="24" />
            <source>In use</source>
            <translation>使用状态</translation>
        </message>
        <message>
            <location filename="../../models/district/rows.py" line="68" />
            <location filename="../../models/district/rows.py" line="97" />
            <location filename="../../models/district/rows.py" line="126" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../models/district/rows.py" line="69" />
            <source>Police station</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../models/district/rows.py" line="70" />
            <location filename="../../models/district/rows.py" line="100" />
            <source>Area</source>
            <translation>片区</translation>
        </message>
        <message>
            <location filename="../../models/district/rows.py" line="72" />
            <source>Communities</source>
            <translation>社区（村）数</translation>
        </message>
        <message>
            <location filename="../../models/district/rows.py" line="157" />
            <location filename="../../models/district/team_rows.py" line="71" />
            <source>Lodging</source>
            <translation>住宿点</translation>
        </message>
        <message>
            <location filename="../../models/district/rows.py" line="160" />
            <source>Rooms</source>
            <translation>房间数</translation>
        </message>
        <message>
            <location filename="../../models/district/rows.py" line="161" />
            <source>Lodged</source>
            <translation>入住人数</translation>
        </message>
        <message>
            <location filename="../../models/district/team_rows.py" line="35" />
            <source>Communities served</source>
            <translation>服务社区</translation>
        </message>
        <message>
            <location filename="../../models/district/team_rows.py" line="68" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../models/district/team_rows.py" line="69" />
            <source>Unit or agency</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../models/district/team_rows.py" line="108" />
            <source>Seats</source>
            <translation>座位数</translation>
        </message>
        <message>
            <location filename="../../models/district/team_rows.py" line="133" />
            <source>Item</source>
            <translation>物资</translation>
        </message>
        <message>
            <location filename="../../models/district/team_rows.py" line="134" />
            <source>In stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../models/district/team_rows.py" line="135" />
            <source>Low below (days)</source>
            <translation>低库存天数</translation>
        </message>
    </context>
    <context>
        <name>DeliveryDialog</name>
        <message>
            <location filename="../../ui/district/delivery_dialog.py" line="24" />
            <source>Receive a delivery</source>
            <translation>物资入库</translation>
        </message>
        <message>
            <location filename="../../ui/district/delivery_dialog.py" line="30" />
            <source>From whom, delivery note number…</source>
            <translation>发货单位、送货单号…</translation>
        </message>
        <message>
            <location filename="../../ui/district/delivery_dialog.py" line="32" />
            <source>Received</source>
            <translation>入库数量</translation>
        </message>
        <message>
            <location filename="../../ui/district/delivery_dialog.py" line="33" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>District</name>
        <message>
            <location filename="../../ui/district/texts.py" line="23" />
            <source>Police stations</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="24" />
            <source>Communities</source>
            <translation>社区（村）</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="25" />
            <source>Facilities</source>
            <translation>收治机构</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="26" />
            <source>Vehicles</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="27" />
            <source>Teams</source>
            <translation>队伍</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="28" />
            <source>Responders</source>
            <translation>队员</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="29" />
            <location filename="../../ui/district/texts.py" line="40" />
            <source>Lodging</source>
            <translation>住宿点</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="30" />
            <source>Supplies</source>
            <translation>防疫物资</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="34" />
            <source>Police station</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="35" />
            <source>Community</source>
            <translation>社区（村）</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="36" />
            <source>Facility</source>
            <translation>收治机构</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="37" />
            <source>Vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="38" />
            <source>Team</source>
            <translation>队伍</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="39" />
            <source>Responder</source>
            <translation>队员</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="41" />
            <source>Supply stock</source>
            <translation>物资库存</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="44" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../controllers/district/words.py" line="9" />
            <source>In use</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../../controllers/district/words.py" line="10" />
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>DistrictErrors</name>
        <message>
            <location filename="../../ui/district/texts.py" line="47" />
            <source>A value is not right: correct the field and save again; nothing was saved.</source>
            <translation>有一项填写不正确：请更正后再保存；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="48" />
            <source>This database has no district yet: set it up from the district workbook first (canvass setup import).</source>
            <translation>此数据库尚无辖区：请先用辖区资料工作簿建立（canvass setup import）。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="49" />
            <source>The code {value} is taken: give this record its own code.</source>
            <translation>编码 {value} 已被使用：请为此条记录另设编码。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="50" />
            <source>The name {value} is taken: give this record another name.</source>
            <translation>名称“{value}”已被使用：请另取名称。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="51" />
            <source>A vehicle with the plate {value} exists already.</source>
            <translation>车牌为 {value} 的车辆已存在。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="52" />
            <source>This resident ID is {holder}'s already: a responder is entered once.</source>
            <translation>此身份证号已属于{holder}：每名队员只录入一次。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="53" />
            <source>The station keeps this item already: receive a delivery into its stock instead.</source>
            <translation>该派出所已有此项物资：请改为对其库存办理入库。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="54" />
            <source>{taken} beds are taken: close only free beds (at least {taken} beds); nothing was saved.</source>
            <translation>已占用 {taken} 张床位：只能关闭空床（床位不少于 {taken} 张）；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="55" />
            <source>{value} is retired and cannot be chosen any more: choose another.</source>
            <translation>“{value}”已停用，不能再选：请另选。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="56" />
            <source>{vehicle} is on a transfer or waiting for its disinfection: try again when the transfer is closed.</source>
            <translation>{vehicle} 正在执行转运或等待消毒：请在转运结束后再试。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="57" />
            <source>{vehicle} is not out of service.</source>
            <translation>{vehicle} 并未停运。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="58" />
            <source>Type how many were delivered: a whole number above zero.</source>
            <translation>请填写入库数量：大于零的整数。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="59" />
            <source>Another workstation saved a conflicting change at the same moment; nothing was saved: try again.</source>
            <translation>另一工作站同时保存了相冲突的修改；未保存任何内容，请重试。</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="62" />
            <source>fill it in</source>
            <translation>请填写</translation>
        </message>
        <message>
            <location filename="../../ui/district/texts.py" line="63" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>DistrictForm</name>
        <message>
            <location filename="../../ui/district/form.py" line="59" />
            <source>New %1</source>
            <translation>新增%1</translation>
        </message>
        <message>
            <location filename="../../ui/district/form.py" line="143" />
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <location filename="../../ui/district/form.py" line="147" />
            <location filename="../../ui/district/forms.py" line="113" />
            <source>%1 (retired)</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <location filename="../../ui/district/form.py" line="227" />
            <source>Reloaded the saved version; your changes were discarded.</source>
            <translation>已重新载入已保存的版本；您的修改已放弃。</translation>
        </message>
        <message>
            <location filename="../../ui/district/forms.py" line="55" />
            <source>made up when left empty</source>
            <translation>留空则自动生成</translation>
        </message>
        <message>
            <location filename="../../ui/district/forms.py" line="64" />
            <source>Beds taken now: %1. Beds are closed only while free.</source>
            <translation>当前已占用床位：%1 张。只能关闭空床。</translation>
        </message>
        <message>
            <location filename="../../ui/district/forms.py" line="73" />
            <source>not recorded</source>
            <translation>未登记</translation>
        </message>
        <message>
            <location filename="../../ui/district/forms.py" line="85" />
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <location filename="../../ui/district/forms.py" line="146" />
            <source>Responders lodged here: %1</source>
            <translation>在此住宿的队员：%1 人</translation>
        </message>
        <message>
            <location filename="../../ui/district/forms.py" line="164" />
            <source>The quantity is the opening stock; later deliveries are received from the list.</source>
            <translation>数量即期初库存；此后的到货在列表中办理入库。</translation>
        </message>
        <message>
            <location filename="../../ui/district/forms.py" line="166" />
            <source>The stock changes only by movements: receive a delivery from the list (Ctrl+R).</source>
            <translation>库存只随出入库变动：请在列表中办理物资入库（Ctrl+R）。</translation>
        </message>
    </context>
    <context>
        <name>DistrictTab</name>
        <message>
            <location filename="../../ui/district/tab.py" line="40" />
            <source>Name or code starts with…</source>
            <translation>名称或编码开头…</translation>
        </message>
        <message>
            <location filename="../../ui/district/tab.py" line="44" />
            <source>Show retired</source>
            <translation>显示已停用</translation>
        </message>
        <message>
            <location filename="../../ui/district/tab.py" line="47" />
            <source>New…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <location filename="../../ui/district/tab.py" line="48" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/district/tab.py" line="49" />
            <location filename="../../ui/district/tab.py" line="80" />
            <source>Retire…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <location filename="../../ui/district/tab.py" line="60" />
            <source>Enter or a double-click edits the row.</source>
            <translation>按回车或双击编辑该行。</translation>
        </message>
        <message>
            <location filename="../../ui/district/tab.py" line="79" />
            <source>Put back in use</source>
            <translation>恢复启用</translation>
        </message>
        <message>
            <location filename="../../ui/district/tab.py" line="173" />
            <source>Retire</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../ui/district/tab.py" line="174" />
            <source>Retire %1 %2? It stays in the records that point to it, but cannot be chosen any more.</source>
            <translation>停用%1“%2”？已有记录中仍保留它，但今后不能再选用。</translation>
        </message>
        <message>
            <location filename="../../ui/district/tabs.py" line="26" />
            <source>Out of service</source>
            <translation>停运</translation>
        </message>
        <message>
            <location filename="../../ui/district/tabs.py" line="27" />
            <source>Back in service</source>
            <translation>恢复运行</translation>
        </message>
        <message>
            <location filename="../../ui/district/tabs.py" line="30" />
            <source>Plate starts with…</source>
            <translation>车牌开头…</translation>
        </message>
        <message>
            <location filename="../../ui/district/tabs.py" line="65" />
            <source>Receive delivery…</source>
            <translation>物资入库…</translation>
        </message>
        <message>
            <location filename="../../ui/district/tabs.py" line="102" />
            <source>Name starts with…</source>
            <translation>名称开头…</translation>
        </message>
        <message>
            <location filename="../../ui/district/tabs.py" line="112" />
            <source>Responder's name starts with…</source>
            <translation>姓名开头…</translation>
        </message>
    </context>
    <context>
        <name>DistrictView</name>
        <message>
            <location filename="../../ui/district/view.py" line="33" />
            <source>District master data</source>
            <translation>辖区资料</translation>
        </message>
        <message>
            <location filename="../../ui/district/view.py" line="34" />
            <source>Stations, communities, facilities, vehicles, teams, responders, lodging and supplies: create, edit, retire.</source>
            <translation>派出所、社区（村）、收治机构、车辆、队伍、队员、住宿点和防疫物资：新增、修改、停用。</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../ui/kit/field_names.py" line="24" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="25" />
            <source>Area</source>
            <translation>片区类型</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="26" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="27" />
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="28" />
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="29" />
            <source>Police station</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="30" />
            <source>Households in the register</source>
            <translation>登记户数</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="31" />
            <source>Persons in the register</source>
            <translation>登记人口</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="32" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="33" />
            <source>Takes</source>
            <translation>收治类别</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="34" />
            <source>Beds</source>
            <translation>床位总数</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="35" />
            <source>Plate</source>
            <translation>车牌号</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="36" />
            <source>Team</source>
            <translation>队伍</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="37" />
            <source>Seats</source>
            <translation>座位数</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="38" />
            <source>Communities served</source>
            <translation>服务社区</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="39" />
            <source>Unit or agency</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="40" />
            <source>Lodging</source>
            <translation>住宿点</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="41" />
            <source>Rooms</source>
            <translation>房间数</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="42" />
            <source>Item</source>
            <translation>物资</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="43" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="44" />
            <source>Low when it lasts fewer days than</source>
            <translation>低库存预警天数</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="46" />
            <source>District data</source>
            <translation>辖区资料</translation>
        </message>
    </context>
    <context>
        <name>TransferErrors</name>
        <message>
            <location filename="../../ui/kit/refusals/transfers.py" line="18" />
            <source>{facility} is retired and can no longer be chosen: choose another facility.</source>
            <translation>{facility} 已停用，不能再选：请另选收治机构。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/transfers.py" line="23" />
            <source>{vehicle} is retired and can no longer be dispatched: choose another vehicle.</source>
            <translation>{vehicle} 已停用，不能再派出：请另选车辆。</translation>
        </message>
    </context>
</TS>
