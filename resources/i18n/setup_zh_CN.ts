<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DistrictFiles</name>
    <message>
        <location filename="../../ui/setup/files.py" line="31"/>
        <source>%1 is not a district workbook, which is an .xlsx file: start from the blank template</source>
        <translation>%1 不是全区基础数据工作簿（应为 .xlsx 文件）：请从空白模板开始填写</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="34"/>
        <source>%1 looks like a community register (%2), not a district workbook: import registers with Account › Import register…</source>
        <translation>%1 看来是社区户籍名册（%2），不是全区基础数据工作簿：名册请用 账户 › 导入户籍名册… 导入</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="37"/>
        <source>%1 has none of the district workbook&apos;s sheets (it has %2): start from the blank template</source>
        <translation>%1 中没有全区基础数据工作簿的任何工作表（它有 %2）：请从空白模板开始填写</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="53"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="60"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="79"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="86"/>
        <source>Save a blank district workbook</source>
        <translation>保存空白的辖区资料工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="87"/>
        <location filename="../../ui/setup/files.py" line="110"/>
        <source>district.xlsx</source>
        <translation>辖区资料.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="90"/>
        <source>Writing the blank workbook…</source>
        <translation>正在写入空白工作簿…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="98"/>
        <source>Save the validation report</source>
        <translation>保存核验报告</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="102"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="109"/>
        <source>Export the district workbook</source>
        <translation>导出辖区资料工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="115"/>
        <source>Exporting the district&apos;s master data…</source>
        <translation>正在导出全区基础数据…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="119"/>
        <source>%1 rows of master data were written to %2. The file holds the responders&apos; resident IDs and phones in full: keep it where only the command center can read it.</source>
        <translation>已将 %1 行基础数据写入 %2。文件中队员的身份证号和电话是完整的：请妥善保存，只让指挥中心能够查看。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/files.py" line="122"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
