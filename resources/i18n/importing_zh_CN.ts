<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="203"/>
        <source>Check and import</source>
        <translation>核验并导入</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="206"/>
        <source>Save the validation report…</source>
        <translation>保存核验报告…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="213"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="220"/>
        <source>%1 rows checked: %2 persons in %3 new households can be imported, %4 already registered, %5 rows refused, %6 empty rows skipped.</source>
        <translation>已核验 %1 行：可导入 %2 人、新增 %3 户，%4 人已登记，%5 行被拒绝，跳过空行 %6 行。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="226"/>
        <source>Rows were refused, so nothing will be imported. Save the report, fix the rows and import again, or go back and choose to skip the refused rows.</source>
        <translation>有行被拒绝，因此不会导入任何数据。请保存报告，修改这些行后重新导入；或返回上一步，选择跳过被拒绝的行。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="244"/>
        <source>Save the validation report</source>
        <translation>保存核验报告</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="246"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="258"/>
        <source>Import a register</source>
        <translation>导入户籍名册</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="259"/>
        <source>Imported %1 persons in %2 new households.</source>
        <translation>已导入 %1 人，新增 %2 户。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="97"/>
        <location filename="../../ui/register/import_wizard.py" line="122"/>
        <source>Choose the register file</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="98"/>
        <source>A .csv (UTF-8 or GBK), .xlsx or .xls file from a community office.</source>
        <translation>社区报送的 .csv（UTF-8 或 GBK）、.xlsx 或 .xls 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="101"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="107"/>
        <source>for rows without a community column</source>
        <translation>用于没有社区列的行</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="108"/>
        <source>Import the valid rows and skip the refused ones</source>
        <translation>只导入有效行，跳过被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="110"/>
        <source>A person already registered gets the file&apos;s name, phone and household</source>
        <translation>已登记人员按文件更新姓名、电话和所在户（文件住址的门户）</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="112"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="113"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="123"/>
        <source>Registers (*.csv *.xlsx *.xls)</source>
        <translation>名册 (*.csv *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="138"/>
        <source>Opening the file…</source>
        <translation>正在打开文件…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="54"/>
        <location filename="../../ui/register/import_wizard.py" line="74"/>
        <source>Import a register</source>
        <translation>导入户籍名册</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="86"/>
        <source>Checking every row…</source>
        <translation>正在逐行核验…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="86"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="267"/>
        <source>&amp;Import register…</source>
        <translation>导入户籍名册(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="8"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="9"/>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="10"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="11"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="12"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="13"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="14"/>
        <source>Building / group</source>
        <translation>楼栋 / 组</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="15"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="16"/>
        <source>Door</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="17"/>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="18"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="22"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="23"/>
        <source>Only .csv, .xlsx and .xls registers can be imported.</source>
        <translation>只能导入 .csv、.xlsx 和 .xls 格式的名册。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="25"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="26"/>
        <source>The file cannot be read as a spreadsheet: it may be damaged.</source>
        <translation>无法作为电子表格读取，文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="28"/>
        <source>The file would expand to an absurd size (a zip bomb?); it was not opened.</source>
        <translation>文件解压后大得离谱（可能是压缩炸弹），未予打开。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="31"/>
        <source>The file has too many rows: split it by community and import the parts.</source>
        <translation>文件行数过多：请按社区拆分后分别导入。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="33"/>
        <source>Reading the file took too long; nothing was imported.</source>
        <translation>读取文件耗时过长，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="35"/>
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_texts.py" line="36"/>
        <source>Choose the columns holding the name and the resident ID.</source>
        <translation>请选择姓名列和身份证号列。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="151"/>
        <source>Which column holds what</source>
        <translation>各列对应的内容</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="152"/>
        <source>Recognised columns are chosen for you; correct them if needed. Name and resident ID are required.</source>
        <translation>已自动识别的列已选好，如有误请更正。姓名和身份证号为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="171"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_wizard.py" line="173"/>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
</TS>
