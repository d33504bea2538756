"""A project's results framework: outcomes and outputs, their indicators, baselines and
targets per period, and values entered by hand with evidence.

Computed indicators are in `indicators.py`; this module only keeps the framework.
Periods are written as a year ("2026"), a half ("2026-H1") or a quarter ("2026-Q3").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from app.core.errors import N_, InputError
from app.core.models import (
    IndicatorTarget,
    IndicatorValue,
    NapIndicator,
    Project,
    ResultIndicator,
    ResultStatement,
    link_id,
    new_id,
)
from app.core.services.common import require_row
from app.core.services.unit import in_one_unit
from app.core.services.validation import (
    Rule,
    apply_rules,
    choice,
    long_text,
    number,
    reference,
    text,
)
from app.core.store import Store
from app.core.vocab import INDICATOR_DEFINITIONS, SEXES, STATEMENT_LEVELS
from app.core.writer import Writer

_PERIOD = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]))?$")


def _optional(rule: Rule) -> Rule:
    """A number that may be left empty (no baseline yet), unlike `number`'s 0."""
    return lambda field, value: None if value is None or value == "" else rule(field, value)


def period_bounds(period: str) -> tuple[date, date]:
    """First and last day of a period ("2026", "2026-H1", "2026-Q3")."""
    m = _PERIOD.match(period.strip().upper())
    if m is None or not 1990 <= int(m[1]) <= 2100:
        raise InputError(
            N_("{value} is not a period; write a year (2026), a half (2026-H1) or a quarter "
               "(2026-Q3)."),
            field="period",
            value=period,
        )  # fmt: skip
    year, part = int(m[1]), m[2]
    if part is None:
        return date(year, 1, 1), date(year, 12, 31)
    first_month = {"H1": 1, "H2": 7, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10}[part]
    months = 6 if part.startswith("H") else 3
    last_month = first_month + months - 1
    last = date(year + (last_month == 12), last_month % 12 + 1, 1).toordinal() - 1
    return date(year, first_month, 1), date.fromordinal(last)


def normal_period(period: str) -> str:
    period_bounds(period)
    return period.strip().upper()


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    statement_id: str
    code: str
    name: str
    unit: str | None
    definition: str
    sex: str | None
    margin: float | None
    baseline: float | None
    nap_indicator_id: str | None
    targets: Mapping[str, float]


@dataclass(frozen=True)
class StatementRow:
    id: str
    level: str
    code: str
    text: str
    indicators: tuple[IndicatorRow, ...]


def add_statement_in(w: Writer, project_id: str, values: Mapping[str, Any]) -> str:
    """An outcome or output of the project's framework; returns its id."""
    rules: dict[str, Rule] = {
        "level": choice(STATEMENT_LEVELS, required=True, label="level"),
        "code": text(required=True, max_len=32, label="Code"),
        "text": text(required=True, max_len=2000, label="Statement"),
    }
    clean = apply_rules(rules, values, partial=False)
    require_row(w.session, Project, project_id, "project")
    position = w.session.scalar(
        select(func.count()).where(ResultStatement.project_id == project_id)
    )
    return w.create(
        ResultStatement, {**clean, "project_id": project_id, "position": position}, new_id()
    )


add_statement = in_one_unit(add_statement_in)


def add_indicator_in(w: Writer, statement_id: str, values: Mapping[str, Any]) -> str:
    """An indicator under an outcome or output; returns its id."""
    s = w.session
    require_row(s, ResultStatement, statement_id, "outcome or output")
    st = s.get_one(ResultStatement, statement_id)
    rules: dict[str, Rule] = {
        "code": text(required=True, max_len=32, label="Code"),
        "name": text(required=True, max_len=2000, label="Indicator"),
        "unit": text(max_len=100, label="Unit"),
        "definition": choice(INDICATOR_DEFINITIONS, required=True, label="definition"),
        "sex": choice(SEXES, label="sex"),
        "margin": _optional(number(0, 1000, label="Margin")),
        "baseline": _optional(number(-1e12, 1e12, label="Baseline")),
        "nap_indicator_id": reference(NapIndicator, s, label="NAP indicator"),
    }
    clean = apply_rules(rules, values, partial=False)
    position = s.scalar(select(func.count()).where(ResultIndicator.statement_id == statement_id))
    return w.create(
        ResultIndicator,
        {
            **clean,
            "statement_id": statement_id,
            "project_id": st.project_id,
            "position": position,
        },
        new_id(),
    )


