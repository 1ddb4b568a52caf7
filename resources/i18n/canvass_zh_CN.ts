<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/shell/app.py" line="+73" />
            <source>Opening the database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Canvass cannot open the database.</source>
            <translation>Canvass 无法打开数据库。</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <location filename="../../ui/accounts/audit_log_dialog.py" line="+21" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search user, action or value</source>
            <translation>搜索用户、操作或内容</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Older entries</source>
            <translation>更早的记录</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 of %2 entries</source>
            <translation>已显示 %1 条，共 %2 条</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <location filename="../../ui/kit/background.py" line="+158" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>CanvassStatusBar</name>
        <message>
            <source>Operator: %1</source>
            <translation>操作员：%1</translation>
        </message>
        <message>
            <source>Operator: %1 (computer account, not signed in)</source>
            <translation>操作员：%1（计算机账户，未登录）</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="+29" />
            <source>Signed in: %1 (%2)</source>
            <translation>已登录：%1 · %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>● Checking connection…</source>
            <translation>● 正在检查连接…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● Connected</source>
            <translation>● 已连接</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● Disconnected</source>
            <translation>● 连接中断</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Live updates</source>
            <translation>实时更新</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reconnecting…</source>
            <translation>正在重新连接…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Live updates off</source>
            <translation>实时更新已关闭</translation>
        </message>
    </context>
    <context>
        <name>CasesView</name>
        <message>
            <source>Cases</source>
            <translation>病例</translation>
        </message>
        <message>
            <source>Name starts with…</source>
            <translation>按姓名开头查找…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Open cases only</source>
            <translation>仅显示未结案病例</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <comment>cases</comment>
            <translation>共 %1 例</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>The cases under the filters shown, as .xlsx or .csv</source>
            <translation>按当前筛选条件导出病例，.xlsx 或 .csv 格式</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <location filename="../../controllers/transfers/rows.py" line="+28" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>状态起始</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <location filename="../../controllers/teams/rows.py" line="+22" />
            <source>Station</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>户数</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Households done</source>
            <translation>已排查户数</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>排查覆盖率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation>队伍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Members</source>
            <translation>成员数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leader</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../controllers/transfers/rows.py" line="-3" />
            <source>Order no.</source>
            <translation>转运单号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Destination</source>
            <translation>送往</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ordered</source>
            <translation>下令时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Response</source>
            <translation>响应时间</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Resident ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
    </context>
    <context>
        <name>CommunitiesView</name>
        <message>
            <source>Communities</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>Community name starts with…</source>
            <translation>按社区名称开头查找…</translation>
        </message>
        <message>
            <source>Urban and rural</source>
            <translation>社区和村</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <comment>communities</comment>
            <translation>共 %1 个社区（村）</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/kit/conflict_dialog.py" line="+16" />
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>another workstation</source>
            <translation>另一台工作站</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 changed this record at %2 while you were editing it. Nothing of yours has been saved yet.</source>
            <translation>在您编辑期间，%1 于 %2 修改了这条记录。您的修改尚未保存。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When you opened it</source>
            <translation>打开时的内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yours</source>
            <translation>您的修改</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs, now saved</source>
            <translation>对方的修改（已保存）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save mine over theirs</source>
            <translation>用我的修改覆盖</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep theirs, discard mine</source>
            <translation>保留对方的修改，放弃我的</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/dashboard/view.py" line="+57" />
            <source>Situation</source>
            <translation>态势</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Persons screened</source>
            <translation>排查核查人数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sent for treatment</source>
            <translation>转运收治</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfers under way</source>
            <translation>转运中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free beds</source>
            <translation>空余床位</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Persons screened, cumulative</source>
            <translation>累计排查核查人数</translation>
        </message>
        <message>
            <location line="+45" />
            <source>No screening recorded yet.</source>
            <translation>尚无排查记录。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>As of %1, the district has screened and verified %2 persons and sent %3 for treatment.</source>
            <translation>截至%1，全区共排查核查%2人，转运收治%3人。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 of %2 registered</source>
            <translation>%1（登记 %2 人）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>open cases</source>
            <translation>在管病例</translation>
        </message>
        <message>
            <location line="+2" />
            <source>persons delivered to a facility</source>
            <translation>已送达收治机构的人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 orders in all</source>
            <translation>共 %1 张转运单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 beds taken</source>
            <translation>已占用 %1 / %2 张</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That field cannot be changed here.</source>
            <translation>此处不能修改该项。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/error_text.py" line="+12" />
            <source>A user name is 1 to {limit} letters or digits, without spaces.</source>
            <translation>用户名为 1 至 {limit} 个字母或数字，不含空格。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A password has {minimum} to {maximum} characters and no control characters.</source>
            <translation>密码为 {minimum} 至 {maximum} 个字符，不得包含控制字符。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose one of the listed roles.</source>
            <translation>请从列出的角色中选择一个。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A shared database needs a password for its first administrator.</source>
            <translation>共享数据库的首位管理员必须设置密码。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This database already has users: sign in instead.</source>
            <translation>此数据库已有用户，请直接登录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That user name is taken.</source>
            <translation>该用户名已被使用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You cannot disable your own account.</source>
            <translation>不能停用您自己的账户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That user no longer exists.</source>
            <translation>该用户已不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your role does not allow this.</source>
            <translation>您的角色无权执行此操作。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name is empty.</source>
            <translation>姓名为空。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A name has at most {limit} characters.</source>
            <translation>姓名最多 {limit} 个字符。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the control characters from the text.</source>
            <translation>请删除文本中的控制字符。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A phone is 11 mobile digits starting with 1, or an area code and a landline number.</source>
            <translation>电话应为以 1 开头的 11 位手机号码，或区号加固定电话号码。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No resident ID was given.</source>
            <translation>未填写身份证号码。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A resident ID has 18 characters.</source>
            <translation>身份证号码应为 18 位。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A resident ID is 17 digits followed by a digit or X. A number like 4.20102E+17 was mangled by Excel: format the column as Text and type it again.</source>
            <translation>身份证号码为 17 位数字加 1 位数字或 X。形如 4.20102E+17 的号码已被 Excel 改坏：请把该列设为“文本”格式后重新输入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident ID's check character is wrong: a digit was probably mistyped or two were swapped.</source>
            <translation>身份证号码的校验位不对：可能有一位数字输错，或有两位数字颠倒。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Characters 7 to 14 of the resident ID are not a real date.</source>
            <translation>身份证号码第 7 至 14 位不是有效日期。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident ID's birth date is in the future.</source>
            <translation>身份证号码中的出生日期晚于今天。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident ID's birth date is implausibly long ago.</source>
            <translation>身份证号码中的出生日期过早，不合常理。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone else changed this record while you were editing it.</source>
            <translation>在您编辑期间，他人修改了这条记录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record was deleted by someone else.</source>
            <translation>这条记录已被他人删除。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The database did not answer. Nothing was saved; your input is kept.</source>
            <translation>数据库没有响应。未保存任何内容，您输入的内容仍保留。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file or database is not a Canvass database. It was left untouched.</source>
            <translation>此文件或数据库不是 Canvass 数据库，未做任何改动。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This database was written by a newer Canvass. Update Canvass to open it; nothing was changed.</source>
            <translation>此数据库由更新版本的 Canvass 写入。请升级 Canvass 后再打开；未做任何改动。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database is not empty; nothing was written.</source>
            <translation>数据库不是空的，未写入任何内容。</translation>
        </message>
        <message>
            <source>The disk holding the database is full: nothing was saved. Make room on it and try again.</source>
            <translation>数据库所在的磁盘已满，未保存任何内容。请腾出空间后重试。</translation>
        </message>
        <message>
            <source>A minimum is a whole number from {low} to {high}.</source>
            <translation>最低配置须为 {low} 到 {high} 的整数。</translation>
        </message>
        <message>
            <source>A quick-response team needs at least one leader.</source>
            <translation>快反队至少需要一名队长。</translation>
        </message>
        <message>
            <source>That is not one of the team minimums.</source>
            <translation>这不是队伍最低配置中的一项。</translation>
        </message>
        <message>
            <source>Only a commander may take the screen off the wall.</source>
            <translation>只有指挥员可以让屏幕退出大屏。</translation>
        </message>
        <message>
            <source>On this database you sign in by connecting as yourself, and this connection is {login}'s: start Canvass with an address that names your own login.</source>
            <translation>在此数据库上，登录就是以您自己的数据库角色连接，而当前连接属于 {login}：请使用写有您自己登录名的数据库地址启动 Canvass。</translation>
        </message>
        <message>
            <source>Change your own password from the Account menu, with your current one.</source>
            <translation>请在“账户”菜单中凭当前密码修改您自己的密码。</translation>
        </message>
        <message>
            <source>Choose a password other than your current one.</source>
            <translation>请选择与当前密码不同的新密码。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <source>The last active commander cannot be demoted or deactivated: make another user a commander first.</source>
            <translation>不能降级或停用最后一名在用的指挥员：请先将另一名用户设为指挥员。</translation>
        </message>
        <message>
            <source>This account is deactivated. Ask a commander to reactivate it.</source>
            <translation>此账号已停用。请联系指挥员重新启用。</translation>
        </message>
        <message>
            <source>You cannot change your own role: another administrator does that.</source>
            <translation>不能修改自己的角色：请由另一名管理员修改。</translation>
        </message>
        <message>
            <source>The audit triggers of this file are missing or altered ({trigger}): Canvass will not work on it until an administrator restores them with `canvass audit restore-guards`.</source>
            <translation>此文件的审计触发器缺失或被改动（{trigger}）：须由管理员用 `canvass audit restore-guards` 恢复后，Canvass 才能使用它。</translation>
        </message>
        <message>
            <source>This database file is encrypted: Canvass needs its key to open it.</source>
            <translation>此数据库文件已加密：需要输入密钥才能打开。</translation>
        </message>
        <message>
            <source>This key does not open the file (or the file is not a Canvass database). Nothing was changed.</source>
            <translation>此密钥打不开该文件（或该文件不是 Canvass 数据库）。未做任何更改。</translation>
        </message>
        <message>
            <source>The key must be at least {length} characters long. Nothing was changed.</source>
            <translation>密钥至少需要 {length} 个字符。未做任何更改。</translation>
        </message>
        <message>
            <source>Encrypted files need the SQLCipher module, which this installation lacks: install canvass[encryption].</source>
            <translation>打开加密文件需要 SQLCipher 模块，本机未安装：请安装 canvass[encryption]。</translation>
        </message>
        <message>
            <source>This file is encrypted already. Nothing was changed.</source>
            <translation>此文件已经加密。未做任何更改。</translation>
        </message>
        <message>
            <source>The file could not be encrypted; it was left as it was.</source>
            <translation>无法加密此文件；文件保持原样。</translation>
        </message>
        <message>
            <source>The database server's certificate could not be verified: the certificate authority named by sslrootcert did not sign it, or it has expired.</source>
            <translation>无法验证数据库服务器的证书：它不是由 sslrootcert 指定的证书颁发机构签发的，或者已经过期。</translation>
        </message>
        <message>
            <source>The database server's certificate is not made out to {host}: connect by a server name that its certificate holds.</source>
            <translation>数据库服务器的证书不是颁发给 {host} 的：请用证书中写明的服务器名称连接。</translation>
        </message>
        <message>
            <source>The certificate authority file {path} does not exist, so the database server's certificate cannot be checked.</source>
            <translation>证书颁发机构文件 {path} 不存在，因此无法验证数据库服务器的证书。</translation>
        </message>
        <message>
            <source>The database server refuses unencrypted connections from this computer: add sslmode=verify-full and sslrootcert to the database address.</source>
            <translation>数据库服务器拒绝本机的未加密连接：请在数据库地址中加上 sslmode=verify-full 和 sslrootcert。</translation>
        </message>
        <message>
            <source>The database server does not offer encryption, which the database address requires (sslmode): ask the server's administrator to turn TLS on.</source>
            <translation>数据库服务器不提供加密，而数据库地址要求加密（sslmode）：请服务器管理员开启 TLS。</translation>
        </message>
        <message>
            <source>Only the database's owner role may migrate this database or install its login roles: give the owner's address. Nothing was changed.</source>
            <translation>只有数据库的所有者角色才能迁移此数据库或安装其登录角色：请使用所有者的数据库地址。未做任何更改。</translation>
        </message>
        <message>
            <source>Login roles exist on a PostgreSQL server only: a SQLite file is guarded by its permissions and its key.</source>
            <translation>登录角色只存在于 PostgreSQL 服务器上：SQLite 文件由其文件权限和密钥保护。</translation>
        </message>
        <message>
            <source>Another workstation saved the same thing at the same moment. Nothing of yours was saved: look again, and repeat your change if it is still needed.</source>
            <translation>另一台工作站同时保存了同一内容。您的修改未保存：请重新查看，如仍需要再做一次。</translation>
        </message>
        <message>
            <source>This visit (the same door, time and outcome) was just recorded from another workstation; it is not stored twice.</source>
            <translation>这次走访（同一户、同一时间、同一结果）刚由另一台工作站登记，不会重复保存。</translation>
        </message>
        <message>
            <source>Another dispatcher has just sent this vehicle; nothing of yours was saved.</source>
            <translation>另一名调度员刚派出了这辆车；您的调度未保存。</translation>
        </message>
        <message>
            <source>That name, number or code was taken a moment ago from another workstation: choose another. Nothing was saved.</source>
            <translation>该名称、编号或代码刚被另一台工作站占用：请另选一个。未保存任何内容。</translation>
        </message>
        <message>
            <source>This person has just been given an open case from another workstation; nothing of yours was saved. Open that case instead.</source>
            <translation>另一台工作站刚为此人建立了未结案例；您的操作未保存。请改为打开该案例。</translation>
        </message>
        <message>
            <source>Another entry has just been given this resident ID from another workstation; nothing was saved. Check the ID.</source>
            <translation>另一台工作站刚把这个身份证号登记给了另一条记录；未保存任何内容。请核对证件号。</translation>
        </message>
        <message>
            <source>The database refused this change: a value breaks one of its rules. Nothing was saved.</source>
            <translation>数据库拒绝了此修改：有一个值不符合其规则。未保存任何内容。</translation>
        </message>
        <message>
            <source>Sign in first: this database's accounts have passwords.</source>
            <translation>请先登录：此数据库的账户设有密码。</translation>
        </message>
        <message>
            <source>No password was given for {name}.</source>
            <translation>没有提供 {name} 的密码。</translation>
        </message>
        <message>
            <source>The first account must be a commander or an administrator, so that it can add the others.</source>
            <translation>第一个账户必须是指挥员或管理员，才能添加其他账户。</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Last action</source>
            <translation>最近动态</translation>
        </message>
        <message>
            <source>Stand-down reason</source>
            <translation>停岗原因</translation>
        </message>
        <message>
            <location filename="../../ui/kit/field_names.py" line="+7" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident ID</source>
            <translation>身份证号码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident ID (search key)</source>
            <translation>身份证号码（检索键）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily visit target</source>
            <translation>每日走访目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Created</source>
            <translation>创建</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign-in refused</source>
            <translation>登录被拒绝</translation>
        </message>
        <message>
            <source>Sign-in delayed</source>
            <translation>登录被延迟</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../ui/accounts/sign_in_dialog.py" line="+84" />
            <source>Welcome to Canvass</source>
            <translation>欢迎使用 Canvass</translation>
        </message>
        <message>
            <location line="+7" />
            <source>at least 8 characters</source>
            <translation>至少 8 个字符</translation>
        </message>
        <message>
            <location line="+0" />
            <source>optional on this computer</source>
            <translation>本机使用时可不填</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This database has no users yet. You become its commander; add the other workstations' users later.</source>
            <translation>此数据库还没有用户。您将成为指挥员；其他工作站的用户可以稍后添加。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../ui/kit/formatting.py" line="+24" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location line="+8" />
            <source>MM-dd HH:mm</source>
            <translation>M月d日 HH:mm</translation>
        </message>
        <message>
            <location line="+5" />
            <source>MMM d</source>
            <translation>M月d日</translation>
        </message>
        <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../ui/kit/history_panel.py" line="+25" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>内容</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/kit/labels.py" line="+16" />
            <source>Urban community</source>
            <translation>社区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Confirmed</source>
            <translation>确诊患者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspected</source>
            <translation>疑似患者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fever</source>
            <translation>发热症状患者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close contact</source>
            <translation>密切接触者</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Identified</source>
            <translation>已发现</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified</source>
            <translation>已核查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awaiting transfer</source>
            <translation>待转运</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In transit</source>
            <translation>转运中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admitted</source>
            <translation>已收治</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Released</source>
            <translation>已出院</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refused transfer</source>
            <translation>拒绝转运</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Home observation</source>
            <translation>居家观察</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cleared</source>
            <translation>已排除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deceased</source>
            <translation>死亡</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Work group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quick-response team</source>
            <translation>快反队</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact-tracing group</source>
            <translation>流调工作组</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ordered</source>
            <translation>已下达指令</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispatched</source>
            <translation>已出车</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On scene</source>
            <translation>已到达现场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Picked up</source>
            <translation>已接到人员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation>已送达收治</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vehicle disinfected</source>
            <translation>车辆已消毒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>未成功</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="+35" />
            <source>Communities</source>
            <translation>社区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cases</source>
            <translation>病例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Teams</source>
            <translation>队伍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfers</source>
            <translation>转运</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Situation</source>
            <translation>态势</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Canvass — screening and transfer command center</source>
            <translation>Canvass — 排查送治指挥中心</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Ctrl+%1</source>
            <translation>Ctrl+%1</translation>
        </message>
        <message>
            <source>Ctrl+%1 (situation map: Ctrl+%2)</source>
            <translation>Ctrl+%1（态势图：Ctrl+%2）</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>态势总览</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Screening and transfer command</source>
            <translation>排查送治指挥中心</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Account</source>
            <translation>账户(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Users…</source>
            <translation>用户管理(&amp;U)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit &amp;log…</source>
            <translation>审计日志(&amp;L)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>人员名册</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>修改我的密码(&amp;P)…</translation>
        </message>
        <message>
            <source>Sign &amp;out / switch user…</source>
            <translation>退出登录 / 切换用户(&amp;O)…</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ui/kit/person_dialog.py" line="+27" />
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident ID</source>
            <translation>身份证号码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <location line="+13" />
            <source>History</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Reloaded the saved version; your changes were discarded.</source>
            <translation>已重新载入已保存的版本，您的修改已放弃。</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../../ui/kit/progress.py" line="+31" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../ui/accounts/users_dialog.py" line="+16" />
            <source>Commander</source>
            <translation>指挥员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispatcher</source>
            <translation>调度员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clerk</source>
            <translation>录入员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewer (wall screen)</source>
            <translation>只读（大屏）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>Goals</name>
        <message>
            <location filename="../../ui/kit/labels.py" line="+0" />
            <source>Admit all</source>
            <translation>应收尽收</translation>
        </message>
        <message>
            <location filename="../../ui/kit/labels.py" line="+0" />
            <source>Treat all</source>
            <translation>应治尽治</translation>
        </message>
        <message>
            <location filename="../../ui/kit/labels.py" line="+0" />
            <source>Test all</source>
            <translation>应检尽检</translation>
        </message>
        <message>
            <location filename="../../ui/kit/labels.py" line="+0" />
            <source>Isolate all</source>
            <translation>应隔尽隔</translation>
        </message>
        <message>
            <location filename="../../ui/kit/labels.py" line="+0" />
            <source>Admit %1</source>
            <translation>应收尽收 %1</translation>
        </message>
        <message>
            <location filename="../../ui/kit/labels.py" line="+0" />
            <source>Treat %1</source>
            <translation>应治尽治 %1</translation>
        </message>
        <message>
            <location filename="../../ui/kit/labels.py" line="+0" />
            <source>Test %1</source>
            <translation>应检尽检 %1</translation>
        </message>
        <message>
            <location filename="../../ui/kit/labels.py" line="+0" />
            <source>Isolate %1</source>
            <translation>应隔尽隔 %1</translation>
        </message>
    </context>
    <context>
        <name>ShortLabels</name>
        <message>
            <location filename="../../ui/kit/labels.py" line="-30" />
            <source>Confirmed</source>
            <translation>确诊</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspected</source>
            <translation>疑似</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fever</source>
            <translation>发热</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts</source>
            <translation>密接</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../ui/accounts/sign_in_dialog.py" line="-70" />
            <source>Sign in to Canvass</source>
            <translation>登录 Canvass</translation>
        </message>
        <message>
            <location line="+9" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Screening and transfer command</source>
            <translation>排查送治指挥中心</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>Choose your own password to sign in.</source>
            <translation>请设置您自己的密码后登录。</translation>
        </message>
        <message>
            <source>Too many failed attempts. Try again in %1.</source>
            <translation>失败次数过多，请在 %1 后重试。</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <location filename="../../ui/kit/table_page.py" line="+91" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Total: %1</source>
            <comment>rows</comment>
            <translation>共 %1 行</translation>
        </message>
    </context>
    <context>
        <name>TeamsView</name>
        <message>
            <location filename="../../ui/teams/view.py" line="+22" />
            <source>Teams</source>
            <translation>队伍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team name starts with…</source>
            <translation>按队伍名称开头查找…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Total: %1</source>
            <comment>teams</comment>
            <translation>共 %1 支队伍</translation>
        </message>
        <message>
            <source>Minimums…</source>
            <translation>最低配置…</translation>
        </message>
        <message>
            <source>How many of each role a complete team needs, district-wide</source>
            <translation>全区统一：一支齐整的队伍各类人员至少需要几人</translation>
        </message>
    </context>
    <context>
        <name>TransfersView</name>
        <message>
            <location filename="../../ui/transfers/view.py" line="+23" />
            <source>Transfers</source>
            <translation>转运</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order number starts with…</source>
            <translation>按转运单号开头查找…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Total: %1</source>
            <comment>transfers</comment>
            <translation>共 %1 张转运单</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../ui/accounts/users_dialog.py" line="+11" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+17" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+18" />
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+18" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New user</source>
            <translation>新用户</translation>
        </message>
        <message>
            <source>%1 may sign in again at once.</source>
            <translation>%1 已解锁，可立即重新登录。</translation>
        </message>
        <message>
            <source>%1 was added.</source>
            <translation>已添加 %1。</translation>
        </message>
        <message>
            <source>%1 was deactivated: the account can no longer sign in.</source>
            <translation>已停用 %1：该账号不能再登录。</translation>
        </message>
        <message>
            <source>%1 was reactivated.</source>
            <translation>已重新启用 %1。</translation>
        </message>
        <message>
            <source>&amp;Add user</source>
            <translation>添加用户(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>, new password due</source>
            <translation>，待设新密码</translation>
        </message>
        <message>
            <source>Change r&amp;ole…</source>
            <translation>修改角色(&amp;O)…</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>R&amp;eactivate</source>
            <translation>重新启用(&amp;E)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>The password of %1 was reset.</source>
            <translation>已重置 %1 的密码。</translation>
        </message>
        <message>
            <source>The role of %1 was changed.</source>
            <translation>已修改 %1 的角色。</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>至 %1</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>延迟</translation>
        </message>
        <message>
            <source>Sign-in de&amp;lays…</source>
            <translation>登录延迟(&amp;L)…</translation>
        </message>
    </context>
    <context>
        <name>ValueFilter</name>
        <message>
            <location filename="../../ui/kit/filters.py" line="+34" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>ExportList</name>
        <message>
            <source>Export the list</source>
            <translation>导出名单</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>%1 rows written to %2.</source>
            <translation>已将 %1 行写入 %2。</translation>
        </message>
    </context>
    <context>
        <name>TeamMinimums</name>
        <message>
            <source>Work group: police officers</source>
            <translation>工作组：民警人数</translation>
        </message>
        <message>
            <source>Work group: health workers</source>
            <translation>工作组：卫健人员人数</translation>
        </message>
        <message>
            <source>Work group: cadres</source>
            <translation>工作组：干部人数</translation>
        </message>
        <message>
            <source>Quick-response team: vehicles</source>
            <translation>快反队：车辆数</translation>
        </message>
        <message>
            <source>Quick-response team: officers</source>
            <translation>快反队：民警人数</translation>
        </message>
        <message>
            <source>Quick-response team: leaders (exactly)</source>
            <translation>快反队：队长人数（恰好）</translation>
        </message>
        <message>
            <source>Quick-response teams per urban station</source>
            <translation>每个城区派出所的快反队数</translation>
        </message>
        <message>
            <source>Quick-response teams per township station</source>
            <translation>每个乡镇派出所的快反队数</translation>
        </message>
    </context>
    <context>
        <name>TeamMinimumsDialog</name>
        <message>
            <source>Team minimums</source>
            <translation>队伍最低配置</translation>
        </message>
        <message>
            <source>Every workstation judges its teams by these numbers.</source>
            <translation>所有工作站都按这些数字判断队伍是否齐整。</translation>
        </message>
        <message>
            <source>%1 changed the minimums meanwhile; they are shown now. Nothing of yours was saved.</source>
            <translation>%1 在此期间修改了最低配置，现已显示其修改；您的修改未保存。</translation>
        </message>
        <message>
            <source>Another workstation</source>
            <translation>另一工作站</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>%1 persons registered</source>
            <translation>在册 %1 人</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open a person. Ctrl+End jumps to the last registered.</source>
            <translation>双击或按回车打开人员。Ctrl+End 跳到最后登记的人员。</translation>
        </message>
        <message>
            <source>Name starts with…</source>
            <translation>姓名开头…</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>人员名册</translation>
        </message>
    </context>
    <context>
        <name>SystemText</name>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>类别：%1</translation>
        </message>
        <message>
            <source>Fever or symptoms at door-to-door screening</source>
            <translation>入户排查发现发热或症状</translation>
        </message>
        <message>
            <source>Close contact of case %1</source>
            <translation>病例 %1 的密切接触者</translation>
        </message>
        <message>
            <source>Agreed to be transferred after persuasion</source>
            <translation>经劝导同意转运</translation>
        </message>
        <message>
            <source>Transfer %1 ordered to %2, vehicle %3</source>
            <translation>转运单 %1 已派往 %2，车辆 %3</translation>
        </message>
        <message>
            <source>Picked up, transfer %1</source>
            <translation>已接到病人，转运单 %1</translation>
        </message>
        <message>
            <source>Admitted, transfer %1</source>
            <translation>已收治，转运单 %1</translation>
        </message>
        <message>
            <source>Transfer %1 cancelled: %2</source>
            <translation>转运单 %1 已取消：%2</translation>
        </message>
        <message>
            <source>Protective suits, transfer %1</source>
            <translation>防护服，转运单 %1</translation>
        </message>
        <message>
            <source>Stood down: %1 °C</source>
            <translation>撤岗：体温 %1 °C</translation>
        </message>
        <message>
            <source>Stood down: reported unwell</source>
            <translation>撤岗：自述身体不适</translation>
        </message>
        <message>
            <source>Stood down: exposed to confirmed case %1</source>
            <translation>撤岗：接触确诊病例 %1</translation>
        </message>
    </context>
    <context>
        <name>WallReleaseDialog</name>
        <message>
            <source>Leave the wall</source>
            <translation>退出大屏</translation>
        </message>
        <message>
            <source>Only a commander may take this screen off the wall.</source>
            <translation>只有指挥员可以让此屏幕退出大屏。</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>%1: an administrator reset your password. Choose your own before you start; only you will know it.</source>
            <translation>%1：管理员重置了您的密码。开始工作前请设置您自己的密码，只有您本人知道它。</translation>
        </message>
        <message>
            <source>%1: your new password takes effect at once.</source>
            <translation>%1：新密码立即生效。</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Change your password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>A new password for %1. Pass it on: they choose their own at their next sign-in.</source>
            <translation>为 %1 设置的新密码。请转告本人：其下次登录时须设置自己的密码。</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change role</source>
            <translation>修改角色</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>The role of %1. It takes effect at their next sign-in.</source>
            <translation>%1 的角色，下次登录时生效。</translation>
        </message>
    </context>
<context>
    <name>DatabaseKey</name>
    <message>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <source>This database file is encrypted. Type its key to open it:</source>
        <translation>此数据库文件已加密。请输入密钥以打开：</translation>
    </message>
    <message>
        <source>Type the key first.</source>
        <translation>请先输入密钥。</translation>
    </message>
</context>
    <context>
        <name>DelaysDialog</name>
        <message>
            <source>Sign-in delays</source>
            <translation>登录延迟</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>工作站</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>失败次数</translation>
        </message>
        <message>
            <source>Last failure</source>
            <translation>最近一次失败</translation>
        </message>
        <message>
            <source>Delayed until</source>
            <translation>延迟至</translation>
        </message>
        <message>
            <source>&amp;Clear delay</source>
            <translation>清除延迟(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>No failed sign-ins count anywhere.</source>
            <translation>任何工作站都没有计入的登录失败。</translation>
        </message>
        <message>
            <source>Failed sign-ins slow down the name at the workstation they came from, and a workstation that tries many names. After the wait, the right password gets in.</source>
            <translation>登录失败会让该用户名在失败所在的工作站上延迟，尝试多个用户名的工作站也会整体延迟。等待结束后，输入正确的密码即可登录。</translation>
        </message>
        <message>
            <source>(every name)</source>
            <translation>（所有用户名）</translation>
        </message>
        <message>
            <source>no delay yet</source>
            <translation>尚未延迟</translation>
        </message>
        <message>
            <source>The delay of %1 at %2 was cleared.</source>
            <translation>已清除 %1 在 %2 的登录延迟。</translation>
        </message>
    </context>
</TS>
