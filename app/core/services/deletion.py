"""Deleting a person, a training or a meeting, and undoing it right after.

A delete is a tombstone (the row stays for history and sync; lists hide it). Undoing it is
a normal change through the Writer: a create naming every version of the row, which brings
back the rows deleted with it in the same unit of work (a training's sessions,
enrolments and marks; a meeting's attendees, decisions and action items). So the undo
travels by sync exactly as the delete did. The GUI offers it in the status bar and as
Ctrl+Z; the command line as `tirek person|training|meeting restore ID`.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.errors import N_, NotFoundError
from app.core.models import Meeting, Person, Syncable, Training
from app.core.services.meetings import delete_meeting_in
from app.core.services.people import delete_person_in
from app.core.services.trainings import delete_training_in
from app.core.services.unit import in_one_unit
from app.core.writer import Writer

# kind -> (the table, the column that names a record, the service's inner delete)
DELETABLE: dict[str, tuple[type[Syncable], str, Callable[[Writer, str], None]]] = {
    "person": (Person, "full_name", delete_person_in),
    "training": (Training, "title", delete_training_in),
    "meeting": (Meeting, "title", delete_meeting_in),
}


def _row(w: Writer, kind: str, row_id: str, *, deleted: bool) -> str:
    """The name of the record, checked to be live (or deleted); raises otherwise."""
    model, name_column, _delete = DELETABLE[kind]
    row = w.session.get(model, row_id)
    if row is None or bool(row.deleted) != deleted:
        if deleted:
            raise NotFoundError(N_("There is nothing to undo: the record is not deleted."))
        raise NotFoundError(N_("This record no longer exists (it may have been deleted)."))
    return str(getattr(row, name_column))


def delete_in(w: Writer, kind: str, row_id: str) -> str:
    """Delete a person, a training or a meeting through its own service; returns its name
    (for "Deleted: ...")."""
    name = _row(w, kind, row_id, deleted=False)
    DELETABLE[kind][2](w, row_id)
    return name


delete = in_one_unit(delete_in)


def restore_in(w: Writer, kind: str, row_id: str) -> str:
    """Undo the delete of a person, a training or a meeting: the record comes back with
    what was deleted with it; returns its name."""
    name = _row(w, kind, row_id, deleted=True)
    w.restore(DELETABLE[kind][0], row_id)
    return name


restore = in_one_unit(restore_in)