</context>
<context>
    <name>DistrictMenu</name>
    <message>
        <location filename="../../ui/setup/menu.py" line="20"/>
        <source>&amp;District</source>
        <translation>辖区资料(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/menu.py" line="21"/>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/menu.py" line="23"/>
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/menu.py" line="25"/>
        <source>Save a &amp;blank template…</source>
        <translation>保存空白模板(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>DistrictWorkbook</name>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="21"/>
        <source>the column is missing: add it with this header (the template has every column)</source>
        <translation>缺少此列：请按此表头补上（模板中有全部列）</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="22"/>
        <source>the column appears twice: keep one of them</source>
        <translation>此列出现了两次：请只保留一列</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="23"/>
        <source>Canvass does not read this column; it was ignored</source>
        <translation>Canvass 不读取此列，已忽略</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="24"/>
        <source>Canvass does not read this sheet; it was ignored</source>
        <translation>Canvass 不读取此工作表，已忽略</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="25"/>
        <source>another sheet holds the same table: put all its rows on one sheet</source>
        <translation>另一个工作表也是这张表：请把所有行放在同一个工作表中</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="26"/>
        <source>the cell is empty: fill it in</source>
        <translation>此格为空：请填写</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="27"/>
        <source>at most %1 characters of plain text: shorten it</source>
        <translation>最多 %1 个字符的纯文本：请缩短</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="28"/>
        <source>“%1” is not a number: write digits only</source>
        <translation>“%1”不是数字：请只填数字</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="29"/>
        <source>“%1” is not a whole number: write a whole number</source>
        <translation>“%1”不是整数：请填整数</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="30"/>
        <source>%1 is outside %2 to %3: correct it</source>
        <translation>%1 不在 %2 至 %3 之间：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="31"/>
        <source>latitude %1 is outside China (%2 to %3): check the coordinates (are latitude and longitude swapped?)</source>
        <translation>纬度 %1 不在中国境内（%2 至 %3）：请核对坐标（是否把经纬度填反了？）</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="32"/>
        <source>longitude %1 is outside China (%2 to %3): check the coordinates (are latitude and longitude swapped?)</source>
        <translation>经度 %1 不在中国境内（%2 至 %3）：请核对坐标（是否把经纬度填反了？）</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="33"/>
        <source>Canvass does not know “%1” here: write one of %2</source>
        <translation>此处不认识“%1”：请填写以下之一：%2</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="34"/>
        <source>“%1” is not a Chinese plate: write the province&apos;s character, the letter and 5 letters or digits (6 on a new-energy vehicle), e.g. 鄂A·12345</source>
        <translation>“%1”不是有效的车牌号：应为省份简称、发牌机关字母和 5 位字母或数字（新能源车 6 位），如 鄂A·12345</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="35"/>
        <source>“%1” is not a phone number: write 11 mobile digits starting with 1, or an area code and a landline number</source>
        <translation>“%1”不是电话号码：请填以 1 开头的 11 位手机号，或区号加固定电话号码</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="36"/>
        <source>the resident ID “%1” has %2 characters, not 18: copy it again from the ID card</source>
        <translation>身份证号“%1”有 %2 位，不是 18 位：请按身份证重新填写</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="37"/>
        <source>the resident ID “%1” is not 17 digits followed by a digit or X: correct it</source>
        <translation>身份证号“%1”不是 17 位数字加一位数字或 X：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="38"/>
        <source>the resident ID “%1” fails its check (the last character should be %2): a digit was probably mistyped, correct it</source>
        <translation>身份证号“%1”校验不通过（最后一位应为 %2）：可能输错了某一位，请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="39"/>
        <source>the resident ID “%1” holds no real birth date: correct it</source>
        <translation>身份证号“%1”中的出生日期不存在：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="40"/>
        <source>the resident ID “%1” gives a birth date in the future (%2): correct it</source>
        <translation>身份证号“%1”的出生日期在将来（%2）：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="41"/>
        <source>the resident ID “%1” gives an impossible birth date (%2): correct it</source>
        <translation>身份证号“%1”的出生日期不合常理（%2）：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="42"/>
        <source>Excel turned the resident ID into a number and lost its last digits (%1): format the column as Text and paste the ID again</source>
        <translation>Excel 把身份证号变成了数字，丢失了末几位（%1）：请把该列设为“文本”格式后重新粘贴身份证号</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="43"/>
        <source>“%1” is already on row %2 of this sheet: every row needs its own, so remove or correct one of them</source>
        <translation>“%1”已出现在本表第 %2 行：每行须各不相同，请删除或更正其中一行</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="44"/>
        <source>the name “%1” is facility %2&apos;s already: give this facility another name</source>
        <translation>名称“%1”已被收治机构 %2 使用：请为此机构另起名称</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="45"/>
        <source>no police station has the code “%1” (on the stations sheet or in Canvass): add the station or correct the code</source>
        <translation>没有编码为“%1”的派出所（派出所表和系统中都没有）：请添加该派出所或更正编码</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="46"/>
        <source>no community has the code or name “%1”: add the community or correct it</source>
        <translation>没有编码或名称为“%1”的社区：请添加该社区或更正</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="47"/>
        <source>no team is named “%1”: add the team on the teams sheet or correct the name</source>
        <translation>没有名为“%1”的队伍：请在队伍表中添加或更正队名</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="48"/>
        <source>station %2 has no team named “%1”: add the team or correct the name</source>
        <translation>派出所 %2 没有名为“%1”的队伍：请添加该队伍或更正队名</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="49"/>
        <source>several stations have a team named “%1” (%2): write it with its station&apos;s code, e.g. %3</source>
        <translation>多个派出所都有名为“%1”的队伍（%2）：请加上派出所编码，如 %3</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="50"/>
        <source>no lodging is named “%1”: add it on the lodging sheet or correct the name</source>
        <translation>没有名为“%1”的住宿点：请在住宿点表中添加或更正名称</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="51"/>
        <source>“%1” is retired and cannot be chosen any more: choose another</source>
        <translation>“%1”已停用，不能再选择：请另选</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="52"/>
        <source>“%1” is retired: its row was updated and it stays retired</source>
        <translation>“%1”已停用：已按此行更新，仍保持停用</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="53"/>
        <source>team %1 already has its leader on row %2: a team has one leader, so write 否 on one of the two rows</source>
        <translation>队伍 %1 的队长已在第 %2 行：每支队伍只有一名队长，请把其中一行改为“否”</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="54"/>
        <source>team %1 is led by %2, who is not in this workbook: a team has one leader, so write 否 here, or add %2&apos;s row with 否</source>
        <translation>队伍 %1 的队长是 %2，他不在本工作簿中：每支队伍只有一名队长，请在此处填“否”，或添加 %2 的一行并填“否”</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="55"/>
        <source>a leader leads a team: fill in the team, or write 否</source>
        <translation>队长须属于某支队伍：请填写队伍，或填“否”</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="56"/>
        <source>%1 beds total is fewer than the %2 beds taken now: close only free beds (write at least %2)</source>
        <translation>床位总数 %1 少于目前已占用的 %2 张：只能减少空床（至少填 %2）</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="57"/>
        <source>a new responder needs a resident ID (the next import finds the row by it): fill it in</source>
        <translation>新队员须填写身份证号（下次导入据此找到此人）：请填写</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="58"/>
        <source>several responders named %1 with phone %2 have no resident ID: fill in this one&apos;s resident ID</source>
        <translation>有多名姓名为 %1、电话为 %2 的队员没有身份证号：请填写此人的身份证号</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="59"/>
        <source>a new responder needs a team (the team&apos;s station becomes theirs): fill in the team</source>
        <translation>新队员须属于某支队伍（其所属派出所即队伍的派出所）：请填写队伍</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="60"/>
        <source>Canvass cannot tell which station this new lodging belongs to: add a 派出所编码 column, or lodge a team&apos;s responder there</source>
        <translation>无法确定此新住宿点属于哪个派出所：请添加“派出所编码”列，或安排某支队伍的队员入住</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="61"/>
        <source>the database has no district yet: write the district&apos;s name and code beside 区名称 and 区划代码 on this sheet</source>
        <translation>数据库中还没有区：请在本表“区名称”和“区划代码”旁填写本区的名称和代码</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="62"/>
        <source>this workbook is for district %1, but the database holds district %2: open that district&apos;s database, or correct the code on this sheet</source>
        <translation>此工作簿属于区 %1，而数据库中是区 %2：请打开该区的数据库，或更正本表中的区划代码</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="66"/>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 不存在或不是文件</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="67"/>
        <source>%1 is not a district workbook: it is an .xlsx file (canvass setup template writes an empty one)</source>
        <translation>%1 不是全区基础数据工作簿：工作簿应为 .xlsx 文件（canvass setup template 可生成空白模板）</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="68"/>
        <source>%1 looks like a community register (%2), not a district workbook: import registers with canvass import</source>
        <translation>%1 看来是社区户籍名册（%2），不是全区基础数据工作簿：名册请用 canvass import 导入</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="69"/>
        <source>%1 looks like a validation report (sheet %2), not a district workbook</source>
        <translation>%1 看来是核验报告（工作表 %2），不是全区基础数据工作簿</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="70"/>
        <source>%1 has none of the district workbook&apos;s sheets (it has %2): start from canvass setup template</source>
        <translation>%1 中没有全区基础数据工作簿的任何工作表（它有：%2）：请从 canvass setup template 生成的模板开始</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="71"/>
        <source>%1 cannot be read as a spreadsheet: %2</source>
        <translation>%1 无法作为电子表格读取：%2</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="72"/>
        <source>%1: another workstation changed the district&apos;s data while the workbook was written; nothing was written, import it again</source>
        <translation>%1：写入工作簿期间另一工作站修改了本区基础数据；没有写入任何数据，请重新导入</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="75"/>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1，第 %2 行，“%3”列：%4</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="76"/>
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../controllers/setup/problem_text.py" line="77"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="55"/>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1：新增 %2，更新 %3，未变 %4</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="56"/>
        <source>%1: %2 to add, %3 to update, %4 unchanged</source>
        <translation>%1：将新增 %2，将更新 %3，未变 %4</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="57"/>
        <source>… and %1 more problems: the report lists them all</source>
        <translation>……另有 %1 个问题：核验报告中列出了全部问题</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="58"/>
        <source>report: %1</source>
        <translation>核验报告：%1</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="59"/>
        <source>the workbook was refused: nothing was written. Correct the problems and import it again.</source>
        <translation>工作簿未通过核验：没有写入任何数据。请更正上述问题后重新导入。</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="60"/>
        <source>dry run: nothing was written</source>
        <translation>仅核验：没有写入任何数据</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="61"/>
        <source>no change: the database already holds this workbook</source>
        <translation>没有变化：数据库中已是此工作簿的数据</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="62"/>
        <source>the district&apos;s master data was written</source>
        <translation>全区基础数据已写入</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="63"/>
        <source>%1: the district workbook, one example row per sheet and the instructions</source>
        <translation>%1：全区基础数据工作簿，每个工作表一行示例，另附说明</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/setup_command.py" line="64"/>
        <source>%1: %2 rows of master data (resident IDs and phones in full)</source>
        <translation>%1：%2 行基础数据（身份证号和电话为完整号码）</translation>
    </message>
    <message>
        <source>Canvass cannot read this outline: write its points as lon,lat separated by ; (e.g. 114.299,30.599; 114.303,30.599; 114.303,30.603) or a GeoJSON Polygon</source>
        <translation>无法读取此边界：请依次写各点“经度,纬度”，用“;”分隔（如 114.299,30.599; 114.303,30.599; 114.303,30.603），或写一个 GeoJSON Polygon</translation>
    </message>
    <message>
        <source>the outline is a %1, not a Polygon or MultiPolygon: a community's outline is an area</source>
        <translation>此边界是 %1，不是 Polygon 或 MultiPolygon：社区边界应是一块区域</translation>
    </message>
    <message>
        <source>the outline has no points: write its points, or leave the row out</source>
        <translation>此边界没有任何点：请写出各点，或删去此行</translation>
    </message>
    <message>
        <source>the outline has %1 distinct points and no area: it needs at least 3 points around an area</source>
        <translation>此边界只有 %1 个不同的点，围不成区域：至少需要 3 个点</translation>
    </message>
    <message>
        <source>the outline crosses itself near %1, %2: put its points in order around the community</source>
        <translation>边界在 %1, %2 附近自相交：请沿社区一周按顺序排列各点</translation>
    </message>
    <message>
        <source>the point %1, %2 is outside China: write longitude first, then latitude, in WGS-84 degrees</source>
        <translation>点 %1, %2 在中国境外：请先写经度、后写纬度，用 WGS-84 度数</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/setup/first_start.py" line="59"/>
        <location filename="../../ui/setup/first_start.py" line="83"/>
        <source>Welcome to Canvass</source>
        <translation>欢迎使用 Canvass</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="62"/>
        <source>Set up our district</source>
        <translation>设置我们的辖区</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="63"/>
        <source>Fill in the district workbook — police stations, communities, facilities, teams, responders, vehicles — check it and load it.</source>
        <translation>填写辖区资料工作簿（派出所、社区、收治机构、队伍、队员、车辆），核验后一次载入。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="67"/>
        <source>Build the demo district</source>
        <translation>生成演示辖区</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="68"/>
        <source>A small invented district to look around and practise on, in one click.</source>
        <translation>一键生成一个虚构的小辖区，用来熟悉和练习。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="73"/>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="74"/>
        <source>A Canvass database file, or the command center&apos;s shared PostgreSQL server.</source>
        <translation>Canvass 数据库文件，或指挥中心共用的 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="78"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="79"/>
        <source>Open the empty database; this choice comes back at the next start</source>
        <translation>先打开空数据库；下次启动时会再次询问</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="84"/>
        <source>This database holds no district yet. How do you want to start?</source>
        <translation>此数据库中还没有辖区。您想怎样开始？</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="145"/>
        <source>Building the demo district…</source>
        <translation>正在生成演示辖区…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="152"/>
        <source>The demo district was not built: %1</source>
        <translation>演示辖区未生成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="166"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_start.py" line="175"/>
        <source>Canvass cannot open that database: %1</source>
        <translation>Canvass 无法打开该数据库：%1</translation>
    </message>
</context>
<context>
    <name>OtherDatabaseDialog</name>
    <message>
        <location filename="../../ui/setup/other_database.py" line="17"/>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <location filename="../../ui/setup/other_database.py" line="19"/>
        <source>canvass.sqlite3, or postgresql://user:password@server:5432/canvass</source>
        <translation>canvass.sqlite3，或 postgresql://用户名:密码@服务器:5432/canvass</translation>
    </message>
    <message>
        <location filename="../../ui/setup/other_database.py" line="21"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/other_database.py" line="29"/>
        <source>A Canvass database file on this computer, or the address of the command center&apos;s shared PostgreSQL server.</source>
        <translation>本机上的 Canvass 数据库文件，或指挥中心共用的 PostgreSQL 服务器地址。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/other_database.py" line="32"/>
        <source>Canvass opens it at every start from now on (--db or CANVASS_DB still choose another). An address holding a password is used this time only: keep the password in ~/.pgpass instead.</source>
        <translation>以后每次启动 Canvass 都会打开它（仍可用 --db 或 CANVASS_DB 指定其他数据库）。含密码的地址只用这一次：请把密码保存在 ~/.pgpass 中。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/other_database.py" line="44"/>
        <source>Open a Canvass database</source>
        <translation>打开 Canvass 数据库</translation>
    </message>
    <message>
        <location filename="../../ui/setup/other_database.py" line="45"/>
        <source>Canvass databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Canvass 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/other_database.py" line="54"/>
        <source>There is no file %1: choose a Canvass database file (.sqlite3), or write a postgresql:// address.</source>
        <translation>找不到文件 %1：请选择 Canvass 数据库文件（.sqlite3），或填写 postgresql:// 地址。</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="../../ui/setup/problems_model.py" line="23"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/setup/problems_model.py" line="23"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/setup/problems_model.py" line="24"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/setup/problems_model.py" line="25"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/setup/problems_model.py" line="25"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/setup/problems_model.py" line="47"/>
        <source>A note: it does not stop the load.</source>
        <translation>提示：不妨碍载入。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="37"/>
        <source>Set up the district from its workbook</source>
        <translation>用辖区资料工作簿设置辖区</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="59"/>
        <source>Checking every sheet…</source>
        <translation>正在核验各工作表…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="77"/>
        <source>Loading the district&apos;s master data…</source>
        <translation>正在载入全区基础数据…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="89"/>
        <source>The district&apos;s data changed while you looked at the summary, and the workbook no longer loads: nothing was written. Its problems are listed again.</source>
        <translation>在您查看汇总时，辖区数据已被修改，这份工作簿已不能载入：没有写入任何数据。问题已重新列出。</translation>
    </message>
</context>
<context>
    <name>WorkbookCheckPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="107"/>
        <source>Check</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="122"/>
        <source>Save the validation report…</source>
        <translation>保存核验报告…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="124"/>
        <source>Check again</source>
        <translation>重新核验</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="125"/>
        <source>Read the workbook again after correcting it</source>
        <translation>改正工作簿后重新读取并核验</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="129"/>
        <source>Every row can be loaded. Next: what the load will add and update, sheet by sheet.</source>
        <translation>所有行都可以载入。下一步：查看载入将在各工作表中新增和更新的行数。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/pages.py" line="144"/>
        <source>%n problem(s) stop the load. Correct them in the workbook, save it and check again; nothing was written.</source>
        <translation>
            <numerusform>%n 个问题导致无法载入。请在工作簿中改正并保存，然后重新核验；没有写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/pages.py" line="147"/>
        <source>No problem stops the load; %n note(s) below are for your information.</source>
        <translation>
            <numerusform>没有妨碍载入的问题；下面 %n 条提示仅供参考。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="150"/>
        <source>Every sheet was checked: no problems.</source>
        <translation>所有工作表均已核验：没有问题。</translation>
    </message>
</context>
<context>
    <name>WorkbookDonePage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="237"/>
        <source>Loaded</source>
        <translation>已载入</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="239"/>
        <source>Next, import each community&apos;s register (Account › Import register…): the door knocking works through its households. Keep the workbook: District › Export workbook… writes the master data back in the same format.</source>
        <translation>下一步：逐个导入各社区的户籍名册（账户 › 导入户籍名册…），入户排查按名册中的住户进行。请保留这份工作簿：辖区资料 › 导出工作簿… 会按同样的格式写出基础数据。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="248"/>
        <source>No change: the database already holds this workbook.</source>
        <translation>没有变化：数据库中已是这份工作簿的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="252"/>
        <source>The district&apos;s master data was written: %1 rows added, %2 updated. Each row is in the audit log under your name.</source>
        <translation>全区基础数据已写入：新增 %1 行，更新 %2 行。每一行都以您的名义记入审计日志。</translation>
    </message>
</context>
<context>
    <name>WorkbookFilePage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="52"/>
        <source>The district workbook</source>
        <translation>辖区资料工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="53"/>
        <source>One sheet per master table: police stations, communities, facilities, teams, responders, vehicles, lodging, protective supplies and community boundaries. Nothing is written before you confirm the load.</source>
        <translation>每张基础数据表一个工作表：派出所、社区、收治机构、队伍、队员、车辆、住宿点、防疫物资和社区边界。在您确认载入之前，不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="56"/>
        <source>Save a blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="59"/>
        <source>the filled-in workbook (.xlsx)</source>
        <translation>填好的工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="61"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="67"/>
        <source>1. Fill in the workbook</source>
        <translation>1. 填写工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="68"/>
        <source>The template has one example row per sheet and the instructions on its 说明 sheet (write the district&apos;s name and code there). Fill it in with Excel or WPS; an exported workbook can be edited the same way.</source>
        <translation>模板的每个工作表都有一行示例，填写说明在“说明”工作表中（区名称和区划代码也填在那里）。用 Excel 或 WPS 填写；导出的工作簿也可以照样修改后再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="74"/>
        <source>2. Choose the filled-in workbook</source>
        <translation>2. 选择填好的工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="82"/>
        <source>Choose the district workbook</source>
        <translation>选择辖区资料工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="83"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>WorkbookSummaryPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="184"/>
        <source>What the load will change</source>
        <translation>载入将带来的变化</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="185"/>
        <source>Loading writes every sheet at once, or nothing. Rows left out of the workbook stay as they are: nothing is deleted.</source>
        <translation>载入时所有工作表一次写入，否则一行也不写。工作簿中没有的行保持原样：不会删除任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="191"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="191"/>
        <source>To add</source>
        <translation>将新增</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="192"/>
        <source>To update</source>
        <translation>将更新</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="192"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="201"/>
        <source>No change: the database already holds this workbook.</source>
        <translation>没有变化：数据库中已是这份工作簿的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="205"/>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="212"/>
        <source>The district %1 (%2) will be written.</source>
        <translation>将写入辖区 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="213"/>
        <source>District: %1 (%2).</source>
        <translation>辖区：%1（%2）。</translation>
    </message>
</context>
</TS>
