"""The audit log's words without a database: every kind of record, every kind of value, in
Chinese and in English, and a field nobody named shown as stored."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from controllers.accounts.audit_log import FieldChange, RecordName
from controllers.runtime.language import install_translators
from ui.accounts.audit_fields import field_label
from ui.accounts.audit_words import TABLES, change_lines, record_text, value_text


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    yield
    remove()


def name(table: str, *parts: object, gone: bool = False) -> RecordName:
    return RecordName(table, 7, tuple(parts), gone)


def test_records_in_chinese(chinese: None) -> None:
    assert record_text(name("person_case", "张三")) == "张三 的病例"
    assert record_text(name("transfer_order", "ZY202002200001")) == "转运单 ZY202002200001"
    assert record_text(name("team", "快反一队")) == "快反一队"
    assert record_text(name("team_member", "李警官", "快反一队")) == "快反一队 队员 李警官"
    assert record_text(name("supply_stock", "大智派出所", "protective_suit")) == "大智派出所 防护服"
    assert record_text(name("incident", "violence", "永清社区")) == "永清社区 暴力冲突事件"
    assert record_text(name("person_case", gone=True)) == "病例 #7 (已删除)"
    assert record_text(name("team_minimums")) == "队伍配置标准 #7"
    assert record_text(RecordName("cases", None)) == "cases"


def test_records_in_english() -> None:
    assert record_text(name("person_case", "张三")) == "Case of 张三"
    assert record_text(name("transfer_order", "ZY1")) == "Transfer order ZY1"
    assert record_text(name("vehicle", gone=True)) == "Vehicle #7 (deleted)"
    assert record_text(name("some_new_table")) == "some_new_table #7"


def test_values_in_chinese(chinese: None) -> None:
    team = FieldChange("team_id", 3, 4, True, "team", {3: name("team", "快反一队")})
    assert change_lines("update", "transfer_order", [team]) == ["队伍: 快反一队 → 队伍 #4"]
    communities = FieldChange("communities", [1], [1, 2], True, "community",
                              {1: name("community", "永清社区"), 2: name("community", "花桥社区")})
    assert change_lines("update", "team", [communities]) == [
        "服务社区: 永清社区 → 永清社区、花桥社区"]
    accepts = FieldChange("accepts", [], ["suspected", "confirmed"], True)
    assert value_text("facility", accepts, accepts.new) == "确诊、疑似"   # as the facilities list
    kinds = [(FieldChange("status", "identified", "admitted", True), "person_case",
              "状态: 已发现 → 已收治"),
             (FieldChange("role", None, "dispatcher", False), "app_user", "角色: 调度员"),
             (FieldChange("role", None, "driver", False), "responder", "角色: 驾驶员"),
             (FieldChange("is_open", True, False, True), "person_case", "未结案: 是 → 否"),
             (FieldChange("birth_date", None, date(1980, 1, 1), False), "person",
              "出生日期: 1980-01-01"),
             (FieldChange("temperature_c", None, "37.6", False), "temperature_check",
              "体温（°C）: 37.6 °C"),
             (FieldChange("to_value", None, "confirmed", False), "case_event", "新值: 确诊患者"),
             (FieldChange("filters", None, {"community_id": "3"}, False), "cases",
              "筛选条件: 社区: 3"),
             (FieldChange("surprise", None, 5, False), "person", "surprise: 5")]
    for change, table, line in kinds:
        assert change_lines("insert", table, [change]) == [line]


def test_created_and_deleted_records_leave_their_empty_fields_out() -> None:
    fields = [FieldChange("name", None, "李四", False), FieldChange("phone", None, None, False)]
    assert change_lines("insert", "person", fields) == ["Name: 李四"]
    gone = [FieldChange("name", "李四", None, True), FieldChange("door", "", None, True),
            FieldChange("at", datetime(2020, 2, 20, 9, 30), None, True)]
    assert change_lines("delete", "visit", gone)[0] == "Name: 李四"
    assert len(change_lines("delete", "visit", gone)) == 2


def test_every_kind_the_filter_offers_has_a_word(chinese: None) -> None:
    assert all(record_text(RecordName(table, None)) != table for table in TABLES)
    assert field_label("team", "name") == "名称" and field_label("person", "name") == "姓名"
    assert field_label("household", "unit") == "单元"
