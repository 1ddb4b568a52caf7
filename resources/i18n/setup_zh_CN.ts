<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DistrictWorkbook</name>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="21" />
            <source>the column is missing: add it with this header (the template has every column)</source>
            <translation>缺少此列：请按此表头补上（模板中有全部列）</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="22" />
            <source>the column appears twice: keep one of them</source>
            <translation>此列出现了两次：请只保留一列</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="23" />
            <source>Canvass does not read this column; it was ignored</source>
            <translation>Canvass 不读取此列，已忽略</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="24" />
            <source>Canvass does not read this sheet; it was ignored</source>
            <translation>Canvass 不读取此工作表，已忽略</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="25" />
            <source>another sheet holds the same table: put all its rows on one sheet</source>
            <translation>另一个工作表也是这张表：请把所有行放在同一个工作表中</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="26" />
            <source>the cell is empty: fill it in</source>
            <translation>此格为空：请填写</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="27" />
            <source>at most %1 characters of plain text: shorten it</source>
            <translation>最多 %1 个字符的纯文本：请缩短</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="28" />
            <source>“%1” is not a number: write digits only</source>
            <translation>“%1”不是数字：请只填数字</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="29" />
            <source>“%1” is not a whole number: write a whole number</source>
            <translation>“%1”不是整数：请填整数</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="30" />
            <source>%1 is outside %2 to %3: correct it</source>
            <translation>%1 不在 %2 至 %3 之间：请更正</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="31" />
            <source>latitude %1 is outside China (%2 to %3): check the coordinates (are latitude and longitude swapped?)</source>
            <translation>纬度 %1 不在中国境内（%2 至 %3）：请核对坐标（是否把经纬度填反了？）</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="32" />
            <source>longitude %1 is outside China (%2 to %3): check the coordinates (are latitude and longitude swapped?)</source>
            <translation>经度 %1 不在中国境内（%2 至 %3）：请核对坐标（是否把经纬度填反了？）</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="33" />
            <source>Canvass does not know “%1” here: write one of %2</source>
            <translation>此处不认识“%1”：请填写以下之一：%2</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="34" />
            <source>“%1” is not a Chinese plate: write the province's character, the letter and 5 letters or digits (6 on a new-energy vehicle), e.g. 鄂A·12345</source>
            <translation>“%1”不是有效的车牌号：应为省份简称、发牌机关字母和 5 位字母或数字（新能源车 6 位），如 鄂A·12345</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="35" />
            <source>“%1” is not a phone number: write 11 mobile digits starting with 1, or an area code and a landline number</source>
            <translation>“%1”不是电话号码：请填以 1 开头的 11 位手机号，或区号加固定电话号码</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="36" />
            <source>the resident ID “%1” has %2 characters, not 18: copy it again from the ID card</source>
            <translation>身份证号“%1”有 %2 位，不是 18 位：请按身份证重新填写</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="37" />
            <source>the resident ID “%1” is not 17 digits followed by a digit or X: correct it</source>
            <translation>身份证号“%1”不是 17 位数字加一位数字或 X：请更正</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="38" />
            <source>the resident ID “%1” fails its check (the last character should be %2): a digit was probably mistyped, correct it</source>
            <translation>身份证号“%1”校验不通过（最后一位应为 %2）：可能输错了某一位，请更正</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="39" />
            <source>the resident ID “%1” holds no real birth date: correct it</source>
            <translation>身份证号“%1”中的出生日期不存在：请更正</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="40" />
            <source>the resident ID “%1” gives a birth date in the future (%2): correct it</source>
            <translation>身份证号“%1”的出生日期在将来（%2）：请更正</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="41" />
            <source>the resident ID “%1” gives an impossible birth date (%2): correct it</source>
            <translation>身份证号“%1”的出生日期不合常理（%2）：请更正</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="42" />
            <source>Excel turned the resident ID into a number and lost its last digits (%1): format the column as Text and paste the ID again</source>
            <translation>Excel 把身份证号变成了数字，丢失了末几位（%1）：请把该列设为“文本”格式后重新粘贴身份证号</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="43" />
            <source>“%1” is already on row %2 of this sheet: every row needs its own, so remove or correct one of them</source>
            <translation>“%1”已出现在本表第 %2 行：每行须各不相同，请删除或更正其中一行</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="44" />
            <source>the name “%1” is facility %2's already: give this facility another name</source>
            <translation>名称“%1”已被收治机构 %2 使用：请为此机构另起名称</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="45" />
            <source>no police station has the code “%1” (on the stations sheet or in Canvass): add the station or correct the code</source>
            <translation>没有编码为“%1”的派出所（派出所表和系统中都没有）：请添加该派出所或更正编码</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="46" />
            <source>no community has the code or name “%1”: add the community or correct it</source>
            <translation>没有编码或名称为“%1”的社区：请添加该社区或更正</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="47" />
            <source>no team is named “%1”: add the team on the teams sheet or correct the name</source>
            <translation>没有名为“%1”的队伍：请在队伍表中添加或更正队名</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="48" />
            <source>station %2 has no team named “%1”: add the team or correct the name</source>
            <translation>派出所 %2 没有名为“%1”的队伍：请添加该队伍或更正队名</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="49" />
            <source>several stations have a team named “%1” (%2): write it with its station's code, e.g. %3</source>
            <translation>多个派出所都有名为“%1”的队伍（%2）：请加上派出所编码，如 %3</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="50" />
            <source>no lodging is named “%1”: add it on the lodging sheet or correct the name</source>
            <translation>没有名为“%1”的住宿点：请在住宿点表中添加或更正名称</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="51" />
            <source>“%1” is retired and cannot be chosen any more: choose another</source>
            <translation>“%1”已停用，不能再选择：请另选</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="52" />
            <source>“%1” is retired: its row was updated and it stays retired</source>
            <translation>“%1”已停用：已按此行更新，仍保持停用</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="53" />
            <source>team %1 already has its leader on row %2: a team has one leader, so write 否 on one of the two rows</source>
            <translation>队伍 %1 的队长已在第 %2 行：每支队伍只有一名队长，请把其中一行改为“否”</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="54" />
            <source>team %1 is led by %2, who is not in this workbook: a team has one leader, so write 否 here, or add %2's row with 否</source>
            <translation>队伍 %1 的队长是 %2，他不在本工作簿中：每支队伍只有一名队长，请在此处填“否”，或添加 %2 的一行并填“否”</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="55" />
            <source>a leader leads a team: fill in the team, or write 否</source>
            <translation>队长须属于某支队伍：请填写队伍，或填“否”</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="56" />
            <source>%1 beds total is fewer than the %2 beds taken now: close only free beds (write at least %2)</source>
            <translation>床位总数 %1 少于目前已占用的 %2 张：只能减少空床（至少填 %2）</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="57" />
            <source>a new responder needs a resident ID (the next import finds the row by it): fill it in</source>
            <translation>新队员须填写身份证号（下次导入据此找到此人）：请填写</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="58" />
            <source>several responders named %1 with phone %2 have no resident ID: fill in this one's resident ID</source>
            <translation>有多名姓名为 %1、电话为 %2 的队员没有身份证号：请填写此人的身份证号</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="59" />
            <source>a new responder needs a team (the team's station becomes theirs): fill in the team</source>
            <translation>新队员须属于某支队伍（其所属派出所即队伍的派出所）：请填写队伍</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="60" />
            <source>Canvass cannot tell which station this new lodging belongs to: add a 派出所编码 column, or lodge a team's responder there</source>
            <translation>无法确定此新住宿点属于哪个派出所：请添加“派出所编码”列，或安排某支队伍的队员入住</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="61" />
            <source>the database has no district yet: write the district's name and code beside 区名称 and 区划代码 on this sheet</source>
            <translation>数据库中还没有区：请在本表“区名称”和“区划代码”旁填写本区的名称和代码</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="62" />
            <source>this workbook is for district %1, but the database holds district %2: open that district's database, or correct the code on this sheet</source>
            <translation>此工作簿属于区 %1，而数据库中是区 %2：请打开该区的数据库，或更正本表中的区划代码</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="66" />
            <source>%1 does not exist or is not a file</source>
            <translation>%1 不存在或不是文件</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="67" />
            <source>%1 is not a district workbook: it is an .xlsx file (canvass setup template writes an empty one)</source>
            <translation>%1 不是全区基础数据工作簿：工作簿应为 .xlsx 文件（canvass setup template 可生成空白模板）</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="68" />
            <source>%1 looks like a community register (%2), not a district workbook: import registers with canvass import</source>
            <translation>%1 看来是社区户籍名册（%2），不是全区基础数据工作簿：名册请用 canvass import 导入</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="69" />
            <source>%1 looks like a validation report (sheet %2), not a district workbook</source>
            <translation>%1 看来是核验报告（工作表 %2），不是全区基础数据工作簿</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="70" />
            <source>%1 has none of the district workbook's sheets (it has %2): start from canvass setup template</source>
            <translation>%1 中没有全区基础数据工作簿的任何工作表（它有：%2）：请从 canvass setup template 生成的模板开始</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="71" />
            <source>%1 cannot be read as a spreadsheet: %2</source>
            <translation>%1 无法作为电子表格读取：%2</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="72" />
            <source>%1: another workstation changed the district's data while the workbook was written; nothing was written, import it again</source>
            <translation>%1：写入工作簿期间另一工作站修改了本区基础数据；没有写入任何数据，请重新导入</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="75" />
            <source>%1, row %2, column %3: %4</source>
            <translation>%1，第 %2 行，“%3”列：%4</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="76" />
            <source>%1, row %2: %3</source>
            <translation>%1，第 %2 行：%3</translation>
        </message>
        <message>
            <location filename="../../controllers/setup/problem_text.py" line="77" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="55" />
            <source>%1: %2 added, %3 updated, %4 unchanged</source>
            <translation>%1：新增 %2，更新 %3，未变 %4</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="56" />
            <source>%1: %2 to add, %3 to update, %4 unchanged</source>
            <translation>%1：将新增 %2，将更新 %3，未变 %4</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="57" />
            <source>… and %1 more problems: the report lists them all</source>
            <translation>……另有 %1 个问题：核验报告中列出了全部问题</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="58" />
            <source>report: %1</source>
            <translation>核验报告：%1</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="59" />
            <source>the workbook was refused: nothing was written. Correct the problems and import it again.</source>
            <translation>工作簿未通过核验：没有写入任何数据。请更正上述问题后重新导入。</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="60" />
            <source>dry run: nothing was written</source>
            <translation>仅核验：没有写入任何数据</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="61" />
            <source>no change: the database already holds this workbook</source>
            <translation>没有变化：数据库中已是此工作簿的数据</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="62" />
            <source>the district's master data was written</source>
            <translation>全区基础数据已写入</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="63" />
            <source>%1: the district workbook, one example row per sheet and the instructions</source>
            <translation>%1：全区基础数据工作簿，每个工作表一行示例，另附说明</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/setup_command.py" line="64" />
            <source>%1: %2 rows of master data (resident IDs and phones in full)</source>
            <translation>%1：%2 行基础数据（身份证号和电话为完整号码）</translation>
        </message>
    </context>
</TS>
