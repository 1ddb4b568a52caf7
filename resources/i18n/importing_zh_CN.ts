<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="203" />
            <source>Check and import</source>
            <translation>核验并导入</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="206" />
            <source>Save the validation report…</source>
            <translation>保存核验报告…</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="213" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="220" />
            <source>%1 rows checked: %2 persons in %3 new households can be imported, %4 already registered, %5 rows refused, %6 empty rows skipped.</source>
            <translation>已核验 %1 行：可导入 %2 人、新增 %3 户，%4 人已登记，%5 行被拒绝，跳过空行 %6 行。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="226" />
            <source>Rows were refused, so nothing will be imported. Save the report, fix the rows and import again, or go back and choose to skip the refused rows.</source>
            <translation>有行被拒绝，因此不会导入任何数据。请保存报告，修改这些行后重新导入；或返回上一步，选择跳过被拒绝的行。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="244" />
            <source>Save the validation report</source>
            <translation>保存核验报告</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="246" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="258" />
            <source>Import a register</source>
            <translation>导入户籍名册</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="259" />
            <source>Imported %1 persons in %2 new households.</source>
            <translation>已导入 %1 人，新增 %2 户。</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="97" />
            <location filename="../../ui/register/import_wizard.py" line="122" />
            <source>Choose the register file</source>
            <translation>选择名册文件</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="98" />
            <source>A .csv (UTF-8 or GBK), .xlsx or .xls file from a community office.</source>
            <translation>社区报送的 .csv（UTF-8 或 GBK）、.xlsx 或 .xls 文件。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="101" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="107" />
            <source>for rows without a community column</source>
            <translation>用于没有社区列的行</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="108" />
            <source>Import the valid rows and skip the refused ones</source>
            <translation>只导入有效行，跳过被拒绝的行</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="110" />
            <source>A person already registered gets the file's name, phone and household</source>
            <translation>已登记人员按文件更新姓名、电话和所在户（文件住址的门户）</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="112" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="113" />
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="123" />
            <source>Registers (*.csv *.xlsx *.xls)</source>
            <translation>名册 (*.csv *.xlsx *.xls)</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="138" />
            <source>Opening the file…</source>
            <translation>正在打开文件…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="54" />
            <location filename="../../ui/register/import_wizard.py" line="74" />
            <source>Import a register</source>
            <translation>导入户籍名册</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="86" />
            <source>Checking every row…</source>
            <translation>正在逐行核验…</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="86" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="267" />
            <source>&amp;Import register…</source>
            <translation>导入户籍名册(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="8" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="9" />
            <source>Resident ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="10" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="11" />
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="12" />
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="13" />
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="14" />
            <source>Building / group</source>
            <translation>楼栋 / 组</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="15" />
            <source>Unit</source>
            <translation>单元</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="16" />
            <source>Door</source>
            <translation>门牌号</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="17" />
            <source>Household head</source>
            <translation>户主</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="18" />
            <source>Relation to head</source>
            <translation>与户主关系</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="22" />
            <source>The file does not exist.</source>
            <translation>文件不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="23" />
            <source>Only .csv, .xlsx and .xls registers can be imported.</source>
            <translation>只能导入 .csv、.xlsx 和 .xls 格式的名册。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="25" />
            <source>The file is empty.</source>
            <translation>文件是空的。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="26" />
            <source>The file cannot be read as a spreadsheet: it may be damaged.</source>
            <translation>无法作为电子表格读取，文件可能已损坏。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="28" />
            <source>The file would expand to an absurd size (a zip bomb?); it was not opened.</source>
            <translation>文件解压后大得离谱（可能是压缩炸弹），未予打开。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="31" />
            <source>The file has too many rows: split it by community and import the parts.</source>
            <translation>文件行数过多：请按社区拆分后分别导入。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="33" />
            <source>Reading the file took too long; nothing was imported.</source>
            <translation>读取文件耗时过长，未导入任何数据。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="35" />
            <source>The file is too large.</source>
            <translation>文件过大。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="36" />
            <source>Choose the columns holding the name and the resident ID.</source>
            <translation>请选择姓名列和身份证号列。</translation>
        </message>
        <message>
            <source>Opening the file…</source>
            <translation>正在打开文件…</translation>
        </message>
        <message>
            <source>The file has no row {row}: choose the row the column names are on.</source>
            <translation>文件没有第 {row} 行：请选择列名所在的行。</translation>
        </message>
        <message>
            <source>… and %1 more: save the report to see them all.</source>
            <translation>……另有 %1 条：保存报告可查看全部。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="1" />
            <source>The file has column names on row {row} but no rows under them: nothing was imported.</source>
            <translation>文件第 {row} 行是列名，但下面没有数据行：未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="1" />
            <source>The file is not a text file (a spreadsheet or a document saved under a .csv name?).</source>
            <translation>该文件不是文本文件（可能是以 .csv 为扩展名保存的电子表格或文档）。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="1" />
            <source>Row {row} is not written in the file's encoding ({encoding}): the file mixes encodings or is damaged. Save the whole file again in one encoding (in Excel: CSV UTF-8) and import it again.</source>
            <translation>第 {row} 行的编码与文件其余部分（{encoding}）不同：文件混用了多种编码或已损坏。请把整个文件另存为同一种编码（在 Excel 中选“CSV UTF-8”）后重新导入。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="1" />
            <source>Row {row} has a cell longer than {limit} characters (an unclosed quotation mark?): correct it and import again.</source>
            <translation>第 {row} 行有一个单元格超过 {limit} 个字符（可能缺少右引号）：请改正后重新导入。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_texts.py" line="1" />
            <source>Row {row} cannot be split into cells: correct it and import again.</source>
            <translation>第 {row} 行无法拆分为单元格：请改正后重新导入。</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="151" />
            <source>Which column holds what</source>
            <translation>各列对应的内容</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="152" />
            <source>Recognised columns are chosen for you; correct them if needed. Name and resident ID are required.</source>
            <translation>已自动识别的列已选好，如有误请更正。姓名和身份证号为必填。</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="171" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../ui/register/import_wizard.py" line="173" />
            <source>column %1</source>
            <translation>第 %1 列</translation>
        </message>
        <message>
            <source>Column names on row</source>
            <translation>列名所在行</translation>
        </message>
        <message>
            <source>Registers often have a title above the column names: give the row the names are on.</source>
            <translation>花名册的列名上方常有标题：请指定列名所在的行。</translation>
        </message>
    </context>
    <context>
        <name>ImportProblems</name>
        <message>
            <source>%1 more problems were not listed; fix these and import again to see them.</source>
            <translation>另有 %1 个问题未列出；改正这些后重新导入即可看到。</translation>
        </message>
        <message>
            <source>A name is plain text of at most {limit} characters.</source>
            <translation>姓名为纯文本，最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>A phone is 11 mobile digits starting with 1, or an area code and a landline number.</source>
            <translation>电话应为以 1 开头的 11 位手机号，或区号加固定电话号码。</translation>
        </message>
        <message>
            <source>A resident ID has 18 characters: compare this one with the ID card.</source>
            <translation>身份证号应为 18 位：请与身份证核对。</translation>
        </message>
        <message>
            <source>A resident ID is 17 digits followed by a digit or X.</source>
            <translation>身份证号由 17 位数字加一位数字或 X 组成。</translation>
        </message>
        <message>
            <source>At most {limit} characters.</source>
            <translation>最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>Blocks the import</source>
            <translation>阻止导入</translation>
        </message>
        <message>
            <source>Characters 7 to 14 of the ID are not a real date (YYYYMMDD).</source>
            <translation>身份证号第 7 至 14 位不是有效日期（YYYYMMDD）。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Excel turned this ID into a number and lost its last digits: format the ID column as Text, paste the IDs again from the source, and import again.</source>
            <translation>Excel 把这个身份证号变成了数字，末几位已丢失：请把身份证号列设为“文本”格式，从原始资料重新粘贴后再导入。</translation>
        </message>
        <message>
            <source>No address, building, unit or door: the person gets a household of their own until the address is known.</source>
            <translation>没有地址、楼栋、单元或门牌：在地址查明前，此人单独成户。</translation>
        </message>
        <message>
            <source>No building, unit or door could be read from this address: the persons living at it make one household, known by the address as written.</source>
            <translation>无法从这个地址读出楼栋、单元或门牌：住在此地址的人合为一户，以原样地址标识。</translation>
        </message>
        <message>
            <source>No community is given for this row: add a community column, or name the community for the whole file.</source>
            <translation>此行没有社区：请添加社区列，或为整个文件指定社区。</translation>
        </message>
        <message>
            <source>No community of this name or code is in the register.</source>
            <translation>没有这个名称或编码的社区。</translation>
        </message>
        <message>
            <source>No resident ID was given.</source>
            <translation>没有填写身份证号。</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>The ID's birth date is implausibly long ago.</source>
            <translation>身份证号中的出生日期早得不合常理。</translation>
        </message>
        <message>
            <source>The ID's birth date is in the future.</source>
            <translation>身份证号中的出生日期在将来。</translation>
        </message>
        <message>
            <source>The ID's check character is wrong: a digit was probably mistyped or two were swapped.</source>
            <translation>身份证号校验位不对：可能输错了一位数字，或两位数字颠倒了。</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>姓名为空。</translation>
        </message>
        <message>
            <source>The same ID is already on row {first} of this file.</source>
            <translation>本文件第 {first} 行已有相同的身份证号。</translation>
        </message>
        <message>
            <source>The sex column disagrees with the ID; the ID's is kept.</source>
            <translation>性别列与身份证号不符；以身份证号为准。</translation>
        </message>
        <message>
            <source>This ID is already in the register; the register's person was kept.</source>
            <translation>此身份证号已在花名册中；保留了花名册中的人员。</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../controllers/register/import_problems.py" line="1" />
            <source>A name cannot begin with = + - or @: a spreadsheet would run it as a formula.</source>
            <translation>姓名不能以 = + - 或 @ 开头：电子表格会把它当作公式执行。</translation>
        </message>
        <message>
            <location filename="../../controllers/register/import_problems.py" line="1" />
            <source>A name holds letters, the middle dot · and spaces only.</source>
            <translation>姓名只能由文字、间隔号 · 和空格组成。</translation>
        </message>
    </context>
</TS>
