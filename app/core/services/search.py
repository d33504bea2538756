"""The desktop's global search: people, trainings and meetings matching typed words."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.services.meetings import MeetingRow, list_meetings
from app.core.services.people import PersonRow, list_people
from app.core.services.trainings import TrainingRow, list_trainings
from app.core.store import Store


@dataclass(frozen=True)
class Found:
    people: tuple[PersonRow, ...]
    trainings: tuple[TrainingRow, ...]
    meetings: tuple[MeetingRow, ...]

    @property
    def empty(self) -> bool:
        return not (self.people or self.trainings or self.meetings)


def search_everything(store: Store, text: str, limit: int = 8) -> Found:
    """The first few people, trainings and meetings whose names contain the typed words."""
    if not text.strip():
        return Found((), (), ())
    people = list_people(store, text=text, limit=limit, with_total=False).rows
    trainings = list_trainings(store, text=text, limit=limit).rows
    meetings = list_meetings(store, text=text, limit=limit).rows
    return Found(people, trainings, meetings)
