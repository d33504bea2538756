"""Saving the donor report as it leaves the office: small numbers hidden at the
installation's threshold, and the export logged (one use case for the CLI and the window)."""

from __future__ import annotations

from pathlib import Path

from app.core.access_log import record_access
from app.core.services.reports import DonorReport
from app.core.small_numbers import threshold_setting
from app.core.store import Store
from app.documents.reports.pdf import write_report_pdf
from app.documents.reports.workbook import write_report_xlsx


def save_report(store: Store, report: DonorReport, out: Path, fmt: str | None = None) -> Path:
    """Write the report as "pdf" or "xlsx" (None: .pdf by the name, else .xlsx)."""
    threshold = threshold_setting(store.home)
    if (fmt or ("pdf" if out.suffix.lower() == ".pdf" else "xlsx")) == "pdf":
        write_report_pdf(report, out, threshold)
    else:
        write_report_xlsx(report, out, threshold)
    record_access(store, "export", f"donor report: {out.name}")
    return out
