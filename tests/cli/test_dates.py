"""Every date option reads its value through one parser (app/cli/dates.py): a date that is
not one stops the command with the same translated sentence and exit 2, before any work."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.cli.dates import NOT_A_DATE, day, moment
from app.core.errors import InputError
from tests.cli_runner import tirek

BAD = "someday"

# Each command with a date option, the bad date standing where that option's value goes.
COMMANDS = [
    ("audit", "--since", BAD),
    ("audit", "--until", BAD),
    ("certificates", "T1", "--out", "x.pdf", "--issued-on", BAD),
    ("report", "--from", BAD, "--out", "r.xlsx"),
    ("report", "--to", BAD, "--out", "r.xlsx"),
    ("network", "delegate", "Osh-2", "--until", BAD),
    ("network", "delegate", "Osh-2", "--until", "2026-12-31", "--from", BAD),
    ("network", "withdraw", "Osh-2", "--from", BAD, "--reason", "stolen"),
    ("people", "consent", "P1", "--when", BAD),
    ("training", "add", "--title", "T", "--start", BAD, "--end", "2026-03-02"),
    ("training", "add", "--title", "T", "--start", "2026-03-01", "--end", BAD),
    ("assessment", "record", "f.xlsx", "--organisation", "O", "--version", "V",
     "--date", BAD, "--assessor", "A"),
    ("nap", "progress", "--plan", "P", "--indicator", "1.1.1", "--date", BAD),
    ("nap", "report", "--plan", "P", "--from", BAD, "--to", "2026-12-31", "--out", "r.pdf"),
    ("nap", "report", "--plan", "P", "--from", "2026-01-01", "--to", BAD, "--out", "r.pdf"),
    ("results", "outcome", "P1", "--kind", "candidate", "--date", BAD, "--source", "other"),
    ("results", "local-result", "--kind", "other", "--title", "T", "--date", BAD),
]  # fmt: skip


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_bad_date_gives_the_one_message_on_every_command(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    proc = tirek(tmp_path / "never-made", *args)
    assert proc.returncode == 2
    assert proc.stderr == f"tirek: {NOT_A_DATE.format(value=BAD)}\n"
    assert not (tmp_path / "never-made").exists()  # stopped before any work


def test_the_parser_reads_the_ways_people_write_a_day() -> None:
    assert day("2026-03-15") == day("15.03.2026") == day("15/03/2026") == date(2026, 3, 15)
    assert moment("2026-03-15T10:30") == datetime(2026, 3, 15, 10, 30)
    assert moment("15.03.2026") == datetime(2026, 3, 15)
    for bad in ("", "2026-02-30", "15.03", "tomorrow"):
        with pytest.raises(InputError) as err:
            day(bad)
        assert err.value.template == NOT_A_DATE
