<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Command</name>
        <message>
            <source>    keep %1: %2 %3, %4 %5</source>
            <translation>    保留 %1：%2 %3，%4 %5</translation>
        </message>
        <message>
            <source>  %1: %2 %3 born %4 phone %5, %6 %7</source>
            <translation>  %1：%2 %3 出生 %4 电话 %5，%6 %7</translation>
        </message>
        <message>
            <source> (%1 at visits where both were screened stay with it)</source>
            <translation>（两人在同一次走访中都有的 %1 条排查记录仍留在原条目）</translation>
        </message>
        <message>
            <source>%1 addresses named no building, unit or door and %2 persons had no address: each is a household of its own (the report lists them)</source>
            <translation>%1 个地址读不出楼栋、单元或门牌，%2 人没有地址：各自成为一户（报告中逐条列出）</translation>
        </message>
        <message>
            <source>%1 entries with the same name, birth date and phone as another:</source>
            <translation>%1 个条目与另一条目的姓名、出生日期和电话相同：</translation>
        </message>
        <message>
            <source>%1 entries with the same resident ID as another:</source>
            <translation>%1 个条目与另一条目的身份证号相同：</translation>
        </message>
        <message>
            <source>%1 is not a date: write it as YYYY-MM-DD (or 'today')</source>
            <translation>%1 不是日期：请写成 YYYY-MM-DD（或 today）</translation>
        </message>
        <message>
            <source>%1 rows: %2 persons and %3 households added, %4 updated (%5 moved to their address's household), %6 already registered (kept), %7 refused, %8 empty rows skipped</source>
            <translation>%1 行：新增 %2 人、%3 户，更新 %4 人（其中 %5 人迁入其地址所在户），%6 人已登记（保留原记录），拒绝 %7 行，跳过空行 %8 行</translation>
        </message>
        <message>
            <source>%1 rows: %2 persons and %3 households would be added, %4 updated (%5 moved to their address's household), %6 already registered (kept), %7 refused, %8 empty rows skipped</source>
            <translation>%1 行：将新增 %2 人、%3 户，将更新 %4 人（其中 %5 人迁入其地址所在户），%6 人已登记（保留原记录），拒绝 %7 行，跳过空行 %8 行</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: %2 rows of the %3 list (resident IDs and phones masked)</source>
            <translation>%1：%3名单 %2 行（身份证号和电话已打码）</translation>
        </message>
        <message>
            <source>%1: %2 sheets, %3 pages (resident IDs and phones masked)</source>
            <translation>%1：转运单 %2 张，共 %3 页（身份证号和电话已打码）</translation>
        </message>
        <message>
            <source>%1: %2, %3 open doors, %4 pages</source>
            <translation>%1：%2，未完成 %3 户，共 %4 页</translation>
        </message>
        <message>
            <source>%1: daily report of %2: %3 screened, %4 sent for treatment</source>
            <translation>%1：%2 日报：排查 %3 人，送治 %4 人</translation>
        </message>
        <message>
            <source>%1: no column found for %2 among the column names on row %3 (%4); if they are on another row, give it with --header-row</source>
            <translation>%1：第 %3 行的列名（%4）中找不到%2所在的列；列名若在另一行，请用 --header-row 指定</translation>
        </message>
        <message>
            <source>%1: schema %2 (this Canvass: %3)</source>
            <translation>%1：数据库结构 %2（本程序：%3）</translation>
        </message>
        <message>
            <source>%1: sheet %2, %3 pages (resident IDs and phones masked)</source>
            <translation>%1：转运单 %2，共 %3 页（身份证号和电话已打码）</translation>
        </message>
        <message>
            <source>%1: the file must end in .xlsx or .csv</source>
            <translation>%1：文件名须以 .xlsx 或 .csv 结尾</translation>
        </message>
        <message>
            <source>(disabled)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <source>--header-row is a row number from 1</source>
            <translation>--header-row 是从 1 起的行号</translation>
        </message>
        <message>
            <source>; filled from it: %1</source>
            <translation>；从被合并条目补全：%1</translation>
        </message>
        <message>
            <source>Again: </source>
            <translation>再输一次：</translation>
        </message>
        <message>
            <source>Built the %1 demo (seed %2, up to %3) in %4 s: %5 stations, %6 communities, %7 households, %8 persons, %9 visits, %10 cases, %11 transfers, %12 teams (%13 rows).</source>
            <translation>已生成%1演示数据（种子 %2，截至 %3），用时 %4 秒：派出所 %5 个、社区 %6 个、住户 %7 户、人员 %8 人、走访 %9 次、病例 %10 例、转运 %11 次、队伍 %12 支（共 %13 行）。</translation>
        </message>
        <message>
            <source>Canvass failed unexpectedly (%1); the log in %2 has the details</source>
            <translation>Canvass 意外出错（%1）；详情见 %2 中的日志</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>added %1 (%2)</source>
            <translation>已添加 %1（%2）</translation>
        </message>
        <message>
            <source>bad date %1: write it as YYYY-MM-DD, e.g. 2020-02-20</source>
            <translation>日期 %1 有误：请写成 YYYY-MM-DD，例如 2020-02-20</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>病例</translation>
        </message>
        <message>
            <source>district</source>
            <translation>全区规模</translation>
        </message>
        <message>
            <source>dry run: nothing was written</source>
            <translation>仅核验：未写入任何数据</translation>
        </message>
        <message>
            <source>give either a sheet NUMBER or --date YYYY-MM-DD, not both or neither</source>
            <translation>请给出转运单号或 --date YYYY-MM-DD 二者之一</translation>
        </message>
        <message>
            <source>households</source>
            <translation>住户</translation>
        </message>
        <message>
            <source>interrupted: nothing more was written</source>
            <translation>已中断：未再写入任何数据</translation>
        </message>
        <message>
            <source>interrupted: the demo build was rolled back, nothing was written</source>
            <translation>已中断：演示数据已回滚，未写入任何数据</translation>
        </message>
        <message>
            <source>interrupted: the import was rolled back, nothing was written</source>
            <translation>已中断：导入已回滚，未写入任何数据</translation>
        </message>
        <message>
            <source>merged person %1 into %2: %3 cases and %4 screenings moved</source>
            <translation>已将人员 %1 合并到 %2：转移病例 %3 例、排查记录 %4 条</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>%1 处没有数据库</translation>
        </message>
        <message>
            <source>no folder %1 to write %2 into</source>
            <translation>没有文件夹 %1，无法写入 %2</translation>
        </message>
        <message>
            <source>no persons entered twice</source>
            <translation>没有重复录入的人员</translation>
        </message>
        <message>
            <source>no transfer has that number</source>
            <translation>没有这个编号的转运单</translation>
        </message>
        <message>
            <source>no transfer was ordered on %1; nothing written</source>
            <translation>%1 没有下达转运；未写入文件</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>not merged: %1</source>
            <translation>未合并：%1</translation>
        </message>
        <message>
            <source>nothing to report: the database holds no visits yet</source>
            <translation>无可报告：数据库中还没有走访记录</translation>
        </message>
        <message>
            <source>nothing was recorded on {day}: give another --date</source>
            <translation>{day} 没有任何记录：请用 --date 指定其他日期</translation>
        </message>
        <message>
            <source>report: %1</source>
            <translation>报告：%1</translation>
        </message>
        <message>
            <source>rosters</source>
            <translation>花名册</translation>
        </message>
        <message>
            <source>row %1, %2: %3 (%4)</source>
            <translation>第 %1 行，%2：%3（%4）</translation>
        </message>
        <message>
            <source>small</source>
            <translation>小型</translation>
        </message>
        <message>
            <source>the column names are on row %1, under a title</source>
            <translation>列名在第 %1 行，上方为标题</translation>
        </message>
        <message>
            <source>the database did not answer: {detail}</source>
            <translation>数据库没有响应：{detail}</translation>
        </message>
        <message>
            <source>the demo's history cannot end in the future (%1)</source>
            <translation>演示数据的历史不能结束于将来（%1）</translation>
        </message>
        <message>
            <source>the district workbook is an .xlsx file: give a name ending in .xlsx, not %1</source>
            <translation>全区基础数据工作簿是 .xlsx 文件：请给出以 .xlsx 结尾的文件名，而不是 %1</translation>
        </message>
        <message>
            <source>the file has no row {row}: give the row the column names are on with --header-row</source>
            <translation>文件没有第 {row} 行：请用 --header-row 指定列名所在的行</translation>
        </message>
        <message>
            <source>the file was refused; nothing was written. Fix the rows in the report and import again (or use --skip-invalid).</source>
            <translation>文件被拒绝，未写入任何数据。请按报告改正各行后重新导入（或使用 --skip-invalid）。</translation>
        </message>
        <message>
            <source>the knock list is a PDF: give a file name ending in .pdf, not %1</source>
            <translation>敲门清单是 PDF：请给出以 .pdf 结尾的文件名，而不是 %1</translation>
        </message>
        <message>
            <source>the name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>the resident ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>the sheet is a PDF: give a file name ending in .pdf, not %1</source>
            <translation>转运单是 PDF：请给出以 .pdf 结尾的文件名，而不是 %1</translation>
        </message>
        <message>
            <source>the two passwords differ; nothing was written</source>
            <translation>两次输入的密码不同；未写入任何数据</translation>
        </message>
        <message>
            <source>transfers</source>
            <translation>转运</translation>
        </message>
        <message>
            <source>… and %1 more: the report lists them all</source>
            <translation>……另有 %1 条：报告中全部列出</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1：没有这个文件</translation>
        </message>
        <message>
            <source>%1 is now %2 (from the next sign-in)</source>
            <translation>%1 的角色已改为%2（下次登录起生效）</translation>
        </message>
        <message>
            <source>deactivated %1: the account can no longer sign in</source>
            <translation>已停用 %1：该账号不能再登录</translation>
        </message>
        <message>
            <source>never signed in</source>
            <translation>从未登录</translation>
        </message>
        <message>
            <source>no user is named %1</source>
            <translation>没有名为 %1 的用户</translation>
        </message>
        <message>
            <source>reactivated %1</source>
            <translation>已重新启用 %1</translation>
        </message>
        <message>
            <source>reset the password of %1: they choose their own at the next sign-in</source>
            <translation>已重置 %1 的密码：其下次登录时须设置自己的密码</translation>
        </message>
        <message>
            <source>unlocked %1</source>
            <translation>已解锁 %1</translation>
        </message>
        <message>
            <source>the audit trail holds: %1 entries chained, none altered or removed</source>
            <translation>审计记录完好：已链接 %1 条，无篡改、无删除</translation>
        </message>
        <message>
            <source>audit entry %1 (position %2 of the chain) was altered</source>
            <translation>审计记录 %1（链上第 %2 条）已被篡改</translation>
        </message>
        <message>
            <source>the audit entry before entry %1 (position %2 of the chain) was removed</source>
            <translation>审计记录 %1（链上第 %2 条）之前的一条已被删除</translation>
        </message>
        <message>
            <source>%1 audit entries stand outside the chain, the first entry %2: written past Canvass&apos;s triggers</source>
            <translation>有 %1 条审计记录不在链上（第一条为记录 %2）：绕过了 Canvass 的触发器写入</translation>
        </message>
        <message>
            <source>the audit trigger %1 is missing or altered: an administrator puts it back with `canvass audit restore-guards`</source>
            <translation>审计触发器 %1 缺失或被改动：请管理员用 `canvass audit restore-guards` 恢复</translation>
        </message>
        <message>
            <source>put back the audit triggers: %1</source>
            <translation>已恢复审计触发器：%1</translation>
        </message>
        <message>
            <source>the audit triggers are as created: nothing to restore</source>
            <translation>审计触发器完好，无需恢复</translation>
        </message>
        <message>
            <source>a PostgreSQL server guards its audit triggers by the owner role&apos;s privileges: nothing to restore here</source>
            <translation>PostgreSQL 服务器以属主角色的权限保护审计触发器，此处无需恢复</translation>
        </message>
        <message>
            <source>checking the audit trail</source>
            <translation>正在校验审计记录</translation>
        </message>
        <message>
            <source>%1 holds no Canvass database: create one with `canvass db upgrade`</source>
            <translation>%1 中没有 Canvass 数据库：请先用 `canvass db upgrade` 创建</translation>
        </message>
        <message>
            <source>no password was given: type it at a terminal, pipe it in, or give --password</source>
            <translation>没有给出密码：请在终端中输入、通过管道传入，或用 --password 给出</translation>
        </message>
        <message>
            <source>“%1” is not text the system can read: type it again</source>
            <translation>“%1”不是系统能识别的文字：请重新输入</translation>
        </message>
        <message>
            <source>the database stopped answering (%1); what was being written was rolled back</source>
            <translation>数据库中断了响应（%1）；正在写入的内容已全部撤销</translation>
        </message>
        <message>
            <source>Password of %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>too many failed sign-ins: try again in {seconds} s (the right password works then)</source>
            <translation>登录失败次数过多：请 {seconds} 秒后再试（届时输入正确的密码即可登录）</translation>
        </message>
        <message>
            <source>this database's accounts have passwords: sign in with --user NAME, or set CANVASS_USER and CANVASS_PASSWORD</source>
            <translation>此数据库的账户设有密码：请用 --user 用户名 登录，或设置 CANVASS_USER 和 CANVASS_PASSWORD</translation>
        </message>
        <message>
            <source>no password for {name}: type it at a terminal, or set CANVASS_PASSWORD</source>
            <translation>没有 {name} 的密码：请在终端中输入，或设置 CANVASS_PASSWORD</translation>
        </message>
        <message>
            <source>%1: %2 rows of the %3 list (resident IDs and phones in full)</source>
            <translation>%1：%3名单 %2 行（身份证号和电话完整显示）</translation>
        </message>
        <message>
            <source>%1: sheet %2, %3 pages (resident IDs and phones in full)</source>
            <translation>%1：转运单 %2，共 %3 页（身份证号和电话完整显示）</translation>
        </message>
        <message>
            <source>%1: %2 sheets, %3 pages (resident IDs and phones in full)</source>
            <translation>%1：转运单 %2 张，共 %3 页（身份证号和电话完整显示）</translation>
        </message>
        <message>
            <source>no sign-in failures count anywhere</source>
            <translation>任何工作站都没有计入的登录失败</translation>
        </message>
        <message>
            <source>%1 at %2: %3 failures, the last at %4; %5</source>
            <translation>%1 在 %2：失败 %3 次，最近一次 %4；%5</translation>
        </message>
        <message>
            <source>every name</source>
            <translation>所有用户名</translation>
        </message>
        <message>
            <source>delayed until %1</source>
            <translation>延迟至 %1</translation>
        </message>
        <message>
            <source>no delay yet</source>
            <translation>尚未延迟</translation>
        </message>
        <message>
            <source>cleared %1 sign-in delay counters</source>
            <translation>已清除 %1 个登录延迟计数</translation>
        </message>
        <message>
            <source>give the user NAME, --workstation W, or both</source>
            <translation>请给出用户名 NAME、--workstation W，或两者都给出</translation>
        </message>
    <message>
            <source>%1 is encrypted: %2 tables and %3 rows checked in %4 s. Keep the key safe: without it nobody, not even Canvass, can open the file.</source>
            <translation>%1 已加密：已核对 %2 张表、%3 行，用时 %4 秒。请妥善保管密钥：没有它，任何人（包括 Canvass）都无法打开此文件。</translation>
        </message>
        <message>
            <source>Key of %1: </source>
            <translation>%1 的密钥：</translation>
        </message>
        <message>
            <source>The same key again: </source>
            <translation>再次输入同一密钥：</translation>
        </message>
        <message>
            <source>no key given: set CANVASS_DB_KEY, or run the command at a terminal to type it; nothing was changed</source>
            <translation>未提供密钥：请设置 CANVASS_DB_KEY，或在终端中运行命令并输入密钥；未做任何更改</translation>
        </message>
        <message>
            <source>only a SQLite file can be encrypted: a PostgreSQL server is guarded by its login roles and TLS (README, &quot;Roles&quot;)</source>
            <translation>只能加密 SQLite 文件：PostgreSQL 服务器由其登录角色和 TLS 保护（见 README“角色”一节）</translation>
        </message>
        <message>
            <source>the two keys typed differ; nothing was changed</source>
            <translation>两次输入的密钥不一致；未做任何更改</translation>
        </message>
        <message>
            <source>%1 is role-enforced: %2 accounts have login roles; %3 may log in</source>
            <translation>%1 已启用数据库角色授权：%2 个账号有登录角色；其中 %3 个可以登录</translation>
        </message>
        <message>
            <source>say what to do with the login roles: canvass db roles install</source>
            <translation>请说明对登录角色做什么：canvass db roles install</translation>
        </message>
        <message>
            <source>this database file is encrypted: set CANVASS_DB_KEY to its key, or run the command at a terminal to type it</source>
            <translation>此数据库文件已加密：请将 CANVASS_DB_KEY 设为其密钥，或在终端中运行命令并输入密钥</translation>
        </message>
    </context>
</TS>
