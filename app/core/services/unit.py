"""The thin service over an inner one: one unit of work around a function taking the Writer.

Every use case that writes has an inner function `<name>_in(w, ...)` holding its rules, so
larger use cases (imports, registration, deletion) compose several in one unit of work.
The service the screens and the command line call is that function with the store in
place of the Writer:

    create_person = in_one_unit(create_person_in)
    merge_people = in_one_unit(merge_people_in, right="merge_people")

It checks the laptop's right first when one is named (app/core/rights.py), opens
`store.write()`, and calls the inner function with the same arguments, so both keep one
signature and one docstring (the inner one's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from app.core.rights import require
from app.core.store import Store
from app.core.writer import Writer

P = ParamSpec("P")
R = TypeVar("R")


def in_one_unit(
    inner: Callable[Concatenate[Writer, P], R], *, right: str | None = None
) -> Callable[Concatenate[Store, P], R]:
    """The service that runs `inner` in its own unit of work (after checking `right`)."""

    def service(store: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if right is not None:
            require(store, right)
        with store.write() as w:
            return inner(w, *args, **kwargs)

    name = getattr(inner, "__name__", "service").removesuffix("_in")
    service.__name__ = name
    service.__qualname__ = name
    service.__module__ = inner.__module__
    service.__doc__ = inner.__doc__
    return service
