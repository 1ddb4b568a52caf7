<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="147" />
        <source>&amp;Take the list</source>
        <translation>导入名单(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="135" />
        <source>Check, decide the held rows, and take the list</source>
        <translation>核对、确认待定行并导入名单</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="155" />
        <source>Rows were refused, so nothing will be taken. Save the report, correct the rows and take the list again, or go back and choose to skip the refused rows.</source>
        <translation>有行被拒收，因此不会导入任何数据。请保存报告、修改相应行后重新导入，或返回上一步选择跳过问题行。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="140" />
        <source>Save the &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="184" />
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../models/register/rows.py" line="37" />
        <source>Came from</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../controllers/commands/intake_command.py" line="56" />
        <source>%1 is a number from 1</source>
        <translation>%1 须为从 1 起的数字</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/intake_command.py" line="46" />
        <source>%1 rows: %2 cases opened, %3 open cases linked, %4 linked already, %5 persons to find added, %6 held for a decision, %7 refused</source>
        <translation>共 %1 行：新建病例 %2 例，关联在管病例 %3 例，此前已关联 %4 例，新增待寻人员 %5 人，待人工确认 %6 行，拒收 %7 行</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/intake_command.py" line="47" />
        <source>%1 rows: %2 cases would be opened, %3 open cases linked, %4 linked already, %5 persons to find added, %6 held for a decision, %7 refused</source>
        <translation>共 %1 行：将新建病例 %2 例，关联在管病例 %3 例，此前已关联 %4 例，新增待寻人员 %5 人，待人工确认 %6 行，拒收 %7 行</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/intake_command.py" line="50" />
        <source>%1case %2 %3: %4, %5</source>
        <translation>%1病例 %2 %3：%4，%5</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/intake_command.py" line="49" />
        <source>contact chain of case %1: %2 cases</source>
        <translation>病例 %1 的传播链：共 %2 例</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/intake_command.py" line="48" />
        <source>row %1, %2: held, %3 persons match:</source>
        <translation>第 %1 行，%2：待确认，名册中有 %3 人相符：</translation>
    </message>
    <message>
        <location filename="../../controllers/commands/intake_command.py" line="53" />
        <source>the list was refused; nothing was written. Fix the rows in the report and take it again (or use --skip-bad).</source>
        <translation>名单未被接收，未写入任何数据。请按报告修改相应行后重新导入（或使用 --skip-bad 跳过问题行）。</translation>
    </message>
</context>
<context>
    <name>ContactIntake</name>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="46" />
        <source>%1 persons in the register match: choose one in the intake wizard (the report lists them)</source>
        <translation>名册中有 %1 人相符：请在流调名单导入向导中选择（报告中列出了候选人）</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="61" />
        <source>A contact-tracing list is a .csv, .xlsx or .xls file.</source>
        <translation>流调名单须为 .csv、.xlsx 或 .xls 文件。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="54" />
        <source>Case {case} is not confirmed or suspected: close contacts are traced from a confirmed or suspected case.</source>
        <translation>病例 {case} 不是确诊或疑似病例：密切接触者须从确诊或疑似病例追踪。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="26" />
        <source>Excel turned the resident ID into a number and lost its last digits (%1): format the column as Text and paste the ID again</source>
        <translation>Excel 把身份证号变成了数字，末几位已丢失（%1）：请把该列设为文本格式后重新粘贴身份证号</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="66" />
        <source>Reading the list took too long; nothing was written.</source>
        <translation>读取名单用时过长，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="67" />
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="64" />
        <source>The file would expand to an absurd size; it was not opened.</source>
        <translation>文件解压后大得异常，未予打开。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="55" />
        <source>The intake was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="63" />
        <source>The list cannot be read as a spreadsheet: it may be damaged.</source>
        <translation>名单无法作为表格读取，文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="52" />
        <source>The list has no name or resident ID column (it has {headers}).</source>
        <translation>名单中没有姓名或身份证号列（现有列：{headers}）。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="68" />
        <source>The list has no name or resident ID column.</source>
        <translation>名单中没有姓名或身份证号列。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="69" />
        <source>The list has no row {row} to read the column names from.</source>
        <translation>名单没有第 {row} 行，无法从该行读取列名。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="65" />
        <source>The list has too many rows: split it.</source>
        <translation>名单行数过多，请拆分后导入。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="62" />
        <source>The list is empty.</source>
        <translation>名单是空的。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="60" />
        <source>The list's file does not exist.</source>
        <translation>名单文件不存在。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="53" />
        <source>There is no case {case}: check the source case's number (in the title of its case window).</source>
        <translation>没有病例 {case}：请核对源病例编号（见病例窗口标题）。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="93" />
        <source>candidate: person %1, %2, %3</source>
        <translation>候选：人员 %1，%2，%3</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="40" />
        <source>case %1 is %2, not confirmed or suspected: close contacts are traced from a confirmed or suspected case</source>
        <translation>病例 %1 为%2，不是确诊或疑似病例：密切接触者须从确诊或疑似病例追踪</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="73" />
        <source>case opened</source>
        <translation>已建病例</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="84" />
        <source>chosen</source>
        <translation>人工选定</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="77" />
        <source>held: choose</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="87" />
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="75" />
        <source>linked already</source>
        <translation>此前已关联</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="89" />
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="88" />
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="83" />
        <source>name and address</source>
        <translation>姓名+住址</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="82" />
        <source>name and phone</source>
        <translation>姓名+电话</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="37" />
        <source>no source case: give the case's number in a column, or for the whole list (--source-case)</source>
        <translation>没有源病例：请在某列填写病例编号，或为整份名单指定（--source-case）</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="24" />
        <source>nothing says who this is: give the resident ID, or the name with a phone or an address</source>
        <translation>无法确定此人：请填写身份证号，或姓名加电话或住址</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="94" />
        <source>open case %1</source>
        <translation>在管病例 %1</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="74" />
        <source>open case linked</source>
        <translation>已关联在管病例</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="78" />
        <source>refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="81" />
        <source>resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="91" />
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="92" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="36" />
        <source>the last contact on %1 is before case %3's exposure window (from %2): not a close contact of it; check the date or the case</source>
        <translation>末次接触日期 %1 早于病例 %3 的暴露窗口（自 %2 起）：不属于该病例的密切接触者，请核对日期或病例</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="35" />
        <source>the last contact on %1 is in the future: correct the date</source>
        <translation>末次接触日期 %1 在今天之后：请更正日期</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="42" />
        <source>the register does not have this person and the list gives no address: add where they live, so a team can find them</source>
        <translation>名册中没有此人，名单也未写住址：请补充住址，以便工作组上门寻找</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="47" />
        <source>the register has %1 for this person: the resident ID is not changed; choose in the intake wizard</source>
        <translation>名册中该身份证号登记为 %1：身份证号不会被改动，请在导入向导中确认</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="48" />
        <source>the register has no household at “%1”: a new door on the gap list</source>
        <translation>名册中没有“%1”这一户：已作为新门户列入缺漏清单</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="27" />
        <source>the resident ID “%1” does not have 18 characters: copy it again</source>
        <translation>身份证号“%1”不是 18 位：请重新抄录</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="29" />
        <source>the resident ID “%1” fails its check: a digit was probably mistyped, correct it</source>
        <translation>身份证号“%1”校验不通过：可能有数字录错，请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="31" />
        <source>the resident ID “%1” gives a birth date in the future: correct it</source>
        <translation>身份证号“%1”中的出生日期在今天之后：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="32" />
        <source>the resident ID “%1” gives an impossible birth date: correct it</source>
        <translation>身份证号“%1”中的出生日期不合理：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="30" />
        <source>the resident ID “%1” holds no real birth date: correct it</source>
        <translation>身份证号“%1”中没有有效的出生日期：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="28" />
        <source>the resident ID “%1” is not 17 digits followed by a digit or X: correct it</source>
        <translation>身份证号“%1”不是 17 位数字加一位数字或 X：请更正</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="45" />
        <source>the same person and case as row %1: taken once</source>
        <translation>与第 %1 行为同一人同一病例：只导入一次</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="39" />
        <source>there is no case %1: check the number (in the title of the case window)</source>
        <translation>没有病例 %1：请核对编号（见病例窗口标题）</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="41" />
        <source>this is the person of case %1 itself: remove the row</source>
        <translation>此人就是病例 %1 本人：请删除该行</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="76" />
        <source>to find</source>
        <translation>待寻</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="44" />
        <source>“%1” fits several communities (%2): add a community column</source>
        <translation>“%1”可对应多个社区（%2）：请增加社区列</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="43" />
        <source>“%1” is in none of the district's communities: pass the row to the district where they live, or write the community</source>
        <translation>“%1”不在本区任何社区：请转交其居住地所在区，或填写所属社区</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="38" />
        <source>“%1” is not a case number: write the number in the title of the case window</source>
        <translation>“%1”不是病例编号：请填写病例窗口标题中的编号</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="34" />
        <source>“%1” is not a date: write it as 2020-02-10</source>
        <translation>“%1”不是日期：请按 2020-02-10 的格式填写</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="25" />
        <source>“%1” is not a name: letters, the middle dot · and spaces, at most 64 characters</source>
        <translation>“%1”不是姓名：姓名只能由文字、间隔号 · 和空格组成，最多 64 个字符</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="33" />
        <source>“%1” is not a phone number: 11 mobile digits starting with 1, or an area code and a landline number</source>
        <translation>“%1”不是电话号码：须为以 1 开头的 11 位手机号，或区号加固定电话号码</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="1" />
        <source>The list has column names on row {row} but no rows under them; nothing was written.</source>
        <translation>名单第 {row} 行是列名，但下面没有数据行：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="1" />
        <source>The list is not a text file (a spreadsheet or a document saved under a .csv name?).</source>
        <translation>该名单不是文本文件（可能是以 .csv 为扩展名保存的电子表格或文档）。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="1" />
        <source>Row {row} of the list is not written in its encoding ({encoding}): save the whole list again in one encoding (in Excel: CSV UTF-8).</source>
        <translation>名单第 {row} 行的编码与其余部分（{encoding}）不同：请把整个名单另存为同一种编码（在 Excel 中选“CSV UTF-8”）。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="1" />
        <source>Row {row} of the list has a cell longer than {limit} characters (an unclosed quotation mark?).</source>
        <translation>名单第 {row} 行有一个单元格超过 {limit} 个字符（可能缺少右引号）。</translation>
    </message>
    <message>
        <location filename="../../controllers/intake/problem_text.py" line="1" />
        <source>Row {row} of the list cannot be split into cells.</source>
        <translation>名单第 {row} 行无法拆分为单元格。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="210" />
        <source>The contact chain</source>
        <translation>传播链</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="204" />
        <source>The list was taken</source>
        <translation>名单已导入</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/intake/tables.py" line="24" />
        <source>%1 rows: %2 cases opened, %3 open cases linked, %4 linked already, %5 persons to find added to the gap lists, %6 held for your decision, %7 refused.</source>
        <translation>共 %1 行：新建病例 %2 例，关联在管病例 %3 例，此前已关联 %4 例，新增待寻人员 %5 人（已列入缺漏清单），待您确认 %6 行，拒收 %7 行。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="25" />
        <source>%1 rows: %2 cases would be opened, %3 open cases linked, %4 linked already, %5 persons to find added to the gap lists, %6 held for your decision, %7 refused.</source>
        <translation>共 %1 行：将新建病例 %2 例，关联在管病例 %3 例，此前已关联 %4 例，新增待寻人员 %5 人（列入缺漏清单），待您确认 %6 行，拒收 %7 行。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="19" />
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="22" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="19" />
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="20" />
        <source>Decision or detail</source>
        <translation>确认或说明</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="23" />
        <source>Exposed to</source>
        <translation>接触自</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="59" />
        <source>Leave held</source>
        <translation>暂不确认</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="18" />
        <source>Match</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="72" />
        <source>Matching every row…</source>
        <translation>正在逐行匹配……</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="17" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="60" />
        <source>None of them: a new person to find</source>
        <translation>都不是：作为新的待寻人员</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="18" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="23" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="17" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/intake/tables.py" line="22" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="223" />
        <source>Take a &amp;contact-tracing list…</source>
        <translation>导入流调名单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="52" />
        <source>Take a contact-tracing list</source>
        <translation>导入流调名单</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="72" />
        <source>Taking the list…</source>
        <translation>正在导入名单……</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="90" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="101" />
        <source>&amp;List</source>
        <translation>名单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="104" />
        <source>&amp;Source case</source>
        <translation>源病例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="86" />
        <source>A .csv, .xlsx or .xls list from a contact-tracing group: name, resident ID, phone, address, relation to the case, date of last contact (姓名, 身份证号, 电话, 住址, 与病例关系, 末次接触日期).</source>
        <translation>流调工作组发来的 .csv、.xlsx 或 .xls 名单，列为：姓名、身份证号、电话、住址、与病例关系、末次接触日期。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="85" />
        <source>Choose the contact-tracing list</source>
        <translation>选择流调名单</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="117" />
        <source>Lists (*.csv *.xlsx *.xls)</source>
        <translation>名单 (*.csv *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="99" />
        <source>Take the good rows and skip the refused ones</source>
        <translation>导入无误的行，跳过被拒收的行</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="97" />
        <source>the case number (in the title of its case window); empty when the list names one per row</source>
        <translation>病例编号（见病例窗口标题）；名单逐行写明源病例时留空</translation>
    </message>
</context>
<context>
    <name>PersonOrigin</name>
    <message>
        <location filename="../../controllers/browse/words.py" line="92" />
        <source>Contact-tracing list</source>
        <translation>流调名单</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/words.py" line="91" />
        <source>Found at the door</source>
        <translation>入户发现</translation>
    </message>
    <message>
        <location filename="../../controllers/browse/words.py" line="90" />
        <source>Register</source>
        <translation>户籍名册</translation>
    </message>
</context>
</TS>