add_indicator = in_one_unit(add_indicator_in)


def set_target_in(w: Writer, indicator_id: str, period: str, target: float) -> None:
    """The indicator's target for a period (one row per indicator and period)."""
    period = normal_period(period)
    require_row(w.session, ResultIndicator, indicator_id, "indicator")
    row_id = link_id(indicator_id, period)
    row = w.session.get(IndicatorTarget, row_id)
    values = {"indicator_id": indicator_id, "period": period, "target": float(target)}
    if row is None or row.deleted:
        w.create(IndicatorTarget, values, row_id)
    else:
        w.update(IndicatorTarget, row_id, {"target": float(target)})


set_target = in_one_unit(set_target_in)


def set_value_in(
    w: Writer, indicator_id: str, period: str, value: float, evidence: str | None
) -> None:
    """The value of a hand-entered indicator for a period, with its evidence."""
    period = normal_period(period)
    evidence = apply_rules(
        {"evidence": long_text("Evidence")}, {"evidence": evidence}, partial=False
    )["evidence"]
    require_row(w.session, ResultIndicator, indicator_id, "indicator")
    ind = w.session.get_one(ResultIndicator, indicator_id)
    if ind.definition != "manual":
        raise InputError(
            N_("Tirek computes this indicator from the records; it is not typed in."),
            field="value",
        )
    if not evidence:
        raise InputError(N_("Say where the number comes from (the evidence)."), field="evidence")
    row_id = link_id(indicator_id, period)
    row = w.session.get(IndicatorValue, row_id)
    values = {"value": float(value), "evidence": evidence}
    if row is None or row.deleted:
        w.create(IndicatorValue, {"indicator_id": indicator_id, "period": period, **values}, row_id)
    else:
        w.update(IndicatorValue, row_id, values)


set_value = in_one_unit(set_value_in)


def get_framework(store: Store, project_id: str) -> tuple[StatementRow, ...]:
    """The project's outcomes and outputs with their indicators and targets, in order."""
    with store.read() as s:
        require_row(s, Project, project_id, "project")
        targets: dict[str, dict[str, float]] = {}
        for t in s.scalars(
            select(IndicatorTarget)
            .join(ResultIndicator, ResultIndicator.id == IndicatorTarget.indicator_id)
            .where(ResultIndicator.project_id == project_id, IndicatorTarget.deleted.is_(False))
        ):
            targets.setdefault(t.indicator_id, {})[t.period] = t.target
        indicators: dict[str, list[IndicatorRow]] = {}
        for i in s.scalars(
            select(ResultIndicator)
            .where(ResultIndicator.project_id == project_id, ResultIndicator.deleted.is_(False))
            .order_by(ResultIndicator.position, ResultIndicator.code)
        ):
            indicators.setdefault(i.statement_id, []).append(
                IndicatorRow(
                    i.id,
                    i.statement_id,
                    i.code,
                    i.name,
                    i.unit,
                    i.definition,
                    i.sex,
                    i.margin,
                    i.baseline,
                    i.nap_indicator_id,
                    dict(sorted(targets.get(i.id, {}).items())),
                )
            )
        return tuple(
            StatementRow(st.id, st.level, st.code, st.text, tuple(indicators.get(st.id, ())))
            for st in s.scalars(
                select(ResultStatement)
                .where(ResultStatement.project_id == project_id, ResultStatement.deleted.is_(False))
                .order_by(ResultStatement.position, ResultStatement.code)
            )
        )
