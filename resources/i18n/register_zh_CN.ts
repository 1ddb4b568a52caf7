<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckPage</name>
    <message>
        <source>%1 addresses name no building, unit or door and %2 persons have no address: each is a household of its own, so no door is missed. The report lists them.</source>
        <translation>%1 个住址读不出楼栋、单元或门牌，%2 人没有住址：各自单独成户，不漏一户。核验报告列出了这些行。</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Kept entry no.</source>
        <translation>保留记录编号</translation>
    </message>
    <message>
        <source>Kept entry</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <source>Its resident ID</source>
        <translation>保留记录身份证号</translation>
    </message>
    <message>
        <source>Its community</source>
        <translation>保留记录社区</translation>
    </message>
    <message>
        <source>Its address</source>
        <translation>保留记录住址</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>The same resident ID</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>The same name, birth date and phone</source>
        <translation>姓名、出生日期和电话相同</translation>
    </message>
    <message>
        <source>Each row is an entry to merge away, beside the entry to keep. A merge moves its cases, screenings and contacts to the kept entry; it stays in the register as history, marked merged.</source>
        <translation>每行是一条待合并的记录，右侧是要保留的记录。合并后，它的个案、筛查结果和接触关系转到保留的记录上；它作为历史留在登记册中，标为已合并。</translation>
    </message>
    <message>
        <source>&amp;Merge into the kept entry</source>
        <translation>合并到保留的记录(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep this entry instead</source>
        <translation>改为保留此记录(&amp;K)</translation>
    </message>
    <message>
        <source>%1 entries to merge</source>
        <translation>%1 条待合并</translation>
    </message>
    <message>
        <source>Merge entry %1 (%2) into entry %3 (%4)? Its cases, screenings and contacts move to entry %3.</source>
        <translation>将记录 %1（%2）合并到记录 %3（%4）？它的个案、筛查结果和接触关系将转到记录 %3。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Entry %1 was merged into entry %2: %3 cases and %4 screenings moved.</source>
        <translation>记录 %1 已合并到记录 %2：转移了 %3 个个案和 %4 条筛查结果。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Another person in the register holds this resident ID: merge the two entries from the register's possible duplicates instead.</source>
        <translation>登记册中已有另一人使用此身份证号：请在人员登记的“可能重复”中合并这两条记录。</translation>
    </message>
</context>
<context>
    <name>MergeErrors</name>
    <message>
        <source>An entry cannot be merged into itself.</source>
        <translation>一条记录不能合并到它自己。</translation>
    </message>
    <message>
        <source>Entry {person} is no longer in the register.</source>
        <translation>记录 {person} 已不在登记册中。</translation>
    </message>
    <message>
        <source>Entry {person} was merged into entry {into} already.</source>
        <translation>记录 {person} 已合并到记录 {into}。</translation>
    </message>
    <message>
        <source>Both entries have an open case: close one of the two first.</source>
        <translation>两条记录都有未结案的个案：请先结束其中一个。</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>可能重复(&amp;D)…</translation>
    </message>
    <message>
        <source>Persons entered twice (the same resident ID, or the same name, birth date and phone), to merge</source>
        <translation>重复登记的人员（身份证号相同，或姓名、出生日期和电话都相同），待合并</translation>
    </message>
</context>
</TS>
