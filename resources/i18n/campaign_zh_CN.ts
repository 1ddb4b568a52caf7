<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Campaign</name>
        <message>
            <source>figures as of %1, the last day with visits recorded</source>
            <translation>数据截至 %1（最后有走访记录的一天）</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/chart.py" line="39" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/chart.py" line="41" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/chart.py" line="48" />
            <location filename="../../ui/campaign/table.py" line="31" />
            <location filename="../../ui/campaign/view.py" line="171" />
            <source>Open doors</source>
            <translation>未完成户数</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/chart.py" line="67" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="63" />
            <source>Declare a sweep campaign</source>
            <translation>部署集中排查行动</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="66" />
            <source>For example: three-day sweep</source>
            <translation>例如：三天集中拉网排查</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="69" />
            <source>All communities</source>
            <translation>全部社区</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="70" />
            <source>These communities:</source>
            <translation>以下社区：</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="78" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="79" />
            <source>First day</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="80" />
            <source>Deadline (last day)</source>
            <translation>截止日期（最后一天）</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="83" />
            <source>Goal: every household with an outcome and every registered person screened by the deadline.</source>
            <translation>目标：截止前每户都有排查结果，每名登记人员都完成排查。</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="90" />
            <source>Declare</source>
            <translation>部署</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="137" />
            <source>Reply to %1</source>
            <translation>回复督办单 %1</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="141" />
            <source>%1 · %2 · gap %3 doors</source>
            <translation>%1 · %2 · 落后 %3 户</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="146" />
            <source>The community's reply</source>
            <translation>社区回复</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/dialogs.py" line="149" />
            <source>Record reply</source>
            <translation>登记回复</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/strip.py" line="123" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="29" />
            <location filename="../../ui/campaign/view.py" line="170" />
            <source>Community</source>
            <translation>社区</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="30" />
            <source>Station</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="32" />
            <source>Target today</source>
            <translation>今日目标</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="33" />
            <source>Done today</source>
            <translation>今日完成</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="34" />
            <source>Done to date</source>
            <translation>累计完成</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="35" />
            <source>Planned to date</source>
            <translation>计划累计</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="36" />
            <location filename="../../ui/campaign/view.py" line="172" />
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="37" />
            <location filename="../../ui/campaign/table.py" line="74" />
            <source>Behind</source>
            <translation>落后</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="38" />
            <source>Not screened</source>
            <translation>未排查人数</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/table.py" line="39" />
            <source>Supervision order</source>
            <translation>督办单</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="14" />
            <source>Issued, awaiting reply</source>
            <translation>已下发，待回复</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="15" />
            <source>Answered</source>
            <translation>已回复</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="16" />
            <source>Closed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="28" />
            <source>Over</source>
            <translation>已结束</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="35" />
            <source>%1 d %2 h</source>
            <translation>%1天%2小时</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="37" />
            <source>%1 h %2 min</source>
            <translation>%1小时%2分</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="39" />
            <source>Starts in %1</source>
            <translation>距开始还有 %1</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="40" />
            <source>%1 left</source>
            <translation>距截止还有 %1</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="45" />
            <source>No community is behind the planned line.</source>
            <translation>没有社区落后于计划进度。</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="46" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="48" />
            <source> and %1 more</source>
            <translation>等，另有 %1 个</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/texts.py" line="49" />
            <source>Behind: %1</source>
            <translation>落后社区：%1</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="91" />
            <source>Sweep campaign</source>
            <translation>集中排查行动</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="96" />
            <source>Declare campaign…</source>
            <translation>部署行动…</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="98" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="114" />
            <source>Issue supervision order</source>
            <translation>下发督办单</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="118" />
            <source>Record reply…</source>
            <translation>登记回复…</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="120" />
            <source>Close order</source>
            <translation>办结</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="121" />
            <source>Print order…</source>
            <translation>打印督办单…</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="125" />
            <source>Order as PDF…</source>
            <translation>督办单存为 PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="136" />
            <source>No sweep campaign has been declared yet.</source>
            <translation>尚未部署集中排查行动。</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="138" />
            <source>Supervision orders</source>
            <translation>督办单</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="170" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="171" />
            <source>Issued</source>
            <translation>下发时间</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="172" />
            <source>Deadline</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="173" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="173" />
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="250" />
            <source>%1 · %2 to %3 · %4 communities · %5 of %6 open doors settled</source>
            <translation>%1 · %2 至 %3 · %4 个社区 · 行动开始时未完成 %6 户，已完成 %5 户</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="260" />
            <source>Whole campaign: doors open</source>
            <translation>全部社区：未完成户数</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="274" />
            <source>Deadline %1 24:00 · %2</source>
            <translation>截止 %1 24:00 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="304" />
            <source>%1: doors open</source>
            <translation>%1：未完成户数</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="362" />
            <source>Campaign declared.</source>
            <translation>行动已部署。</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="375" />
            <source>Supervision order %1 issued to %2.</source>
            <translation>督办单 %1 已下发至%2。</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="396" />
            <source>Reply to %1 recorded.</source>
            <translation>督办单 %1 的回复已登记。</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="409" />
            <source>Supervision order %1 closed.</source>
            <translation>督办单 %1 已办结。</translation>
        </message>
        <message>
            <location filename="../../ui/campaign/view.py" line="448" />
            <source>Supervision order saved: %1</source>
            <translation>督办单已保存：%1</translation>
        </message>
    </context>
    <context>
        <name>CampaignErrors</name>
        <message>
            <location filename="../../ui/campaign/view.py" line="392" />
            <location filename="../../ui/kit/refusals/campaign.py" line="25" />
            <source>This supervision order has been answered or closed already.</source>
            <translation>该督办单已回复或已办结。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="13" />
            <source>Give the campaign a name; nothing was saved.</source>
            <translation>请填写行动名称；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="14" />
            <source>A campaign's name has at most {limit} characters; nothing was saved.</source>
            <translation>行动名称最多 {limit} 个字；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="15" />
            <source>The deadline {deadline} is in the past: a campaign ends today or later; nothing was saved.</source>
            <translation>截止日期 {deadline} 已过：行动最早只能在今天截止；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="16" />
            <source>The campaign must start on or before its deadline; nothing was saved.</source>
            <translation>开始日期不能晚于截止日期；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="17" />
            <source>Choose at least one community for the campaign; nothing was saved.</source>
            <translation>请至少选择一个社区；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="18" />
            <source>A chosen community no longer exists. Choose again; nothing was saved.</source>
            <translation>所选社区已不存在，请重新选择；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="19" />
            <source>This campaign no longer exists.</source>
            <translation>该行动已不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="20" />
            <source>The campaign is not running today: supervision orders are issued between its first day and its deadline.</source>
            <translation>该行动今天不在进行中：督办单只能在行动开始日至截止日之间下发。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="21" />
            <source>This community is not in the campaign.</source>
            <translation>该社区不在本次行动范围内。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="22" />
            <source>{community} is not behind the planned line ({done} doors done, {planned} planned by yesterday): no supervision order was issued.</source>
            <translation>{community}未落后于计划进度（已完成 {done} 户，截至昨天计划 {planned} 户）：未下发督办单。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="23" />
            <source>{community} already has supervision order {number} open: close it before issuing another.</source>
            <translation>{community}已有未办结的督办单 {number}：办结后才能再下发。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="24" />
            <source>This supervision order no longer exists.</source>
            <translation>该督办单已不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="26" />
            <source>The community has not answered yet: record its reply before closing the order.</source>
            <translation>社区尚未回复：请先登记回复再办结。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="27" />
            <source>Type the community's reply; nothing was saved.</source>
            <translation>请填写社区的回复；未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/kit/refusals/campaign.py" line="28" />
            <source>A reply has at most {limit} characters; nothing was saved.</source>
            <translation>回复最多 {limit} 个字；未保存任何内容。</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="23" />
            <source>not yet begun</source>
            <translation>尚未开始</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="24" />
            <source>running</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="25" />
            <source>over</source>
            <translation>已结束</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="26" />
            <source>issued</source>
            <translation>已下发</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="27" />
            <source>answered</source>
            <translation>已回复</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="28" />
            <source>closed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="29" />
            <source>%1	%2	%3 to %4	%5	%6 of %7 communities behind</source>
            <translation>%1	%2	%3 至 %4	%5	%7 个社区中 %6 个落后</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="30" />
            <source>%1 (%2 to %3, %4): %5 of %6 open doors settled, %7 of %8 communities behind</source>
            <translation>%1（%2 至 %3，%4）：行动开始时未完成 %6 户，已完成 %5 户；%8 个社区中 %7 个落后</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="31" />
            <source>community	station	open doors	target today	done today	done to date	planned to date	gap	behind	supervision order</source>
            <translation>社区	派出所	未完成户数	今日目标	今日完成	累计完成	计划累计	差距	落后	督办单</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="32" />
            <source>behind</source>
            <translation>落后</translation>
        </message>
        <message>
            <location filename="../../controllers/commands/campaign_command.py" line="33" />
            <source>no sweep campaign has been declared</source>
            <translation>尚未部署集中排查行动</translation>
        </message>
        <message>
            <source>no sweep campaign has that id: `canvass campaign list` lists them</source>
            <translation>没有该编号的集中排查行动：`canvass campaign list` 可列出全部行动</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sweep campaign</source>
            <translation>集中排查行动</translation>
        </message>
    </context>
    <context>
        <name>SupervisionOrder</name>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="26" />
            <source>Supervision order %1: %2</source>
            <translation>督办单 %1：%2</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="36" />
            <location filename="../../controllers/paper/supervision_order.py" line="37" />
            <location filename="../../controllers/paper/supervision_order.py" line="38" />
            <source>%1 households</source>
            <translation>%1 户</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="40" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="41" />
            <source>To</source>
            <translation>督办对象</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="43" />
            <source>Campaign</source>
            <translation>行动</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="44" />
            <source>Issued</source>
            <translation>下发</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="46" />
            <source>Deadline</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="47" />
            <source>Open doors</source>
            <translation>未完成户数</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="48" />
            <source>Behind the planned line by</source>
            <translation>落后计划</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="49" />
            <source>Today's target</source>
            <translation>今日目标</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="51" />
            <source>Your community is behind the campaign's planned line. Settle every open door by the end of %1 (不漏一户，不漏一人) and reply to the command center today with what you are doing about it.</source>
            <translation>你社区排查进度落后于行动计划。请于 %1 24:00 前完成全部未完成户的排查（不漏一户，不漏一人），并于今日内将整改措施回复指挥部。</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="56" />
            <source>Community secretary (signature): ________   Date: ________</source>
            <translation>社区书记（签字）：________　　日期：________</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="57" />
            <source>Supervision order</source>
            <translation>督办单</translation>
        </message>
        <message>
            <location filename="../../controllers/paper/supervision_order.py" line="58" />
            <source>Reply of the community</source>
            <translation>社区回复</translation>
        </message>
    </context>
</TS>
