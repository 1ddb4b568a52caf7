"""The printed supervision order (督办单): sent to a community behind the sweep campaign's
planned line. It names the community, the campaign and its deadline, the figures as they stood
when it was issued (open doors, doors short of the line, today's target), and leaves a box for
the community's reply (filled in when the reply is on record), with signature and date lines.
One A4 page, portrait."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from controllers.campaign.actions import OrderRecord, load_order
from controllers.paper.pages import Orientation, Paper
from controllers.paper.pdf import write_papers_pdf
from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database

__all__ = ["order_html", "order_paper", "order_title", "save_order_pdf"]

translate = QCoreApplication.translate


def order_title(order: OrderRecord) -> str:
    return (translate("SupervisionOrder", "Supervision order %1: %2")
            .replace("%1", order.number).replace("%2", order.community))


def _row(label: str, value: str) -> str:
    return (f"<tr><td width='30%' style='background-color:#eeeeee'><b>{escape(label)}</b></td>"
            f"<td>{value}</td></tr>")


def order_html(order: OrderRecord) -> str:
    doors = translate("SupervisionOrder", "%1 households").replace("%1", f"{order.open_doors:,}")
    gap = translate("SupervisionOrder", "%1 households").replace("%1", f"{order.gap:,}")
    target = translate("SupervisionOrder", "%1 households").replace("%1", f"{order.target_today:,}")
    rows = [
        _row(translate("SupervisionOrder", "Number"), escape(order.number)),
        _row(translate("SupervisionOrder", "To"),
             escape(f"{order.community}（{order.station}）")),
        _row(translate("SupervisionOrder", "Campaign"), escape(order.campaign)),
        _row(translate("SupervisionOrder", "Issued"),
             escape(f"{order.issued_at:%Y-%m-%d %H:%M} · {order.issued_by}")),
        _row(translate("SupervisionOrder", "Deadline"), f"<b>{order.deadline:%Y-%m-%d}</b>"),
        _row(translate("SupervisionOrder", "Open doors"), f"<b>{escape(doors)}</b>"),
        _row(translate("SupervisionOrder", "Behind the planned line by"), f"<b>{escape(gap)}</b>"),
        _row(translate("SupervisionOrder", "Today's target"), escape(target)),
    ]
    demand = (translate("SupervisionOrder", "Your community is behind the campaign's planned "
                        "line. Settle every open door by the end of %1 (不漏一户，不漏一人) and "
                        "reply to the command center today with what you are doing about it.")
              .replace("%1", f"{order.deadline:%Y-%m-%d}"))
    reply = escape(order.reply).replace("\n", "<br>") if order.reply else "&nbsp;<br>" * 8
    sign = (translate("SupervisionOrder", "Community secretary (signature): ________   Date: ________"))
    heading = translate("SupervisionOrder", "Supervision order")
    reply_heading = translate("SupervisionOrder", "Reply of the community")
    parts = [
        f"<h1 align='center'>{escape(heading)}</h1>",
        f"<p align='center'>{escape(order.number)}</p>",
        '<table width="100%" border="1" cellspacing="0" cellpadding="6">' + "".join(rows)
        + "</table>",
        f"<p>{escape(demand)}</p>",
        f"<h3>{escape(reply_heading)}</h3>",
        '<table width="100%" border="1" cellspacing="0" cellpadding="8">'
        f"<tr><td height='200'>{reply}</td></tr></table>",
        f"<p style='margin-top:18px'>{escape(sign)}</p>",
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"


def order_paper(order: OrderRecord) -> Paper:
    return Paper(order_html(order), order_title(order), Orientation.Portrait, one_page=True)


@action(Permission.VIEW)
def save_order_pdf(database: Database, user: SignedInUser, order_id: int, out: Path) -> int:
    """The order as an A4 PDF at `out`; returns its page count."""
    return write_papers_pdf([order_paper(load_order(database, user, order_id))], out)
