"""Saving a project's results framework: compute every indicator for each period and write
the xlsx or the PDF (the one use case behind `tirek results export` and the window)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.core.access_log import record_access
from app.core.services.projects import list_projects
from app.core.services.results import framework, indicators
from app.core.services.results.regions import region_overview
from app.core.small_numbers import threshold_setting
from app.core.store import Store
from app.documents.results.pdf import write_framework_pdf
from app.documents.results.xlsx import write_framework_xlsx


def export_framework(
    store: Store, project_id: str, periods: Sequence[str], out: Path, lang: str = "en"
) -> Path:
    """Write the framework with targets, actuals and evidence; .pdf or .xlsx by the name."""
    periods = [framework.normal_period(p) for p in periods]
    name = next((p.name for p in list_projects(store) if p.id == project_id), project_id)
    statements = framework.get_framework(store, project_id)
    values = {
        p: {r.indicator_id: r for r in indicators.compute_indicators(store, project_id, p)}
        for p in periods
    }
    if Path(out).suffix.lower() == ".pdf":
        spans = [framework.period_bounds(p) for p in periods]
        first, last = min(a for a, _ in spans), max(b for _, b in spans)
        regions = region_overview(store, first, last, project_id)
        threshold = threshold_setting(store.home)
        written = write_framework_pdf(
            out, name, statements, periods, values, regions, lang, threshold
        )
    else:
        written = write_framework_xlsx(out, name, statements, periods, values)
    # The evidence names people: the export is logged with them.
    people = {r.id for by in values.values() for res in by.values() for r in res.records
              if r.kind == "person"}  # fmt: skip
    record_access(store, "export", f"results framework: {Path(out).name}", sorted(people))
    return written
