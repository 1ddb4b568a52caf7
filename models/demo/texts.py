"""What the demo's people wrote in the free-text fields: visit notes, reasons for a case's moves,
persuasion logs, incident reports. Data, not interface: it stays Chinese in both UI languages,
as a real district's records would."""
from __future__ import annotations

VISIT_NOTES: dict[str, tuple[str, ...]] = {
    "screened": ("", "", "", "", "已测体温，已宣传防控要求", "已张贴排查告知书"),
    "nobody_home": ("敲门无人应答，已留联系卡", "敲门无人应答，电话未接通", "家中无人，邻居称春节返乡未归",
                    "无人应答，已告知网格员跟进"),
    "refused": ("拒绝开门，隔门称身体无异常", "拒绝配合测温，已做思想工作", "拒绝开门，需再次上门"),
    "moved_out": ("房屋空置", "已搬离，现居住地不详", "出租屋空置，房东已告知"),
}

SYMPTOMS: tuple[str, ...] = ("咳嗽", "乏力", "咳嗽、乏力", "咽痛", "胸闷", "腹泻", "干咳、乏力", "肌肉酸痛")
MILD_SYMPTOMS: tuple[str, ...] = ("咳嗽", "咽痛", "流涕")

OPENED_FEVER = "入户排查发现发热，体温{}℃"
OPENED_REPORTED: dict[str, tuple[str, ...]] = {
    "suspected": ("发热门诊报告：CT提示病毒性肺炎，无床位居家", "医院报告疑似病例，待收治"),
    "confirmed": ("疾控中心通报：核酸检测阳性", "医院报告确诊病例，居家等待收治"),
}
OPENED_CONTACT = "流调：与确诊病例{}{}"
OPENED_CONTACT_FEVER = "密切接触者隔离期间出现发热"
VERIFIED = ("社区卫健人员上门核实", "工作组电话及上门核实", "流调组核实身份及接触史")
CLEARED_FEVER = ("复测体温正常，排除", "核酸检测阴性，排除", "发热门诊复诊排除")
CLEARED_CONTACT = ("核实非密切接触者", "居家医学观察期满，解除观察")
HOME_OBSERVATION = ("居家医学观察，社区每日随访", "高龄行动不便，居家隔离观察")
TO_SUSPECTED = ("CT提示病毒性肺炎", "血常规异常，列为疑似")
TO_CONFIRMED = ("核酸检测阳性", "复检阳性，确诊")
AWAITING = ("已报指挥部，待转运", "安排床位后转运")
REFUSED = ("本人及家属拒绝转运", "拒绝前往隔离点", "称在家自行隔离，不愿入院")
FAILED_ON_SCENE = "到场后本人拒绝上车"
AGREED = "经多次上门劝说，同意转运"
IN_TRANSIT = "快反队转运途中"
ADMITTED = "已收治：{}"
RELEASED: dict[str, str] = {
    "confirmed": "治愈出院", "suspected": "排除疑似，解除隔离",
    "fever": "复查正常，离院", "close_contact": "隔离期满，解除医学观察",
}
DECEASED = "经抢救无效死亡"
NO_BED = "暂无空床，等待床位"

RELATIONS_HOUSEHOLD = "同住家属"
RELATIONS_OTHER: tuple[str, ...] = ("邻居", "同楼栋居民", "亲属", "同事", "牌友", "同乘电梯")

PERSUASION: tuple[str, ...] = (
    "去隔离点进行隔离观察，为自己好，为家人好，为大家好",
    "讲解集中隔离的政策和生活保障，本人仍有顾虑",
    "与家属沟通，家属表示会做工作",
    "社区书记一同上门，说明病情风险",
    "承诺协助照顾家中老人，本人态度松动",
    "隔门劝导半小时，本人开门交谈",
)
PERSUASION_AGREED = "本人同意前往，已联系转运"

STAND_DOWN = "晨检体温{}℃，停岗观察"
STAND_DOWN_UNWELL = "自述咽痛乏力，停岗观察"
UNWELL_NOTES: tuple[str, ...] = ("咽痛", "乏力", "头痛")

INCIDENTS: dict[str, tuple[str, ...]] = {
    "non_cooperation": ("拒绝转运并锁门，经劝说后同意", "家属阻拦转运人员进门", "拒不配合测温登记"),
    "violence": ("隔离点人员冲撞工作人员，已控制", "转运时家属推搡民警"),
    "accident": ("转运车辆途中剐蹭，无人员受伤", "队员搬运时扭伤脚踝"),
    "other": ("小区内人员聚集打牌，已劝散", "居民反映有人私自外出，已核实"),
}
RESOLUTIONS: tuple[str, ...] = ("已处置完毕", "当事人已书面保证配合", "移交社区跟进", "已完成转运")

SUPPLY_RECEIVED = "区指挥部调拨"
SUPPLY_EMERGENCY = "紧急调拨"
SUPPLY_SUIT = "转运更换防护服"
SUPPLY_DISINFECTANT = "车辆洗消"
SUPPLY_MASKS = "当日口罩发放"

# The demo's sweep campaign (models/demo/sweep.py), named as the command center would.
SWEEP_NAME = "三天集中拉网排查"
